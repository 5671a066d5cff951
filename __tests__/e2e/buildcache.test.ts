import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdir, readFile, stat, utimes } from 'node:fs/promises'
import path from 'node:path'
import { removeTree, runGo } from '../support/fixtures.ts'
import { createWorld, type World } from './world.ts'

const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

describe('cache-build: the build cache saved in the post step, restored in the next job', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
  })
  afterAll(() => world.close())

  const buildStep = (compiled: string[]) => async ({ env }: { env: Record<string, string> }) => {
    const build = await runGo(['build', '-v', '-o', '/dev/null', '.'], { cwd: world.project, env: { ...world.env, ...env } })
    expect(build.code).toBe(0)
    compiled.push(...build.stderr.split('\n').filter((l) => l.startsWith('example.com/')))
  }

  it('saves after a build that filled it, and a fresh runner builds from it without compiling', async () => {
    await removeTree(world.env.GOCACHE)
    const first: string[] = []
    const run1 = await world.run({ inputs: { 'cache-build': 'true' }, env: { GITHUB_SHA: 'aaa111' }, between: buildStep(first) })
    expect(run1.main.exitCode).toBe(0)
    expect(run1.post?.exitCode).toBe(0)
    expect(first).toContain('example.com/fixture/m001')
    expect(run1.post?.stdout).toContain('Saved the build cache as go-mod-build-Linux-X64-go')
    expect(world.cache.entries().map((e) => e.key)).toContainEqual(expect.stringMatching(/^go-mod-build-Linux-X64-go[\d.]+-aaa111$/))

    // A new runner: empty GOCACHE and module cache, another commit.
    await removeTree(world.env.GOCACHE)
    await world.emptyModCache()
    const second: string[] = []
    const run2 = await world.run({ inputs: { 'cache-build': 'true' }, env: { GITHUB_SHA: 'bbb222' }, between: buildStep(second) })
    expect(run2.main.exitCode).toBe(0)
    expect(run2.main.stdout).toMatch(/Restored the build cache from go-mod-build-Linux-X64-go[\d.]+-aaa111/)
    expect((await readdir(world.env.GOCACHE)).length).toBeGreaterThan(0)
    expect(second).toEqual([])
    expect(run2.post?.exitCode).toBe(0)
  })

  it('drops the entries the job did not use before saving', async () => {
    await world.emptyModCache()
    let aged = 0
    const agedFiles: string[] = []
    const run = await world.run({
      inputs: { 'cache-build': 'true' },
      env: { GITHUB_SHA: 'ccc333' },
      between: async (step) => {
        await buildStep([])(step)
        // Entries last touched hours ago stand for ones an earlier job left and this one never used.
        const old = new Date(Date.now() - 3 * 60 * 60 * 1000)
        for (const sub of (await readdir(world.env.GOCACHE)).filter((d) => /^[0-9a-f]{2}$/.test(d)).slice(0, 4)) {
          for (const f of (await readdir(path.join(world.env.GOCACHE, sub))).filter((n) => /-[ad]$/.test(n))) {
            await utimes(path.join(world.env.GOCACHE, sub, f), old, old)
            agedFiles.push(path.join(world.env.GOCACHE, sub, f))
            aged++
          }
        }
      }
    })
    expect(aged).toBeGreaterThan(0)
    // An aged output that an action entry of this job names stays: a later link or test reads it.
    const named = new Set<string>()
    for (const sub of (await readdir(world.env.GOCACHE)).filter((d) => /^[0-9a-f]{2}$/.test(d))) {
      for (const f of (await readdir(path.join(world.env.GOCACHE, sub))).filter((n) => n.endsWith('-a'))) {
        const file = path.join(world.env.GOCACHE, sub, f)
        if (agedFiles.includes(file)) continue
        const id = /^v1 [0-9a-f]+ ([0-9a-f]+) /.exec(await readFile(file, 'utf8'))?.[1]
        if (id !== undefined) named.add(`${id}-d`)
      }
    }
    const kept = agedFiles.filter((f) => named.has(path.basename(f)))
    const dropped = agedFiles.filter((f) => !named.has(path.basename(f)))
    expect(run.post?.stdout).toMatch(new RegExp(`Dropped ${dropped.length} of \\d+ build cache entries this job did not use`))
    for (const f of kept) expect(await stat(f).then(() => true, () => false)).toBe(true)
    for (const f of dropped) expect(await stat(f).then(() => true, () => false)).toBe(false)
    expect(run.post?.stdout).toContain('Saved the build cache as go-mod-build-Linux-X64-go')
  })
})
