// The modelled network of the scenarios on cli/cli (`network`, `cold-vs-go`, `peers`): a distant
// Go module proxy and a cache service with bounded bandwidth, both on 127.0.0.1.
import type { CacheThrottle } from '../__tests__/support/cache-service.ts'
import type { Throttle } from '../__tests__/support/goproxy.ts'
import type { JobRun } from '../__tests__/support/runner.ts'
import { BENCH_INPUTS } from './world.ts'

export const MB = 1_000_000
/** The proxy: a distant server (20 ms before each answer) behind a 50 MB/s link. */
export const PROXY_THROTTLE: Throttle = { bytesPerSecond: 50 * MB, perRequestMs: 20 }
/** The cache service's archive storage: 100 MB/s, uploads and downloads alike. */
export const CACHE_THROTTLE: CacheThrottle = { bytesPerSecond: 100 * MB }

/** This action's inputs beside actions/setup-go: the build cache too, everything else as action.yml has it. */
export const BESIDE_SETUP_GO = { ...BENCH_INPUTS, 'cache-build': 'true' }

/** Whether a job of this action with BESIDE_SETUP_GO restored both the module cache and the build cache. */
export function restoredBothCaches(job: JobRun): boolean {
  return job.outputs['cache-hit'] === 'true' && /Restored the build cache from/.test(job.log)
}
