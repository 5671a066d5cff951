import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Agent, fetch } from 'undici'
import {
  buildFixtureSet,
  goEnv,
  goSumLines,
  moduleFiles,
  removeTree,
  runGo,
  tidyConsumer,
  writeConsumer,
  writeModule,
  type GoEnv,
  type ModuleVersion
} from './fixtures.ts'
import { maxConcurrent, startGoProxy, type GoProxy } from './goproxy.ts'
import { readZip } from './zip.ts'

const run = promisify(execFile)

/** The code of a network error as undici reports it (in err.cause, sometimes aggregated). */
function causeCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: string; errors?: { code?: string }[] } }).cause
  return cause?.code ?? cause?.errors?.[0]?.code
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (err) {
    return err
  }
  throw new Error('expected the request to fail')
}

const UPPER: ModuleVersion = { path: 'example.com/Fixture/Upper', version: 'v1.1.0' }

let tmp: string
let root: string
let proxy: GoProxy
let fixtures: ModuleVersion[]
let consumer: string
let consumerEnv: GoEnv
let tidyRequests: GoProxy['requests']
// One build cache for the whole file: a cold one costs seconds of compiling the runtime.
let goCache: string

/** A fresh module cache (and HOME, GOPATH) under tmp, sharing the file's build cache. */
async function freshGoEnv(overrides: Record<string, string | undefined>): Promise<GoEnv> {
  const base = await mkdtemp(join(tmp, 'go-'))
  return goEnv(base, { GOCACHE: goCache, ...overrides })
}

/** A copy of the tidied consumer (go.mod, go.sum, main.go) in a new directory. */
async function copyConsumer(): Promise<string> {
  const dir = await mkdtemp(join(tmp, 'consumer-'))
  for (const name of ['go.mod', 'go.sum', 'main.go']) await copyFile(join(consumer, name), join(dir, name))
  return dir
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'goproxy-test-'))
  root = join(tmp, 'proxy')
  goCache = join(tmp, 'gocache')
  fixtures = await buildFixtureSet({ root, count: 3, filesPerModule: 6, fileSize: 2048 })
  await writeModule(root, { path: UPPER.path, version: 'v1.0.0' })
  await writeModule(root, { ...UPPER, requires: [fixtures[0]!] })
  proxy = await startGoProxy({ root })
  consumer = join(tmp, 'consumer')
  await writeConsumer(consumer, { modulePath: 'example.com/consumer', requires: [...fixtures, UPPER] })
  consumerEnv = await freshGoEnv({ GOPROXY: proxy.url })
  await tidyConsumer(consumer, consumerEnv)
  tidyRequests = [...proxy.requests]
})

afterAll(async () => {
  await proxy?.close()
  if (tmp !== undefined) await removeTree(tmp)
})

beforeEach(() => proxy.clearRequests())
afterEach(() => proxy.setFault('ok'))

describe('serving fixture modules to the real go command', () => {
  it('lets go mod tidy write go.sum for every module', async () => {
    const sum = await goSumLines(consumer)
    for (const mod of [...fixtures, UPPER]) {
      expect(sum).toContainEqual(expect.stringMatching(`^${mod.path} ${mod.version} h1:[A-Za-z0-9+/]{43}=$`))
      expect(sum).toContainEqual(expect.stringMatching(`^${mod.path} ${mod.version}/go.mod h1:`))
    }
  })

  it('fetches each module zip during tidy, under its case-escaped path', () => {
    const zips = tidyRequests.filter((r) => r.path.endsWith('.zip')).map((r) => [r.method, r.path, r.status])
    expect(zips).toEqual(
      expect.arrayContaining([
        ['GET', '/example.com/fixture/m001/@v/v1.0.0.zip', 200],
        ['GET', '/example.com/fixture/m003/@v/v1.0.0.zip', 200],
        ['GET', '/example.com/!fixture/!upper/@v/v1.1.0.zip', 200]
      ])
    )
  })

  it('builds and runs a consumer that calls every module', async () => {
    const env = consumerEnv
    const built = await runGo(['build', '-o', join(consumer, 'consumer'), './...'], { cwd: consumer, env })
    expect(built.stderr).toBe('')
    expect(built.code).toBe(0)
    const { stderr } = await run(join(consumer, 'consumer'), [], { env })
    expect(stderr).toContain('example.com/fixture/m002@v1.0.0')
    expect(stderr).toContain('example.com/Fixture/Upper@v1.1.0 example.com/fixture/m001@v1.0.0')
  })
})

describe('the GOPROXY protocol', () => {
  it('lists every written version and names the newest as @latest', async () => {
    const list = await fetch(`${proxy.url}/example.com/!fixture/!upper/@v/list`)
    expect(await list.text()).toBe('v1.0.0\nv1.1.0\n')
    const latest = await fetch(`${proxy.url}/example.com/!fixture/!upper/@latest`)
    expect(await latest.json()).toEqual({ Version: 'v1.1.0', Time: '2024-01-01T00:00:00Z' })
  })

  it('serves .info, .mod and .zip as written', async () => {
    const base = `${proxy.url}/example.com/fixture/m002/@v/v1.0.0`
    expect(await (await fetch(`${base}.info`)).json()).toMatchObject({ Version: 'v1.0.0' })
    expect(await (await fetch(`${base}.mod`)).text()).toBe('module example.com/fixture/m002\n\ngo 1.22\n')
    const zip = readZip(Buffer.from(await (await fetch(`${base}.zip`)).arrayBuffer()))
    expect(zip.map((e) => e.name)).toEqual([
      'example.com/fixture/m002@v1.0.0/filler001.go',
      'example.com/fixture/m002@v1.0.0/filler002.go',
      'example.com/fixture/m002@v1.0.0/filler003.go',
      'example.com/fixture/m002@v1.0.0/filler004.go',
      'example.com/fixture/m002@v1.0.0/go.mod',
      'example.com/fixture/m002@v1.0.0/m002.go'
    ])
    expect(zip[0]!.data.length).toBeGreaterThanOrEqual(2048)
    expect(zip[0]!.data.length).toBeLessThan(2048 + 100)
  })

  it('answers 404 "not found" for unknown modules, versions and malformed escapes', async () => {
    for (const path of [
      '/example.com/nothing/@v/list',
      '/example.com/fixture/m001/@v/v9.9.9.zip',
      '/example.com/Fixture/Upper/@v/list',
      '/example.com/nothing/@latest'
    ]) {
      const res = await fetch(proxy.url + path)
      expect([path, res.status]).toEqual([path, 404])
      expect(await res.text()).toMatch(/^not found: /)
    }
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await fetch(`${proxy.url}/example.com/fixture/m001/@v/v1.0.0.zip`, { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(1000)
    expect((await res.arrayBuffer()).byteLength).toBe(0)
    expect(proxy.requests).toEqual([expect.objectContaining({ method: 'HEAD', status: 200 })])
  })

  it('announces checksum database proxying only when asked to', async () => {
    expect((await fetch(`${proxy.url}/sumdb/sum.golang.org/supported`)).status).toBe(404)
    const withSumdb = await startGoProxy({ root, sumdb: true })
    try {
      expect((await fetch(`${withSumdb.url}/sumdb/sum.golang.org/supported`)).status).toBe(200)
    } finally {
      await withSumdb.close()
    }
  })
})

describe('fault modes', () => {
  const zipUrl = (): string => `${proxy.url}/example.com/fixture/m001/@v/v1.0.0.zip`

  it('blackhole accepts the request and never answers', async () => {
    proxy.setFault('blackhole')
    const agent = new Agent({ headersTimeout: 300 })
    try {
      const err = await failureOf(fetch(zipUrl(), { dispatcher: agent }))
      expect(causeCode(err)).toBe('UND_ERR_HEADERS_TIMEOUT')
      expect(proxy.requests).toEqual([expect.objectContaining({ status: 'blackhole' })])
    } finally {
      await agent.destroy()
    }
  })

  it('reset makes the client see ECONNRESET', async () => {
    proxy.setFault('reset')
    const err = await failureOf(fetch(zipUrl()))
    expect(causeCode(err)).toBe('ECONNRESET')
    expect(proxy.requests).toEqual([expect.objectContaining({ status: 'reset' })])
  })

  it('{status} answers with that HTTP status', async () => {
    proxy.setFault({ status: 503 })
    const res = await fetch(zipUrl())
    expect(res.status).toBe(503)
    expect(proxy.requests).toEqual([expect.objectContaining({ status: 503 })])
  })

  it('{slow} answers normally after the delay', async () => {
    proxy.setFault({ slow: 300 })
    const started = performance.now()
    const res = await fetch(`${proxy.url}/example.com/fixture/m001/@v/v1.0.0.mod`)
    expect(await res.text()).toBe('module example.com/fixture/m001\n\ngo 1.22\n')
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
    expect(proxy.requests[0]!.ms).toBeGreaterThanOrEqual(290)
  })

  it('tamper changes .mod and .zip content but keeps them well-formed', async () => {
    proxy.setFault('tamper')
    const mod = await (await fetch(`${proxy.url}/example.com/fixture/m001/@v/v1.0.0.mod`)).text()
    expect(mod).toMatch(/^module example.com\/fixture\/m001\n\ngo 1.22\n\n\/\/ tampered/)
    const zip = readZip(Buffer.from(await (await fetch(zipUrl())).arrayBuffer()))
    const real = moduleFiles({ path: 'example.com/fixture/m001', version: 'v1.0.0' })
    const source = zip.find((e) => e.name.endsWith('/m001.go'))!.data.toString()
    expect(source).not.toBe(real['m001.go'])
    expect(source.startsWith(String(real['m001.go']))).toBe(true)
  })

  it('tamper makes go reject the download against go.sum', async () => {
    const dir = await copyConsumer() // with the go.sum go wrote from the real content
    proxy.setFault('tamper', { match: /fixture\/m002\// })
    const env = await freshGoEnv({ GOPROXY: proxy.url })
    const result = await runGo(['mod', 'download'], { cwd: dir, env })
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/example.com\/fixture\/m002@v1.0.0.*: checksum mismatch/)
  })

  it('times applies the fault to the next N matching requests, then recovers', async () => {
    proxy.setFault({ status: 500 }, { times: 2, match: /\.zip$/ })
    const statuses: number[] = []
    statuses.push((await fetch(`${proxy.url}/example.com/fixture/m001/@v/list`)).status)
    for (let i = 0; i < 3; i++) statuses.push((await fetch(zipUrl())).status)
    expect(statuses).toEqual([200, 500, 500, 200])
  })

  it('a flaky proxy fails go mod download once, and the next run succeeds', async () => {
    const dir = await copyConsumer()
    const env = await freshGoEnv({ GOPROXY: proxy.url })
    proxy.setFault({ status: 503 }, { times: 1, match: /m003\/@v\/v1\.0\.0\.zip$/ })
    const first = await runGo(['mod', 'download'], { cwd: dir, env })
    expect(first.code).not.toBe(0)
    expect(first.stderr).toContain('503 Service Unavailable')
    const second = await runGo(['mod', 'download'], { cwd: dir, env })
    expect(second.stderr).toBe('')
    expect(second.code).toBe(0)
    const m003zips = proxy.requests.filter((r) => r.path.endsWith('m003/@v/v1.0.0.zip')).map((r) => r.status)
    expect(m003zips).toEqual([503, 200])
  })

  it('blackhole makes go hang: it has no overall request timeout', async () => {
    const dir = await copyConsumer()
    proxy.setFault('blackhole', { match: /\.zip$/ })
    const result = await runGo(['mod', 'download'], { cwd: dir, env: await freshGoEnv({ GOPROXY: proxy.url }), timeoutMs: 1500 })
    expect(result.timedOut).toBe(true)
    expect(proxy.requests.filter((r) => r.status === 'blackhole').length).toBeGreaterThan(0)
  })

  it('close ends black-holed connections', async () => {
    const hole = await startGoProxy({ root, fault: 'blackhole' })
    const pending = failureOf(fetch(`${hole.url}/example.com/fixture/m001/@v/list`))
    while (hole.requests.length === 0) await new Promise((r) => setTimeout(r, 10))
    const started = performance.now()
    await hole.close()
    expect(performance.now() - started).toBeLessThan(1000)
    expect(causeCode(await pending)).toBeDefined()
  })
})

describe('throttle', () => {
  const MB = 1_000_000
  let bigRoot: string
  const content: Record<string, Buffer> = {}

  /** Serves raw bytes as example.com/big/@v/<version>.zip: the proxy does not look inside. */
  beforeAll(async () => {
    bigRoot = join(tmp, 'big-proxy')
    const dir = join(bigRoot, 'example.com', 'big', '@v')
    await mkdir(dir, { recursive: true })
    for (const [version, size] of [['v2.0.0', 2 * MB], ['v1.0.0', MB], ['v1.0.1', MB]] as const) {
      content[version] = randomBytes(size)
      await writeFile(join(dir, `${version}.zip`), content[version]!)
    }
    await writeFile(join(dir, 'v1.0.0.mod'), 'module example.com/big\n')
  })

  const zipOf = (p: GoProxy, version: string): string => `${p.url}/example.com/big/@v/${version}.zip`

  async function timedBody(url: string): Promise<{ ms: number; body: Buffer }> {
    const started = performance.now()
    const res = await fetch(url)
    const body = Buffer.from(await res.arrayBuffer())
    return { ms: performance.now() - started, body }
  }

  async function withProxy(options: Partial<Parameters<typeof startGoProxy>[0]>, use: (p: GoProxy) => Promise<void>): Promise<void> {
    const p = await startGoProxy({ root: bigRoot, ...options })
    try {
      await use(p)
    } finally {
      await p.close()
    }
  }

  it('paces a body to bytesPerSecond and serves it intact', async () => {
    await withProxy({ throttle: { bytesPerSecond: 4 * MB, perRequestMs: 0 } }, async (p) => {
      const { ms, body } = await timedBody(zipOf(p, 'v2.0.0'))
      expect(body.equals(content['v2.0.0']!)).toBe(true)
      expect(ms).toBeGreaterThanOrEqual(450) // 2 MB at 4 MB/s: 500 ms
    })
  })

  it('shares the bandwidth among answers in flight: one link, not one per connection', async () => {
    await withProxy({ throttle: { bytesPerSecond: 4 * MB, perRequestMs: 0 } }, async (p) => {
      const started = performance.now()
      const [a, b] = await Promise.all([timedBody(zipOf(p, 'v1.0.0')), timedBody(zipOf(p, 'v1.0.1'))])
      expect(a.body.equals(content['v1.0.0']!)).toBe(true)
      expect(b.body.equals(content['v1.0.1']!)).toBe(true)
      // 1 MB each at 4 MB/s per connection would be done in 250 ms; sharing 4 MB/s takes 500.
      expect(performance.now() - started).toBeGreaterThanOrEqual(450)
      expect(p.requests).toHaveLength(2)
    })
  })

  it('delays every answer by perRequestMs, not-found answers included', async () => {
    await withProxy({ throttle: { bytesPerSecond: 1000 * MB, perRequestMs: 250 } }, async (p) => {
      const mod = await timedBody(`${p.url}/example.com/big/@v/v1.0.0.mod`)
      expect(mod.body.toString()).toBe('module example.com/big\n')
      expect(mod.ms).toBeGreaterThanOrEqual(240)
      const started = performance.now()
      expect((await fetch(`${p.url}/example.com/big/@v/v9.0.0.mod`)).status).toBe(404)
      expect(performance.now() - started).toBeGreaterThanOrEqual(240)
      expect(p.requests.map((r) => [r.status, r.ms >= 240])).toEqual([
        [200, true],
        [404, true]
      ])
    })
  })

  it('setThrottle throttles a running proxy, turns off again, and refuses a rate that is not positive', async () => {
    await withProxy({}, async (p) => {
      p.setThrottle({ bytesPerSecond: 4 * MB, perRequestMs: 0 })
      const throttled = await timedBody(zipOf(p, 'v1.0.0'))
      expect(throttled.ms).toBeGreaterThanOrEqual(220) // 1 MB at 4 MB/s: 250 ms
      expect(throttled.body.equals(content['v1.0.0']!)).toBe(true)
      p.setThrottle(undefined)
      expect((await timedBody(zipOf(p, 'v1.0.1'))).body.equals(content['v1.0.1']!)).toBe(true)
      expect(() => p.setThrottle({ bytesPerSecond: 0, perRequestMs: 0 })).toThrow(/positive/)
    })
  })
})

describe('TLS', () => {
  let secure: GoProxy
  beforeAll(async () => {
    secure = await startGoProxy({ root, tls: true })
  })
  afterAll(async () => {
    await secure?.close()
  })

  it('serves HTTPS on 127.0.0.1 with a self-signed certificate', async () => {
    expect(secure.url).toBe(`https://127.0.0.1:${secure.port}`)
    expect(await readFile(secure.caCertPath!, 'utf8')).toContain('BEGIN CERTIFICATE')
  })

  it('is rejected by a client that does not trust the certificate', async () => {
    const err = await failureOf(fetch(`${secure.url}/example.com/fixture/m001/@v/list`))
    expect(causeCode(err)).toBe('DEPTH_ZERO_SELF_SIGNED_CERT')
  })

  it('is accepted by a client given the certificate as CA', async () => {
    const agent = new Agent({ connect: { ca: await readFile(secure.caCertPath!) } })
    try {
      const res = await fetch(`${secure.url}/example.com/fixture/m001/@v/list`, { dispatcher: agent })
      expect(await res.text()).toBe('v1.0.0\n')
    } finally {
      await agent.destroy()
    }
  })

  it('resets over TLS with ECONNRESET too', async () => {
    secure.setFault('reset', { times: 1 })
    const agent = new Agent({ connect: { ca: await readFile(secure.caCertPath!) } })
    try {
      const err = await failureOf(fetch(`${secure.url}/example.com/fixture/m001/@v/list`, { dispatcher: agent }))
      expect(causeCode(err)).toBe('ECONNRESET')
    } finally {
      await agent.destroy()
    }
  })

  it('lets go download through it with SSL_CERT_FILE, and not without', async () => {
    const dir = await copyConsumer()
    const untrusted = await runGo(['mod', 'download'], { cwd: dir, env: await freshGoEnv({ GOPROXY: secure.url }) })
    expect(untrusted.code).not.toBe(0)
    expect(untrusted.stderr).toContain('x509: certificate signed by unknown authority')

    const env = await freshGoEnv({ GOPROXY: secure.url, SSL_CERT_FILE: secure.caCertPath })
    const trusted = await runGo(['mod', 'download', '-json'], { cwd: dir, env })
    expect(trusted.stderr).toBe('')
    expect(trusted.code).toBe(0)
    expect(trusted.stdout).toContain('"Path": "example.com/Fixture/Upper"')
    expect(secure.requests.filter((r) => r.path.endsWith('.zip') && r.status === 200)).toHaveLength(4)
  })
})

describe('maxConcurrent', () => {
  const req = (at: number, until: number) => ({ method: 'GET', path: '/x', status: 200, ms: until - at, at, until })

  it('counts the requests waiting for their answer at one time', () => {
    expect(maxConcurrent([req(0, 10), req(5, 15), req(6, 7), req(20, 30)])).toBe(3)
  })

  it('does not count a request that arrives as another is answered', () => {
    expect(maxConcurrent([req(0, 10), req(10, 20), req(20, 30)])).toBe(1)
    expect(maxConcurrent([])).toBe(0)
  })
})
