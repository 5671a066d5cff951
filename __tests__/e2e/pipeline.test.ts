import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { buildOffline, createWorld, type World } from './world.ts'

const v = (n: number, version = 'v1.0.0') => ({ path: `example.com/fixture/m00${n}`, version })

describe.each(['v2', 'v1'] as const)('the action end to end on the %s cache protocol', (protocol) => {
  let world: World
  let firstKey = ''

  beforeAll(async () => {
    world = await createWorld({
      modules: [v(1), v(2), v(3), v(4)],
      extraVersions: [v(3, 'v1.1.0')],
      protocol
    })
  })
  afterAll(() => world.close())

  it('cold run: misses, fetches every module from the proxy and saves the cache', async () => {
    const run = await world.run()
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['cache-hit']).toBe('false')
    expect(run.outputs['cache-matched-key']).toBe('')
    expect(run.outputs.modules).toBe('4')
    expect(run.outputs['cache-primary-key']).toMatch(/^go-mod-Linux-X64-[0-9a-f]{64}$/)
    expect(world.zipRequests().sort()).toEqual([1, 2, 3, 4].map((n) => `/example.com/fixture/m00${n}/@v/v1.0.0.zip`))
    expect(world.cache.entries().map((e) => e.key)).toEqual([run.outputs['cache-primary-key']])
    expect(Number(run.outputs['download-ms'])).toBeGreaterThan(0)
    expect(Number(run.outputs['save-ms'])).toBeGreaterThan(0)
    firstKey = run.outputs['cache-primary-key']
  })

  it('warm run in an emptied module cache: exact hit, no .zip reaches the proxy, go build works', async () => {
    await world.emptyModCache()
    world.proxy.clearRequests()
    const uploadsBefore = world.cache.uploads()
    const run = await world.run()
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['cache-hit']).toBe('true')
    expect(run.outputs['cache-matched-key']).toBe(firstKey)
    expect(run.outputs.modules).toBe('4')
    expect(world.zipRequests()).toEqual([])
    expect(world.cache.uploads()).toBe(uploadsBefore)
    expect(run.outputs['save-ms']).toBe('0')
    expect(await buildOffline(world)).toEqual({ code: 0, stderr: '' })
  })

  it('changed go.sum: restore-key hit, only the new module version is fetched, new entry saved', async () => {
    await world.require([v(1), v(2), v(3, 'v1.1.0'), v(4)])
    await world.emptyModCache()
    const run = await world.run()
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['cache-hit']).toBe('false')
    expect(run.outputs['cache-matched-key']).toBe(firstKey)
    expect(run.outputs['cache-primary-key']).not.toBe(firstKey)
    expect(world.zipRequests()).toEqual(['/example.com/fixture/m003/@v/v1.1.0.zip'])
    expect(world.cache.entries().map((e) => e.key).sort()).toEqual(
      [firstKey, run.outputs['cache-primary-key']].sort()
    )
    expect(await buildOffline(world)).toEqual({ code: 0, stderr: '' })
  })
})
