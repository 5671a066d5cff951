// cold-warm: the whole action with nothing cached (every module from the proxy, then a save)
// against the same action after that save (an exact hit restored into an emptied GOMODCACHE).
// Each repetition starts from a fresh cache service and module cache, and runs its cold and warm
// run back to back, so each cold/warm pair is measured side by side.
import { formatMs, markdownTable, median, ratio, settle } from '../lib.ts'
import type { BenchContext, Scenario, ScenarioResult } from '../scenario.ts'
import { createBenchWorld, expectRun, type ActionTimes } from '../world.ts'

const DEFAULT_REPS = 3

interface Pair {
  cold: ActionTimes
  warm: ActionTimes
}

type Phase = readonly [name: string, get: (t: ActionTimes) => number | undefined]

const PHASES: readonly Phase[] = [
  ['total-ms', (t) => t.totalMs],
  ['restore-ms', (t) => t.restoreMs],
  ['probe-ms', (t) => t.probeMs],
  ['download-ms', (t) => t.downloadMs],
  ['save-ms', (t) => t.saveMs]
]

/** The phases these runs reported (probe-ms only exists in builds that probe). */
function reported(pairs: readonly Pair[]): readonly Phase[] {
  return PHASES.filter(([, get]) => pairs.every((p) => get(p.cold) !== undefined && get(p.warm) !== undefined))
}

function medianOf(pairs: readonly Pair[], run: 'cold' | 'warm', get: Phase[1]): number {
  return median(pairs.map((p) => get(p[run]) ?? Number.NaN))
}

async function measurePair(ctx: BenchContext): Promise<Pair> {
  const world = await createBenchWorld(ctx.fixture, ctx.proxy)
  try {
    const modules = ctx.fixture.modules.length
    await settle()
    const cold = await world.run()
    expectRun(cold, { cacheHit: false, modules }, 'cold run')
    if (world.cache.entries().length !== 1) throw new Error('cold run: the module cache was not saved')
    await world.emptyModCache()
    await settle()
    const warm = await world.run()
    expectRun(warm, { cacheHit: true, modules }, 'warm run')
    return { cold, warm }
  } finally {
    await world.close()
  }
}

function describeRun(t: ActionTimes): string {
  return PHASES.filter(([, get]) => get(t) !== undefined)
    .map(([name, get]) => `${name} ${get(t)}`)
    .join(', ')
}

function rawTable(pairs: readonly Pair[]): string {
  const phases = reported(pairs)
  const rows: Array<Array<string | number>> = []
  pairs.forEach((pair, i) => {
    for (const [label, t] of [['cold', pair.cold], ['warm', pair.warm]] as const) {
      rows.push([i + 1, label, ...phases.map(([, get]) => get(t)!), String(t.cacheHit), t.zipRequests])
    }
  })
  return markdownTable(['rep', 'run', ...phases.map(([name]) => name), 'cache-hit', '.zip requests'], rows)
}

function medianTable(pairs: readonly Pair[]): string {
  const phases = reported(pairs)
  const rows = (['cold', 'warm'] as const).map((label) => [
    label,
    ...phases.map(([, get]) => medianOf(pairs, label, get)),
    median(pairs.map((p) => p[label].zipRequests))
  ])
  return markdownTable(['run', ...phases.map(([name]) => name), '.zip requests'], rows)
}

export const coldWarm: Scenario = {
  name: 'cold-warm',
  title: 'The whole action with an empty cache and module cache (cold) against an exact hit into an emptied module cache (warm).',
  async run(ctx): Promise<ScenarioResult> {
    const reps = ctx.reps ?? DEFAULT_REPS
    const pairs: Pair[] = []
    for (let i = 1; i <= reps; i++) {
      const pair = await measurePair(ctx)
      ctx.log(`rep ${i}/${reps} cold: ${describeRun(pair.cold)}`)
      ctx.log(`rep ${i}/${reps} warm: ${describeRun(pair.warm)}`)
      pairs.push(pair)
    }
    const coldTotal = median(pairs.map((p) => p.cold.totalMs))
    const warmTotal = median(pairs.map((p) => p.warm.totalMs))
    const perRep = pairs.map((p) => ratio(p.cold.totalMs, p.warm.totalMs))
    const details = [
      `Each repetition: a fresh cache service and an empty GOMODCACHE; the cold run (miss, \`go mod download\` from ` +
        `the loopback proxy, save), then GOMODCACHE emptied in place and the warm run (exact hit). ` +
        `Times are the action's own outputs, in milliseconds. ${reps} repetitions.`,
      '',
      '### Every repetition',
      '',
      rawTable(pairs),
      '',
      '### Medians',
      '',
      medianTable(pairs),
      '',
      `Cold/warm ratio of total-ms: **${ratio(coldTotal, warmTotal)}** (medians); per repetition: ${perRep.join(', ')}.`
    ].join('\n')
    return {
      headlines: [
        { metric: 'cold total-ms (median)', value: formatMs(coldTotal) },
        { metric: 'warm total-ms (median)', value: formatMs(warmTotal) },
        { metric: 'cold/warm total-ms', value: ratio(coldTotal, warmTotal) },
        { metric: 'cold download-ms (median)', value: formatMs(medianOf(pairs, 'cold', (t) => t.downloadMs)) },
        { metric: 'cold save-ms (median)', value: formatMs(medianOf(pairs, 'cold', (t) => t.saveMs)) },
        { metric: 'warm restore-ms (median)', value: formatMs(medianOf(pairs, 'warm', (t) => t.restoreMs)) },
        { metric: 'warm download-ms (median)', value: formatMs(medianOf(pairs, 'warm', (t) => t.downloadMs)) }
      ],
      details
    }
  }
}
