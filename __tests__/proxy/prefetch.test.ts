import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseGoSum } from '../../src/go/gosum.ts'
import { infoPath, infoTargets, isInfoOf, prefetchInfo } from '../../src/proxy/prefetch.ts'
import { removeTree, writeModule } from '../support/fixtures.ts'
import { maxConcurrent, startGoProxy, type GoProxy } from '../support/goproxy.ts'

const GO_MOD = `module example.com/app

go 1.22

require (
\texample.com/a v1.0.0
\texample.com/b v1.1.0 // indirect
\tcorp.example/private v0.1.0
\texample.com/nozip v1.0.0
)
`
const GO_SUM = [
  'example.com/a v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  'example.com/a v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  'example.com/b v1.1.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  'corp.example/private v0.1.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  'example.com/nozip v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='
].join('\n')

describe('the .info files fetched beside go', () => {
  it('are the requirements go.sum has a zip hash for, that go asks the proxy for', () => {
    const targets = infoTargets([GO_MOD, GO_MOD, 'not a go.mod ((('], parseGoSum(GO_SUM), (p) => !p.startsWith('corp.example/'))
    expect(targets).toEqual([
      { path: 'example.com/a', version: 'v1.0.0' },
      { path: 'example.com/b', version: 'v1.1.0' }
    ])
  })

  it('go where go keeps them, case-escaped', () => {
    expect(infoPath('/m', { path: 'github.com/Foo/bar', version: 'v1.0.0-RC' })).toBe(
      path.join('/m', 'cache', 'download', 'github.com', '!foo', 'bar', '@v', 'v1.0.0-!r!c.info')
    )
  })

  it('are kept only when they describe the version asked for', () => {
    expect(isInfoOf(Buffer.from('{"Version":"v1.0.0","Time":"2020-01-01T00:00:00Z"}'), 'v1.0.0')).toBe(true)
    expect(isInfoOf(Buffer.from('{"Version":"v1.0.1","Time":"2020-01-01T00:00:00Z"}'), 'v1.0.0')).toBe(false)
    expect(isInfoOf(Buffer.from('<html>'), 'v1.0.0')).toBe(false)
  })
})

describe('prefetchInfo against a loopback proxy', () => {
  let proxy: GoProxy
  let base: string
  const mods = [1, 2, 3, 4, 5, 6].map((n) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' }))

  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'gmp-prefetch-'))
    for (const m of mods) await writeModule(path.join(base, 'proxy'), m)
    proxy = await startGoProxy({ root: path.join(base, 'proxy'), throttle: { bytesPerSecond: 100e6, perRequestMs: 200 } })
  })
  afterAll(async () => {
    await proxy.close()
    await removeTree(base)
  })

  it('fetches them side by side into the module cache, the missing version left to go', async () => {
    const modCache = path.join(base, 'mc')
    const targets = [...mods, { path: 'example.com/fixture/gone', version: 'v9.0.0' }]
    const written = await prefetchInfo({ proxy: proxy.url, modCache, targets, concurrency: 16, signal: new AbortController().signal })
    expect(written).toBe(mods.length)
    expect(maxConcurrent(proxy.requests)).toBeGreaterThan(1)
    const info = JSON.parse(await readFile(infoPath(modCache, mods[0]!), 'utf8')) as { Version: string }
    expect(info.Version).toBe('v1.0.0')
  })

  it('writes nothing once stopped, and never throws on a black hole', async () => {
    proxy.setFault('blackhole')
    const stop = new AbortController()
    const modCache = path.join(base, 'mc-hole')
    const prefetching = prefetchInfo({ proxy: proxy.url, modCache, targets: mods, concurrency: 2, signal: stop.signal })
    setTimeout(() => stop.abort(), 300)
    expect(await prefetching).toBe(0)
    proxy.setFault('ok')
  })
})
