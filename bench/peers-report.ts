// What the `peers` scenario reports, from its samples alone: every job's raw numbers, the medians,
// and the ratios of jobs measured side by side in one repetition (the headline numbers).
import { formatMs, markdownTable, median } from './lib.ts'
import type { Headline } from './scenario.ts'
import type { JobNumbers } from './peer-jobs.ts'
import { BARE } from './scenarios/cold-vs-go.ts'

export { BARE }
export const OURS = 'go-mod-precache'
export const SETUP_GO = 'setup-go'

export interface Phase {
  /** Job names in the order they ran. */
  order: string[]
  jobs: Record<string, JobNumbers>
}

/** One repetition on one project: the cold jobs, then the warm ones. */
export interface PeersSample {
  rep: number
  cold: Phase
  warm: Phase
}

interface RatioDef {
  label: string
  /** The numerator and denominator in one sample, undefined when a job is missing (setup-go skipped). */
  of(x: PeersSample): [number | undefined, number | undefined]
}

const RATIOS: readonly RatioDef[] = [
  {
    label: `cold: download phase (download-ms) / ${BARE}`,
    of: (x) => [x.cold.jobs[OURS]?.downloadMs, x.cold.jobs[BARE]?.mainMs]
  },
  { label: `cold: main step / ${BARE}`, of: (x) => [x.cold.jobs[OURS]?.mainMs, x.cold.jobs[BARE]?.mainMs] },
  { label: `warm: whole job / ${SETUP_GO}'s whole job`, of: (x) => [x.warm.jobs[OURS]?.jobMs, x.warm.jobs[SETUP_GO]?.jobMs] },
  { label: `cold: whole job / ${SETUP_GO}'s whole job`, of: (x) => [x.cold.jobs[OURS]?.jobMs, x.cold.jobs[SETUP_GO]?.jobMs] }
]

/** The ratio in each repetition (NaN where a job is missing) and their median. */
function ratiosOf(samples: readonly PeersSample[], def: RatioDef): { each: number[]; median: number } {
  const each = samples.map((x) => {
    const [n, d] = def.of(x)
    return n === undefined || d === undefined || d === 0 ? Number.NaN : n / d
  })
  return { each, median: median(each.filter((v) => !Number.isNaN(v))) }
}

function times(v: number): string {
  return Number.isNaN(v) ? 'n/a' : `${v.toFixed(2)}×`
}

const r = (v: number | undefined): number | string => (v === undefined ? '' : Math.round(v))

function jobRows(samples: readonly PeersSample[]): Array<Array<string | number>> {
  return samples.flatMap((x) =>
    (['cold', 'warm'] as const).flatMap((phase) =>
      x[phase].order.map((name, i) => {
        const j = x[phase].jobs[name]!
        return [
          x.rep,
          phase,
          i + 1,
          name,
          r(j.mainMs),
          r(j.restoreMs),
          r(j.downloadMs),
          r(j.buildMs),
          r(j.postMs),
          r(j.jobMs),
          j.cacheHit ?? '',
          j.modules,
          j.zipRequests,
          j.otherRequests,
          j.compiled ?? ''
        ]
      })
    )
  )
}

type Field = 'mainMs' | 'restoreMs' | 'downloadMs' | 'buildMs' | 'postMs' | 'jobMs'
const MEDIAN_FIELDS: readonly Field[] = ['mainMs', 'restoreMs', 'downloadMs', 'buildMs', 'postMs', 'jobMs']

function medianOf(samples: readonly PeersSample[], phase: 'cold' | 'warm', name: string, field: Field): number | undefined {
  const values = samples.map((x) => x[phase].jobs[name]?.[field]).filter((v): v is number => v !== undefined)
  return values.length === 0 ? undefined : median(values)
}

function medianRows(samples: readonly PeersSample[]): Array<Array<string | number>> {
  return (['cold', 'warm'] as const).flatMap((phase) =>
    Object.keys(samples[0]![phase].jobs).map((name) => [phase, name, ...MEDIAN_FIELDS.map((f) => r(medianOf(samples, phase, name, f)))])
  )
}

/** Which warm jobs fetched a module zip: after a restore, none should. */
export function warmFetches(samples: readonly PeersSample[]): string {
  const fetched = samples.flatMap((x) =>
    x.warm.order.filter((n) => x.warm.jobs[n]!.zipRequests > 0).map((n) => `${n} in rep ${x.rep} (${x.warm.jobs[n]!.zipRequests})`)
  )
  return fetched.length === 0 ? 'No warm job fetched a module zip.' : `Warm jobs that fetched module zips: ${fetched.join(', ')}.`
}

/** The Markdown of one project: every job, the medians, the ratios per repetition. */
export function projectDetails(samples: readonly PeersSample[]): string {
  return [
    warmFetches(samples),
    '',
    '#### Every job (ms)',
    '',
    markdownTable(
      ['rep', 'phase', 'order', 'job', 'main step (bare: the command)', 'restore-ms', 'download-ms', 'go build', 'post step', 'whole job', 'cache-hit', 'zips in GOMODCACHE', '.zip requests', 'other proxy requests', 'packages compiled'],
      jobRows(samples)
    ),
    '',
    '#### Medians (ms)',
    '',
    markdownTable(['phase', 'job', 'main step', 'restore-ms', 'download-ms', 'go build', 'post step', 'whole job'], medianRows(samples)),
    '',
    `#### Ratios of ${OURS} to its peers (per repetition, side by side)`,
    '',
    markdownTable(
      ['ratio', 'median', ...samples.map((x) => `rep ${x.rep}`)],
      RATIOS.map((def) => {
        const { each, median: m } = ratiosOf(samples, def)
        return [def.label, `**${times(m)}**`, ...each.map(times)]
      })
    )
  ].join('\n')
}

/** The headline numbers of one project: the medians compared and the median ratios. */
export function projectHeadlines(project: string, samples: readonly PeersSample[]): Headline[] {
  const ms = (phase: 'cold' | 'warm', name: string, field: Field): string => {
    const v = medianOf(samples, phase, name, field)
    return v === undefined ? 'n/a' : formatMs(v)
  }
  const ratio = (i: number): string => times(ratiosOf(samples, RATIOS[i]!).median)
  const headlines: Headline[] = [
    {
      metric: `${project}, cold: ${BARE} / ${OURS} download-ms / its main step (medians)`,
      value: `${ms('cold', BARE, 'mainMs')} / ${ms('cold', OURS, 'downloadMs')} / ${ms('cold', OURS, 'mainMs')}`
    },
    { metric: `${project}, ${RATIOS[0]!.label} (median of pairs)`, value: ratio(0) },
    { metric: `${project}, ${RATIOS[1]!.label} (median of pairs)`, value: ratio(1) }
  ]
  if (samples[0]!.warm.jobs[SETUP_GO] !== undefined) {
    headlines.push(
      { metric: `${project}, warm whole job: ${OURS} / ${SETUP_GO} (medians)`, value: `${ms('warm', OURS, 'jobMs')} / ${ms('warm', SETUP_GO, 'jobMs')}` },
      { metric: `${project}, ${RATIOS[2]!.label} (median of pairs)`, value: ratio(2) }
    )
  }
  return headlines
}
