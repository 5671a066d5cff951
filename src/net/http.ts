// The network as the go command sees it, for reaching module proxies with undici: the same forward
// proxies (net/http's ProxyFromEnvironment, see proxyenv.ts), the same trusted certificates (the OS's verifier
// on macOS and Windows, SSL_CERT_FILE and SSL_CERT_DIR elsewhere) and the same credentials
// (userinfo in the URL, the netrc file through GOAUTH). A probe that goes around a corporate
// proxy go must use, or trusts other certificates than go does, would call a proxy broken that
// go can use, or the other way round. The per-OS rules are in platform.ts.

import { readdir, readFile, stat } from 'node:fs/promises'
import type { LookupFunction } from 'node:net'
import { join } from 'node:path'
import tls from 'node:tls'
import { Agent, Dispatcher, ProxyAgent } from 'undici'
import { proxyConfigFromEnv, proxyForUrl, type ProxyConfig } from './proxyenv.ts'
import { netrcCandidates, netrcPath, trustPlan, type Env, type Platform, type TrustPlan } from './platform.ts'

export type { Env, Platform } from './platform.ts'

/** Go's dial timeout (net/http DefaultTransport); undici's own default is 10 s. */
export const CONNECT_TIMEOUT_MS = 30_000

// ---------------------------------------------------------------------------------------------
// Trusted certificates.

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

function pemCertificates(text: string): string[] {
  return text.match(PEM_CERTIFICATE) ?? []
}

async function certificatesInFile(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => '')
  return pemCertificates(text)
}

async function certificatesInDir(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  const lists = await Promise.all(names.map((name) => certificatesInFile(join(dir, name))))
  return lists.flat()
}

function systemCertificates(): string[] {
  try {
    return tls.getCACertificates('system')
  } catch {
    return []
  }
}

/** Where go runs, for the choices that differ per OS and per Go release. */
export interface GoPlatform {
  /** Default: process.platform. */
  platform?: Platform
  /** The go that will download ("1.26.8" or "go1.26.8"): on macOS and Windows it decides whether SSL_CERT_* count. */
  goVersion?: string
}

/** The certificates a plan names (see trustPlan), deduplicated. */
export async function loadTrust(plan: TrustPlan): Promise<string[]> {
  const read = await Promise.all([...plan.files.map(certificatesInFile), ...plan.dirs.map(certificatesInDir)])
  return [
    ...new Set([
      ...(plan.bundled ? tls.getCACertificates('bundled') : []),
      ...(plan.system ? systemCertificates() : []),
      ...read.flat()
    ])
  ]
}

/** The certificates to verify a proxy's with, so that the probe accepts what go accepts there. */
export async function trustedCertificates(env: Env, where: GoPlatform = {}): Promise<string[]> {
  return loadTrust(trustPlan(where.platform ?? process.platform, env, where.goVersion))
}

// ---------------------------------------------------------------------------------------------
// The dispatcher.

export interface GoNetworkOptions extends GoPlatform {
  /** The environment go runs with (HTTP(S)_PROXY, NO_PROXY, SSL_CERT_FILE, SSL_CERT_DIR, GODEBUG). */
  env?: Env
  /** Name resolution for direct connections and for reaching the forward proxy (tests). */
  lookup?: LookupFunction
  connectTimeoutMs?: number
}

/**
 * Sends each request the way go would: direct, or through the forward proxy
 * proxyForUrl picks (absolute-URI requests for http, a CONNECT tunnel for https).
 */
class GoNetworkDispatcher extends Dispatcher {
  readonly #config: ProxyConfig
  readonly #direct: Agent
  readonly #viaProxy = new Map<string, ProxyAgent>()
  readonly #proxyOptions: ProxyAgent.Options

  constructor(config: ProxyConfig, direct: Agent, proxyOptions: Omit<ProxyAgent.Options, 'uri'>) {
    super()
    this.#config = config
    this.#direct = direct
    this.#proxyOptions = { ...proxyOptions, uri: '' }
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    return this.#route(new URL(String(options.origin))).dispatch(options, handler)
  }

  #route(origin: URL): Dispatcher {
    const proxy = proxyForUrl(origin, this.#config)
    if (proxy === undefined) return this.#direct
    let agent = this.#viaProxy.get(proxy.href)
    if (agent === undefined) {
      // proxyTunnel false: plain http goes as an absolute-URI request, as Go sends it.
      agent = new ProxyAgent({ ...this.#proxyOptions, uri: proxy.href, proxyTunnel: false })
      this.#viaProxy.set(proxy.href, agent)
    }
    return agent
  }

  #all(): Dispatcher[] {
    return [this.#direct, ...this.#viaProxy.values()]
  }

  override close(): Promise<void>
  override close(callback: () => void): void
  override close(callback?: () => void): Promise<void> | void {
    const closed = Promise.all(this.#all().map((d) => d.close())).then(() => undefined)
    if (callback === undefined) return closed
    void closed.then(callback)
  }

  override destroy(): Promise<void>
  override destroy(err: Error | null): Promise<void>
  override destroy(callback: () => void): void
  override destroy(err: Error | null, callback: () => void): void
  override destroy(errOrCallback?: Error | null | (() => void), callback?: () => void): Promise<void> | void {
    const err = typeof errOrCallback === 'function' ? null : (errOrCallback ?? null)
    const done = typeof errOrCallback === 'function' ? errOrCallback : callback
    const destroyed = Promise.all(this.#all().map((d) => d.destroy(err))).then(() => undefined)
    if (done === undefined) return destroyed
    void destroyed.then(done)
  }
}

/**
 * An undici dispatcher for a service the runner itself talks to (the Actions cache): through the
 * forward proxy go would use, with Node's own trusted certificates, as @actions/http-client does.
 */
export function runnerDispatcher(env: Env, connectTimeoutMs: number = CONNECT_TIMEOUT_MS): Dispatcher {
  const connect = { timeout: connectTimeoutMs }
  return new GoNetworkDispatcher(proxyConfigFromEnv(env), new Agent({ connect }), { proxyTls: connect, requestTls: connect })
}

/** An undici dispatcher that reaches proxies the way go would, from the given environment. */
export async function goDispatcher(options: GoNetworkOptions = {}): Promise<Dispatcher> {
  const env = options.env ?? process.env
  const ca = await trustedCertificates(env, options)
  const connect = {
    ca,
    timeout: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
    ...(options.lookup === undefined ? {} : { lookup: options.lookup })
  }
  return new GoNetworkDispatcher(proxyConfigFromEnv(env), new Agent({ connect }), {
    proxyTls: connect,
    requestTls: connect
  })
}

// ---------------------------------------------------------------------------------------------
// Credentials.

export interface NetrcEntry {
  machine: string
  login: string
  password: string
}

/**
 * The machine entries of a .netrc file, as cmd/go reads them (cmd/go/internal/auth/netrc.go):
 * an entry counts once it has machine, login and password; macdef bodies are skipped; parsing
 * stops at "default".
 */
export function parseNetrc(text: string): NetrcEntry[] {
  const entries: NetrcEntry[] = []
  let current: Partial<NetrcEntry> = {}
  let inMacro = false
  // Split on '\n' alone, as go does: a CRLF file's "\r" line does not end a macdef for go either.
  for (const line of text.split('\n')) {
    if (inMacro) {
      if (line === '') inMacro = false
      continue
    }
    const fields = line.split(/\s+/).filter((f) => f !== '')
    let i = 0
    for (; i < fields.length - 1; i += 2) {
      const [key, value] = [fields[i]!, fields[i + 1]!]
      if (key === 'machine') current = { machine: value }
      else if (key === 'login') current.login = value
      else if (key === 'password') current.password = value
      else if (key === 'macdef') inMacro = true
      if (current.machine && current.login && current.password) {
        entries.push({ machine: current.machine, login: current.login, password: current.password })
        current = {}
      }
    }
    if (i < fields.length && fields[i] === 'default') break
  }
  return entries
}

/** The netrc file go reads (see platform.ts netrcPath), looked for on this machine; undefined without a home. */
export async function locateNetrc(env: Env, platform: Platform = process.platform): Promise<string | undefined> {
  const candidates = netrcCandidates(platform, env)
  const found = await Promise.all(candidates.map((p) => stat(p).then(() => p, () => undefined)))
  return netrcPath(platform, env, (p) => found.includes(p))
}

/** The netrc entries go would use: none when GOAUTH does not include the "netrc" method. */
export async function readNetrc(env: Env, platform: Platform = process.platform): Promise<NetrcEntry[]> {
  if (!goAuthUsesNetrc(env.GOAUTH ?? '')) return []
  const path = await locateNetrc(env, platform)
  const text = path === undefined ? '' : await readFile(path, 'utf8').catch(() => '')
  return parseNetrc(text)
}

/** GOAUTH is a ';'-separated list of methods; unset means "netrc". */
export function goAuthUsesNetrc(goauth: string): boolean {
  if (goauth.trim() === '') return true
  return goauth.split(';').some((method) => method.trim() === 'netrc')
}

/**
 * The netrc entry for a request URL, found the way cmd/go's GOAUTH does: only for https, by
 * the longest "host[:port][/path]" prefix equal to a machine name. The first entry for a
 * machine wins. A machine name has to include a non-default port to match it.
 */
export function netrcEntryFor(url: string, entries: readonly NetrcEntry[]): NetrcEntry | undefined {
  if (!url.startsWith('https://')) return undefined
  let prefix = url.slice('https://'.length).replace(/\/$/, '')
  for (;;) {
    const entry = entries.find((e) => e.machine === prefix)
    if (entry !== undefined) return entry
    const slash = prefix.lastIndexOf('/')
    if (slash < 0) return undefined
    prefix = prefix.slice(0, slash)
  }
}

export function basicAuthorization(username: string, password: string): string {
  return 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64')
}
