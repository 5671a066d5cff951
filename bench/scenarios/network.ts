// network: cache layouts of a real project over a modelled network. The consumer is cli/cli
// v2.60.0 with its ~160 modules (bench/corpus.ts), the loopback GOPROXY answers after 20 ms and
// shares 50 MB/s among its answers, the Actions cache service moves archives at 100 MB/s
// (bench/network-model.ts). The variants (the action's cache-layout and background-save inputs)
// side by side: per repetition and variant a fresh cache service, a cold job (nothing cached: the
// action, the next steps `go list -deps -test ./...` offline and `go build ./...`, the post step),
// then a warm job in a fresh module cache (an exact hit). Measured: the archive, restore-ms, the
// time from the start of the warm main step until the project is ready to build offline, the cold
// main step and its time outside the download, and each whole job. (actions/setup-go beside the
// action is the `peers` scenario.)
//
// Every job shares a build cache warmed once (bench/corpus.ts), so `go build` compiles nothing and
// the numbers are about the module cache; GOFLAGS has -trimpath so that build cache serves any
// GOMODCACHE path.
import { mkdir, mkdtemp, rename } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from '../../__tests__/support/cache-service.ts'
import { goEnv, removeTree, type GoEnv } from '../../__tests__/support/fixtures.ts'
import { startGoProxy, type GoProxy } from '../../__tests__/support/goproxy.ts'
import { thisAction, type JobRun, type JobStep, type NodeAction } from '../../__tests__/support/runner.ts'
import { copyBuildCache, copyCorpusProject, CORPUS_GOFLAGS, loadBuildCacheSeed, loadCorpus, type Corpus } from '../corpus.ts'
import { describeMachine, formatBytes, formatCount, formatMs, ratio, rotation, settle, timeGo, warmPageCache } from '../lib.ts'
import {
  jobNumbers,
  LAYOUT_LABEL,
  layoutRows,
  medianFor,
  medianRows,
  num,
  ratioRows,
  same,
  variantName,
  VARIANTS,
  type JobNumbers,
  type LayoutSample,
  type Metric,
  type Variant
} from '../layouts-report.ts'
import { CACHE_THROTTLE, MB, PROXY_THROTTLE } from '../network-model.ts'
import type { BenchContext, Headline, Scenario, ScenarioResult } from '../scenario.ts'
import { BENCH_INPUTS, NO_NETWORK, runBenchJob, WORKING_DIRECTORY } from '../world.ts'

const DEFAULT_REPS = 3
/**
 * true: each job gets a new GOMODCACHE path; false: the warm job uses the cold job's path,
 * emptied. true needs a cache hit that does not depend on the GOMODCACHE path (an entry version
 * that hashes the path misses anywhere else); it spares the warm job extracting where a large
 * tree was just deleted, which is several times slower on some disks.
 */
const NEW_MODCACHE_PER_RUN = true
const r = Math.round

function variantInputs(v: Variant): Record<string, string> {
  return { 'cache-layout': v.layout, 'background-save': String(v.backgroundSave) }
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
    const inputs = { ...BENCH_INPUTS, ...variantInputs(variant) }
    const what = `${variantName(variant)}, rep ${rep}`

    const run = async (label: 'cold' | 'warm'): Promise<{ job: JobRun; numbers: JobNumbers }> => {
      const modCache = modCacheFor(label)
      await copyCorpusProject(s.corpus, projectIn(workspace))
      await mkdir(modCache, { recursive: true })
      const env = jobEnv(base, s, cache, { GOMODCACHE: modCache })
      s.proxy.clearRequests()
      await settle()
      const job = await runBenchJob({ action: s.ours, workspace, inputs, env, steps: nextSteps(projectIn(workspace)) })
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

export const network: Scenario = {
  name: 'network',
  title:
    'cli/cli over a modelled network (proxy 50 MB/s + 20 ms per request, cache 100 MB/s): cache layouts side by side (archive, restore, ready to build, cold and warm jobs).',
  async run(ctx: BenchContext): Promise<ScenarioResult> {
    const reps = ctx.reps ?? DEFAULT_REPS
    const machine = await describeMachine()
    const corpus = await loadCorpus(machine.go, ctx.log)
    const seed = await loadBuildCacheSeed(corpus, ctx.log)
    const root = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-network-'))
    const proxy = await startGoProxy({ root: corpus.proxyRoot, throttle: PROXY_THROTTLE })
    try {
      const s: Shared = {
        corpus,
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
        ...(VARIANTS.length > 1 ? ['', `#### Ratios of the medians against ${variantName(reference)}`, '', ratioRows(samples)] : [])
      ].join('\n')
      return { headlines, details }
    } finally {
      await proxy.close()
      await removeTree(root)
    }
  }
}
