import { describe, expect, it } from '@jest/globals'
import {
  classifyError,
  classifyStatus,
  PROBE_CLASS_SEVERITY,
  ProbeDeadlineError,
  worstClass,
  type ProbeClass
} from '../../src/proxy/classify.ts'

/** The shape undici's fetch rejects with: a TypeError whose cause is the system or undici error. */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause })
}

function coded(message: string, code: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { code, ...extra })
}

describe('classifyStatus', () => {
  it.each<[number, ProbeClass]>([
    [200, 'ok'],
    [204, 'ok'],
    [404, 'not-found'],
    [410, 'not-found'],
    [400, 'http-4xx'],
    [401, 'http-4xx'],
    [403, 'http-4xx'],
    [429, 'http-4xx'],
    [500, 'http-5xx'],
    [502, 'http-5xx'],
    [503, 'http-5xx'],
    [302, 'http-5xx']
  ])('%i is %s', (status, cls) => {
    expect(classifyStatus(status)).toBe(cls)
  })
})

describe('classifyError', () => {
  it.each<[string, string, ProbeClass]>([
    ['getaddrinfo ENOTFOUND proxy.invalid', 'ENOTFOUND', 'dns'],
    ['getaddrinfo EAI_AGAIN proxy.example', 'EAI_AGAIN', 'dns'],
    ['connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED', 'refused'],
    ['Connect Timeout Error (attempted address: 10.0.0.1:443, timeout: 10000ms)', 'UND_ERR_CONNECT_TIMEOUT', 'connect-timeout'],
    ['connect ETIMEDOUT 10.0.0.1:443', 'ETIMEDOUT', 'connect-timeout'],
    ['connect ENETUNREACH 10.0.0.1:443', 'ENETUNREACH', 'connect-timeout'],
    ['Headers Timeout Error', 'UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['Body Timeout Error', 'UND_ERR_BODY_TIMEOUT', 'timeout'],
    ['read ECONNRESET', 'ECONNRESET', 'reset'],
    ['other side closed', 'UND_ERR_SOCKET', 'reset'],
    ['Response does not match the HTTP/1.1 protocol (Invalid status code)', 'HPE_INVALID_STATUS', 'reset'],
    ['self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['self-signed certificate in certificate chain', 'SELF_SIGNED_CERT_IN_CHAIN', 'tls'],
    ['unable to verify the first certificate', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls'],
    ['certificate has expired', 'CERT_HAS_EXPIRED', 'tls'],
    ["Hostname/IP does not match certificate's altnames", 'ERR_TLS_CERT_ALTNAME_INVALID', 'tls']
  ])('reads the cause "%s" (%s) as %s', (message, code, cls) => {
    const result = classifyError(fetchFailed(coded(message, code)))
    expect(result.class).toBe(cls)
    expect(result.detail).toContain(code)
  })

  it('reads an AggregateError of connection attempts (happy eyeballs) by its errors', () => {
    const err = fetchFailed(
      new AggregateError([coded('connect ECONNREFUSED ::1:8080', 'ECONNREFUSED'), coded('connect ECONNREFUSED 127.0.0.1:8080', 'ECONNREFUSED')])
    )
    expect(classifyError(err)).toEqual({ class: 'refused', detail: 'connect ECONNREFUSED ::1:8080' })
  })

  it("gives OpenSSL's reason instead of its multi-line dump", () => {
    const dump =
      '40EDEE365F7F0000:error:0A00010B:SSL routines:tls_validate_record_header:wrong version number:../deps/openssl/openssl/ssl/record/methods/tlsany_meth.c:77:\n'
    const err = fetchFailed(coded(dump, 'ERR_SSL_WRONG_VERSION_NUMBER', { reason: 'wrong version number' }))
    expect(classifyError(err)).toEqual({ class: 'tls', detail: 'wrong version number (ERR_SSL_WRONG_VERSION_NUMBER)' })
  })

  it('tells a deadline that struck before the connection from one that struck after', () => {
    expect(classifyError(new ProbeDeadlineError('connect', 500))).toEqual({
      class: 'connect-timeout',
      detail: 'no connection within the probe deadline (500 ms)'
    })
    expect(classifyError(new ProbeDeadlineError('answer', 500)).class).toBe('timeout')
  })

  it('counts a bare abort as a timeout, not knowing whether it had connected', () => {
    expect(classifyError(new DOMException('The operation was aborted due to timeout', 'TimeoutError')).class).toBe('timeout')
    expect(classifyError(new DOMException('This operation was aborted', 'AbortError')).class).toBe('timeout')
  })

  it("classifies a forward proxy's refusal by the status it answered", () => {
    const tunnel = (status: number) =>
      fetchFailed(coded(`Proxy response (${status}) !== 200 when HTTP Tunneling`, 'UND_ERR_ABORTED'))
    expect(classifyError(tunnel(407))).toEqual({ class: 'http-4xx', detail: 'the forward proxy (HTTP_PROXY/HTTPS_PROXY) answered 407' })
    expect(classifyError(tunnel(502)).class).toBe('http-5xx')
    expect(classifyError(fetchFailed(coded('Proxy Authentication Required (407)', 'UND_ERR_INVALID_ARG'))).class).toBe('http-4xx')
  })

  it('names an unknown failure by its innermost message', () => {
    expect(classifyError(fetchFailed(new Error('redirect count exceeded')))).toEqual({ class: 'reset', detail: 'redirect count exceeded' })
    expect(classifyError('weird').detail).toBe('weird')
  })
})

describe('worstClass', () => {
  it('orders the classes from an answer to a go.mod that contradicts go.sum', () => {
    expect(PROBE_CLASS_SEVERITY).toEqual([
      'ok',
      'not-found',
      'http-5xx',
      'http-4xx',
      'reset',
      'timeout',
      'tls',
      'connect-timeout',
      'refused',
      'dns',
      'insecure',
      'mismatch'
    ])
  })

  it('lets the most serious class win, whatever the order', () => {
    expect(worstClass(['ok', 'mismatch', 'dns'])).toBe('mismatch')
    expect(worstClass(['not-found', 'http-5xx', 'ok'])).toBe('http-5xx')
    expect(worstClass(['timeout', 'not-found'])).toBe('timeout')
  })

  it('is ok when nothing failed or nothing was checked', () => {
    expect(worstClass(['ok', 'ok'])).toBe('ok')
    expect(worstClass([])).toBe('ok')
  })
})
