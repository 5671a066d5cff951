// network: a real project over a modelled network. The consumer is cli/cli v2.60.0 with its ~160
// modules (bench/corpus.ts), the loopback GOPROXY answers after 20 ms and shares 50 MB/s among its
// answers, the Actions cache service moves archives at 100 MB/s. Two parts:
//
// 1. Cache layouts and background saves (the variants below), side by side: per
//    repetition and variant a fresh cache service, a cold job (nothing cached: the action, the
//    next steps `go list -deps -test ./...` offline and `go build ./...`, the post step), then a
//    warm job in a fresh module cache (an exact hit). Measured: the archive, restore-ms, the time
//    from the start of the warm main step until the project is ready to build offline, the cold
//    main step and its time outside the download, and each whole job.
// 2. actions/setup-go against this action with cache-build, both caching GOMODCACHE and GOCACHE:
//    one cold job each to fill its cache, then warm jobs (the action and `go build ./...`),
//    alternating which goes first.
//
// Every job shares a build cache warmed once (bench/corpus.ts) unless it caches its own, so `go
// build` compiles nothing and the numbers are about the module cache; GOFLAGS has -trimpath so
// that build cache serves any GOMODCACHE path.
import { mkdir, mkdtemp, rename } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from '../../__tests__/support/cache-service.ts'
import { GO_ROOT, goEnv, removeTree, type GoEnv } from '../../__tests__/support/fixtures.ts'
import { startGoProxy, type GoProxy, type Throttle } from '../../__tests__/support/goproxy.ts'
import {
  copyBuildCache,
  copyCorpusProject,
  CORPUS_GOFLAGS,
  loadBuildCacheSeed,
  loadCorpus,
  type BuildCacheSeed,
  type Corpus
} from '../corpus.ts'
import { runJob, thisAction, type JobResult, type JobStep, type NodeAction } from '../job.ts'
import {
  describeMachine,
  formatBytes,
  formatCount,
  formatMs,
  markdownTable,
  median,
  ratio,
  rotation,
  settle,
  timeGo,
  warmPageCache,
  type BenchContext,
  type Headline,
  type Scenario,
  type ScenarioResult
} from '../lib.ts'
import { goVersionNumber, loadSetupGo, prepareToolCache, runnerImage, setupGoInputs, setupGoRestored, type SetupGo } from '../setup-go.ts'
import { NO_NETWORK } from '../world.ts'

const DEFAULT_REPS = 3
const MB = 1_000_000
/** The proxy: a distant server (20 ms before each answer) behind a 50 MB/s link. */
export const PROXY_THROTTLE: Throttle = { bytesPerSecond: 50 * MB, perRequestMs: 20 }
/** The cache service's archive storage: 100 MB/s, uploads and downloads alike. */
export const CACHE_THROTTLE = { bytesPerSecond: 100 * MB }

/** What the action's `cache-layout` input can name. */
type CacheLayout = 'full' | 'lean' | 'zips'
const LAYOUT_LABEL: Record<CacheLayout, string> = {
  full: 'the whole GOMODCACHE',
  lean: 'extracted trees, .info/.mod/.ziphash and the sumdb cache; no zips',
  zips: 'cache/download only'
}

interface Variant {
  layout: CacheLayout
  backgroundSave: boolean
}

/**
 * The variants measured (the action's cache-layout and background-save inputs), in the order of
 * the first repetition; the first, the whole GOMODCACHE saved in the main step, is the reference
 * of every ratio.
 */
const VARIANTS: readonly Variant[] = [
  { layout: 'full', backgroundSave: false },
  { layout: 'lean', backgroundSave: false },
  { layout: 'zips', backgroundSave: false },
  { layout: 'lean', backgroundSave: true }
]
/**
 * true: each job of this action gets a new GOMODCACHE path; false: the warm job uses the cold
 * job's path, emptied. true needs a cache hit that does not depend on the GOMODCACHE path (an
 * entry version that hashes the path misses anywhere else); it spares the warm job extracting
 * where a large tree was just deleted, which is several times slower on some disks.
 */
const NEW_MODCACHE_PER_RUN = true

function variantName(v: Variant): string {
  return v.backgroundSave ? `${v.layout}, background save` : v.layout
}

function variantInputs(v: Variant): Record<string, string> {
  return { 'cache-layout': v.layout, 'background-save': String(v.backgroundSave) }
}

/** Inputs of this action in every job beyond action.yml's defaults: no mirrors (every proxy is on 127.0.0.1), no history (its entry per run is not measured here). */
export const WORKING_DIRECTORY = 'app'
const OUR_INPUTS = { 'working-directory': WORKING_DIRECTORY, mirrors: '', history: 'false' }
/** This action's inputs beside setup-go: the build cache too, everything else as action.yml has it. */
export const BESIDE_SETUP_GO = { ...OUR_INPUTS, 'cache-build': 'true' }

/** Whether a job of this action with BESIDE_SETUP_GO restored both the module cache and the build cache. */
export function restoredBothCaches(job: JobResult): boolean {
  return job.outputs['cache-hit'] === 'true' && /Restored the build cache from/.test(job.log)
}

// ---- the measured runs ----

/** One job, in numbers: the action's own outputs and the wall time of each step. */
interface JobNumbers {
  totalMs: number
  restoreMs: number
  downloadMs: number
  saveMs: number
  /** Wall time of the main step's process. */
  mainMs: number
  /** From the start of the main step until `go list -deps -test ./...` succeeded offline. */
  readyMs: number
  listMs: number
  buildMs: number
  postMs: number
  /** Main step, the later steps and the post step, wall clock. */
  jobMs: number
  cacheState: string
  modules: number
  /** .zip requests that reached the proxy during the job. */
  zipRequests: number
}

interface LayoutSample {
  rep: number
  /** 1 for the variant measured first in its repetition. */
  position: number
  variant: Variant
  /** The entry the cold job saved, as the cache service stores it. */
  archiveBytes: number
  /** cache-size-bytes the cold job reported. */
  sizeOutput: number
  cold: JobNumbers
  warm: JobNumbers
}

/** Directories moved out of the way (a new, empty one takes their place) and removed later, outside any timed step. */
class Trash {
  #dir: string
  #count = 0
  constructor(dir: string) {
    this.#dir = dir
  }
  /** Replaces dir by a new empty directory at the same path. */
  async empty(dir: string): Promise<void> {
    await mkdir(this.#dir, { recursive: true })
    await rename(dir, path.join(this.#dir, String(this.#count++))).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err
    })
    await mkdir(dir, { recursive: true })
  }
  /** Moves dir out of the way, to be removed by the next clear(). */
  async discard(dir: string): Promise<void> {
    await mkdir(this.#dir, { recursive: true })
    await rename(dir, path.join(this.#dir, String(this.#count++)))
  }
  async clear(): Promise<void> {
    await removeTree(this.#dir)
    await settle()
  }
}

interface Shared {
  corpus: Corpus
  seed: BuildCacheSeed
  proxy: GoProxy
  root: string
  /** The build cache every job uses that does not cache its own. */
  goCache: string
  trash: Trash
  ours: NodeAction
  log(message: string): void
}

function projectIn(workspace: string): string {
  return path.join(workspace, WORKING_DIRECTORY)
}

/** The steps after the action: what the job runs next, each timed. */
function nextSteps(project: string): JobStep[] {
  return [
    {
      name: 'ready',
      run: async (env) => {
        await timeGo(['list', '-deps', '-test', './...'], { cwd: project, env: { ...env, GOPROXY: 'off' } })
      }
    },
    {
      name: 'build',
      run: async (env) => {
        await timeGo(['build', '-v', './...'], { cwd: project, env })
      }
    }
  ]
}

function num(outputs: Record<string, string>, name: string): number {
  const value = outputs[name]
  return value === undefined || value === '' ? Number.NaN : Number(value)
}

function jobNumbers(job: JobResult, proxy: GoProxy): JobNumbers {
  return {
    totalMs: num(job.outputs, 'total-ms'),
    restoreMs: num(job.outputs, 'restore-ms'),
    downloadMs: num(job.outputs, 'download-ms'),
    saveMs: num(job.outputs, 'save-ms'),
    mainMs: job.main.ms,
    readyMs: job.steps.ready?.endMs ?? Number.NaN,
    listMs: job.steps.ready?.ms ?? Number.NaN,
    buildMs: job.steps.build?.ms ?? Number.NaN,
    postMs: job.post?.ms ?? 0,
    jobMs: job.totalMs,
    cacheState: job.outputs['cache-state'] ?? '',
    modules: num(job.outputs, 'modules'),
    zipRequests: proxy.requests.filter((r) => r.path.endsWith('.zip')).length
  }
}

/** A hermetic job environment: the go settings, the cache service, no way off the machine. */
function jobEnv(base: string, s: Shared, cache: CacheService, overrides: Record<string, string>): Record<string, string> {
  const env: GoEnv = goEnv(base, { GOPROXY: s.proxy.url, GOCACHE: s.goCache, GOFLAGS: CORPUS_GOFLAGS, ...overrides })
  return { ...env, ...NO_NETWORK, ...cache.env('v2') }
}

/** A cold job and then a warm one for one variant, with a cache service of their own. */
async function measureVariant(s: Shared, variant: Variant, rep: number, position: number): Promise<LayoutSample> {
  const base = await mkdtemp(path.join(s.root, `layout-${variant.layout}-`))
  const cache = await startCacheService({ throttle: CACHE_THROTTLE })
  try {
    const workspace = path.join(base, 'workspace')
    const fixedModCache = path.join(base, 'gomodcache')
    const modCacheFor = (run: 'cold' | 'warm'): string => (NEW_MODCACHE_PER_RUN ? path.join(base, `gomodcache-${run}`) : fixedModCache)
    const inputs = { ...OUR_INPUTS, ...variantInputs(variant) }
    const what = `${variantName(variant)}, rep ${rep}`

    const run = async (label: 'cold' | 'warm'): Promise<{ job: JobResult; numbers: JobNumbers }> => {
      const modCache = modCacheFor(label)
      await copyCorpusProject(s.corpus, projectIn(workspace))
      await mkdir(modCache, { recursive: true })
      const env = jobEnv(base, s, cache, { GOMODCACHE: modCache })
      s.proxy.clearRequests()
      await settle()
      const job = await runJob({ action: s.ours, workspace, inputs, env, steps: nextSteps(projectIn(workspace)) })
      return { job, numbers: jobNumbers(job, s.proxy) }
    }

    const cold = await run('cold')
    if (cold.numbers.cacheState !== 'miss') throw new Error(`${what}: the cold job found cache-state=${cold.numbers.cacheState}, not miss`)
    const entries = cache.entries()
    if (entries.length !== 1) throw new Error(`${what}: the cold job left ${entries.length} cache entries, not the module cache alone`)
    if (!NEW_MODCACHE_PER_RUN) await s.trash.empty(fixedModCache)
    const warm = await run('warm')
    if (warm.numbers.cacheState !== 'hit' || warm.numbers.modules !== cold.numbers.modules) {
      throw new Error(
        `${what}: the warm job reported cache-state=${warm.numbers.cacheState} and ${warm.numbers.modules} modules, ` +
          `not a hit with the cold job's ${cold.numbers.modules}`
      )
    }
    return {
      rep,
      position,
      variant,
      archiveBytes: entries[0]!.size,
      sizeOutput: num(cold.job.outputs, 'cache-size-bytes'),
      cold: cold.numbers,
      warm: warm.numbers
    }
  } finally {
    await cache.close()
    await s.trash.discard(base)
  }
}

// ---- setup-go side by side ----

interface Side {
  name: string
  action: NodeAction
  inputs: Record<string, string>
  base: string
  workspace: string
  fixedModCache: string
  goCache: string
  cache: CacheService
  extraEnv: Record<string, string>
  /** Cache entries its cold job must leave. */
  entriesAfterCold: number
  /** Whether a warm job's log shows that both caches were restored. */
  warmHit(job: JobResult): boolean
  runs: number
}

interface WarmSample {
  rep: number
  first: string
  jobs: Record<string, { jobMs: number; mainMs: number; buildMs: number; postMs: number; compiled: number }>
}

interface Comparison {
  setupGo: SetupGo
  goVersion: string
  /** This action's inputs that differ from setup-go's world: cache-build, and the layout and save as action.yml defaults them. */
  ours: string
  cold: Record<string, { jobMs: number; entries: string[]; bytes: number }>
  samples: WarmSample[]
}

async function makeSide(
  s: Shared,
  name: string,
  action: NodeAction,
  inputs: Record<string, string>,
  extraEnv: Record<string, string>,
  entriesAfterCold: number,
  warmHit: (job: JobResult) => boolean
): Promise<Side> {
  const base = await mkdtemp(path.join(s.root, `side-`))
  const side: Side = {
    name,
    action,
    inputs,
    base,
    workspace: path.join(base, 'workspace'),
    fixedModCache: path.join(base, 'gomodcache'),
    goCache: path.join(base, 'gocache'),
    cache: await startCacheService({ throttle: CACHE_THROTTLE }),
    extraEnv,
    entriesAfterCold,
    warmHit,
    runs: 0
  }
  return side
}

/**
 * One job of a side: a fresh project copy, an empty GOMODCACHE (a new path only where the side's
 * hit allows) and GOCACHE emptied in place (both sides' cache versions hash its path). In a cold
 * job the build step first fills GOCACHE from the warm build cache, standing in for compiling the
 * project: every entry is new, as after a first build, and the post step saves them all.
 */
async function sideJob(s: Shared, side: Side, cold: boolean): Promise<{ job: JobResult; compiled: number }> {
  const modCache =
    NEW_MODCACHE_PER_RUN && side.action === s.ours ? path.join(side.base, `gomodcache-${side.runs}`) : side.fixedModCache
  side.runs++
  const project = projectIn(side.workspace)
  await copyCorpusProject(s.corpus, project)
  await s.trash.empty(modCache)
  await s.trash.empty(side.goCache)
  const env = { ...jobEnv(side.base, s, side.cache, { GOMODCACHE: modCache, GOCACHE: side.goCache }), ...side.extraEnv }
  let compiled = -1
  const build: JobStep = {
    name: 'build',
    run: async (stepEnv) => {
      if (cold) await copyBuildCache(s.seed, side.goCache)
      const built = await timeGo(['build', '-v', './...'], { cwd: project, env: stepEnv })
      compiled = built.stderr.split('\n').filter((l) => l.trim() !== '').length
    }
  }
  s.proxy.clearRequests()
  await settle()
  const job = await runJob({ action: side.action, workspace: side.workspace, inputs: side.inputs, env, steps: [build] })
  return { job, compiled }
}

async function compareWithSetupGo(s: Shared, setupGo: SetupGo, goVersion: string, reps: number): Promise<Comparison> {
  const goroot = GO_ROOT
  const toolCache = path.join(s.root, 'toolcache')
  await prepareToolCache(toolCache, goVersion, goroot)
  const runnerEnv = runnerImage(toolCache)
  const sides = [
    await makeSide(s, 'go-mod-precache', s.ours, BESIDE_SETUP_GO, runnerEnv, 2, restoredBothCaches),
    await makeSide(s, 'setup-go', setupGo.action, setupGoInputs(goVersion, WORKING_DIRECTORY), runnerEnv, 1, setupGoRestored)
  ]
  try {
    const cold: Comparison['cold'] = {}
    for (const side of sides) {
      const { job } = await sideJob(s, side, true)
      const entries = side.cache.entries()
      if (entries.length !== side.entriesAfterCold) {
        throw new Error(`${side.name}: its cold job left ${entries.length} cache entries, not ${side.entriesAfterCold}:\n${job.log.split('\n').slice(-30).join('\n')}`)
      }
      const described = entries.map((e) => `${e.key.replace(/[0-9a-f]{64}$/, '…')} ${formatCount(e.size)} B`)
      cold[side.name] = { jobMs: job.totalMs, entries: described, bytes: entries.reduce((sum, e) => sum + e.size, 0) }
      s.log(`${side.name} cold job ${Math.round(job.totalMs)} ms, saved ${described.join('; ')}`)
    }
    await s.trash.clear()

    const samples: WarmSample[] = []
    for (let rep = 1; rep <= reps; rep++) {
      const order = rotation(sides, rep)
      const jobs: WarmSample['jobs'] = {}
      for (const side of order) {
        const { job, compiled } = await sideJob(s, side, false)
        if (!side.warmHit(job)) throw new Error(`${side.name}: the warm job did not restore both caches:\n${job.log.split('\n').slice(-30).join('\n')}`)
        jobs[side.name] = {
          jobMs: job.totalMs,
          mainMs: job.main.ms,
          buildMs: job.steps.build!.ms,
          postMs: job.post?.ms ?? 0,
          compiled
        }
      }
      samples.push({ rep, first: order[0]!.name, jobs })
      s.log(`setup-go rep ${rep}/${reps}: ` + sides.map((side) => `${side.name} ${Math.round(jobs[side.name]!.jobMs)} ms`).join(', '))
      await s.trash.clear()
    }
    const inputs: Record<string, string> = { ...s.ours.defaults, ...BESIDE_SETUP_GO }
    const ours = ['cache-build', 'cache-layout', 'background-save']
      .filter((name) => inputs[name] !== undefined)
      .map((name) => `\`${name}: ${inputs[name]}\``)
      .join(', ')
    return { setupGo, goVersion, ours, cold, samples }
  } finally {
    for (const side of sides) await side.cache.close()
  }
}

// ---- the report ----

type Metric = readonly [label: string, get: (sample: LayoutSample) => number]

const METRICS: readonly Metric[] = [
  ['archive bytes', (x) => x.archiveBytes],
  ['warm restore-ms', (x) => x.warm.restoreMs],
  ['warm ready ms', (x) => x.warm.readyMs],
  ['warm job ms', (x) => x.warm.jobMs],
  ['cold total-ms', (x) => x.cold.totalMs],
  ['cold outside download ms', (x) => x.cold.totalMs - x.cold.downloadMs],
  ['cold job ms', (x) => x.cold.jobMs]
]

function same(a: Variant, b: Variant): boolean {
  return a.layout === b.layout && a.backgroundSave === b.backgroundSave
}

function medianFor(samples: readonly LayoutSample[], v: Variant, get: Metric[1]): number {
  return median(samples.filter((x) => same(x.variant, v)).map(get))
}

const r = Math.round

function layoutRows(samples: readonly LayoutSample[]): string {
  const rows = [...samples]
    .sort((a, b) => a.rep - b.rep || a.position - b.position)
    .flatMap((x) =>
      (['cold', 'warm'] as const).map((run) => {
        const n = x[run]
        return [
          x.rep,
          x.position,
          variantName(x.variant),
          run,
          n.cacheState,
          r(n.totalMs),
          r(n.restoreMs),
          r(n.downloadMs),
          r(n.saveMs),
          r(n.totalMs - n.downloadMs),
          r(n.mainMs),
          r(n.readyMs),
          r(n.buildMs),
          r(n.postMs),
          r(n.jobMs),
          n.zipRequests,
          run === 'cold' ? formatCount(x.archiveBytes) : '',
          run === 'cold' ? formatCount(x.sizeOutput) : ''
        ]
      })
    )
  return markdownTable(
    ['rep', 'order', 'variant', 'job', 'cache-state', 'total-ms', 'restore-ms', 'download-ms', 'save-ms', 'total − download', 'main step', 'ready', 'go build', 'post step', 'whole job', '.zip requests', 'archive bytes', 'cache-size-bytes'],
    rows
  )
}

function medianRows(samples: readonly LayoutSample[]): string {
  return markdownTable(
    ['variant', ...METRICS.map(([label]) => label)],
    VARIANTS.map((v) => [variantName(v), ...METRICS.map(([, get]) => formatCount(medianFor(samples, v, get)))])
  )
}

function ratioRows(samples: readonly LayoutSample[]): string {
  const reference = VARIANTS[0]!
  return markdownTable(
    ['variant', ...METRICS.map(([label]) => `${label} / ${variantName(reference)}`)],
    VARIANTS.slice(1).map((v) => [
      variantName(v),
      ...METRICS.map(([, get]) => ratio(medianFor(samples, v, get), medianFor(samples, reference, get)))
    ])
  )
}

function comparisonDetails(c: Comparison): string {
  const names = Object.keys(c.cold)
  const rows = c.samples.flatMap((x) =>
    names.map((name) => {
      const j = x.jobs[name]!
      return [x.rep, x.first, name, r(j.mainMs), r(j.buildMs), r(j.postMs), r(j.jobMs), j.compiled]
    })
  )
  const med = (name: string, get: (j: WarmSample['jobs'][string]) => number): number => median(c.samples.map((x) => get(x.jobs[name]!)))
  return [
    `### actions/setup-go ${c.setupGo.tag} against go-mod-precache with cache-build`,
    '',
    `actions/setup-go ${c.setupGo.tag} (commit ${c.setupGo.commit.slice(0, 12)}), its committed dist/ run by the same job harness ` +
      `with \`go-version: ${c.goVersion}\`, \`cache: true\`, \`cache-dependency-path: ${WORKING_DIRECTORY}/go.sum\`, and a ` +
      `RUNNER_TOOL_CACHE holding this machine's Go as go/${c.goVersion}/${os.arch()} (with its .complete marker), so it downloads ` +
      `no Go; go-mod-precache with ${c.ours}. Each caches GOMODCACHE and GOCACHE in its own throttled cache service. ` +
      `One cold job each fills it (its build step copies the warm build cache into the empty GOCACHE before \`go build\`, ` +
      `standing in for a first build: every entry new, all saved); then each repetition runs one warm job of each, ` +
      `alternating which goes first: GOMODCACHE and GOCACHE emptied at the same paths (setup-go's cache version hashes them), the action, \`go build -v ./...\`, the post step.`,
    '',
    markdownTable(
      ['job', 'cold whole job ms', 'cache entries saved', 'bytes stored'],
      names.map((n) => [n, r(c.cold[n]!.jobMs), c.cold[n]!.entries.join('; '), formatCount(c.cold[n]!.bytes)])
    ),
    '',
    '#### Every warm job (ms)',
    '',
    markdownTable(['rep', 'first', 'job', 'main step', 'go build', 'post step', 'whole job', 'packages compiled'], rows),
    '',
    '#### Medians (ms)',
    '',
    markdownTable(
      ['job', 'main step', 'go build', 'post step', 'whole job'],
      names.map((n) => [n, r(med(n, (j) => j.mainMs)), r(med(n, (j) => j.buildMs)), r(med(n, (j) => j.postMs)), r(med(n, (j) => j.jobMs))])
    ),
    '',
    `Warm whole job, go-mod-precache / setup-go: **${ratio(med('go-mod-precache', (j) => j.jobMs), med('setup-go', (j) => j.jobMs))}** (medians); ` +
      `per repetition: ${c.samples.map((x) => ratio(x.jobs['go-mod-precache']!.jobMs, x.jobs['setup-go']!.jobMs)).join(', ')}.`
  ].join('\n')
}

export const network: Scenario = {
  name: 'network',
  title:
    'cli/cli over a modelled network (proxy 50 MB/s + 20 ms per request, cache 100 MB/s): cache layouts side by side (archive, restore, ready to build, cold and warm jobs), and actions/setup-go against the action with cache-build.',
  async run(ctx: BenchContext): Promise<ScenarioResult> {
    const reps = ctx.reps ?? DEFAULT_REPS
    const machine = await describeMachine()
    const corpus = await loadCorpus(machine.go, ctx.log)
    const seed = await loadBuildCacheSeed(corpus, ctx.log)
    const setupGoFound = await loadSetupGo(ctx.log)
    const goVersion = goVersionNumber(machine.go)
    const root = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-network-'))
    const proxy = await startGoProxy({ root: corpus.proxyRoot, throttle: PROXY_THROTTLE })
    try {
      const s: Shared = {
        corpus,
        seed,
        proxy,
        root,
        goCache: path.join(root, 'gocache'),
        trash: new Trash(path.join(root, 'trash')),
        ours: await thisAction(),
        log: ctx.log
      }
      await copyBuildCache(seed, s.goCache)
      await warmPageCache(corpus.proxyRoot)
      ctx.log(
        `corpus ${corpus.module}@${corpus.version}: ${corpus.stats.zips} module zips (${formatBytes(corpus.stats.zipBytes)}); ` +
          `build cache ${formatBytes(seed.bytes)}; variants ${VARIANTS.map(variantName).join(' | ')}; ${reps} repetitions`
      )

      const samples: LayoutSample[] = []
      for (let rep = 1; rep <= reps; rep++) {
        const order = rotation(VARIANTS, rep)
        for (const [i, variant] of order.entries()) {
          const x = await measureVariant(s, variant, rep, i + 1)
          samples.push(x)
          ctx.log(
            `rep ${rep}/${reps} ${variantName(variant)}: archive ${x.archiveBytes} B; cold total-ms ${r(x.cold.totalMs)} ` +
              `(download ${r(x.cold.downloadMs)}), job ${r(x.cold.jobMs)}; warm restore-ms ${r(x.warm.restoreMs)}, ` +
              `ready ${r(x.warm.readyMs)}, job ${r(x.warm.jobMs)}`
          )
        }
        await s.trash.clear()
      }

      let comparison: Comparison | undefined
      let skipped: string | undefined = setupGoFound.skipped
      if (setupGoFound.setupGo !== undefined && goVersion === undefined) skipped = `the machine's go (${machine.go}) is not a release setup-go can be given`
      if (skipped === undefined) comparison = await compareWithSetupGo(s, setupGoFound.setupGo!, goVersion!, reps)
      else ctx.log(`setup-go comparison skipped: ${skipped}`)

      const reference = VARIANTS[0]!
      const headlines: Headline[] = []
      for (const v of VARIANTS) {
        const m = (get: Metric[1]): number => medianFor(samples, v, get)
        const name = variantName(v)
        headlines.push(
          { metric: `${name}: archive`, value: formatBytes(m((x) => x.archiveBytes)) },
          { metric: `${name}: warm restore-ms (median)`, value: formatMs(m((x) => x.warm.restoreMs)) },
          { metric: `${name}: warm ready to build (median)`, value: formatMs(m((x) => x.warm.readyMs)) },
          { metric: `${name}: cold total-ms (median)`, value: formatMs(m((x) => x.cold.totalMs)) },
          { metric: `${name}: cold outside download (median)`, value: formatMs(m((x) => x.cold.totalMs - x.cold.downloadMs)) },
          { metric: `${name}: cold / warm whole job (median)`, value: `${formatMs(m((x) => x.cold.jobMs))} / ${formatMs(m((x) => x.warm.jobMs))}` }
        )
        if (!same(v, reference)) {
          headlines.push({
            metric: `${name} / ${variantName(reference)}: archive, warm ready, cold job`,
            value: [(x: LayoutSample) => x.archiveBytes, (x: LayoutSample) => x.warm.readyMs, (x: LayoutSample) => x.cold.jobMs]
              .map((get) => ratio(m(get), medianFor(samples, reference, get)))
              .join(', ')
          })
        }
      }
      if (comparison !== undefined) {
        const med = (name: string): number => median(comparison.samples.map((x) => x.jobs[name]!.jobMs))
        headlines.push(
          { metric: 'warm job, go-mod-precache with cache-build (median)', value: formatMs(med('go-mod-precache')) },
          { metric: `warm job, actions/setup-go ${comparison.setupGo.tag} (median)`, value: formatMs(med('setup-go')) },
          { metric: 'warm job go-mod-precache / setup-go', value: ratio(med('go-mod-precache'), med('setup-go')) }
        )
      } else {
        headlines.push({ metric: 'actions/setup-go comparison', value: `skipped: ${skipped}` })
      }

      const details = [
        `The consumer is ${corpus.module} ${corpus.version} (${formatCount(corpus.stats.projectFiles)} files); the loopback proxy serves the ` +
          `${corpus.stats.zips} module zips its \`go mod download\` needs (${formatBytes(corpus.stats.zipBytes)}) and ` +
          `${corpus.stats.goMods} go.mod files, fetched once through ${corpus.fetchedFrom} on ${corpus.fetchedAt.slice(0, 10)} ` +
          `(bench/corpus.ts). The proxy waits ${PROXY_THROTTLE.perRequestMs} ms before each answer and shares ` +
          `${PROXY_THROTTLE.bytesPerSecond / MB} MB/s among the bodies in flight; the cache service moves archive bytes at ` +
          `${CACHE_THROTTLE.bytesPerSecond / MB} MB/s, shared likewise (MB = 10⁶ bytes). GOFLAGS=\`${CORPUS_GOFLAGS}\`; every job that ` +
          `does not cache GOCACHE shares one warmed by \`go build ./...\` (${formatBytes(seed.bytes)}), so \`go build\` compiles nothing.`,
        '',
        `### Cache layouts`,
        '',
        `Variants: ${VARIANTS.map((v) => `**${variantName(v)}** (${LAYOUT_LABEL[v.layout]}; background-save: ${v.backgroundSave})`).join(', ')}. ` +
          `${reps} repetitions; the variants' order rotates by one each repetition. Each variant: a fresh cache service; the cold job ` +
          `(empty GOMODCACHE, a miss, the save); then the warm job (an exact hit) in ` +
          (NEW_MODCACHE_PER_RUN
            ? 'a new GOMODCACHE path.'
            : `the same GOMODCACHE path (the cache version hashes it), the cold job's tree moved aside so that a new directory ` +
              `takes its place, and removed after the repetition.`) +
          ` Each job: the action's main step, \`go list -deps -test ./...\` with GOPROXY=off (**ready**: from the start of the main ` +
          `step until it succeeds), \`go build -v ./...\`, the post step (**whole job**: wall clock from the start of the main step ` +
          `to the end of the post step). total-ms, restore-ms, download-ms and save-ms are the action's outputs; **archive bytes** ` +
          `is the entry the cache service stored.`,
        '',
        '#### Every job (ms)',
        '',
        layoutRows(samples),
        '',
        '#### Medians (ms, bytes)',
        '',
        medianRows(samples),
        ...(VARIANTS.length > 1 ? ['', `#### Ratios of the medians against ${variantName(reference)}`, '', ratioRows(samples)] : []),
        '',
        comparison !== undefined ? comparisonDetails(comparison) : `### actions/setup-go\n\nSkipped: ${skipped}.`
      ].join('\n')
      return { headlines, details }
    } finally {
      await proxy.close()
      await removeTree(root)
    }
  }
}
