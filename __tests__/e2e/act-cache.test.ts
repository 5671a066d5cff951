// The bundled action against a cache service that keys entries as act's does (Gitea's and
// Forgejo's runners): it stores every key lowercased and answers a lookup with the stored key, so
// the key that comes back differs in case from the one the action asked for. An exact hit must
// still be one: no restore-key path, no go mod verify, no upload of the same entry again; and as
// act stores a key it has once more rather than refusing it, a save must see the entry is there.
// The same for the build cache.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { removeTree, type ModuleVersion } from '../support/fixtures.ts'
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

  it('a run that skips the restore finds the entry there and does not store it again', async () => {
    await world.emptyModCache()
    const run = await world.run({ inputs: { restore: 'never', 'background-save': 'false' } })
    expect([run.main.exitCode, run.outputs['cache-state']]).toEqual([0, 'skipped'])
    expect(run.log).toContain('entry already exists')
    expect(world.cache.uploads()).toBe(1)
  })
})

describe("the build cache on act's cache service", () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [m(1)], protocol: 'v1', cacheFlavor: 'act' })
  })
  afterAll(() => world.close())

  /** A step that changes GOCACHE: one more action entry, as a build adds. */
  const addEntry = async () => {
    const dir = path.join(world.env.GOCACHE!, 'ab')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, `${randomBytes(32).toString('hex')}-a`), 'v1 entry\n')
  }
  const inputs = { 'cache-build': 'true' }
  const env = { GITHUB_SHA: 'aaa111' }

  it('an exact hit of the build cache is not saved again, though act answers with the key lowercased', async () => {
    const first = await world.run({ inputs, env, between: addEntry })
    expect(first.post?.stdout).toMatch(/Saved the build cache as go-mod-build-Linux-X64-go[\d.]+-aaa111/)

    await removeTree(world.env.GOCACHE!)
    await world.emptyModCache()
    const uploads = world.cache.uploads()
    const second = await world.run({ inputs, env, between: addEntry })
    expect(second.main.stdout).toMatch(/Restored the build cache from go-mod-build-linux-x64-go[\d.]+-aaa111/)
    expect(second.post?.stdout).toMatch(/Build cache go-mod-build-Linux-X64-go[\d.]+-aaa111 was restored exactly; not saving it again\./)
    expect(world.cache.uploads()).toBe(uploads)
  })
})
