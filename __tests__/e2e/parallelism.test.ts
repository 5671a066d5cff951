// go mod download fetches at most GOMAXPROCS modules at once: the action's download runs with more,
// whatever the runner's cores, and later steps keep the GOMAXPROCS of the job. go asks for the .info
// of each module one after another: the action fetches them side by side beside it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { maxConcurrent } from '../support/goproxy.ts'
import type { ActionRun } from '../support/runner.ts'
import { createWorld, type World } from './world.ts'

const MODULES = 8
const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

describe('the download fetches several modules at once', () => {
  let world: World
  const concurrency = (suffix: string) => maxConcurrent(world.proxy.requests.filter((r) => r.path.endsWith(suffix)))
  const zipConcurrency = () => concurrency('.zip')

  beforeAll(async () => {
    world = await createWorld({ modules: Array.from({ length: MODULES }, (_, i) => v(i + 1)) })
    // A distant proxy: each answer waits long enough that fetches running together overlap for sure.
    world.proxy.setThrottle({ bytesPerSecond: 100e6, perRequestMs: 400 })
  })
  afterAll(() => world.close())

  const cold = async (env: Record<string, string | undefined>): Promise<ActionRun> => {
    await world.emptyModCache()
    world.proxy.clearRequests()
    // save: never keeps every run a miss.
    const run = await world.run({ inputs: { save: 'never', mirrors: '' }, env })
    expect([run.main.exitCode, run.outputs['cache-state'], run.outputs.modules]).toEqual([0, 'miss', String(MODULES)])
    return run
  }

  it('with GOMAXPROCS=2 in the job (a 2-core runner), more than two zips are fetched at once', async () => {
    const run = await cold({ GOMAXPROCS: '2' })
    expect(world.zipRequests()).toHaveLength(MODULES)
    expect(zipConcurrency()).toBeGreaterThan(2)
    // Only the download's go process: later steps keep the job's own value.
    expect(run.exportedEnv).not.toHaveProperty('GOMAXPROCS')
  })

  it('fetches the .info files side by side', async () => {
    await cold({ GOMAXPROCS: '2' })
    // go asks again for one it needs before the action has it: which ones depends on timing.
    const infos = new Set(world.proxy.requests.filter((r) => r.path.endsWith('.info')).map((r) => r.path))
    expect([...infos].sort()).toEqual(Array.from({ length: MODULES }, (_, i) => `/example.com/fixture/m00${i + 1}/@v/v1.0.0.info`))
    expect(concurrency('.info')).toBeGreaterThan(2)
  })

  it('without GOMAXPROCS in the job, it exports none', async () => {
    const run = await cold({ GOMAXPROCS: undefined })
    expect(zipConcurrency()).toBeGreaterThan(2)
    expect(run.exportedEnv).not.toHaveProperty('GOMAXPROCS')
  })
})
