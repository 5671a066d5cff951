// The report of the `network` scenario: the numbers of each job, and the tables of every job, the
// medians and their ratios against the first variant.
import type { CacheLayout } from '../src/cache/layout.ts'
import type { JobRun } from '../__tests__/support/runner.ts'
import type { GoProxy } from '../__tests__/support/goproxy.ts'
import { formatCount, markdownTable, median, ratio } from './lib.ts'

export interface Variant {
  layout: CacheLayout
  backgroundSave: boolean
}

/**
 * The variants measured (the action's cache-layout and background-save inputs), in the order of
 * the first repetition; the first, the whole GOMODCACHE saved in the main step, is the reference
 * of every ratio.
 */
export const VARIANTS: readonly Variant[] = [
  { layout: 'full', backgroundSave: false },
  { layout: 'lean', backgroundSave: false },
  { layout: 'zips', backgroundSave: false },
  { layout: 'lean', backgroundSave: true }
]

export const LAYOUT_LABEL: Record<CacheLayout, string> = {
  full: 'the whole GOMODCACHE',
  lean: 'extracted trees, .info/.mod/.ziphash and the sumdb cache; no zips',
  zips: 'cache/download only'
}

export function variantName(v: Variant): string {
  return v.backgroundSave ? `${v.layout}, background save` : v.layout
}

/** One job, in numbers: the action's own outputs and the wall time of each step. */
export interface JobNumbers {
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

export interface LayoutSample {
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

export function num(outputs: Record<string, string>, name: string): number {
  const value = outputs[name]
  return value === undefined || value === '' ? Number.NaN : Number(value)
}

export function jobNumbers(job: JobRun, proxy: GoProxy): JobNumbers {
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

export type Metric = readonly [label: string, get: (sample: LayoutSample) => number]

export const METRICS: readonly Metric[] = [
  ['archive bytes', (x) => x.archiveBytes],
  ['warm restore-ms', (x) => x.warm.restoreMs],
  ['warm ready ms', (x) => x.warm.readyMs],
  ['warm job ms', (x) => x.warm.jobMs],
  ['cold total-ms', (x) => x.cold.totalMs],
  ['cold outside download ms', (x) => x.cold.totalMs - x.cold.downloadMs],
  ['cold job ms', (x) => x.cold.jobMs]
]

export function same(a: Variant, b: Variant): boolean {
  return a.layout === b.layout && a.backgroundSave === b.backgroundSave
}

export function medianFor(samples: readonly LayoutSample[], v: Variant, get: Metric[1]): number {
  return median(samples.filter((x) => same(x.variant, v)).map(get))
}

const r = Math.round

export function layoutRows(samples: readonly LayoutSample[]): string {
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

export function medianRows(samples: readonly LayoutSample[]): string {
  return markdownTable(
    ['variant', ...METRICS.map(([label]) => label)],
    VARIANTS.map((v) => [variantName(v), ...METRICS.map(([, get]) => formatCount(medianFor(samples, v, get)))])
  )
}

export function ratioRows(samples: readonly LayoutSample[]): string {
  const reference = VARIANTS[0]!
  return markdownTable(
    ['variant', ...METRICS.map(([label]) => `${label} / ${variantName(reference)}`)],
    VARIANTS.slice(1).map((v) => [
      variantName(v),
      ...METRICS.map(([, get]) => ratio(medianFor(samples, v, get), medianFor(samples, reference, get)))
    ])
  )
}
