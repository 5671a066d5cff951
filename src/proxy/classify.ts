// How a probe of a Go module proxy failed, named so that each name has one fix (see fixFor in
// go/fixes.ts). Pure: errors are read by their codes (undici puts the system error in err.cause,
// sometimes inside an AggregateError), never by instanceof, so errors from any copy of undici work.

export type ProbeClass =
  | 'ok'
  | 'dns'
  | 'refused'
  | 'connect-timeout'
  | 'tls'
  | 'timeout'
  | 'reset'
  | 'http-4xx'
  | 'http-5xx'
  | 'not-found'
  | 'mismatch'
  /** Credentials on a plain http:// URL, which go refuses to send: decided without a request. */
  | 'insecure'

/**
 * From least to most serious; when a probe's requests fail differently, the most serious wins.
 * The earlier on the way to a verified go.mod a request failed, the more serious: an HTTP error
 * is still an answer, a reset or a silent connection is not, a failed TLS handshake never got
 * to ask, and a connection or a name that fails never reached the proxy at all. A go.mod that
 * contradicts go.sum is above everything: it is the one failure that must never be retried.
 * Among answers, not-found is least (with ',' go falls through to the next proxy), a 5xx is
 * often transient, a 4xx (credentials, a wrong path) is not.
 */
export const PROBE_CLASS_SEVERITY: readonly ProbeClass[] = [
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
]

export function severity(cls: ProbeClass): number {
  return PROBE_CLASS_SEVERITY.indexOf(cls)
}

/** The most serious of the classes; 'ok' when there are none. */
export function worstClass(classes: Iterable<ProbeClass>): ProbeClass {
  let worst: ProbeClass = 'ok'
  for (const cls of classes) if (severity(cls) > severity(worst)) worst = cls
  return worst
}

/** The class of an HTTP answer. cmd/go treats only 404 and 410 as "not found". */
export function classifyStatus(status: number): ProbeClass {
  if (status >= 200 && status <= 299) return 'ok'
  if (status === 404 || status === 410) return 'not-found'
  if (status >= 400 && status <= 499) return 'http-4xx'
  // 5xx, and anything else a proxy should never end with (an unfollowed 3xx, a 1xx).
  return 'http-5xx'
}

/** Which part of a request the probe deadline cut short. */
export type DeadlinePhase = 'connect' | 'answer'

/**
 * What a probe turns a deadline abort into: only the probe knows whether the connection was
 * made (a black hole accepts and stays silent; a firewall that drops packets never connects).
 */
export class ProbeDeadlineError extends Error {
  override name = 'ProbeDeadlineError'
  readonly code: string
  readonly phase: DeadlinePhase
  readonly elapsedMs: number

  constructor(phase: DeadlinePhase, elapsedMs: number) {
    super(
      phase === 'connect'
        ? `no connection within the probe deadline (${elapsedMs} ms)`
        : `connected, but no answer within the probe deadline (${elapsedMs} ms)`
    )
    this.phase = phase
    this.elapsedMs = elapsedMs
    this.code = phase === 'connect' ? 'PROBE_CONNECT_DEADLINE' : 'PROBE_ANSWER_DEADLINE'
  }
}

const CODE_CLASSES: Readonly<Record<string, ProbeClass>> = {
  PROBE_CONNECT_DEADLINE: 'connect-timeout',
  PROBE_ANSWER_DEADLINE: 'timeout',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  EAI_NODATA: 'dns',
  ECONNREFUSED: 'refused',
  UND_ERR_CONNECT_TIMEOUT: 'connect-timeout',
  ETIMEDOUT: 'connect-timeout',
  ENETUNREACH: 'connect-timeout',
  EHOSTUNREACH: 'connect-timeout',
  EHOSTDOWN: 'connect-timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ECONNRESET: 'reset',
  ECONNABORTED: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'reset',
  UND_ERR_PRX_TLS: 'tls',
  EPROTO: 'tls',
  HOSTNAME_MISMATCH: 'tls',
  ERR_TLS_CERT_ALTNAME_INVALID: 'tls'
}

/** OpenSSL verification codes (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT…) and Node's TLS codes. */
function isTlsCode(code: string): boolean {
  return (
    code.startsWith('ERR_TLS_') ||
    code.startsWith('ERR_SSL_') ||
    code.startsWith('CERT_') ||
    code.startsWith('UNABLE_TO_') ||
    code.includes('SELF_SIGNED') ||
    code.startsWith('ERR_OSSL_')
  )
}

function classOfCode(code: string): ProbeClass | undefined {
  if (Object.hasOwn(CODE_CLASSES, code)) return CODE_CLASSES[code]
  if (isTlsCode(code)) return 'tls'
  // llhttp could not parse the answer: whatever spoke on that port is not a working HTTP server.
  if (code.startsWith('HPE_')) return 'reset'
  return undefined
}

interface ErrorLike {
  name?: unknown
  code?: unknown
  message?: unknown
  reason?: unknown
  cause?: unknown
  errors?: unknown
}

function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null
}

/** The error and everything it wraps (cause chains, AggregateError.errors), outermost first. */
function errorChain(err: unknown): ErrorLike[] {
  const chain: ErrorLike[] = []
  const queue: unknown[] = [err]
  while (queue.length > 0 && chain.length < 32) {
    const next = queue.shift()
    if (!isErrorLike(next) || chain.includes(next)) continue
    chain.push(next)
    if (Array.isArray(next.errors)) queue.push(...(next.errors as unknown[]))
    if (next.cause !== undefined) queue.push(next.cause)
  }
  return chain
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** A one-line description: OpenSSL's multi-line dumps give way to their reason, the code is kept. */
function describe(e: ErrorLike): string {
  const code = stringField(e.code)
  let message = stringField(e.message) ?? stringField(e.name) ?? 'unknown error'
  if (message.includes(':error:')) message = stringField(e.reason) ?? message
  message = message.split('\n')[0]!.trim()
  // The probe's own deadline codes are for matching; its message already says it all.
  const showCode = code !== undefined && !code.startsWith('PROBE_') && !message.includes(code)
  return showCode ? `${message} (${code})` : message
}

/** A forward proxy that refused a CONNECT or a request: the status it answered with. */
function forwardProxyStatus(e: ErrorLike): number | undefined {
  const message = stringField(e.message) ?? ''
  const tunnel = /Proxy response \((\d{3})\) !== 200 when HTTP Tunneling/.exec(message)
  if (tunnel !== null) return Number(tunnel[1])
  if (/Proxy Authentication Required \(407\)/.test(message)) return 407
  return undefined
}

/**
 * The class of an error thrown while fetching from a proxy, and a one-line detail that names
 * the underlying error code. An abort without more information (AbortError, TimeoutError)
 * counts as 'timeout'; the probe itself throws ProbeDeadlineError, which knows the phase.
 */
export function classifyError(err: unknown): { class: ProbeClass; detail: string } {
  const chain = errorChain(err)
  for (const e of chain) {
    const code = stringField(e.code)
    const cls = code === undefined ? undefined : classOfCode(code)
    if (cls !== undefined) return { class: cls, detail: describe(e) }
  }
  for (const e of chain) {
    const status = forwardProxyStatus(e)
    if (status !== undefined) {
      return { class: classifyStatus(status), detail: `the forward proxy (HTTP_PROXY/HTTPS_PROXY) answered ${status}` }
    }
  }
  for (const e of chain) {
    if (e.name === 'AbortError' || e.name === 'TimeoutError') return { class: 'timeout', detail: describe(e) }
  }
  // Not a known network failure: the innermost error says the most.
  const innermost = chain.at(-1)
  return { class: 'reset', detail: innermost === undefined ? String(err) : describe(innermost) }
}
