// The history in the pipeline: read before the restore (the restore decision and the trend need
// it), this run's record written by the main step, appended and saved by the post step once the
// background save's outcome is known.
import * as core from '@actions/core'
import { readFile, writeFile } from 'node:fs/promises'
import type { CacheBackend } from '../cache/backend.ts'
import { BRANCH_SCOPED_EVENTS } from '../cache/policy.ts'
import { errorMessage } from '../errors.ts'
import { capitalize } from '../text.ts'
import type { SavePolicy } from '../inputs.ts'
import type { Metrics } from '../report/metrics.ts'
import { appendRun, type History, type RunRecord } from './record.ts'
import { saveHistory, type HistoryLoad } from './store.ts'
import { flakyProxies, trendOf } from './trends.ts'

/** State name: the file the post step finds this run's record and the history in. */

/** Runs shown in the summary's chart, this one included. */
export const CHART_RUNS = 20

export interface PendingHistory {
  key: string
  /** What the keys of this history's entries start with: the older ones are removed after the save. */
  keyPrefix: string
  history: History
  record: RunRecord
  /** Why the history is not saved; '' to save it. */
  skipSave: string
}

/** Logs what was found and puts the trend of the earlier runs in the record. */
export function announceHistory(metrics: Metrics, load: HistoryLoad): void {
  const runs = load.history.runs
  switch (load.status) {
    case 'loaded':
      core.info(`History: ${runs.length} earlier run${runs.length === 1 ? '' : 's'}, from ${load.key}.`)
      break
    case 'new':
      core.notice(`${capitalize(load.note)}: a new history starts with this run.`, { title: 'go-mod-precache: history' })
      break
    case 'disabled':
      core.info(`No history: ${load.note}.`)
      break
    case 'unavailable':
      if (load.shown) core.info(`History not read: ${load.note}.`)
      else core.warning(`History not read; the job goes on without it: ${load.note}.`)
      break
  }
  const trend = trendOf(runs)
  metrics.history = {
    status: load.status,
    runs: trend.runs,
    cacheHitRate: trend.cacheHitRate,
    medianRestoreMs: trend.medianRestoreMs,
    medianDownloadMs: trend.medianDownloadMs,
    retriedRuns: trend.retriedRuns,
    proxies: trend.proxies.map(({ url, failures, probes }) => ({ url, failures, probes })),
    recent: runs.slice(-(CHART_RUNS - 1)).map(({ restoreMs, downloadMs, state }) => ({ restoreMs, downloadMs, state }))
  }
  if (trend.runs > 0) {
    core.info(
      `Over them: exact hits ${Math.round(trend.cacheHitRate * 100)}%, median restore ${trend.medianRestoreMs} ms, median download ${trend.medianDownloadMs} ms, ${trend.retriedRuns} retried.`
    )
  }
}

/** A proxy that failed the probe in most recent runs is named with its record, however it fares now. */
export function announceFlakyProxies(runs: readonly RunRecord[]): void {
  for (const p of flakyProxies(runs)) {
    core.notice(
      `Proxy ${p.url} failed the probe in ${p.failures} of its last ${p.probes} runs (${p.classes.join(', ')}): it may break a build soon.`,
      { title: 'go-mod-precache: flaky Go module proxy' }
    )
  }
}

/** Why this run's history is not to be saved, or '': the module cache's save policy, and a backend that failed. */
export function historySaveSkip(policy: SavePolicy, eventName: string, load: HistoryLoad, backendFailed: boolean): string {
  if (load.status === 'disabled') return load.note
  if (load.status === 'unavailable' || backendFailed) return 'the cache service already failed in this job'
  if (policy === 'never') return "input 'save' is 'never'"
  if (policy === 'auto' && BRANCH_SCOPED_EVENTS.includes(eventName)) return `input 'save' is 'auto' and this is a ${eventName} event`
  return ''
}

/** The chart's last point is this run. */
export function addThisRun(metrics: Metrics): void {
  metrics.history.recent.push({ restoreMs: metrics.cache.restoreMs, downloadMs: metrics.download.ms, state: metrics.cache.state })
}

export async function writePending(file: string, pending: PendingHistory): Promise<void> {
  await writeFile(file, JSON.stringify(pending))
}

/**
 * In the post step: this run's record, completed with the background save's outcome, is
 * appended and the history saved. Never throws.
 */
/** `backend` is made only when the history is saved. */
export async function savePending(backendOf: () => Promise<CacheBackend>, file: string, saved?: { saveMs: number; sizeBytes: number }): Promise<void> {
  let pending: PendingHistory
  try {
    pending = JSON.parse(await readFile(file, 'utf8')) as PendingHistory
  } catch (err) {
    core.warning(`History not saved; the job goes on: ${errorMessage(err)}`)
    return
  }
  if (pending.skipSave !== '') {
    core.info(`History not saved: ${pending.skipSave}.`)
    return
  }
  const record = saved === undefined ? pending.record : { ...pending.record, ...saved }
  const history = appendRun(pending.history, record)
  if (await saveHistory(await backendOf(), pending.key, pending.keyPrefix, history)) {
    core.info(`History saved as ${pending.key}: ${history.runs.length} run${history.runs.length === 1 ? '' : 's'}.`)
  }
}
