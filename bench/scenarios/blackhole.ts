// blackhole: a GOPROXY chain whose first proxy accepts the connection and never answers.
// cmd/go falls through a '|'-separated GOPROXY on any error, but a request that never ends is no
// error: go has no overall request timeout, so `go mod download` waits on the black hole and never
// reaches the good proxy behind it. The action probes the chain within probe-timeout, drops the
// dead proxy and downloads through the good one. Both start cold (empty GOMODCACHE, and for the
// action an empty cache service) and alternate which goes first in each repetition; go alone is
// stopped at GO_ALONE_BOUND_MS.
import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { goEnv, removeTree, runGo, type GoEnv } from '../../__tests__/support/fixtures.ts'
import { startGoProxy, type GoProxy } from '../../__tests__/support/goproxy.ts'
import { copyProject } from '../fixture.ts'
import { formatMs, markdownTable, median, settle } from '../lib.ts'
import type { BenchContext, Scenario, ScenarioResult } from '../scenario.ts'
import { createBenchWorld, expectRun, NO_NETWORK, type ActionTimes } from '../world.ts'

const DEFAULT_REPS = 3
/** How long go alone may wait on the black hole before it is stopped and recorded as killed. */
export const GO_ALONE_BOUND_MS = 120_000

interface GoAloneRun {
  ms: number
  /** go ended by itself (successfully or not) before the bound. */
  finished: boolean
  exitCode: number
  /** Requests the black hole swallowed, and .zip files the good proxy served. */
  blackholeRequests: number
  goodZipRequests: number
  /** The last line go printed on stderr, when it ended with an error. */
  lastError: string
}

interface ProbeEntry {
  url: string
  class: string
  latencyMs: number
}

interface ActionSample {
  times: ActionTimes
  blackholeClass: string
  goodClass: string
  goproxy: string
}

interface Sample {
  rep: number
  first: 'go alone' | 'action'
  goAlone: GoAloneRun
  action: ActionSample
}

function chainOf(blackhole: GoProxy, good: GoProxy): string {
  return `${blackhole.url}|${good.url}`
}

function sameProxy(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '')
}

/** `go mod download` in a fresh copy of the consumer with an empty GOMODCACHE, stopped at the bound. */
async function runGoAlone(ctx: BenchContext, blackhole: GoProxy): Promise<GoAloneRun> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-go-'))
  try {
    const project = path.join(base, 'app')
    await copyProject(ctx.fixture, project)
    const env: GoEnv = { ...goEnv(path.join(base, 'go'), { GOPROXY: chainOf(blackhole, ctx.proxy) }), ...NO_NETWORK }
    await mkdir(env.GOMODCACHE!, { recursive: true })
    blackhole.clearRequests()
    ctx.proxy.clearRequests()
    await settle()
    const started = performance.now()
    const result = await runGo(['mod', 'download'], { cwd: project, env, timeoutMs: GO_ALONE_BOUND_MS })
    const ms = performance.now() - started
    return {
      ms,
      finished: !result.timedOut,
      exitCode: result.code,
      blackholeRequests: blackhole.requests.length,
      goodZipRequests: ctx.proxy.requests.filter((r) => r.path.endsWith('.zip')).length,
      lastError: result.code === 0 ? '' : (result.stderr.trimEnd().split('\n').at(-1) ?? '')
    }
  } finally {
    await removeTree(base)
  }
}

function parseProxyReport(text: string | undefined): ProbeEntry[] {
  if (text === undefined || text === '') throw new Error('the action reported no proxy-report output')
  return JSON.parse(text) as ProbeEntry[]
}

/** The bundled action, cold, with the black hole first in its primary chain and no mirrors. */
async function runActionBehind(ctx: BenchContext, blackhole: GoProxy): Promise<ActionSample> {
  const world = await createBenchWorld(ctx.fixture, ctx.proxy, { inputs: { proxies: chainOf(blackhole, ctx.proxy), mirrors: '' } })
  try {
    await settle()
    const times = await world.run()
    expectRun(times, { cacheHit: false, modules: ctx.fixture.modules.length }, 'cold run behind a black hole')
    const report = parseProxyReport(times.outputs['proxy-report'])
    const classOf = (proxy: GoProxy): string => report.find((e) => sameProxy(e.url, proxy.url))?.class ?? 'not probed'
    const run = { times, blackholeClass: classOf(blackhole), goodClass: classOf(ctx.proxy), goproxy: times.outputs.goproxy ?? '' }
    if (run.blackholeClass !== 'timeout') {
      throw new Error(`the action classified the black hole as ${run.blackholeClass}, not timeout: ${times.outputs['proxy-report']}`)
    }
    return run
  } finally {
    await world.close()
  }
}

function formatGoAlone(run: GoAloneRun): string {
  return run.finished ? formatMs(run.ms) : `≥${Math.round(GO_ALONE_BOUND_MS / 1000)} s (killed)`
}

/** A median over runs some of which were stopped at the bound: then it is only a lower bound. */
export function goAloneMedian(runs: readonly { ms: number; finished: boolean }[]): { ms: number; bounded: boolean } {
  const ms = median(runs.map((r) => r.ms))
  const killed = runs.filter((r) => !r.finished).length
  return { ms, bounded: killed * 2 >= runs.length }
}

export function formatBoundedMs(m: { ms: number; bounded: boolean }): string {
  return m.bounded ? `≥${formatMs(m.ms)} (killed at ${GO_ALONE_BOUND_MS / 1000} s)` : formatMs(m.ms)
}

export function formatRatio(goAloneMs: number, actionMs: number, bounded: boolean): string {
  if (actionMs === 0) return 'n/a'
  return `${bounded ? '≥' : ''}${(goAloneMs / actionMs).toFixed(1)}×`
}

function describeGoAlone(run: GoAloneRun): string {
  const ending = run.finished ? `${formatMs(run.ms)}, exit ${run.exitCode}` : formatGoAlone(run)
  return `${ending}; ${run.blackholeRequests} requests into the black hole, ${run.goodZipRequests} .zip from the good proxy`
}

function describeAction(run: ActionSample): string {
  const t = run.times
  return `total-ms ${t.totalMs}, probe-ms ${t.probeMs ?? '-'}, download-ms ${t.downloadMs}, black hole: ${run.blackholeClass}`
}

export const blackhole: Scenario = {
  name: 'blackhole',
  title:
    'GOPROXY=<black hole>|<good proxy>, cold: go mod download alone (stopped at 120 s) against the action, which probes the chain and drops the dead proxy.',
  async run(ctx: BenchContext): Promise<ScenarioResult> {
    const reps = ctx.reps ?? DEFAULT_REPS
    const hole = await startGoProxy({ root: ctx.fixture.proxyRoot, fault: 'blackhole' })
    try {
      const samples: Sample[] = []
      for (let rep = 1; rep <= reps; rep++) {
        const first = rep % 2 === 1 ? 'go alone' : 'action'
        let goAlone: GoAloneRun | undefined
        let action: ActionSample | undefined
        for (const which of first === 'go alone' ? (['go alone', 'action'] as const) : (['action', 'go alone'] as const)) {
          if (which === 'go alone') {
            goAlone = await runGoAlone(ctx, hole)
            ctx.log(`rep ${rep}/${reps} go alone: ${describeGoAlone(goAlone)}`)
          } else {
            action = await runActionBehind(ctx, hole)
            ctx.log(`rep ${rep}/${reps} action: ${describeAction(action)}`)
          }
        }
        samples.push({ rep, first, goAlone: goAlone!, action: action! })
      }

      const goMedian = goAloneMedian(samples.map((s) => s.goAlone))
      const actionTotal = median(samples.map((s) => s.action.times.totalMs))
      const probeMedian = median(samples.map((s) => s.action.times.probeMs ?? Number.NaN))
      const downloadMedian = median(samples.map((s) => s.action.times.downloadMs))
      const finished = samples.filter((s) => s.goAlone.finished).length
      const headlineRatio = formatRatio(goMedian.ms, actionTotal, goMedian.bounded)
      const last = samples.at(-1)!

      const details = [
        `A second loopback GOPROXY on the same module root with the \`blackhole\` fault (it accepts the ` +
          `connection and the request, and never answers) stands first in the chain ` +
          `\`GOPROXY=<black hole>|<good proxy>\`. ${reps} repetitions, alternating which goes first, of:`,
        '',
        `- **go alone**: \`go mod download\` in a fresh copy of the consumer with an empty GOMODCACHE and the ` +
          `hermetic env of \`fixtures.goEnv\`, stopped (SIGTERM) at ${GO_ALONE_BOUND_MS / 1000} s; wall time ` +
          `around the go process.`,
        `- **the action**: the bundled action, cold (empty cache service and GOMODCACHE), inputs ` +
          `\`proxies: <black hole>|<good proxy>\`, \`mirrors: ''\`, default probe-timeout (3 s); its own ` +
          `total-ms, probe-ms and download-ms outputs. Each run must succeed with all ` +
          `${ctx.fixture.modules.length} modules and its proxy-report must class the black hole as \`timeout\`.`,
        '',
        `Chain the action exported (last repetition): \`${last.action.goproxy}\` (ports differ from run to run).`,
        '',
        '### Every repetition',
        '',
        markdownTable(
          [
            'rep',
            'first',
            'go alone',
            'go finished',
            'black-hole requests',
            'good .zip (go alone)',
            'action total-ms',
            'probe-ms',
            'download-ms',
            'black hole',
            'good proxy',
            'go alone / action'
          ],
          samples.map((s) => [
            s.rep,
            s.first,
            formatGoAlone(s.goAlone),
            s.goAlone.finished ? `yes (exit ${s.goAlone.exitCode})` : 'no',
            s.goAlone.blackholeRequests,
            s.goAlone.goodZipRequests,
            s.action.times.totalMs,
            s.action.times.probeMs ?? '-',
            s.action.times.downloadMs,
            s.action.blackholeClass,
            s.action.goodClass,
            formatRatio(s.goAlone.ms, s.action.times.totalMs, !s.goAlone.finished)
          ])
        ),
        ...samples
          .filter((s) => s.goAlone.finished && s.goAlone.exitCode !== 0)
          .map((s) => `\nRepetition ${s.rep}, go alone ended with: \`${s.goAlone.lastError}\``),
        '',
        '### Medians',
        '',
        markdownTable(
          ['go alone', 'go finished', 'action total-ms', 'probe-ms', 'download-ms', 'go alone / action total-ms'],
          [[formatBoundedMs(goMedian), `${finished} of ${reps}`, actionTotal, probeMedian, downloadMedian, headlineRatio]]
        ),
        '',
        `go alone / action: **${headlineRatio}** (medians` +
          `${goMedian.bounded ? '; go alone was stopped, so this is a lower bound' : ''}).`
      ].join('\n')

      return {
        headlines: [
          { metric: 'go alone (median)', value: formatBoundedMs(goMedian) },
          { metric: 'go alone finished', value: `${finished} of ${reps}` },
          { metric: 'action total-ms (median)', value: formatMs(actionTotal) },
          { metric: 'action probe-ms (median)', value: formatMs(probeMedian) },
          { metric: 'action download-ms (median)', value: formatMs(downloadMedian) },
          { metric: 'go alone / action total-ms', value: headlineRatio }
        ],
        details
      }
    } finally {
      await hole.close()
    }
  }
}
