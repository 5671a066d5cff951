import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import net, { type AddressInfo, type LookupFunction, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { goModHash, parseGoSum } from '../../src/go/gosum.ts'
import { goAuthUsesNetrc, goDispatcher, locateNetrc, netrcEntryFor, parseNetrc, readNetrc, type Env } from '../../src/net/http.ts'
import { parseProxyUrl, proxyConfigFromEnv, proxyForUrl } from '../../src/net/proxyenv.ts'
import { probeProxy, type ProbeModule, type ProbeResult } from '../../src/proxy/probe.ts'
import { goEnv, goSumLines, tidyConsumer, writeConsumer, writeModule, type FixtureModule } from '../support/fixtures.ts'
import { startForwardProxy, type ForwardProxy } from '../support/forward-proxy.ts'
import { startGoProxy, type GoProxy } from '../support/goproxy.ts'

const FIXTURES: FixtureModule[] = [
  { path: 'example.com/alpha', version: 'v1.0.0' },
  { path: 'example.com/Beta', version: 'v1.2.0' },
  { path: 'example.com/gamma/v2', version: 'v2.0.1' }
]
/** A name that stands for 127.0.0.1 in these tests, so that go's never-proxy-loopback rule does not apply. */
const PROXY_NAME = 'goproxy.test'

let work: string
let home: string
/** The three fixture modules with the go.mod hashes go itself wrote to go.sum. */
let modules: ProbeModule[]
let proxy: GoProxy
let sumdbProxy: GoProxy
let tlsProxy: GoProxy
/** A certificate for goproxy.test and 127.0.0.1, for the servers this file starts. */
let cert: { certPath: string; key: Buffer; cert: Buffer }

async function makeCert(dir: string): Promise<{ certPath: string; key: Buffer; cert: Buffer }> {
  const certPath = join(dir, 'front-cert.pem')
  const keyPath = join(dir, 'front-key.pem')
  await promisify(execFile)('/usr/bin/openssl', [
    'req', '-x509', '-nodes', '-days', '2',
    '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-keyout', keyPath, '-out', certPath,
    '-subj', `/CN=${PROXY_NAME}`,
    '-addext', `subjectAltName=DNS:${PROXY_NAME},IP:127.0.0.1`
  ])
  return { certPath, key: await readFile(keyPath), cert: await readFile(certPath) }
}

/** go mod tidy through the loopback proxy, so that go writes the go.sum the probe checks against. */
async function goSumHashes(proxyUrl: string): Promise<ProbeModule[]> {
  const consumer = join(work, 'consumer')
  await writeConsumer(consumer, { modulePath: 'example.com/consumer', requires: FIXTURES })
  await tidyConsumer(consumer, goEnv(join(work, 'go'), { GOPROXY: proxyUrl }))
  const entries = parseGoSum((await goSumLines(consumer)).join('\n'))
  return FIXTURES.map((m) => ({ path: m.path, version: m.version, goModHash: goModHash(entries, m.path, m.version)! }))
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'probe-test-'))
  home = join(work, 'home')
  await mkdir(home)
  const root = join(work, 'proxy')
  for (const mod of FIXTURES) await writeModule(root, mod)
  ;[proxy, sumdbProxy, tlsProxy, cert] = await Promise.all([
    startGoProxy({ root }),
    startGoProxy({ root, sumdb: true }),
    startGoProxy({ root, tls: true }),
    makeCert(work)
  ])
  modules = await goSumHashes(proxy.url)
  proxy.clearRequests()
})

afterEach(() => {
  proxy.setFault('ok')
  proxy.clearRequests()
})

afterAll(async () => {
  await Promise.all([proxy?.close(), sumdbProxy?.close(), tlsProxy?.close()])
  await rm(work, { recursive: true, force: true })
})

/** An environment with nothing from the machine in it: no proxies, no netrc, no extra CAs. */
function cleanEnv(extra: Env = {}): Env {
  return { HOME: home, ...extra }
}

function probe(
  url: string,
  options: { deadline?: AbortSignal | number; env?: Env; mods?: ProbeModule[]; sumdbName?: string; platform?: NodeJS.Platform; goVersion?: string } = {}
) {
  return probeProxy(url, {
    modules: options.mods ?? modules,
    deadline: options.deadline ?? 5000,
    env: options.env ?? cleanEnv(),
    ...(options.sumdbName === undefined ? {} : { sumdbName: options.sumdbName }),
    ...(options.platform === undefined ? {} : { platform: options.platform }),
    ...(options.goVersion === undefined ? {} : { goVersion: options.goVersion })
  })
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now()
  const result = await run()
  return { result, ms: performance.now() - started }
}

/** Answers every name in `names` with 127.0.0.1 and fails any other, so no lookup leaves the machine. */
function loopbackLookup(names: readonly string[]): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (!names.includes(hostname)) {
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }))
    } else if (options.all === true) {
      callback(null, [{ address: '127.0.0.1', family: 4 }])
    } else {
      callback(null, '127.0.0.1', 4)
    }
  }) as LookupFunction
}

async function withDispatcher<T>(env: Env, lookup: LookupFunction, run: (d: Awaited<ReturnType<typeof goDispatcher>>) => Promise<T>): Promise<T> {
  const dispatcher = await goDispatcher({ env, lookup })
  try {
    return await run(dispatcher)
  } finally {
    await dispatcher.destroy()
  }
}

interface Front {
  url: string
  port: number
  /** The Authorization header of every request, in order ('' when absent). */
  authorizations: string[]
  close(): Promise<void>
}

/**
 * A server in front of a GOPROXY that records each request's Authorization header and, when
 * `auth` is set, answers 401 unless it carries those Basic credentials. With `tls`, it serves
 * HTTPS with the certificate for goproxy.test and 127.0.0.1.
 */
async function startFront(target: GoProxy, options: { tls?: boolean; auth?: { username: string; password: string } } = {}): Promise<Front> {
  const expected = options.auth && 'Basic ' + Buffer.from(`${options.auth.username}:${options.auth.password}`).toString('base64')
  const authorizations: string[] = []
  const sockets = new Set<Socket>()
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    authorizations.push(req.headers.authorization ?? '')
    if (expected !== undefined && req.headers.authorization !== expected) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="goproxy"' }).end('unauthorized\n')
      return
    }
    const upstream = http.get({ host: '127.0.0.1', port: target.port, path: req.url }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.writeHead(502).end())
  }
  const server = options.tls ? https.createServer({ key: cert.key, cert: cert.cert }, onRequest) : http.createServer(onRequest)
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.address() as AddressInfo).port
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    authorizations,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const socket of sockets) socket.destroy()
      await closed
    }
  }
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.address() as AddressInfo).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/**
 * A listening socket whose accept queue is full, so a new connection is never established:
 * the loopback stand-in for a firewall that drops packets. A child process listens with a
 * backlog of 1 and blocks its event loop so it never accepts; we fill the queue until a
 * connection attempt hangs.
 */
async function startUnacceptingListener(): Promise<{ port: number; close: () => void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '-e',
      `const s = require('node:net').createServer();
       s.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () =>
         process.stdout.write(s.address().port + '\\n', () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)))`
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const port = await new Promise<number>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(Number(String(d).trim()))))
  const fillers: Socket[] = []
  for (let i = 0; i < 16; i++) {
    const socket = net.connect(port, '127.0.0.1')
    socket.on('error', () => {})
    fillers.push(socket)
    const connected = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true))
      setTimeout(() => resolve(false), 300)
    })
    if (!connected) break
  }
  return {
    port,
    close: () => {
      for (const socket of fillers) socket.destroy()
      child.kill('SIGKILL')
    }
  }
}

function expectNoSecret(result: ProbeResult, ...secrets: string[]): void {
  const text = JSON.stringify(result)
  for (const secret of secrets) expect(text).not.toContain(secret)
}

describe('probeProxy against a healthy proxy', () => {
  it('fetches each go.mod (case-escaped), verifies it against the go.sum go wrote, and reports a latency', async () => {
    const result = await probe(proxy.url)
    expect(result).toMatchObject({ url: proxy.url, class: 'ok', verified: true, detail: '3 go.mod files match go.sum' })
    expect(result.latencyMs).toBeGreaterThanOrEqual(0)
    expect(result.latencyMs).toBeLessThan(5000)
    expect(result.sumdb).toBeUndefined()
    expect(proxy.requests.map((r) => `${r.path} ${r.status}`).sort()).toEqual([
      '/example.com/!beta/@v/v1.2.0.mod 200',
      '/example.com/alpha/@v/v1.0.0.mod 200',
      '/example.com/gamma/v2/@v/v2.0.1.mod 200'
    ])
  })

  it('fetches at most three go.mod files', async () => {
    const extra = { path: 'example.com/delta', version: 'v1.0.0', goModHash: 'h1:unused=' }
    await probe(proxy.url, { mods: [...modules, extra] })
    expect(proxy.requests).toHaveLength(3)
    expect(proxy.requests.some((r) => r.path.includes('delta'))).toBe(false)
  })

  it('counts latency to the first good answer, so a slow proxy shows it', async () => {
    proxy.setFault({ slow: 300 })
    const result = await probe(proxy.url)
    expect(result.class).toBe('ok')
    expect(result.latencyMs).toBeGreaterThanOrEqual(290)
  })

  it('follows a redirect to where the go.mod files are, as go does', async () => {
    const redirector = http.createServer((req, res) => res.writeHead(302, { Location: proxy.url + req.url }).end())
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', () => resolve()))
    try {
      const result = await probe(`http://127.0.0.1:${(redirector.address() as AddressInfo).port}/`)
      expect(result).toMatchObject({ class: 'ok', verified: true })
      expect(proxy.requests).toHaveLength(3)
    } finally {
      redirector.closeAllConnections()
      await new Promise<void>((resolve) => redirector.close(() => resolve()))
    }
  })

  it('without modules, checks that the proxy answers at all, and verifies nothing', async () => {
    const result = await probe(proxy.url, { mods: [] })
    expect(result).toMatchObject({ class: 'ok', verified: false })
    expect(result.detail).toContain('no go.sum entry to verify')
    expect(proxy.requests.map((r) => r.path)).toEqual(['/sumdb/sum.golang.org/supported'])
  })
})

describe('probeProxy classifies what went wrong', () => {
  it('calls a go.mod that differs from go.sum a mismatch, naming the module and both hashes', async () => {
    proxy.setFault('tamper', { match: /alpha/ })
    const result = await probe(proxy.url)
    expect(result).toMatchObject({ class: 'mismatch', verified: false })
    expect(result.detail).toContain(`GET ${proxy.url}/example.com/alpha/@v/v1.0.0.mod: verifying example.com/alpha@v1.0.0/go.mod: checksum mismatch`)
    expect(result.detail).toContain(`go.sum ${modules[0]!.goModHash}`)
  })

  it.each([
    [{ status: 503 }, 'http-5xx', '503 Service Unavailable'],
    [{ status: 500 }, 'http-5xx', '500 Internal Server Error'],
    [{ status: 403 }, 'http-4xx', '403 Forbidden'],
    [{ status: 404 }, 'not-found', '404 Not Found'],
    [{ status: 410 }, 'not-found', '410 Gone']
  ] as const)('answers %j as %s', async (fault, cls, statusLine) => {
    proxy.setFault(fault)
    const result = await probe(proxy.url)
    expect(result.class).toBe(cls)
    expect(result.detail).toMatch(new RegExp(`^GET ${proxy.url}/example\\.com/.+\\.mod: ${statusLine}$`))
    expect(result.verified).toBe(false)
  })

  it('lets the most serious failure win: a 5xx on one module over a 404 on another', async () => {
    proxy.setFault({ status: 503 }, { match: /gamma/ })
    const missing = { path: 'example.com/missing', version: 'v1.0.0', goModHash: 'h1:unused=' }
    const result = await probe(proxy.url, { mods: [missing, modules[0]!, modules[2]!] })
    expect(result.class).toBe('http-5xx')
    expect(result.detail).toContain('gamma')
  })

  it('calls a proxy that accepts and never answers a timeout, within the deadline', async () => {
    proxy.setFault('blackhole')
    const { result, ms } = await timed(() => probe(proxy.url, { deadline: 400 }))
    expect(result.class).toBe('timeout')
    expect(result.detail).toContain('connected, but no answer within the probe deadline')
    expect(ms).toBeLessThan(400 + 1500)
  })

  it('accepts the deadline as an AbortSignal', async () => {
    proxy.setFault('blackhole')
    const { result, ms } = await timed(() => probe(proxy.url, { deadline: AbortSignal.timeout(300) }))
    expect(result.class).toBe('timeout')
    expect(ms).toBeLessThan(300 + 1500)
  })

  it('calls an answer slower than the deadline a timeout', async () => {
    proxy.setFault({ slow: 3000 })
    const { result, ms } = await timed(() => probe(proxy.url, { deadline: 300 }))
    expect(result.class).toBe('timeout')
    expect(ms).toBeLessThan(300 + 1500)
  })

  it('calls a reset connection a reset', async () => {
    proxy.setFault('reset')
    const result = await probe(proxy.url)
    expect(result.class).toBe('reset')
    expect(result.detail).toContain('ECONNRESET')
  })

  it('calls a closed port refused', async () => {
    const port = await closedPort()
    const result = await probe(`http://127.0.0.1:${port}`)
    expect(result.class).toBe('refused')
    expect(result.detail).toContain('ECONNREFUSED')
  })

  it('calls a connection that is never established a connect-timeout, within the deadline', async () => {
    const listener = await startUnacceptingListener()
    try {
      const { result, ms } = await timed(() => probe(`http://127.0.0.1:${listener.port}`, { deadline: 500 }))
      expect(result.class).toBe('connect-timeout')
      expect(result.detail).toContain('no connection within the probe deadline')
      expect(ms).toBeLessThan(500 + 1500)
    } finally {
      listener.close()
    }
  })

  it('calls a host name that does not resolve dns', async () => {
    const env = cleanEnv()
    const result = await withDispatcher(env, loopbackLookup([]), (dispatcher) =>
      probeProxy('http://nonexistent.invalid', { modules, deadline: 2000, env, dispatcher })
    )
    expect(result.class).toBe('dns')
    expect(result.detail).toContain('ENOTFOUND')
  })
})

describe('probeProxy over TLS', () => {
  it('calls a certificate nobody vouches for tls', async () => {
    const result = await probe(tlsProxy.url)
    expect(result.class).toBe('tls')
    expect(result.detail).toContain('SELF_SIGNED')
  })

  it('trusts the certificates in SSL_CERT_FILE, as go does', async () => {
    const result = await probe(tlsProxy.url, { env: cleanEnv({ SSL_CERT_FILE: tlsProxy.caCertPath }) })
    expect(result).toMatchObject({ class: 'ok', verified: true })
  })

  it('trusts the certificates in an SSL_CERT_DIR directory, as go does', async () => {
    const dir = await caDir()
    const result = await probe(tlsProxy.url, { env: cleanEnv({ SSL_CERT_DIR: `/nonexistent:${dir}` }) })
    expect(result.class).toBe('ok')
  })

  /** A directory holding the TLS proxy's certificate, for SSL_CERT_DIR. */
  async function caDir(): Promise<string> {
    const dir = join(work, 'certs')
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'goproxy.pem'), await readFile(tlsProxy.caCertPath!))
    return dir
  }

  // The probe judges as go on the platform it is told: here Linux stands in for the machine,
  // and its system store does not hold the test certificate.
  it('on macOS and Windows up to Go 1.26 ignores SSL_CERT_FILE, as go (the OS verifies there)', async () => {
    const env = cleanEnv({ SSL_CERT_FILE: tlsProxy.caCertPath })
    for (const platform of ['darwin', 'win32'] as const) {
      const result = await probe(tlsProxy.url, { env, platform, goVersion: '1.26.8' })
      expect(result.class).toBe('tls')
    }
    expect((await probe(tlsProxy.url, { env, platform: 'linux', goVersion: '1.26.8' })).class).toBe('ok')
  })

  it('on macOS from Go 1.27 on trusts SSL_CERT_FILE, unless GODEBUG=x509sslcertoverrideplatform=0', async () => {
    const env = cleanEnv({ SSL_CERT_FILE: tlsProxy.caCertPath })
    expect((await probe(tlsProxy.url, { env, platform: 'darwin', goVersion: 'go1.27.1' })).class).toBe('ok')
    const keepOs = cleanEnv({ SSL_CERT_FILE: tlsProxy.caCertPath, GODEBUG: 'x509sslcertoverrideplatform=0' })
    expect((await probe(tlsProxy.url, { env: keepOs, platform: 'darwin', goVersion: 'go1.27.1' })).class).toBe('tls')
  })

  it("splits SSL_CERT_DIR on ';' for Windows and on ':' elsewhere", async () => {
    const env = cleanEnv({ SSL_CERT_DIR: `/nonexistent;${await caDir()}` })
    expect((await probe(tlsProxy.url, { env, platform: 'win32', goVersion: '1.27.0' })).class).toBe('ok')
    expect((await probe(tlsProxy.url, { env, platform: 'linux' })).class).toBe('tls')
  })

  it('with the go version unknown, trusts SSL_CERT_FILE on macOS too: never tls for a certificate some go accepts', async () => {
    const result = await probe(tlsProxy.url, { env: cleanEnv({ SSL_CERT_FILE: tlsProxy.caCertPath }), platform: 'darwin' })
    expect(result.class).toBe('ok')
  })
})

describe('probeProxy credentials', () => {
  const user = { username: 'alice', password: 'p@ss/w0rd' }
  const userinfo = `alice:${encodeURIComponent(user.password)}`
  const basic = 'Basic ' + Buffer.from('alice:p@ss/w0rd').toString('base64')

  it('sends userinfo from the proxy URL as Basic auth, and keeps it out of url and detail', async () => {
    const front = await startFront(proxy, { auth: user })
    try {
      const result = await probe(front.url.replace('://', `://${userinfo}@`))
      expect(result).toMatchObject({ url: front.url, class: 'ok', verified: true })
      expect(front.authorizations).toEqual([basic, basic, basic])
      expectNoSecret(result, 'p@ss', 'p%40ss', 'alice')
    } finally {
      await front.close()
    }
  })

  it('reports refused credentials as http-4xx without repeating them', async () => {
    const front = await startFront(proxy, { auth: user })
    try {
      const result = await probe(front.url.replace('://', '://alice:wrong-password@'))
      expect(result.class).toBe('http-4xx')
      expect(result.detail).toMatch(/: 401 Unauthorized$/)
      expectNoSecret(result, 'wrong-password', 'alice')
    } finally {
      await front.close()
    }
  })

  describe('from .netrc', () => {
    let netrc: string
    beforeAll(async () => {
      netrc = join(work, 'netrc')
    })

    async function withNetrcFront(tls: boolean, run: (front: Front, env: Env) => Promise<void>, extra: Env = {}): Promise<void> {
      const front = await startFront(proxy, { tls, auth: user })
      try {
        await writeFile(netrc, `machine example.org login nobody password nothing\nmachine 127.0.0.1:${front.port}\n  login alice\n  password ${user.password}\n`)
        await run(front, cleanEnv({ NETRC: netrc, SSL_CERT_FILE: cert.certPath, ...extra }))
      } finally {
        await front.close()
      }
    }

    it('sends the entry for the proxy host over https, as GOAUTH=netrc does', async () => {
      await withNetrcFront(true, async (front, env) => {
        const result = await probe(front.url, { env })
        expect(result).toMatchObject({ class: 'ok', verified: true })
        expect(front.authorizations).toEqual([basic, basic, basic])
        expectNoSecret(result, user.password)
      })
    })

    it('never sends it over plain http, as go does not', async () => {
      await withNetrcFront(false, async (front, env) => {
        const result = await probe(front.url, { env })
        expect(result.class).toBe('http-4xx')
        expect(front.authorizations).toEqual(['', '', ''])
      })
    })

    it('finds $HOME/.netrc without NETRC on Linux and macOS, as go does', async () => {
      const netrcHome = await mkdtemp(join(work, 'netrc-home-'))
      const front = await startFront(proxy, { tls: true, auth: user })
      try {
        await writeFile(join(netrcHome, '.netrc'), `machine 127.0.0.1:${front.port} login alice password ${user.password}\n`)
        for (const platform of ['linux', 'darwin'] as const) {
          front.authorizations.length = 0
          const result = await probe(front.url, { env: { HOME: netrcHome, SSL_CERT_FILE: cert.certPath }, platform })
          expect(result).toMatchObject({ class: 'ok', verified: true })
          expect(front.authorizations).toEqual([basic, basic, basic])
        }
      } finally {
        await front.close()
      }
    })

    it('does not use it when GOAUTH=off', async () => {
      await withNetrcFront(
        true,
        async (front, env) => {
          const result = await probe(front.url, { env })
          expect(result.class).toBe('http-4xx')
          expect(front.authorizations).toEqual(['', '', ''])
        },
        { GOAUTH: 'off' }
      )
    })
  })
})

describe('probeProxy through a forward proxy', () => {
  let forward: ForwardProxy
  const lookup = loopbackLookup([PROXY_NAME])

  beforeAll(async () => {
    forward = await startForwardProxy({ hosts: [PROXY_NAME] })
  })
  afterEach(() => {
    forward.log.length = 0
  })
  afterAll(async () => {
    await forward?.close()
  })

  function probeWith(env: Env, url: string): Promise<ProbeResult> {
    return withDispatcher(env, lookup, (dispatcher) => probeProxy(url, { modules, deadline: 5000, env, dispatcher }))
  }

  it.each(['HTTP_PROXY', 'http_proxy'])('sends plain http requests through %s as absolute-URI requests', async (name) => {
    const target = `http://${PROXY_NAME}:${proxy.port}`
    const result = await probeWith(cleanEnv({ [name]: forward.url }), target)
    expect(result).toMatchObject({ class: 'ok', verified: true })
    expect(forward.log.map((r) => `${r.method} ${r.target} ${r.status}`).sort()).toEqual([
      `GET ${target}/example.com/!beta/@v/v1.2.0.mod 200`,
      `GET ${target}/example.com/alpha/@v/v1.0.0.mod 200`,
      `GET ${target}/example.com/gamma/v2/@v/v2.0.1.mod 200`
    ])
  })

  it('goes direct to a host NO_PROXY names', async () => {
    const result = await probeWith(cleanEnv({ HTTP_PROXY: forward.url, NO_PROXY: `example.org,${PROXY_NAME}` }), `http://${PROXY_NAME}:${proxy.port}`)
    expect(result.class).toBe('ok')
    expect(forward.log).toEqual([])
    expect(proxy.requests).toHaveLength(3)
  })

  it('goes direct to a loopback address whatever HTTP_PROXY says, as go does', async () => {
    const result = await probeWith(cleanEnv({ HTTP_PROXY: forward.url }), proxy.url)
    expect(result.class).toBe('ok')
    expect(forward.log).toEqual([])
  })

  it('tunnels https through HTTPS_PROXY with CONNECT and verifies the proxy certificate end to end', async () => {
    const front = await startFront(proxy, { tls: true })
    try {
      const result = await probeWith(
        cleanEnv({ HTTPS_PROXY: forward.url, SSL_CERT_FILE: cert.certPath }),
        `https://${PROXY_NAME}:${front.port}`
      )
      expect(result).toMatchObject({ class: 'ok', verified: true })
      expect(forward.log.map((r) => `${r.method} ${r.target} ${r.status}`)).toEqual(
        Array(3).fill(`CONNECT ${PROXY_NAME}:${front.port} 200`)
      )
    } finally {
      await front.close()
    }
  })

  it('does not send https through HTTP_PROXY, as go does not', async () => {
    const front = await startFront(proxy, { tls: true })
    try {
      const result = await probeWith(cleanEnv({ HTTP_PROXY: forward.url, SSL_CERT_FILE: cert.certPath }), `https://${PROXY_NAME}:${front.port}`)
      expect(result.class).toBe('ok')
      expect(forward.log).toEqual([])
    } finally {
      await front.close()
    }
  })

  it('authenticates to the forward proxy with the userinfo of HTTPS_PROXY, and keeps it out of the result', async () => {
    const guarded = await startForwardProxy({ hosts: [PROXY_NAME], auth: { username: 'bob', password: 'hunter22' } })
    const front = await startFront(proxy, { tls: true })
    try {
      const env = cleanEnv({ HTTPS_PROXY: guarded.url.replace('://', '://bob:hunter22@'), SSL_CERT_FILE: cert.certPath })
      const result = await probeWith(env, `https://${PROXY_NAME}:${front.port}`)
      expect(result.class).toBe('ok')
      expect(guarded.log[0]).toMatchObject({ method: 'CONNECT', status: 200, proxyAuthorization: 'Basic ' + Buffer.from('bob:hunter22').toString('base64') })

      const refused = await probeWith({ ...env, HTTPS_PROXY: guarded.url.replace('://', '://bob:wrong-pass@') }, `https://${PROXY_NAME}:${front.port}`)
      expect(refused.class).toBe('http-4xx')
      expect(refused.detail).toContain('answered 407')
      expectNoSecret(refused, 'wrong-pass')
    } finally {
      await Promise.all([guarded.close(), front.close()])
    }
  })
})

describe('probeProxy and the checksum database', () => {
  it('reports sumdb true when <proxy>/sumdb/<name>/supported answers 200', async () => {
    const result = await probe(sumdbProxy.url, { sumdbName: 'sum.golang.org' })
    expect(result).toMatchObject({ class: 'ok', verified: true, sumdb: true })
  })

  it('reports sumdb false when it answers 404', async () => {
    const result = await probe(proxy.url, { sumdbName: 'sum.golang.org' })
    expect(result).toMatchObject({ class: 'ok', sumdb: false })
    expect(proxy.requests.map((r) => `${r.path} ${r.status}`)).toContain('/sumdb/sum.golang.org/supported 404')
  })
})

describe('the network as go sees it', () => {
  const config = (env: Env) => proxyConfigFromEnv(env)
  const via = (url: string, env: Env) => proxyForUrl(new URL(url), config(env))?.href

  it('reads a bare host:port proxy as http://host:port, and ignores nonsense', () => {
    expect(parseProxyUrl('proxy.corp:3128')?.href).toBe('http://proxy.corp:3128/')
    expect(parseProxyUrl('10.1.2.3:3128')?.href).toBe('http://10.1.2.3:3128/')
    expect(parseProxyUrl('https://proxy.corp')?.href).toBe('https://proxy.corp/')
    expect(parseProxyUrl('')).toBeUndefined()
  })

  it('prefers the upper-case variables, as Go does', () => {
    expect(via('http://a.example/', { HTTP_PROXY: 'http://upper:1', http_proxy: 'http://lower:1' })).toBe('http://upper:1/')
    expect(via('http://a.example/', { http_proxy: 'http://lower:1' })).toBe('http://lower:1/')
  })

  it('uses HTTPS_PROXY only for https and HTTP_PROXY only for http', () => {
    const env = { HTTP_PROXY: 'http://p-http:1', HTTPS_PROXY: 'http://p-https:1' }
    expect(via('https://a.example/', env)).toBe('http://p-https:1/')
    expect(via('http://a.example/', env)).toBe('http://p-http:1/')
    expect(via('https://a.example/', { HTTP_PROXY: 'http://p-http:1' })).toBeUndefined()
  })

  it('never proxies localhost or loopback addresses', () => {
    const env = { HTTP_PROXY: 'http://p:1' }
    for (const url of ['http://localhost:8080/', 'http://127.0.0.1/', 'http://127.1.2.3:9/', 'http://[::1]:80/']) {
      expect(via(url, env)).toBeUndefined()
    }
    expect(via('http://10.0.0.1/', env)).toBe('http://p:1/')
  })

  it.each([
    ['example.com', 'http://example.com/', true],
    ['example.com', 'http://sub.example.com/', true],
    ['example.com', 'http://notexample.com/', false],
    ['.example.com', 'http://example.com/', false],
    ['.example.com', 'http://sub.example.com/', true],
    ['*.example.com', 'http://example.com/', false],
    ['*.example.com', 'http://a.b.example.com/', true],
    ['example.com:8080', 'http://example.com:8080/', true],
    ['example.com:8080', 'http://example.com/', false],
    ['10.0.0.0/8', 'http://10.9.8.7/', true],
    ['10.0.0.0/8', 'http://11.0.0.1/', false],
    ['10.1.2.3', 'http://10.1.2.3:8080/', true],
    ['10.1.2.3:443', 'https://10.1.2.3/', true],
    ['10.1.2.3:443', 'http://10.1.2.3/', false],
    ['example.com', 'http://10.1.2.3/', false],
    ['*', 'https://anything.example/', true],
    [' other.org , EXAMPLE.com ', 'http://example.com/', true]
  ])('NO_PROXY=%j exempts %s: %s', (noProxy, url, exempt) => {
    expect(via(url, { HTTP_PROXY: 'http://p:1', HTTPS_PROXY: 'http://p:1', NO_PROXY: noProxy }) === undefined).toBe(exempt)
  })

  it('reads .netrc as cmd/go does: complete entries only, macdef skipped, nothing after a default token', () => {
    const text = [
      'machine a.example login alice password one',
      'machine incomplete.example login nobody',
      'macdef init',
      'machine hidden.example login x password y',
      '',
      'machine b.example',
      '  login bob',
      '  password two',
      'default',
      '  login anon password anon',
      'machine after.example login c password three'
    ].join('\n')
    expect(parseNetrc(text)).toEqual([
      { machine: 'a.example', login: 'alice', password: 'one' },
      { machine: 'b.example', login: 'bob', password: 'two' }
    ])
  })

  it('finds the netrc entry for an https URL by host[:port] and path prefix, the first entry winning', () => {
    const entries = parseNetrc(
      'machine proxy.example login a password 1\nmachine proxy.example login b password 2\n' +
        'machine proxy.example:8443 login c password 3\nmachine other.example/go login d password 4\n'
    )
    expect(netrcEntryFor('https://proxy.example/m/@v/v1.0.0.mod', entries)?.login).toBe('a')
    expect(netrcEntryFor('https://proxy.example:8443/m/@v/v1.0.0.mod', entries)?.login).toBe('c')
    expect(netrcEntryFor('https://other.example/go/m/@v/list', entries)?.login).toBe('d')
    expect(netrcEntryFor('https://other.example/m/@v/list', entries)).toBeUndefined()
    expect(netrcEntryFor('http://proxy.example/m/@v/v1.0.0.mod', entries)).toBeUndefined()
  })

  it('reads the netrc file the platform rules pick, and nothing without a home', async () => {
    const dir = await mkdtemp(join(work, 'netrc-locate-'))
    await writeFile(join(dir, '.netrc'), 'machine proxy.example login a password 1\n')
    expect(await locateNetrc({ HOME: dir }, 'linux')).toBe(join(dir, '.netrc'))
    expect(await readNetrc({ HOME: dir }, 'darwin')).toEqual([{ machine: 'proxy.example', login: 'a', password: '1' }])
    // go has no home without HOME (os.UserHomeDir fails), so no netrc, wherever the user's is.
    expect(await locateNetrc({}, 'linux')).toBeUndefined()
    expect(await readNetrc({}, 'linux')).toEqual([])
    expect(await readNetrc({ HOME: dir, NETRC: join(dir, 'missing') }, 'linux')).toEqual([])
  })

  it('uses netrc unless GOAUTH leaves out the netrc method', () => {
    expect(goAuthUsesNetrc('')).toBe(true)
    expect(goAuthUsesNetrc('netrc')).toBe(true)
    expect(goAuthUsesNetrc('git /src; netrc')).toBe(true)
    expect(goAuthUsesNetrc('off')).toBe(false)
    expect(goAuthUsesNetrc('git /src')).toBe(false)
  })
})
