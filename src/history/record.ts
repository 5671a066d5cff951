// The history of earlier runs: one compact record per run, the newest last, at most HISTORY_LIMIT.
// It holds counts, times, cache states and proxy URLs with their credentials stripped; never a
// module path, an error text or a token.
import type { RunnerContext } from '../host/context.ts'
import type { Metrics } from '../report/metrics.ts'

/** Bumped whenever a field changes meaning; a history of another schema is started afresh. */
export const HISTORY_SCHEMA = 'go-mod-precache-history/1'
export const HISTORY_LIMIT = 50

export interface ProxyRecord {
  /** Credentials stripped, as in the proxy report. */
  url: string
  class: string
  latencyMs: number
}

export interface RunRecord {
  /** ISO 8601, when the main step ended. */
  at: string
  /** The commit (GITHUB_SHA), '' where the host does not say. */
  commit: string
  event: string
  /** cache-state of the run. */
  state: string
  restoreMs: number
  downloadMs: number
  saveMs: number
  /** Archive bytes, as restored or saved. */
  sizeBytes: number
  modules: number
  /** go mod download attempts (1 when the first one worked, 0 when nothing was downloaded). */
  attempts: number
  proxies: ProxyRecord[]
  /** The step failed. */
  failed: boolean
}

export interface History {
  schema: typeof HISTORY_SCHEMA
  runs: RunRecord[]
}

/** Why a stored history was not used. */
export type HistoryProblem = 'corrupt' | 'old-schema'

/**
 * Reads a stored history. Anything but this schema's well-formed records (a file cut short,
 * another schema, a record with a missing field) is a problem, never an exception.
 */
export function parseHistory(text: string): { history: History } | { problem: HistoryProblem; detail: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return { problem: 'corrupt', detail: `not JSON (${err instanceof Error ? err.message : String(err)})` }
  }
  if (typeof value !== 'object' || value === null) return { problem: 'corrupt', detail: 'not an object' }
  const schema = (value as { schema?: unknown }).schema
  if (schema !== HISTORY_SCHEMA) {
    return { problem: 'old-schema', detail: `schema ${JSON.stringify(schema ?? null)}, expected ${HISTORY_SCHEMA}` }
  }
  const runs = (value as { runs?: unknown }).runs
  if (!Array.isArray(runs)) return { problem: 'corrupt', detail: 'no runs list' }
  const bad = runs.findIndex((r) => !isRunRecord(r))
  if (bad >= 0) return { problem: 'corrupt', detail: `run ${bad + 1} of ${runs.length} is malformed` }
  return { history: { schema: HISTORY_SCHEMA, runs: runs as RunRecord[] } }
}

function isRunRecord(r: unknown): r is RunRecord {
  if (typeof r !== 'object' || r === null) return false
  const o = r as Record<string, unknown>
  const strings = ['at', 'commit', 'event', 'state'] as const
  const numbers = ['restoreMs', 'downloadMs', 'saveMs', 'sizeBytes', 'modules', 'attempts'] as const
  return (
    strings.every((k) => typeof o[k] === 'string') &&
    numbers.every((k) => typeof o[k] === 'number' && Number.isFinite(o[k])) &&
    typeof o.failed === 'boolean' &&
    Array.isArray(o.proxies) &&
    o.proxies.every(
      (p: unknown) =>
        typeof p === 'object' && p !== null && typeof (p as ProxyRecord).url === 'string' && typeof (p as ProxyRecord).class === 'string'
    )
  )
}

/** The history with this run appended, the oldest dropped beyond the limit. */
export function appendRun(history: History, run: RunRecord, limit = HISTORY_LIMIT): History {
  return { schema: HISTORY_SCHEMA, runs: [...history.runs, run].slice(-limit) }
}

export function emptyHistory(): History {
  return { schema: HISTORY_SCHEMA, runs: [] }
}

/** This run's record, from its metrics: numbers, states and redacted proxy URLs only. */
export function recordOf(m: Metrics, runner: Pick<RunnerContext, 'commit' | 'eventName'>, at = new Date()): RunRecord {
  return {
    at: at.toISOString(),
    commit: runner.commit,
    event: runner.eventName,
    state: m.cache.state,
    restoreMs: m.cache.restoreMs,
    downloadMs: m.download.ms,
    saveMs: m.cache.saveMs,
    sizeBytes: m.cache.sizeBytes,
    modules: m.download.modules,
    attempts: m.download.attempts.length,
    proxies: m.proxy.report.map((r) => ({ url: r.url, class: r.class, latencyMs: r.latencyMs })),
    failed: m.error !== ''
  }
}
