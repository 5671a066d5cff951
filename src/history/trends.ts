// What the history says: trends for the report and the decision whether restoring pays. Pure.
import type { RunRecord } from './record.ts'

export interface ProxyTrend {
  url: string
  /** Earlier runs in which the probe found it unhealthy. */
  failures: number
  /** Earlier runs that probed it. */
  probes: number
  /** The classes of its failures, newest last. */
  classes: string[]
}

export interface HistoryTrend {
  /** Earlier runs the history knows. */
  runs: number
  /** Of those runs, the share whose restore was an exact hit (0 when there are none). */
  cacheHitRate: number
  /** Over the runs that restored an entry (hit or partial); 0 when none did. */
  medianRestoreMs: number
  /** Over the runs that had modules to make ready. */
  medianDownloadMs: number
  /** Runs whose download needed more than one attempt. */
  retriedRuns: number
  proxies: ProxyTrend[]
}

/** The median of whole milliseconds, rounded to one; 0 for none. */
export function median(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.round(medianFloat(values))
}

const RESTORED = new Set(['hit', 'partial'])

export function trendOf(runs: readonly RunRecord[]): HistoryTrend {
  const proxies = new Map<string, ProxyTrend>()
  for (const run of runs) {
    for (const p of run.proxies) {
      const t = proxies.get(p.url) ?? { url: p.url, failures: 0, probes: 0, classes: [] }
      t.probes++
      if (p.class !== 'ok') {
        t.failures++
        t.classes.push(p.class)
      }
      proxies.set(p.url, t)
    }
  }
  return {
    runs: runs.length,
    cacheHitRate: runs.length === 0 ? 0 : Math.round((runs.filter((r) => r.state === 'hit').length / runs.length) * 100) / 100,
    medianRestoreMs: median(runs.filter((r) => RESTORED.has(r.state)).map((r) => r.restoreMs)),
    medianDownloadMs: median(runs.filter((r) => r.modules > 0).map((r) => r.downloadMs)),
    retriedRuns: runs.filter((r) => r.attempts > 1).length,
    proxies: [...proxies.values()]
  }
}

/** How many recent runs a proxy's record is judged over, and from how many probes on. */
export const FLAKY_WINDOW = 10
const FLAKY_MIN_PROBES = 3

/**
 * Proxies that failed the probe in most of their recent runs (at least FLAKY_MIN_PROBES probes
 * among the last FLAKY_WINDOW runs): worth a line in the log before they break a build.
 */
export function flakyProxies(runs: readonly RunRecord[]): ProxyTrend[] {
  return trendOf(runs.slice(-FLAKY_WINDOW)).proxies.filter((p) => p.probes >= FLAKY_MIN_PROBES && p.failures * 2 > p.probes)
}

/** Runs of each kind the restore decision needs before it trusts the comparison. */
export const MIN_DECISION_RUNS = 3

export type RestoreLeaning =
  | { restore: true; why: string }
  /** Skip, provided the probe finds a healthy chain: the cache is the only source otherwise. */
  | { restore: false; why: string }

/**
 * `restore: auto`: does the history show that restoring the module cache costs more than
 * downloading it? Exact hits cost their restore plus the offline check; runs that downloaded
 * everything (a miss, or a skipped restore) cost their download. Both per module version, so
 * runs of a bigger or smaller module graph compare, and each as a median over at least
 * MIN_DECISION_RUNS runs. Skipped runs keep the download side fresh; when the restores age out
 * of the history the action restores again and measures anew.
 */
export function leanRestore(policy: 'auto' | 'always' | 'never', runs: readonly RunRecord[]): RestoreLeaning {
  if (policy === 'always') return { restore: true, why: "input 'restore' is 'always'" }
  if (policy === 'never') return { restore: false, why: "input 'restore' is 'never'" }
  const ok = runs.filter((r) => !r.failed && r.modules > 0)
  const perModule = (ms: number, r: RunRecord) => ms / r.modules
  const restores = ok.filter((r) => r.state === 'hit').map((r) => perModule(r.restoreMs + r.downloadMs, r))
  const downloads = ok.filter((r) => r.state === 'miss' || r.state === 'skipped').map((r) => perModule(r.downloadMs, r))
  if (restores.length < MIN_DECISION_RUNS || downloads.length < MIN_DECISION_RUNS) {
    return {
      restore: true,
      why: `the history has ${restores.length} exact hits and ${downloads.length} full downloads; ${MIN_DECISION_RUNS} of each are needed to compare them`
    }
  }
  const restoreMs = medianFloat(restores)
  const downloadMs = medianFloat(downloads)
  const compared = `restoring took a median ${fmt(restoreMs)} ms per module version over ${restores.length} exact hits, downloading ${fmt(downloadMs)} ms over ${downloads.length} full downloads`
  return restoreMs > downloadMs ? { restore: false, why: compared } : { restore: true, why: compared }
}

function medianFloat(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function fmt(ms: number): string {
  return ms >= 10 ? String(Math.round(ms)) : ms.toFixed(2)
}
