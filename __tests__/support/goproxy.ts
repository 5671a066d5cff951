// A GOPROXY server on 127.0.0.1 that serves a directory in proxy layout
// (see fixtures.ts) and can misbehave on demand: hang, reset, answer with an
// HTTP error, answer slowly, or serve content that no longer matches go.sum.
// A throttle (off by default) makes it a distant server behind a link of
// limited bandwidth: every answer waits a fixed time, and the bodies of all
// answers in flight share one link.
import { readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { escapeVersion, unescapePath, unescapeVersion } from '../../src/go/escape.ts'
import { makeSelfSignedCert } from './tls.ts'
import { readZip, writeZip } from './zip.ts'

export type Fault =
  | 'ok'
  /** Accepts the connection and the request, never answers. */
  | 'blackhole'
  /** Resets the TCP connection (RST) instead of answering. */
  | 'reset'
  /** Serves .mod and .zip files whose content differs from the real ones. */
  | 'tamper'
  | { status: number }
  /** Waits this many milliseconds, then answers normally. */
  | { slow: number }

export interface FaultOptions {
  /** Apply the fault to the next `times` matching requests only, then behave. */
  times?: number
  /** Apply the fault only to request paths matching this. */
  match?: RegExp
}

export interface RequestLog {
  method: string
  /** The decoded URL path, e.g. /example.com/!foo/@v/v1.0.0.zip */
  path: string
  status: number | 'blackhole' | 'reset'
  /** Milliseconds from request to answer (or to the black hole / reset). */
  ms: number
  /** When the request arrived and when its answer started (or the black hole / reset), in performance.now() milliseconds. */
  at: number
  until: number
}

/**
 * The most requests that were waiting for their answer at one time: each counts from its arrival
 * until its answer starts (or the black hole / reset).
 */
export function maxConcurrent(requests: readonly RequestLog[]): number {
  const events = requests.flatMap((r) => [
    { t: r.at, d: 1 },
    { t: r.until, d: -1 }
  ])
  // An answer that starts as another request arrives does not overlap it.
  events.sort((a, b) => a.t - b.t || a.d - b.d)
  let now = 0
  let most = 0
  for (const e of events) most = Math.max(most, (now += e.d))
  return most
}

/** A server far away: each answer waits perRequestMs, then all bodies in flight share bytesPerSecond. */
export interface Throttle {
  /** The link's capacity, shared by every answer in flight (not per connection). */
  bytesPerSecond: number
  /** Waited before each answer is sent, like a round trip to a distant server. */
  perRequestMs: number
}

export interface GoProxyOptions {
  /** A directory in GOPROXY layout, as written by fixtures.ts. */
  root: string
  /** Serve HTTPS with a self-signed certificate for 127.0.0.1 and localhost. */
  tls?: boolean
  /** A fault applied to every request until setFault changes it. */
  fault?: Fault
  /** Answer /sumdb/<name>/supported with 200, announcing checksum database proxying. */
  sumdb?: boolean
  /** Latency and bandwidth of the way to the proxy; none (loopback speed) unless given or set by setThrottle. */
  throttle?: Throttle
}

export interface GoProxy {
  /** http(s)://127.0.0.1:<port>, ready to use as a GOPROXY entry. */
  url: string
  port: number
  /** Every request, in arrival order; cleared in place by clearRequests. */
  requests: RequestLog[]
  /** The self-signed certificate (PEM) when tls is on: trust it with SSL_CERT_FILE or a `ca` option. */
  caCertPath?: string
  setFault(fault: Fault, options?: FaultOptions): void
  /** Changes the throttle for answers that start from now on; undefined turns it off. */
  setThrottle(throttle: Throttle | undefined): void
  clearRequests(): void
  close(): Promise<void>
}

/** The largest piece of a body that passes a link at once: what interleaves concurrent transfers. */
const LINK_SLICE = 64 * 1024

/**
 * A link of limited bandwidth shared by every transfer that goes through it: bytes pass in the
 * order they were offered, each slice when the link has carried everything offered before it.
 * Without a rate it carries everything at once.
 */
export class Link {
  #bytesPerSecond: number | undefined
  /** performance.now() at which the link will have carried every byte offered so far. */
  #busyUntil = 0

  constructor(bytesPerSecond?: number) {
    this.setRate(bytesPerSecond)
  }

  get bytesPerSecond(): number | undefined {
    return this.#bytesPerSecond
  }

  setRate(bytesPerSecond: number | undefined): void {
    if (bytesPerSecond !== undefined && !(bytesPerSecond > 0)) {
      throw new Error(`a link's rate must be a positive number of bytes per second, not ${bytesPerSecond}`)
    }
    this.#bytesPerSecond = bytesPerSecond
    this.#busyUntil = 0
  }

  /** Resolves when the link has carried `bytes` more, after whatever was offered before. */
  async carry(bytes: number): Promise<void> {
    const rate = this.#bytesPerSecond
    if (rate === undefined) return
    const now = performance.now()
    this.#busyUntil = Math.max(now, this.#busyUntil) + (bytes * 1000) / rate
    const wait = this.#busyUntil - now
    // Timers are coarse; waits below a millisecond add up on the link's clock and are slept together.
    if (wait >= 1) await sleep(wait)
  }

  /** A stream that passes each chunk on, in slices of at most 64 KiB, once the link has carried it. */
  pace(): Transform {
    const carry = (bytes: number): Promise<void> => this.carry(bytes)
    return new Transform({
      transform(chunk: Buffer, _encoding, done) {
        const slices: Buffer[] = []
        for (let at = 0; at < chunk.length; at += LINK_SLICE) slices.push(chunk.subarray(at, at + LINK_SLICE))
        ;(async () => {
          for (const slice of slices) {
            await carry(slice.length)
            this.push(slice)
          }
        })().then(() => done(), done)
      }
    })
  }
}

interface FaultRule {
  fault: Fault
  remaining: number
  match?: RegExp
}

interface Answer {
  status: number
  body: Buffer
  contentType: string
}


function text(status: number, body: string): Answer {
  return { status, body: Buffer.from(body + '\n'), contentType: 'text/plain; charset=utf-8' }
}

function file(body: Buffer, contentType: string): Answer {
  return { status: 200, body, contentType }
}

const SEMVER = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/

function comparePrerelease(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  const pa = a.split('.')
  const pb = b.split('.')
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!
    const y = pb[i]!
    if (x === y) continue
    const nx = /^\d+$/.test(x)
    const ny = /^\d+$/.test(y)
    if (nx && ny) return BigInt(x) < BigInt(y) ? -1 : 1
    if (nx !== ny) return nx ? -1 : 1
    return x < y ? -1 : 1
  }
  return pa.length - pb.length
}

/** Semantic version precedence of two valid versions. */
export function compareSemver(a: string, b: string): number {
  const ma = SEMVER.exec(a)!
  const mb = SEMVER.exec(b)!
  for (let i = 1; i <= 3; i++) {
    const d = BigInt(ma[i]!) - BigInt(mb[i]!)
    if (d !== 0n) return d < 0n ? -1 : 1
  }
  return comparePrerelease(ma[4], mb[4])
}

/** The version @latest names: the highest release, or the highest pre-release when there is none. */
export function latestVersion(versions: readonly string[]): string | undefined {
  const valid = versions.filter((v) => SEMVER.test(v))
  const releases = valid.filter((v) => !SEMVER.exec(v)![4])
  const pool = releases.length > 0 ? releases : valid
  return pool.sort(compareSemver).at(-1)
}

async function readOrUndefined(path: string): Promise<Buffer | undefined> {
  return readFile(path).catch(() => undefined)
}

function versionsOf(list: Buffer): string[] {
  return list
    .toString('utf8')
    .split('\n')
    .map((v) => v.trim())
    .filter((v) => v !== '')
}

/** The answer of a well-behaved proxy for a URL path. */
async function answerGoproxy(root: string, path: string, sumdb: boolean): Promise<Answer> {
  if (/^\/sumdb\/[^/]+\/supported$/.test(path)) return sumdb ? text(200, '') : text(404, 'not found')
  const m =
    /^\/(.+)\/@v\/(list)$/.exec(path) ??
    /^\/(.+)\/@v\/([^/]+)\.(info|mod|zip)$/.exec(path) ??
    /^\/(.+)\/(@latest)$/.exec(path)
  if (m === null) return text(404, `not found: unrecognized request ${path}`)
  const escapedPath = m[1]!
  let modulePath: string
  try {
    modulePath = unescapePath(escapedPath)
  } catch (err) {
    return text(404, `not found: ${(err as Error).message}`)
  }
  const dir = join(root, escapedPath, '@v')

  if (m[2] === 'list') {
    const list = await readOrUndefined(join(dir, 'list'))
    return list === undefined ? text(404, `not found: module ${modulePath}: no matching versions`) : file(list, 'text/plain; charset=utf-8')
  }
  if (m[2] === '@latest') {
    const list = await readOrUndefined(join(dir, 'list'))
    const latest = list === undefined ? undefined : latestVersion(versionsOf(list))
    if (latest === undefined) return text(404, `not found: module ${modulePath}: no matching versions`)
    const info = await readOrUndefined(join(dir, `${escapeVersion(latest)}.info`))
    return file(info ?? Buffer.from(JSON.stringify({ Version: latest }) + '\n'), 'application/json')
  }

  let version: string
  try {
    version = unescapeVersion(m[2]!)
  } catch (err) {
    return text(404, `not found: ${(err as Error).message}`)
  }
  const ext = m[3]!
  const body = await readOrUndefined(join(dir, `${m[2]}.${ext}`))
  if (body === undefined) {
    return text(404, `not found: ${modulePath}@${version}: invalid version: unknown revision ${version}`)
  }
  const types: Record<string, string> = {
    info: 'application/json',
    mod: 'text/plain; charset=utf-8',
    zip: 'application/zip'
  }
  return file(body, types[ext]!)
}

const TAMPER_LINE = '// tampered by the test proxy\n'

/** The same module content with a comment appended to go.mod and every Go file: every hash changes. */
function tamperZip(zip: Buffer): Buffer {
  const entries = readZip(zip).map((entry) =>
    /(\.go|\/go\.mod)$/.test(entry.name) ? { name: entry.name, data: Buffer.concat([entry.data, Buffer.from(TAMPER_LINE)]) } : entry
  )
  return writeZip(entries)
}

function tamper(path: string, answer: Answer): Answer {
  if (answer.status !== 200) return answer
  if (path.endsWith('.mod')) return { ...answer, body: Buffer.concat([answer.body, Buffer.from('\n' + TAMPER_LINE)]) }
  if (path.endsWith('.zip')) return { ...answer, body: tamperZip(answer.body) }
  return answer
}

function describeFault(fault: Fault): string {
  return typeof fault === 'string' ? fault : JSON.stringify(fault)
}

/** Starts a GOPROXY server on 127.0.0.1 serving options.root. */
export async function startGoProxy(options: GoProxyOptions): Promise<GoProxy> {
  const requests: RequestLog[] = []
  const sockets = new Set<Socket>()
  const socketByPeer = new Map<string, Socket>()
  const timers = new Set<NodeJS.Timeout>()
  let rule: FaultRule | undefined
  const sumdb = options.sumdb === true
  let perRequestMs = 0
  const link = new Link()

  function setThrottle(throttle: Throttle | undefined): void {
    if (throttle !== undefined && !(throttle.perRequestMs >= 0)) {
      throw new Error(`perRequestMs must be a number of milliseconds, not ${throttle.perRequestMs}`)
    }
    link.setRate(throttle?.bytesPerSecond)
    perRequestMs = throttle?.perRequestMs ?? 0
  }

  setThrottle(options.throttle)
  const tls = options.tls === true ? await makeSelfSignedCert(['localhost']) : undefined

  /** Waits ms on a timer that close() clears. */
  function wait(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })
  }

  function setFault(fault: Fault, faultOptions: FaultOptions = {}): void {
    rule = fault === 'ok' ? undefined : { fault, remaining: faultOptions.times ?? Infinity, match: faultOptions.match }
  }

  /** The fault for this request, counting it against `times`. */
  function takeFault(path: string): Fault {
    if (rule === undefined || (rule.match !== undefined && !rule.match.test(path))) return 'ok'
    const fault = rule.fault
    rule.remaining--
    if (rule.remaining <= 0) rule = undefined
    return fault
  }

  function resetConnection(req: http.IncomingMessage): void {
    // Under TLS req.socket is the TLS wrapper; only the TCP socket can send a RST.
    const raw = socketByPeer.get(`${req.socket.remoteAddress}:${req.socket.remotePort}`) ?? req.socket
    raw.resetAndDestroy()
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = performance.now()
    const method = req.method ?? 'GET'
    let path: string
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
    } catch {
      path = req.url ?? '/'
    }
    const log = (status: RequestLog['status']): void => {
      const now = performance.now()
      requests.push({ method, path, status, ms: Math.round(now - started), at: started, until: now })
    }
    const fault = takeFault(path)

    if (fault === 'blackhole') {
      log('blackhole')
      return
    }
    if (fault === 'reset') {
      log('reset')
      resetConnection(req)
      return
    }
    if (typeof fault === 'object' && 'slow' in fault) {
      await wait(fault.slow)
      if (req.socket.destroyed) return
    }
    if (perRequestMs > 0) {
      await wait(perRequestMs)
      if (req.socket.destroyed) return
    }

    let answer: Answer
    if (typeof fault === 'object' && 'status' in fault) {
      answer = text(fault.status, `${fault.status === 404 || fault.status === 410 ? 'not found' : 'error'}: fault injected (${describeFault(fault)})`)
    } else if (method !== 'GET' && method !== 'HEAD') {
      answer = text(405, 'method not allowed')
    } else {
      answer = await answerGoproxy(options.root, path, sumdb)
      if (fault === 'tamper') answer = tamper(path, answer)
    }
    // Logged before answering, so a client that has its answer always finds it in the log.
    log(answer.status)
    res.writeHead(answer.status, { 'Content-Type': answer.contentType, 'Content-Length': answer.body.length })
    if (method === 'HEAD' || link.bytesPerSecond === undefined) {
      res.end(answer.body) // omitted for HEAD by node:http
      return
    }
    await pipeline(Readable.from(answer.body), link.pace(), res)
  }

  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    handle(req, res).catch((err: unknown) => {
      // A client that hangs up during a paced body is not the server's failure.
      if (res.destroyed || res.writableEnded) return
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' })
      res.end(`internal error: ${String(err)}\n`)
    })
  }
  const server = tls === undefined ? http.createServer(onRequest) : https.createServer({ key: tls.key, cert: tls.cert }, onRequest)
  server.on('connection', (socket: Socket) => {
    const peer = `${socket.remoteAddress}:${socket.remotePort}`
    sockets.add(socket)
    socketByPeer.set(peer, socket)
    socket.on('error', () => {}) // resets and clients that hang up are part of the job
    socket.on('close', () => {
      sockets.delete(socket)
      socketByPeer.delete(peer)
    })
  })
  // A client rejecting our certificate is an expected outcome in TLS tests.
  server.on('tlsClientError', () => {})

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  if (options.fault !== undefined) setFault(options.fault)

  return {
    url: `${tls === undefined ? 'http' : 'https'}://127.0.0.1:${port}`,
    port,
    requests,
    caCertPath: tls?.certPath,
    setFault,
    setThrottle,
    clearRequests: () => {
      requests.length = 0
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      for (const socket of sockets) socket.destroy()
      await closed
      if (tls !== undefined) await rm(tls.dir, { recursive: true, force: true })
    }
  }
}
