// The history in the pipeline: read before the restore (the restore decision and the trend need
// it), this run's record kept at the end of the main step for the post step to append and save
// (see history/pending.ts) once the background save's outcome is known.
import * as core from '../host/log.ts'
import path from 'node:path'
import { backendFailure } from '../cache/guarded.ts'
import { BRANCH_SCOPED_EVENTS } from '../cache/policy.ts'
import { errorMessage } from '../errors.ts'
import { scratchDir } from '../fsutil.ts'
import { writePending } from '../history/pending.ts'
import { recordOf, type RunRecord } from '../history/record.ts'
import type { HistoryLoad } from '../history/store.ts'
import { flakyProxies, trendOf } from '../history/trends.ts'
import type { SavePolicy } from '../inputs.ts'
import { capitalize } from '../text.ts'
import { savePostState } from './handoff.ts'
import { need, type Run } from './run.ts'

/** Runs shown in the summary's chart, this one included. */
export const CHART_RUNS = 20

/** Logs what was found and puts the trend of the earlier runs in the record. */
export async function announceHistory(run: Run): Promise<void> {
  const { historyLoading, metrics } = need(run, 'historyLoading')
  const load = await historyLoading
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
  run.history = load
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

/**
 * At the end of the main step, whatever happened once the history was read: this run's record
 * and the history it joins, for the post step to save. A problem is a warning.
 */
export async function keepHistory(run: Run): Promise<void> {
  if (!('history' in run)) return
  const { inputs, runner, backend, history, historyKey, historyPrefix, metrics } = need(run, 'inputs', 'runner', 'backend', 'history', 'historyKey', 'historyPrefix')
  // The chart's last point is this run.
  metrics.history.recent.push({ restoreMs: metrics.cache.restoreMs, downloadMs: metrics.download.ms, state: metrics.cache.state })
  const backendFailed = run.restoreServiceFailed === true || backendFailure(backend) !== undefined
  const skipSave = historySaveSkip(inputs.save, runner.eventName, history, backendFailed)
  try {
    const file = path.join(await scratchDir('history-'), 'pending.json')
    await writePending(file, { key: historyKey, keyPrefix: historyPrefix, history: history.history, record: recordOf(metrics, runner), skipSave })
    savePostState({ history: file })
  } catch (err) {
    core.warning(`History not kept for this run; the job goes on: ${errorMessage(err)}`)
  }
}
