// cold-vs-go: is the action, cold, faster than the go command it wraps? The consumer is cli/cli
// v2.60.0 (bench/corpus.ts) behind the network model of `network` (the loopback GOPROXY answers
// after 20 ms and shares 50 MB/s). Each repetition runs, in an order that rotates by one:
//
// - the action's whole job with nothing cached (main step: miss, probe, download, background save
//   started; post step: the save finished), in a new GOMODCACHE and with a fresh cache service;
// - a bare `go mod download` of the same project through the same proxy into a new GOMODCACHE,
//   with go's default GOMAXPROCS (the machine's cores);
// - the same with GOMAXPROCS=4: the default of a 4-core runner.
//
// Measured: the action's download-ms (its download phase) and its main step's wall time, each
// divided by the bare go command's wall time of the same repetition.
import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startCacheService } from '../../__tests__/support/cache-service.ts'
import { goEnv, removeTree, type GoEnv } from '../../__tests__/support/fixtures.ts'
import { startGoProxy, type GoProxy } from '../../__tests__/support/goproxy.ts'
import { copyCorpusProject, CORPUS_GOFLAGS, loadCorpus, type Corpus } from '../corpus.ts'
import { thisAction, type NodeAction } from '../../__tests__/support/runner.ts'
import { describeMachine, formatBytes, formatMs, markdownTable, median, rotation, settle, timeGo, zipsIn } from '../lib.ts'
import type { BenchContext, Scenario, ScenarioResult } from '../scenario.ts'
import { PROXY_THROTTLE } from '../network-model.ts'
import { BENCH_INPUTS, NO_NETWORK, runBenchJob, WORKING_DIRECTORY } from '../world.ts'

const DEFAULT_REPS = 5

/** One run of one contestant: its times and what it fetched. */
interface Run {
  /** The action's main step, or the bare go command: wall clock. */
  wallMs: number
  /** The action's download-ms output (its download phase). */
  downloadMs?: number
  /** The action's post step (the background save finished). */
  postMs?: number
  modules: number
  zipRequests: number
}

/** Something measured in a new GOMODCACHE per run. */
export interface Contestant {
  name: string
  run(s: Shared, modCache: string): Promise<Run>
}

export interface Shared {
  /** The project (cli/cli or another) whose modules are downloaded. */
  corpus: Pick<Corpus, 'projectDir'>
  proxy: GoProxy
  base: string
}

export interface Sample {
  rep: number
  order: string[]
  runs: Record<string, Run>
}

function env(s: Shared, modCache: string, extra: Record<string, string> = {}): GoEnv {
  return goEnv(s.base, { GOPROXY: s.proxy.url, GOMODCACHE: modCache, GOFLAGS: CORPUS_GOFLAGS, ...extra })
}

function zipRequests(proxy: GoProxy): number {
  return proxy.requests.filter((r) => r.path.endsWith('.zip')).length
}

/** The action's whole job (nothing after the main step but the post step), cold. */
export function actionContestant(name: string, action: NodeAction): Contestant {
  return {
    name,
    async run(s, modCache) {
      const workspace = path.join(s.base, `workspace-${path.basename(modCache)}`)
      await copyCorpusProject(s.corpus, path.join(workspace, WORKING_DIRECTORY))
      const cache = await startCacheService()
      try {
        s.proxy.clearRequests()
        await settle()
        const job = await runBenchJob({ action, workspace, inputs: BENCH_INPUTS, env: { ...env(s, modCache), ...NO_NETWORK, ...cache.env('v2') } })
        if (job.outputs['cache-state'] !== 'miss') throw new Error(`${name}: cache-state=${job.outputs['cache-state']}, not miss`)
        return {
          wallMs: job.main.ms,
          downloadMs: Number(job.outputs['download-ms']),
          postMs: job.post?.ms ?? 0,
          modules: Number(job.outputs.modules),
          zipRequests: zipRequests(s.proxy)
        }
      } finally {
        await cache.close()
      }
    }
  }
}

/** `go mod download` alone, with go's default GOMAXPROCS or the one given. */
export function bareGo(name: string, goMaxProcs?: string): Contestant {
  return {
    name,
    async run(s, modCache) {
      const project = path.join(s.base, `project-${path.basename(modCache)}`)
      await copyCorpusProject(s.corpus, project)
      s.proxy.clearRequests()
      await settle()
      const done = await timeGo(['mod', 'download'], { cwd: project, env: env(s, modCache, goMaxProcs ? { GOMAXPROCS: goMaxProcs } : {}) })
      return { wallMs: done.ms, modules: await zipsIn(modCache), zipRequests: zipRequests(s.proxy) }
    }
  }
}

export const BARE = 'go mod download'
export const BARE_4 = 'go mod download, GOMAXPROCS=4'

/** Every contestant once per repetition, the order rotating; each run in a GOMODCACHE path never used before. */
export async function measure(corpus: Corpus, contestants: readonly Contestant[], reps: number, log: (m: string) => void): Promise<Sample[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-cold-vs-go-'))
  const proxy = await startGoProxy({ root: corpus.proxyRoot, throttle: PROXY_THROTTLE })
  const samples: Sample[] = []
  try {
    for (let rep = 1; rep <= reps; rep++) {
      const base = path.join(root, `rep-${rep}`)
      await mkdir(base, { recursive: true })
      const s: Shared = { corpus, proxy, base }
      const order = rotation(contestants, rep)
      const runs: Record<string, Run> = {}
      for (const [i, c] of order.entries()) {
        const modCache = path.join(base, `gomodcache-${i}`)
        runs[c.name] = await c.run(s, modCache)
      }
      const counts = new Set(Object.values(runs).map((r) => r.modules))
      if (counts.size !== 1) throw new Error(`rep ${rep}: the contestants had different module counts: ${JSON.stringify(runs)}`)
      samples.push({ rep, order: order.map((c) => c.name), runs })
      log(`rep ${rep}/${reps}: ` + order.map((c) => `${c.name} ${Math.round(runs[c.name]!.wallMs)} ms`).join(', '))
      // Outside any timed run, and before the next repetition's first.
      await removeTree(base)
      await settle()
    }
    return samples
  } finally {
    await proxy.close()
    await removeTree(root)
  }
}

const r = Math.round

/** The per-repetition ratio of get(action) to the wall time of a bare go contestant, and its median. */
export function ratios(samples: readonly Sample[], action: string, get: (run: Run) => number, bare: string): { each: string[]; median: string } {
  const each = samples.map((x) => get(x.runs[action]!) / x.runs[bare]!.wallMs)
  return { each: each.map((v) => `${v.toFixed(2)}×`), median: `${median(each).toFixed(2)}×` }
}

export function report(samples: readonly Sample[], action: string, bares: readonly string[]): { table: string; lines: string[] } {
  const names = Object.keys(samples[0]!.runs)
  const rows = samples.flatMap((x) =>
    x.order.map((name, i) => {
      const run = x.runs[name]!
      return [x.rep, i + 1, name, r(run.wallMs), run.downloadMs ?? '', run.postMs === undefined ? '' : r(run.postMs), run.modules, run.zipRequests]
    })
  )
  const medians = names.map((name) => [
    name,
    r(median(samples.map((x) => x.runs[name]!.wallMs))),
    samples[0]!.runs[name]!.downloadMs === undefined ? '' : r(median(samples.map((x) => x.runs[name]!.downloadMs!)))
  ])
  const lines = bares.flatMap((bare) => {
    const d = ratios(samples, action, (run) => run.downloadMs!, bare)
    const m = ratios(samples, action, (run) => run.wallMs, bare)
    return [
      `- download phase (download-ms) / ${bare}: **${d.median}** (median of the per-repetition ratios); each: ${d.each.join(', ')}.`,
      `- main step / ${bare}: **${m.median}**; each: ${m.each.join(', ')}.`
    ]
  })
  return {
    table: [
      markdownTable(['rep', 'order', 'run', 'wall ms (main step for the action)', 'download-ms', 'post step ms', 'modules', '.zip requests'], rows),
      '',
      '#### Medians (ms)',
      '',
      markdownTable(['run', 'wall', 'download-ms'], medians)
    ].join('\n'),
    lines
  }
}

export const coldVsGo: Scenario = {
  name: 'cold-vs-go',
  title:
    "cli/cli over the modelled network (proxy 50 MB/s + 20 ms per request), cold: the action's download phase and main step against a bare `go mod download` of the same modules through the same proxy.",
  async run(ctx: BenchContext): Promise<ScenarioResult> {
    const reps = ctx.reps ?? DEFAULT_REPS
    const machine = await describeMachine()
    const corpus = await loadCorpus(machine.go, ctx.log)
    const action = 'action'
    const contestants = [actionContestant(action, await thisAction()), bareGo(BARE), bareGo(BARE_4, '4')]
    const samples = await measure(corpus, contestants, reps, ctx.log)
    const { table, lines } = report(samples, action, [BARE, BARE_4])
    const d = ratios(samples, action, (run) => run.downloadMs!, BARE)
    const m = ratios(samples, action, (run) => run.wallMs, BARE)
    const details = [
      `The consumer is ${corpus.module} ${corpus.version}: ${corpus.stats.zips} module zips (${formatBytes(corpus.stats.zipBytes)}) from the ` +
        `loopback proxy, which waits ${PROXY_THROTTLE.perRequestMs} ms before each answer and shares ${PROXY_THROTTLE.bytesPerSecond / 1e6} MB/s ` +
        `among the bodies in flight. ${reps} repetitions; in each, three runs in an order rotating by one: **${action}** (a whole cold job: ` +
        `the main step with a fresh cache service, a miss, the download and the background save started, then the post step that waits for ` +
        `the save, so that no save competes with the next run), **${BARE}** (go's default GOMAXPROCS: ${machine.cpus} on this machine) and ` +
        `**${BARE_4}** (what go does by default on a 4-core runner). Every run uses a GOMODCACHE path never used before and a fresh copy ` +
        `of the project; \`sync\` before each; GOFLAGS=\`${CORPUS_GOFLAGS}\`, GOSUMDB=off (go.sum holds every hash). Times are wall clock: ` +
        `the action's main step as the runner would time it, its download-ms output, the go command from start to exit.`,
      '',
      '#### Every run',
      '',
      table,
      '',
      '#### Ratios (per repetition, side by side)',
      '',
      ...lines
    ].join('\n')
    return {
      headlines: [
        { metric: `${BARE} (median)`, value: formatMs(median(samples.map((x) => x.runs[BARE]!.wallMs))) },
        { metric: 'action download-ms (median)', value: formatMs(median(samples.map((x) => x.runs[action]!.downloadMs!))) },
        { metric: 'action main step (median)', value: formatMs(median(samples.map((x) => x.runs[action]!.wallMs))) },
        { metric: `download phase / ${BARE} (median of pairs)`, value: d.median },
        { metric: `main step / ${BARE} (median of pairs)`, value: m.median },
        { metric: `main step / ${BARE_4} (median of pairs)`, value: ratios(samples, action, (run) => run.wallMs, BARE_4).median }
      ],
      details
    }
  }
}
