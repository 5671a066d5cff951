// Probing one Go module proxy: fetch the go.mod of a few modules go.sum knows, check each
// against its go.sum hash, and ask whether the proxy serves the checksum database. The whole
// probe is bounded by one deadline, because cmd/go has none: a proxy that accepts and never
// answers hangs `go mod download` for good.

import { interceptors, type Dispatcher } from 'undici'
import { hashGoMod } from '../go/dirhash.ts'
import { escapePath, escapeVersion } from '../go/escape.ts'
import { stripUserinfo, urlUserinfo } from '../go/goproxy.ts'
import { classifyError, classifyStatus, ProbeDeadlineError, worstClass, type ProbeClass } from './classify.ts'
import { basicAuthorization, CONNECT_TIMEOUT_MS, goDispatcher, netrcEntryFor, readNetrc, type Env, type GoPlatform, type NetrcEntry } from '../net/http.ts'

export type { ProbeClass } from './classify.ts'

/** A module version to fetch the go.mod of, with the hash go.sum records for it ("<path> <version>/go.mod h1:…"). */
export interface ProbeModule {
  path: string
  version: string
  goModHash: string
}

export interface ProbeResult {
  /** The proxy URL without credentials. */
  url: string
  class: ProbeClass
  /** What failed, e.g. "GET https://proxy/m/@v/v1.0.0.mod: 503 Service Unavailable"; never a credential. */
  detail: string
  /** Time to the first verified go.mod (to the first answer when there is no module); on failure, the probe's duration. */
  latencyMs: number
  /** At least one go.mod was fetched and every fetched go.mod matched go.sum. */
  verified: boolean
  /** <proxy>/sumdb/<name>/supported answered 200 (true) or something else (false); absent when not asked or unanswered. */
  sumdb?: boolean
}

export interface ProbeOptions extends GoPlatform {
  /** Modules to fetch the go.mod of; the first MAX_PROBE_MODULES are fetched, in parallel. */
  modules: readonly ProbeModule[]
  /** The whole probe ends by then: an AbortSignal, or milliseconds from now. */
  deadline: AbortSignal | number
  /** The checksum database to ask about (e.g. sum.golang.org). */
  sumdbName?: string
  /**
   * Default: goDispatcher({ env }) with a connect timeout no longer than the deadline, destroyed
   * when the probe ends. A connection attempt can outlive the probe by the connect timeout of
   * the dispatcher: give a shared one a connect timeout close to the probe deadline.
   */
  dispatcher?: Dispatcher
  /** The environment go runs with, for the default dispatcher and for credentials (NETRC, HOME or USERPROFILE, GOAUTH). Default: process.env. */
  env?: Env
}

export const MAX_PROBE_MODULES = 3

/** net/http's limit, which cmd/go keeps. */
const MAX_REDIRECTS = 10

/** What go asks for when GOSUMDB is default and nothing else is known: used to see that a proxy answers at all. */
const REACHABILITY_SUMDB = 'sum.golang.org'

interface Check {
  class: ProbeClass
  detail: string
  /** Milliseconds from the start of the probe to the end of this check. */
  atMs: number
}

interface Answer {
  status: number
  statusText: string
  body: Buffer
}

/** One proxy, its credentials kept apart from its URL. */
export interface Target {
  base: string
  authorization?: string
  netrc: readonly NetrcEntry[]
  /** Strings that must never appear in a detail. */
  secrets: string[]
}

export async function probeProxy(proxyUrl: string, opts: ProbeOptions): Promise<ProbeResult> {
  const env = opts.env ?? process.env
  const where: GoPlatform = { platform: opts.platform, goVersion: opts.goVersion }
  const target = await proxyTarget(proxyUrl, env, where)
  const started = performance.now()
  const elapsed = (): number => Math.round(performance.now() - started)
  const deadline = startDeadline(opts.deadline)
  let ownDispatcher: Dispatcher | undefined
  try {
    const dispatcher = opts.dispatcher ?? (ownDispatcher = await goDispatcher({ env, ...where, connectTimeoutMs: connectTimeoutWithin(opts.deadline) }))
    const get = (url: string): Promise<Answer> => getWithin(url, target, dispatcher, deadline.signal, elapsed)
    const modules = opts.modules.slice(0, MAX_PROBE_MODULES)
    const sumdbName = opts.sumdbName ?? (modules.length === 0 ? REACHABILITY_SUMDB : undefined)
    const [checks, sumdb] = await Promise.all([
      Promise.all(modules.map((mod) => checkGoMod(target.base, mod, get, elapsed))),
      sumdbName === undefined ? Promise.resolve(undefined) : checkSumdb(target.base, sumdbName, get, elapsed)
    ])
    const result = summarize(target.base, checks, sumdb?.check, elapsed())
    if (opts.sumdbName !== undefined && sumdb?.supported !== undefined) result.sumdb = sumdb.supported
    result.detail = scrub(result.detail, target.secrets)
    return result
  } finally {
    deadline.dispose()
    await ownDispatcher?.destroy()
  }
}

export async function proxyTarget(proxyUrl: string, env: Env, where: GoPlatform): Promise<Target> {
  const base = stripUserinfo(proxyUrl).replace(/\/+$/, '')
  if (!/^https?:\/\//i.test(base)) throw new TypeError(`cannot probe GOPROXY entry ${base}: only http(s) proxies can be probed`)
  const userinfo = urlUserinfo(proxyUrl)
  if (userinfo !== undefined) {
    // net/http sends URL userinfo as Basic auth, and then cmd/go finds no netrc entry for the URL.
    return {
      base,
      authorization: basicAuthorization(userinfo.username, userinfo.password),
      netrc: [],
      secrets: [...secretsOf(userinfo.username, userinfo.password), ...forwardProxySecrets(env)]
    }
  }
  const netrc = await readNetrc(env, where.platform)
  return { base, netrc, secrets: [...netrc.flatMap((e) => secretsOf(e.login, e.password)), ...forwardProxySecrets(env)] }
}

/**
 * The strings to scrub for one credential. A user name is often a plain word ("git", "oauth2")
 * that scrubbing would mangle URLs with; a long one is likely a token.
 */
function secretsOf(username: string, password: string): string[] {
  const secrets = [password, encodeURIComponent(password)].filter((s) => s.length >= 4)
  if (username.length >= 16) secrets.push(username, encodeURIComponent(username))
  return secrets
}

function forwardProxySecrets(env: Env): string[] {
  const proxies = [env.HTTP_PROXY, env.http_proxy, env.HTTPS_PROXY, env.https_proxy]
  return proxies.flatMap((p) => {
    const userinfo = p === undefined ? undefined : urlUserinfo(p)
    return userinfo === undefined ? [] : secretsOf(userinfo.username, userinfo.password)
  })
}

async function checkGoMod(base: string, mod: ProbeModule, get: (url: string) => Promise<Answer>, elapsed: () => number): Promise<Check> {
  const url = `${base}/${escapePath(mod.path)}/@v/${escapeVersion(mod.version)}.mod`
  const outcome = await getOrClassify(url, get)
  if ('class' in outcome) return { ...outcome, atMs: elapsed() }
  const { status, statusText, body } = outcome
  const cls = classifyStatus(status)
  if (cls !== 'ok') return { class: cls, detail: `GET ${url}: ${statusLine(status, statusText)}`, atMs: elapsed() }
  const downloaded = hashGoMod(body)
  if (downloaded !== mod.goModHash) {
    return {
      class: 'mismatch',
      detail: `GET ${url}: verifying ${mod.path}@${mod.version}/go.mod: checksum mismatch: downloaded ${downloaded}, go.sum ${mod.goModHash}`,
      atMs: elapsed()
    }
  }
  return { class: 'ok', detail: `GET ${url}: ${statusLine(status, statusText)}`, atMs: elapsed() }
}

/** Whether the proxy serves the checksum database; `check` says whether it answered at all. */
async function checkSumdb(
  base: string,
  name: string,
  get: (url: string) => Promise<Answer>,
  elapsed: () => number
): Promise<{ supported?: boolean; check: Check }> {
  const url = `${base}/sumdb/${name}/supported`
  const outcome = await getOrClassify(url, get)
  if ('class' in outcome) return { check: { ...outcome, atMs: elapsed() } }
  const cls = classifyStatus(outcome.status)
  // Any answer but a failure shows the proxy works; only 200 announces checksum database proxying.
  const answered: ProbeClass = cls === 'not-found' ? 'ok' : cls
  return {
    supported: outcome.status === 200,
    check: { class: answered, detail: `GET ${url}: ${statusLine(outcome.status, outcome.statusText)}`, atMs: elapsed() }
  }
}

async function getOrClassify(url: string, get: (url: string) => Promise<Answer>): Promise<Answer | { class: ProbeClass; detail: string }> {
  try {
    return await get(url)
  } catch (err) {
    const { class: cls, detail } = classifyError(err)
    return { class: cls, detail: `GET ${url}: ${detail}` }
  }
}

/**
 * The probe's result: the most serious class of its go.mod checks wins, with the detail of the
 * first check of that class. Without modules, the checksum database question stands in, to
 * show the proxy answers at all.
 */
function summarize(base: string, goMods: readonly Check[], sumdb: Check | undefined, totalMs: number): ProbeResult {
  const checks = goMods.length > 0 || sumdb === undefined ? goMods : [sumdb]
  const cls = worstClass(checks.map((c) => c.class))
  if (cls !== 'ok') {
    const first = checks.find((c) => c.class === cls)!
    return { url: base, class: cls, detail: first.detail, latencyMs: totalMs, verified: false }
  }
  const n = goMods.length
  return {
    url: base,
    class: 'ok',
    detail: n === 0 ? `${sumdb?.detail ?? base}; no go.sum entry to verify` : `${n} go.mod ${n === 1 ? 'file matches' : 'files match'} go.sum`,
    latencyMs: Math.min(totalMs, ...checks.map((c) => c.atMs)),
    verified: n > 0
  }
}

function statusLine(status: number, statusText: string): string {
  return statusText === '' ? String(status) : `${status} ${statusText}`
}

/**
 * GET a URL through the dispatcher, following redirects as net/http does (Authorization is
 * dropped on the way to another origin), its body read in full, all within the deadline. When
 * the deadline cuts it short, the error says whether a connection was ever made. undici's
 * request rather than fetch: fetch refuses ports that go happily uses ("bad port").
 */
export async function getWithin(url: string, target: Target, dispatcher: Dispatcher, signal: AbortSignal, elapsed: () => number): Promise<Answer> {
  const progress = { connected: false }
  const headers: Record<string, string> = { 'user-agent': 'go-mod-precache' }
  const authorization = target.authorization ?? netrcAuthorization(url, target.netrc)
  if (authorization !== undefined) headers.authorization = authorization
  const { origin, pathname, search } = new URL(url)
  try {
    const client = dispatcher.compose(noteConnected(progress), interceptors.redirect({ maxRedirections: MAX_REDIRECTS }))
    const get = async (): Promise<Answer> => {
      const response = await client.request({ origin, path: pathname + search, method: 'GET', headers, signal })
      const body = Buffer.from(await response.body.arrayBuffer())
      return { status: response.statusCode, statusText: response.statusText, body }
    }
    return await untilAborted(get(), signal)
  } catch (err) {
    if (signal.aborted) throw new ProbeDeadlineError(progress.connected ? 'answer' : 'connect', elapsed())
    throw err
  }
}

/**
 * The work's outcome, or a rejection as soon as the signal aborts. undici only acts on an abort
 * once the connection is up; a connection attempt ends with the dispatcher's connect timeout.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => {}) // its late failure, after an abort, is nobody's business
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

function netrcAuthorization(url: string, netrc: readonly NetrcEntry[]): string | undefined {
  const entry = netrcEntryFor(url, netrc)
  return entry === undefined ? undefined : basicAuthorization(entry.login, entry.password)
}

/**
 * An interceptor that notes when undici starts writing the request: the connection (and the
 * tunnel and TLS handshake, if any) is up by then.
 */
function noteConnected(progress: { connected: boolean }): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (options, handler) =>
    dispatch(options, {
      onRequestStart: (controller, context) => {
        progress.connected = true
        handler.onRequestStart?.(controller, context)
      },
      onRequestUpgrade: (controller, statusCode, headers, socket) => handler.onRequestUpgrade?.(controller, statusCode, headers, socket),
      onResponseStart: (controller, statusCode, headers, statusMessage) => handler.onResponseStart?.(controller, statusCode, headers, statusMessage),
      onResponseData: (controller, chunk) => handler.onResponseData?.(controller, chunk),
      onResponseEnd: (controller, trailers) => handler.onResponseEnd?.(controller, trailers),
      onResponseError: (controller, error) => handler.onResponseError?.(controller, error)
    })
}

function connectTimeoutWithin(deadline: AbortSignal | number): number {
  return typeof deadline === 'number' ? Math.max(1, Math.min(deadline, CONNECT_TIMEOUT_MS)) : CONNECT_TIMEOUT_MS
}

/** An AbortSignal for the deadline, and a way to let go of its timer. */
function startDeadline(deadline: AbortSignal | number): { signal: AbortSignal; dispose: () => void } {
  if (typeof deadline !== 'number') return { signal: deadline, dispose: () => {} }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), Math.max(0, deadline))
  return { signal: controller.signal, dispose: () => clearTimeout(timer) }
}

/** The text with any URL userinfo and any known secret replaced by "***". */
function scrub(text: string, secrets: readonly string[]): string {
  let out = text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/\s@]*@/g, '$1***@')
  for (const secret of secrets) out = out.split(secret).join('***')
  return out
}
