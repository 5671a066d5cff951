// The HTTP under the Actions cache client: one request and its answer read whole (the calls to the
// service, the uploads of blocks and chunks), retries as @actions/cache makes them, and failures
// in words that name the host and never a signed URL's query or the runtime token.
import { setTimeout as sleep } from 'node:timers/promises'
import { request, type Dispatcher } from 'undici'
import { unresolvedHost } from '../dns.ts'

export interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
}

export interface CallOptions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH'
  headers?: Record<string, string>
  /** A body made afresh for every attempt (a stream is used up by one). */
  body?: () => string | Buffer | NodeJS.ReadableStream
  signal?: AbortSignal
}

/** A failure in words: what failed, at which host, and why. `status` when the service answered, `code` a network error's. */
export class CacheServiceError extends Error {
  override name = 'CacheServiceError'
  readonly status: number | undefined
  readonly code: string | undefined
  constructor(message: string, status?: number, code?: string) {
    super(message)
    this.status = status
    this.code = code
  }
}

/** One request; the answer's body is read whole. A network failure is thrown in words (an abort as it is). */
export async function call(dispatcher: Dispatcher, url: string, options: CallOptions): Promise<Answer> {
  try {
    const res = await request(url, {
      dispatcher,
      method: options.method,
      headers: options.headers ?? {},
      ...(options.body === undefined ? {} : { body: options.body() as string }),
      ...(options.signal === undefined ? {} : { signal: options.signal })
    })
    return { status: res.statusCode, headers: res.headers, text: await res.body.text() }
  } catch (err) {
    if (options.signal?.aborted) throw err
    throw new CacheServiceError(describeNetworkError(err, url), undefined, errorCode(err))
  }
}

export interface RetryPolicy {
  attempts: number
  /** The wait after failed attempt n (0-based). */
  delayMs(n: number): number
  retryStatus(status: number): boolean
  retryError(code: string | undefined): boolean
}

/** What @actions/cache's Twirp client does: 5 attempts, 3 s then ×1.5 each time; a refused or unresolved host is final. */
export const TWIRP_RETRIES: RetryPolicy = {
  attempts: 5,
  delayMs: (n) => (n === 0 ? 3000 : Math.trunc(3000 * 1.5 ** n * (1 + 0.5 * Math.random()))),
  retryStatus: (status) => [500, 502, 503, 504].includes(status),
  retryError: (code) => !['ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH', 'EAI_AGAIN'].includes(code ?? '')
}

/** What its v1 client does: 2 attempts 5 s apart, on 502/503/504 and on errors; a name that does not resolve will not on the next try either. */
export const V1_RETRIES: RetryPolicy = {
  attempts: 2,
  delayMs: () => 5000,
  retryStatus: (status) => [502, 503, 504].includes(status),
  retryError: (code) => code !== 'ENOTFOUND' && code !== 'EAI_AGAIN'
}

/** Blob storage (the Azure SDK's own policy, shortened): 3 attempts, on 5xx and errors. */
export const BLOB_RETRIES: RetryPolicy = {
  attempts: 3,
  delayMs: (n) => 1000 * 2 ** n,
  retryStatus: (status) => status >= 500,
  retryError: (code) => code !== 'ENOTFOUND' && code !== 'EAI_AGAIN'
}

/**
 * The answer of the last attempt: retried while the policy says so. An abort ends the waits too,
 * so an abandoned call goes on in no background.
 */
export async function withRetries(policy: RetryPolicy, signal: AbortSignal | undefined, attempt: () => Promise<Answer>): Promise<Answer> {
  for (let n = 0; ; n++) {
    const last = n + 1 >= policy.attempts
    try {
      const answer = await attempt()
      if (last || !policy.retryStatus(answer.status)) return answer
    } catch (err) {
      if (last || signal?.aborted || !policy.retryError(errorCode(err))) throw err
    }
    await sleep(policy.delayMs(n), undefined, signal === undefined ? {} : { signal })
  }
}

/** The code of a network error, wherever undici put it (the error, its cause, an AggregateError's first). */
export function errorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown }; errors?: { code?: unknown }[] } | undefined
  for (const code of [e?.code, e?.cause?.code, e?.errors?.[0]?.code]) if (typeof code === 'string') return code
  return undefined
}

/** A network failure reaching url, in words; only the origin is named (a signed URL's query is a secret). */
export function describeNetworkError(err: unknown, url: string | URL): string {
  const target = typeof url === 'string' ? (URL.parse(url) ?? undefined) : url
  const at = target?.origin ?? 'the cache service'
  const code = errorCode(err)
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return unresolvedHost(target?.hostname || 'of the cache service', code)
    case 'ECONNREFUSED':
      return `connection refused by ${at}`
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return `the connection to ${at} was cut (${code})`
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `${at} could not be reached in time (${code})`
    case 'UND_ERR_HEADERS_TIMEOUT':
      return `${at} did not answer in time`
    case 'UND_ERR_BODY_TIMEOUT':
      return `${at} stopped sending`
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${at} is unreachable (${code})`
  }
  if (code !== undefined && /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) return `the TLS certificate of ${at} is not trusted (${code})`
  const message = err instanceof Error ? err.message : String(err)
  return `${at}: ${message}${code !== undefined && !message.includes(code) ? ` (${code})` : ''}`
}

/** The service's own reason in an error answer: a Twirp `msg`, a v1 `message`, Azure's error code. */
export function reasonOf(answer: Answer): string {
  const azure = answer.headers['x-ms-error-code']
  if (typeof azure === 'string') return azure
  try {
    const body = JSON.parse(answer.text) as { msg?: unknown; message?: unknown }
    const said = body.msg ?? body.message
    if (typeof said === 'string' && said !== '') return said
  } catch {
    // Not JSON: a proxy's or a load balancer's page, which says nothing worth repeating.
  }
  return ''
}

/** "answered HTTP 503", with the service's reason when it gave one. */
export function statusWords(answer: Answer): string {
  const reason = reasonOf(answer)
  return `answered HTTP ${answer.status}${reason === '' ? '' : `: ${reason}`}`
}
