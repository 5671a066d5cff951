// The bundled action against a cache service that keys entries as act's does (Gitea's and
// Forgejo's runners): it stores every key lowercased and answers a lookup with the stored key, so
// the key that comes back differs in case from the one the action asked for. An exact hit must
// still be one: no restore-key path, no go mod verify, no upload of the same entry again.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ModuleVersion } from '../support/fixtures.ts'
import { createWorld, type World } from './world.ts'

const m = (n: number): ModuleVersion => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

describe("act's cache service (keys lowercased, v1)", () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [m(1), m(2)], protocol: 'v1', cacheFlavor: 'act' })
  })
  afterAll(() => world.close())

  it('a first run misses and saves the entry, which the service keeps under the lowercased key', async () => {
    const run = await world.run()
    expect(run.main.exitCode).toBe(0)
    expect([run.outputs['cache-state'], run.outputs['cache-hit']]).toEqual(['miss', 'false'])
    const key = run.outputs['cache-primary-key']!
    expect(key).toMatch(/^go-mod-Linux-X64-/)
    expect(world.cache.uploads()).toBe(1)
    expect(world.cache.entries().map((e) => e.key)).toEqual([key.toLowerCase()])
  })

  it('a second run is an exact hit: nothing fetched, nothing verified, nothing uploaded', async () => {
    await world.emptyModCache()
    world.proxy.clearRequests()
    const before = world.cache.requests.length
    const run = await world.run()
    expect(run.main.exitCode).toBe(0)
    expect([run.outputs['cache-state'], run.outputs['cache-hit']]).toEqual(['hit', 'true'])
    expect(run.outputs['cache-matched-key']).toBe(run.outputs['cache-primary-key']!.toLowerCase())
    expect(run.log).toContain('(exact hit,')
    expect(run.log).not.toContain('go mod verify')
    expect(world.zipRequests()).toEqual([])
    expect(world.cache.uploads()).toBe(1)
    expect(world.cache.requests.slice(before).filter((r) => r.method === 'POST' || r.method === 'PATCH')).toEqual([])
  })
})
