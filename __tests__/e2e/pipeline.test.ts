// The whole action per cache layout: a cold run, an exact hit into an emptied module cache, and a
// restore-key hit after a dependency bump, against the loopback proxy and cache service.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { listEntry } from '../support/archive.ts'
import { runGo } from '../support/fixtures.ts'
import { buildOffline, createWorld, type World } from './world.ts'

const v = (n: number, version = 'v1.0.0') => ({ path: `example.com/fixture/m00${n}`, version })

/** What an entry of each layout holds of one needed module version: its tree, its zip. */
const HOLDS = { lean: { dir: true, zip: false }, full: { dir: true, zip: true }, zips: { dir: false, zip: true } } as const

const cases = [
  ['v2', 'lean'],
  ['v2', 'full'],
  ['v2', 'zips'],
  ['v1', 'lean']
] as const

describe.each(cases)('the action end to end on the %s cache protocol with cache-layout %s', (protocol, layout) => {
  let world: World
  let firstKey = ''
  const run = () => world.run({ inputs: { 'cache-layout': layout } })

  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2), v(3), v(4)], extraVersions: [v(3, 'v1.1.0')], protocol })
  })
  afterAll(() => world.close())

  it('cold run: misses, fetches every module from the proxy and saves what the layout keeps', async () => {
    const r = await run()
    expect(r.main.exitCode).toBe(0)
    expect(r.outputs['cache-hit']).toBe('false')
    expect(r.outputs['cache-matched-key']).toBe('')
    expect(r.outputs.modules).toBe('4')
    expect(r.outputs['cache-primary-key']).toMatch(/^go-mod-Linux-X64-[0-9a-f]{64}$/)
    expect(world.zipRequests().sort()).toEqual([1, 2, 3, 4].map((n) => `/example.com/fixture/m00${n}/@v/v1.0.0.zip`))
    expect(world.cache.entries().map((e) => e.key)).toEqual([r.outputs['cache-primary-key']])
    expect(Number(r.outputs['download-ms'])).toBeGreaterThan(0)
    const members = await listEntry(world.cache.entries()[0]!.path)
    expect(members.includes('example.com/fixture/m001@v1.0.0')).toBe(HOLDS[layout].dir)
    expect(members.includes('cache/download/example.com/fixture/m001/@v/v1.0.0.zip')).toBe(HOLDS[layout].zip)
    expect(members).toContain('cache/download/example.com/fixture/m001/@v/v1.0.0.mod')
    expect(members).toContain('cache/download/example.com/fixture/m001/@v/v1.0.0.ziphash')
    firstKey = r.outputs['cache-primary-key']
  })

  it('exact hit into an emptied module cache: no proxy request but the probe, go build and go mod verify work offline', async () => {
    await world.emptyModCache()
    world.proxy.clearRequests()
    const uploadsBefore = world.cache.uploads()
    const r = await run()
    expect(r.main.exitCode).toBe(0)
    // The state names the cause when it is not a hit (a miss, or unavailable with the warning).
    expect([r.outputs['cache-state'], r.main.stdout.split('\n').filter((l) => l.startsWith('::warning'))]).toEqual(['hit', []])
    expect(r.outputs['cache-hit']).toBe('true')
    expect(r.outputs['cache-matched-key']).toBe(firstKey)
    expect(r.outputs.modules).toBe('4')
    expect(r.outputs['download-attempts']).toBe('0')
    expect(r.log).toContain('All 4 module versions are in the cache: nothing to download.')
    // The probe asks for a few go.mod files (and whether the checksum database is served); nothing else.
    expect(world.proxy.requests.filter((q) => !q.path.endsWith('.mod') && !q.path.startsWith('/sumdb/'))).toEqual([])
    expect(world.proxy.requests.filter((q) => q.path.endsWith('.mod')).length).toBeLessThanOrEqual(3)
    expect(world.cache.uploads()).toBe(uploadsBefore)
    expect(r.outputs['save-ms']).toBe('0')
    expect(await buildOffline(world)).toEqual({ code: 0, stderr: '' })
    const verify = await runGo(['mod', 'verify'], { cwd: world.project, env: { ...world.env, GOPROXY: 'off' } })
    expect([verify.code, verify.stdout.trim()]).toEqual([0, 'all modules verified'])
  })

  it('changed go.sum: restore-key hit, only the new module version is fetched, new entry saved', async () => {
    await world.require([v(1), v(2), v(3, 'v1.1.0'), v(4)])
    await world.emptyModCache()
    const r = await run()
    expect(r.main.exitCode).toBe(0)
    expect([r.outputs['cache-state'], r.main.stdout.split('\n').filter((l) => l.startsWith('::warning'))]).toEqual(['partial', []])
    expect(r.outputs['cache-hit']).toBe('false')
    expect(r.outputs['cache-matched-key']).toBe(firstKey)
    expect(r.outputs['cache-primary-key']).not.toBe(firstKey)
    expect(world.zipRequests()).toEqual(['/example.com/fixture/m003/@v/v1.1.0.zip'])
    expect(r.outputs.modules).toBe('4')
    expect(r.outputs.pruned).toBe('1')
    expect(world.cache.entries().map((e) => e.key).sort()).toEqual([firstKey, r.outputs['cache-primary-key']].sort())
    const members = await listEntry(world.cache.entries().find((e) => e.key === r.outputs['cache-primary-key'])!.path)
    expect(members.filter((m) => m.includes('m003') && !m.includes('@v1.1.0/') && !/\.(mod|info)$|\/@v$/.test(m))).toEqual(
      [
        ...(HOLDS[layout].zip ? ['cache/download/example.com/fixture/m003/@v/v1.1.0.zip'] : []),
        'cache/download/example.com/fixture/m003/@v/v1.1.0.ziphash',
        ...(HOLDS[layout].dir ? ['example.com/fixture/m003@v1.1.0'] : [])
      ].sort()
    )
    expect(await buildOffline(world)).toEqual({ code: 0, stderr: '' })
  })
})
