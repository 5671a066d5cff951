// This run's record between the two steps: the main step writes it, with the history it joins,
// to a file; the post step completes it with the background save's outcome, appends it and saves
// the history.
import * as core from '../host/log.ts'
import { readFile, writeFile } from 'node:fs/promises'
import type { CacheBackend } from '../cache/backend.ts'
import { errorMessage } from '../errors.ts'
import { appendRun, type History, type RunRecord } from './record.ts'
import { saveHistory } from './store.ts'

export interface PendingHistory {
  key: string
  /** What the keys of this history's entries start with: the older ones are removed after the save. */
  keyPrefix: string
  history: History
  record: RunRecord
  /** Why the history is not saved; '' to save it. */
  skipSave: string
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
