// One measured setting: a workspace holding a copy of the fixture's consumer project, a hermetic
// go environment whose GOMODCACHE lies outside the workspace (as on a runner), and an Actions cache
// service of its own, all in a temp directory. run() drives the bundled action through the runner
// harness and returns the phase times the action reports.
import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from '../__tests__/support/cache-service.ts'
import { goEnv, removeTree, type GoEnv } from '../__tests__/support/fixtures.ts'
import type { GoProxy } from '../__tests__/support/goproxy.ts'
import { expectJobSucceeded, runAction, runJob, type JobOptions, type JobRun } from '../__tests__/support/runner.ts'
import { copyProject, type Fixture } from './fixture.ts'

/** What one run of the action reported, plus what the proxy saw. */
export interface ActionTimes {
  totalMs: number
  restoreMs: number
  downloadMs: number
  saveMs: number
  /** The proxy probe, which runs while the cache is restored (absent from builds without it). */
  probeMs?: number
  cacheHit: boolean
  modules: number
  /** .zip requests that reached the proxy during the run. */
  zipRequests: number
  /** Every output of the run, by the names action.yml declares. */
  outputs: Record<string, string>
}

export interface BenchWorldOptions {
  /** Inputs laid over the bench's own (working-directory, no mirrors) and action.yml's defaults. */
  inputs?: Record<string, string>
  /** Variables laid over the world's hermetic go environment. */
  env?: Record<string, string>
}

export interface BenchWorld {
  base: string
  workspace: string
  modCache: string
  env: GoEnv
  cache: CacheService
  /** Runs the action (main and post step); throws with the log when it fails. */
  run(): Promise<ActionTimes>
  /** Replaces the consumer project in the workspace (go.mod, go.sum, main.go): a dependency bump. */
  useProject(projectDir: string): Promise<void>
  /** Empties GOMODCACHE in place: the cache version hashes the path, so the path must stay. */
  emptyModCache(): Promise<void>
  close(): Promise<void>
}

/** The directory below the workspace that holds the project. */
export const WORKING_DIRECTORY = 'app'
/**
 * This action's inputs beyond action.yml's defaults. No mirrors: their default names public
 * proxies, and every proxy the bench talks to is one it started on 127.0.0.1. No history: its
 * entry per run is not what the scenarios measure.
 */
export const BENCH_INPUTS = { 'working-directory': WORKING_DIRECTORY, mirrors: '', history: 'false' }
/**
 * A safety net under the loopback-only rule: should anything in a run reach for another host, it
 * meets a proxy that refuses the connection (nothing listens on the discard port) instead of the
 * network. Loopback addresses bypass it.
 */
export const NO_NETWORK = {
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  NO_PROXY: '127.0.0.1,localhost',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  no_proxy: '127.0.0.1,localhost'
}
/** Far above any run seen; a hung run should end the bench, not stall it forever. */
const RUN_TIMEOUT_MS = 600_000

/** A whole job of a node action (the runner harness of the tests); throws when a step failed: its numbers would mislead. */
export async function runBenchJob(opts: JobOptions): Promise<JobRun> {
  const job = await runJob({ timeoutMs: RUN_TIMEOUT_MS, ...opts })
  expectJobSucceeded(job, opts.action.name)
  return job
}

export async function createBenchWorld(
  fixture: Fixture,
  proxy: GoProxy,
  options: BenchWorldOptions = {}
): Promise<BenchWorld> {
  const inputs = { ...BENCH_INPUTS, ...options.inputs }
  const base = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-'))
  const workspace = path.join(base, 'workspace')
  await copyProject(fixture, path.join(workspace, WORKING_DIRECTORY))
  const env = goEnv(path.join(base, 'go'), { GOPROXY: proxy.url })
  const modCache = env.GOMODCACHE!
  await mkdir(modCache, { recursive: true })
  const cache = await startCacheService()

  return {
    base,
    workspace,
    modCache,
    env,
    cache,
    run: async () => {
      proxy.clearRequests()
      const run = await runAction({
        workspace,
        inputs,
        env: { ...env, ...options.env, ...NO_NETWORK, ...cache.env('v2') },
        timeoutMs: RUN_TIMEOUT_MS
      })
      if (run.main.exitCode !== 0) {
        throw new Error(`the action failed (exit ${run.main.exitCode}):\n${run.log.split('\n').slice(-40).join('\n')}`)
      }
      return {
        totalMs: Number(run.outputs['total-ms']),
        restoreMs: Number(run.outputs['restore-ms']),
        downloadMs: Number(run.outputs['download-ms']),
        saveMs: Number(run.outputs['save-ms']),
        probeMs: run.outputs['probe-ms'] === undefined ? undefined : Number(run.outputs['probe-ms']),
        cacheHit: run.outputs['cache-hit'] === 'true',
        modules: Number(run.outputs.modules),
        zipRequests: proxy.requests.filter((r) => r.path.endsWith('.zip')).length,
        outputs: run.outputs
      }
    },
    useProject: (projectDir) => copyProject({ projectDir }, path.join(workspace, WORKING_DIRECTORY)),
    emptyModCache: async () => {
      await removeTree(modCache)
      await mkdir(modCache, { recursive: true })
    },
    close: async () => {
      await cache.close()
      await removeTree(base)
    }
  }
}

/** Throws when a run did not do what the scenario set it up to do: its numbers would mislead. */
export function expectRun(times: ActionTimes, expected: { cacheHit: boolean; modules: number }, what: string): void {
  if (times.cacheHit !== expected.cacheHit || times.modules !== expected.modules) {
    throw new Error(
      `${what}: expected cache-hit=${expected.cacheHit} and ${expected.modules} modules, ` +
        `got cache-hit=${times.cacheHit} and ${times.modules} modules`
    )
  }
}
