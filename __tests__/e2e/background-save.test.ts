// The module cache save in a process of its own: the main step returns while it packs and uploads,
// later steps run beside it, and the post step waits for it (within save-timeout) and completes the
// metrics file and the summary. The cache service's link is throttled so the save is still running
// when the later step starts, which each test checks rather than assumes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { listEntry } from '../support/archive.ts'
import { runGo } from '../support/fixtures.ts'
import { createWorld, type World } from './world.ts'

const m = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

function warnings(text: string): string[] {
  return text.split('\n').filter((l) => l.startsWith('::warning'))
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false
  )
}

describe('a later step that writes to GOMODCACHE while the save runs', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [m(1), m(2)], extraVersions: [m(3)] })
  })
  afterAll(() => world.close())

  it('neither fails nor gets into the saved entry, which holds exactly what was planned', async () => {
    // An entry of a few KB at 1 KB/s: the upload takes a few seconds.
    world.cache.setThrottle({ bytesPerSecond: 1_000 })
    const metricsFile = path.join(world.base, 'metrics.json')
    let stillRunning = false
    let later = { code: -1, stderr: '' }
    const run = await world.run({
      inputs: { 'metrics-file': metricsFile },
      between: async ({ env, state }) => {
        const save = JSON.parse(state['module-save'] ?? '{}') as { resultFile?: string }
        stillRunning = save.resultFile !== undefined && !(await exists(save.resultFile))
        // A later step fetches a module the roots do not need into the same GOMODCACHE.
        later = await runGo(['mod', 'download', `${m(3).path}@${m(3).version}`], { cwd: world.project, env: { ...world.env, ...env } })
      }
    })
    world.cache.setThrottle(undefined)
    expect(stillRunning).toBe(true)
    expect([later.code, later.stderr]).toEqual([0, ''])
    expect(run.main.exitCode).toBe(0)
    expect(run.post?.exitCode).toBe(0)
    expect(warnings(run.log)).toEqual([])

    const completed = JSON.parse(await readFile(metricsFile, 'utf8'))
    expect(completed.cache).toMatchObject({ saveMode: 'background', saved: true, saveSkipped: '' })
    expect(run.post?.stdout).toContain(`Saved the module cache as ${run.outputs['cache-primary-key']} in ${completed.cache.saveMs} ms`)
    const [entry] = world.cache.entries()
    expect(entry?.key).toBe(run.outputs['cache-primary-key'])
    const members = await listEntry(entry!.path)
    expect(members).toContain('example.com/fixture/m001@v1.0.0')
    expect(members).toContain('example.com/fixture/m002@v1.0.0')
    expect(members.filter((p) => p.includes('m003'))).toEqual([])
    // The later step's module is in GOMODCACHE all the same: nothing was taken from it.
    expect(await exists(path.join(world.modCache, 'cache', 'download', 'example.com', 'fixture', 'm003', '@v', 'v1.0.0.zip'))).toBe(true)
  })
})

describe('a post step that times out waiting for the save', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [m(1), m(2)] })
  })
  afterAll(() => world.close())

  it('stops the save with a warning, commits no entry, and the job succeeds; the next run finds nothing partial', async () => {
    // A few KB at 200 B/s: far longer than save-timeout.
    world.cache.setThrottle({ bytesPerSecond: 200 })
    const metricsFile = path.join(world.base, 'metrics.json')
    const run = await world.run({ inputs: { 'metrics-file': metricsFile, 'save-timeout': '1' } })
    world.cache.setThrottle(undefined)
    expect(run.main.exitCode).toBe(0)
    expect(run.post?.exitCode).toBe(0)
    expect(warnings(run.post?.stdout ?? '')).toEqual(['::warning::Module cache not saved; the job goes on: still running after save-timeout (1 s); stopped.'])
    const completed = JSON.parse(await readFile(metricsFile, 'utf8'))
    expect(completed.cache).toMatchObject({ saveMode: 'background', saved: false, saveSkipped: 'still running after save-timeout (1 s); stopped' })
    expect(run.summary).toContain('In the background, while the job ran: not saved: still running after save-timeout (1 s); stopped.')
    expect(world.cache.entries()).toEqual([])

    // The stopped upload's reservation of the key is left to the service to expire, as a
    // cancelled job's is: the next run misses, downloads, and its save of that key is info.
    await world.emptyModCache()
    const next = await world.run()
    expect(next.outputs['cache-state']).toBe('miss')
    expect(next.main.exitCode).toBe(0)
    expect(next.post?.exitCode).toBe(0)
    expect(warnings(next.log)).toEqual([])
  })
})
