// The jobs of the `peers` scenario: a node action that caches GOMODCACHE and GOCACHE (actions/setup-go
// or this action) run as a whole job (main step, `go build -v ./...`, post step) on a project, and the
// numbers each job leaves. Every job gets a new directory for its module and build caches behind
// paths that stay the same (see nextJobDirs), so a cache hit does not depend on where the trees lie.
import { mkdir, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { startCacheService, type CacheService, type CacheThrottle } from '../__tests__/support/cache-service.ts'
import { goEnv } from '../__tests__/support/fixtures.ts'
import type { GoProxy, Throttle } from '../__tests__/support/goproxy.ts'
import type { JobRun, JobStep, NodeAction } from '../__tests__/support/runner.ts'
import { copyBuildCache, CORPUS_GOFLAGS, type BuildCacheSeed } from './corpus.ts'
import { copyProject } from './fixture.ts'
import { settle, timeGo, zipsIn } from './lib.ts'
import { NO_NETWORK, runBenchJob } from './world.ts'

/** A project the peers are measured on, and the network between the job and its servers. */
export interface PeerProject {
  /** Short name, for tables and headlines. */
  name: string
  /** For RESULTS.md: what the project is and how its modules are served. */
  description: string
  projectDir: string
  /** cache/download layout: what the loopback GOPROXY serves. */
  proxyRoot: string
  proxyThrottle?: Throttle
  cacheThrottle?: CacheThrottle
  /** A build cache holding everything `go build ./...` of the project compiles. */
  seed: BuildCacheSeed
}

/** An action that caches the module cache and the build cache. */
export interface Peer {
  name: string
  action: NodeAction
  inputs: Record<string, string>
  /** The directory below the workspace that holds the project (the inputs name it). */
  workingDirectory: string
  /** Cache entries its cold job leaves in an empty cache service. */
  entriesAfterCold: number
  /** Whether a warm job restored everything its cold job saved. */
  restored(job: JobRun): boolean
}

/** What one job (or the bare go command) measured; a field the job has not is undefined. */
export interface JobNumbers {
  /** The action's main step, or the bare `go mod download`: wall clock. */
  mainMs: number
  /** The action's download-ms and restore-ms outputs (this action only). */
  downloadMs?: number
  restoreMs?: number
  /** `go build -v ./...` after the main step. */
  buildMs?: number
  postMs?: number
  /** From the start of the main step to the end of the post step (the bare command: its wall time). */
  jobMs: number
  /** The cache-hit output. */
  cacheHit?: string
  /** Module zips in GOMODCACHE when the job ended (none after a restore of a cache without zips). */
  modules: number
  /** Requests the proxy saw during the job: for .zip files, and all others (lists, .info, .mod). */
  zipRequests: number
  otherRequests: number
  /** Packages `go build -v` compiled. */
  compiled?: number
}

/** One peer's cache service and jobs within one repetition, all below base. */
export interface PeerRun {
  peer: Peer
  base: string
  cache: CacheService
  jobs: number
}

/** What every job of a project shares: its proxy and the runner's environment. */
export interface JobContext {
  project: PeerProject
  proxy: GoProxy
  /** The runner image (tool cache, ImageOS), the same for every action. */
  runnerEnv: Record<string, string>
}

export async function startPeerRun(peer: Peer, base: string, project: PeerProject): Promise<PeerRun> {
  await mkdir(base, { recursive: true })
  return { peer, base, cache: await startCacheService({ throttle: project.cacheThrottle }), jobs: 0 }
}

/**
 * GOMODCACHE and GOCACHE of a job: base/current/{gomodcache,gocache}, with base/current a link to a
 * directory never used before. setup-go's cache version (the one of @actions/cache) hashes the
 * cached paths, so a hit needs the same path strings; and on these machines extracting where a
 * large tree was just deleted or moved away is several times slower than into a new directory.
 * tar follows the link as it extracts below it, so each job's trees land in a new place.
 */
async function nextJobDirs(base: string, n: number): Promise<{ modCache: string; goCache: string }> {
  const dir = path.join(base, `job-${n}`)
  const current = path.join(base, 'current')
  await mkdir(path.join(dir, 'gomodcache'), { recursive: true })
  await mkdir(path.join(dir, 'gocache'))
  await rm(current, { force: true })
  await symlink(dir, current, 'dir')
  return { modCache: path.join(current, 'gomodcache'), goCache: path.join(current, 'gocache') }
}

/** Packages `go build -v` compiled: the lines of its stderr, less go's own (`go: downloading …`). */
export function compiledPackages(stderr: string): number {
  return stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('go: ')).length
}

function outputNumber(job: JobRun, name: string): number | undefined {
  const value = job.outputs[name]
  return value === undefined || value === '' ? undefined : Number(value)
}

function logTail(job: JobRun): string {
  return job.log.split('\n').slice(-30).join('\n')
}

/**
 * One whole job of a peer: a fresh copy of the project, new module and build cache directories, the
 * main step, `go build -v ./...`, the post step. In a cold job the build step first fills the empty
 * GOCACHE from the seed, standing in for a first build (every entry new, so the post step saves
 * them all) without spending minutes compiling. Throws when the job did not miss (cold) or did not
 * restore everything (warm): its numbers would mislead.
 */
export async function peerJob(run: PeerRun, ctx: JobContext, cold: boolean): Promise<JobNumbers> {
  const { peer } = run
  const what = `${ctx.project.name}, ${peer.name} ${cold ? 'cold' : 'warm'} job`
  const { modCache, goCache } = await nextJobDirs(run.base, run.jobs++)
  const workspace = path.join(run.base, 'workspace')
  const project = path.join(workspace, peer.workingDirectory)
  await copyProject(ctx.project, project)
  const env = {
    ...goEnv(run.base, { GOPROXY: ctx.proxy.url, GOMODCACHE: modCache, GOCACHE: goCache, GOFLAGS: CORPUS_GOFLAGS }),
    ...NO_NETWORK,
    ...run.cache.env('v2'),
    ...ctx.runnerEnv
  }
  let compiled = 0
  const build: JobStep = {
    name: 'build',
    run: async (stepEnv) => {
      if (cold) await copyBuildCache(ctx.project.seed, goCache)
      const built = await timeGo(['build', '-v', './...'], { cwd: project, env: stepEnv })
      compiled = compiledPackages(built.stderr)
    }
  }
  ctx.proxy.clearRequests()
  await settle()
  const job = await runBenchJob({ action: peer.action, workspace, inputs: peer.inputs, env, steps: [build] })
  const zipRequests = ctx.proxy.requests.filter((r) => r.path.endsWith('.zip')).length

  if (cold) {
    const entries = run.cache.entries().length
    if (job.outputs['cache-hit'] === 'true' || entries !== peer.entriesAfterCold) {
      throw new Error(`${what}: cache-hit=${job.outputs['cache-hit']} and ${entries} cache entries, not a miss and ${peer.entriesAfterCold}:\n${logTail(job)}`)
    }
  } else if (!peer.restored(job)) {
    throw new Error(`${what} did not restore what its cold job saved:\n${logTail(job)}`)
  }
  return {
    mainMs: job.main.ms,
    downloadMs: outputNumber(job, 'download-ms'),
    restoreMs: outputNumber(job, 'restore-ms'),
    buildMs: job.steps.build?.ms,
    postMs: job.post?.ms ?? 0,
    jobMs: job.totalMs,
    cacheHit: job.outputs['cache-hit'] ?? '',
    modules: await zipsIn(modCache),
    zipRequests,
    otherRequests: ctx.proxy.requests.length - zipRequests,
    compiled
  }
}
