// The history as cache entries. Entries are immutable and most runs are exact hits that save
// nothing, so the history cannot live in the module archive: each run saves the whole (bounded)
// history under a key of its own, `<prefix>-history-<os>-<arch>-<time>-<run>`, and the next run
// restores the newest entry that key prefix matches. Each entry holds at most HISTORY_LIMIT
// records (a few hundred bytes each); older entries are never read again. GitHub evicts them
// after 7 days unused; on S3 and in a directory nothing would, so after each save all but the
// newest HISTORY_KEEP are removed, and the listing of the next lookup stays short.
import * as core from '../host/log.ts'
import { writeFile } from 'node:fs/promises'
import { zstdCompressSync, zstdDecompressSync } from 'node:zlib'
import { errorMessage } from '../errors.ts'
import type { CacheBackend } from '../cache/backend.ts'
import { readBytes } from '../cache/source.ts'
import { emptyHistory, parseHistory, type History } from './record.ts'

/** The entry kind: history entries never match a module or build cache key. */
export const HISTORY_ENTRY = 'history'

/**
 * History entries a key prefix keeps where the backend can trim. More than one: a job that
 * saves while another trims keeps its own entry, which is newer than any the other listed.
 */
export const HISTORY_KEEP = 3

export function historyKeyPrefix(prefix: string, runnerOs: string, runnerArch: string): string {
  return `${prefix}-history-${runnerOs}-${runnerArch}-`
}

/** A key no other run uses: the time first, then the run and its attempt when Actions gives them. */
export function historyKey(keyPrefix: string, env: NodeJS.ProcessEnv, now = Date.now()): string {
  // Not GITHUB_JOB: a job id may be long, and the module cache key must stay the longest key.
  const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter((v) => v !== undefined && v !== '').join('-')
  return `${keyPrefix}${now.toString(36)}${run === '' ? '' : `-${run}`}-${Math.random().toString(36).slice(2, 8)}`
}

export type HistoryLoad =
  | { status: 'loaded'; history: History; key: string }
  /** This job has no such cache. */
  | { status: 'disabled'; history: History; note: string }
  /** No history yet, or the stored one was unusable: a new one starts. */
  | { status: 'new'; history: History; note: string }
  /** The backend failed: no history, and none is saved in this job. `shown`: its warning is out already. */
  | { status: 'unavailable'; history: History; note: string; shown?: boolean }

/** The newest history entry. Never throws: every problem is a notice or a warning and an empty history. */
export async function loadHistory(backend: CacheBackend, keyPrefix: string, timeoutMs: number): Promise<HistoryLoad> {
  if (!backend.available()) return { status: 'disabled', history: emptyHistory(), note: `${backend.name} is not configured for this job` }
  let fetched
  try {
    fetched = await backend.restore(HISTORY_ENTRY, `${keyPrefix}latest`, [keyPrefix], timeoutMs)
  } catch (err) {
    return { status: 'unavailable', history: emptyHistory(), note: errorMessage(err) }
  }
  switch (fetched.outcome) {
    case 'timeout':
      return { status: 'unavailable', history: emptyHistory(), note: `no answer within cache-timeout (${timeoutMs / 1000} s)` }
    case 'service-failed':
      return { status: 'unavailable', history: emptyHistory(), note: fetched.why, ...(fetched.shown ? { shown: true } : {}) }
    case 'miss':
      return { status: 'new', history: emptyHistory(), note: `no history yet under ${keyPrefix}*` }
    case 'broken':
      return { status: 'new', history: emptyHistory(), note: `the history entry ${fetched.matchedKey} could not be read (${fetched.why})` }
  }
  try {
    const parsed = parseHistory(zstdDecompressSync(await readBytes(fetched.source, 0, fetched.source.sizeBytes)).toString('utf8'))
    if ('problem' in parsed) {
      const what = parsed.problem === 'old-schema' ? 'is from another schema' : 'is corrupt'
      return { status: 'new', history: emptyHistory(), note: `the history entry ${fetched.matchedKey} ${what} (${parsed.detail})` }
    }
    return { status: 'loaded', history: parsed.history, key: fetched.matchedKey }
  } catch (err) {
    return { status: 'new', history: emptyHistory(), note: `the history entry ${fetched.matchedKey} is corrupt (${errorMessage(err)})` }
  } finally {
    await fetched.source.close()
  }
}

/**
 * Saves the history under its own key, then removes the older entries of keyPrefix where the
 * backend can; a failure is a warning. True when stored.
 */
export async function saveHistory(backend: CacheBackend, key: string, keyPrefix: string, history: History): Promise<boolean> {
  try {
    const file = await backend.stagingFile(HISTORY_ENTRY)
    await writeFile(file, zstdCompressSync(Buffer.from(JSON.stringify(history))))
    const stored = await backend.save(HISTORY_ENTRY, key, file)
    await backend.discard(file).catch(() => undefined)
    if (stored.saved) {
      await trimHistory(backend, keyPrefix)
      return true
    }
    if (stored.failed) core.warning(`History not saved; the job goes on: ${stored.skipped}`)
    else core.info(`History not saved as ${key}: ${stored.skipped}.`)
    return false
  } catch (err) {
    core.warning(`History not saved; the job goes on: ${errorMessage(err)}`)
    return false
  }
}

/** Keeps the newest HISTORY_KEEP entries of keyPrefix; a problem is a warning. */
async function trimHistory(backend: CacheBackend, keyPrefix: string): Promise<void> {
  if (backend.trim === undefined) return
  const { removed, problems } = await backend.trim(HISTORY_ENTRY, keyPrefix, HISTORY_KEEP)
  if (removed.length > 0) core.info(`Removed ${removed.length} older history entr${removed.length === 1 ? 'y' : 'ies'} of ${keyPrefix}* (the newest ${HISTORY_KEEP} stay).`)
  if (problems.length > 0) core.warning(`Older history entries not all removed; the job goes on: ${problems.join('; ')}`)
}
