// One health record around a backend, so that a cache that is down costs a job one cache-timeout
// and one warning, however many lookups (history, build cache, modules) want it. The first lookup
// goes alone against a deadline of cache-timeout; lookups that come meanwhile wait for its answer
// (or that deadline) rather than each waiting out a timeout of their own. Once the backend has
// failed, every lookup and save gets that failure at once, without touching it again; once it
// has answered, lookups run side by side, each bounded by cache-timeout.
import * as core from '../host/log.ts'
import { errorMessage } from '../errors.ts'
import { capitalize } from '../text.ts'
import type { CacheBackend, Fetched } from './backend.ts'

export interface BackendFailure {
  /** What happened, naming the backend: "the S3 bucket … failed: connection refused by …". */
  why: string
}

export interface GuardOptions {
  /** cache-timeout: the longest the job waits for a backend that does not answer. */
  timeoutMs: number
  /**
   * A first look at the backend that cannot hold this process up when the backend hangs (see
   * probe.ts); resolves true when it answered within the time given.
   */
  probe?: (timeoutMs: number) => Promise<boolean>
  /** Prints the one warning; the default is the log's. */
  warn?: (text: string) => void
}

/**
 * The first lookup's own limit falls this much before the deadline the others wait for, so that
 * the reason it found (a name that did not resolve before a retry) is recorded, not a bare timeout.
 */
const FIRST_LOOKUP_LEAD_MS = 50

const failures = new WeakMap<CacheBackend, () => BackendFailure | undefined>()

/** Why the backend failed in this job; undefined while it has not (or is not guarded). */
export function backendFailure(backend: CacheBackend): BackendFailure | undefined {
  return failures.get(backend)?.()
}

/** The one warning of a failure. */
export function failureWarning(failure: BackendFailure): string {
  return `${capitalize(failure.why)}; going on without the cache.`
}

/** A failed lookup in words: a lookup that timed out, or the backend's own reason. */
export function failureOf(name: string, fetched: Extract<Fetched, { outcome: 'timeout' | 'service-failed' }>, timeoutMs: number): BackendFailure {
  return { why: `${name} ${fetched.outcome === 'timeout' ? `did not answer within cache-timeout (${timeoutMs / 1000} s)` : `failed: ${fetched.why}`}` }
}

export function guardBackend(inner: CacheBackend, options: GuardOptions): CacheBackend {
  const warn = options.warn ?? ((text: string) => core.warning(text))
  let failure: BackendFailure | undefined
  let answered = false
  /** The first lookup, while its answer is awaited: settles when the backend has answered or failed. */
  let first: Promise<unknown> | undefined
  let deadline = 0

  const failedFetch = (f: BackendFailure): Fetched => ({ outcome: 'service-failed', why: f.why, shown: true })
  /** Records the first failure and warns of it, unless the backend's library already has. */
  const fail = (f: BackendFailure, shown: boolean): Fetched => {
    if (failure === undefined) {
      failure = f
      if (!shown) warn(failureWarning(f))
    }
    return failedFetch(failure)
  }
  const settle = (fetched: Fetched): Fetched => {
    if (failure !== undefined) return failedFetch(failure)
    if (fetched.outcome === 'timeout' || fetched.outcome === 'service-failed') {
      return fail(failureOf(inner.name, fetched, options.timeoutMs), fetched.outcome === 'service-failed' && fetched.shown === true)
    }
    answered = true
    return fetched
  }
  const lookup = async (entry: string, primaryKey: string, restoreKeys: string[], timeoutMs: number): Promise<Fetched> => {
    try {
      // A read of the archive found may stall for as long as a lookup may take: cache-timeout.
      return settle(await inner.restore(entry, primaryKey, restoreKeys, Math.max(0, timeoutMs), options.timeoutMs))
    } catch (err) {
      return fail({ why: `${inner.name} failed: ${errorMessage(err)}` }, false)
    }
  }
  const timedOut = (): Fetched => settle({ outcome: 'timeout' })
  /** The first lookup: the probe, then the lookup itself, both within the one deadline. */
  const lookupFirst = async (entry: string, primaryKey: string, restoreKeys: string[]): Promise<Fetched> => {
    const probed = options.probe === undefined || (await options.probe(deadline - performance.now()).catch(() => true))
    if (!probed) return timedOut()
    return lookup(entry, primaryKey, restoreKeys, deadline - FIRST_LOOKUP_LEAD_MS - performance.now())
  }

  const guarded: CacheBackend = {
    name: inner.name,
    available: () => inner.available(),
    stagingFile: (entry) => inner.stagingFile(entry),
    discard: (file) => inner.discard(file),
    // The caller's limit is cache-timeout too: the one deadline here takes its place.
    async restore(entry, primaryKey, restoreKeys) {
      if (failure !== undefined) return failedFetch(failure)
      if (answered) return lookup(entry, primaryKey, restoreKeys, options.timeoutMs)
      if (first === undefined) {
        deadline = performance.now() + options.timeoutMs
        const looking = lookupFirst(entry, primaryKey, restoreKeys)
        first = looking
        return looking
      }
      await withinTime(first, deadline - performance.now())
      if (failure !== undefined) return failedFetch(failure)
      if (!answered) return timedOut()
      return lookup(entry, primaryKey, restoreKeys, options.timeoutMs)
    },
    async save(entry, key, archive) {
      if (failure !== undefined) return { saved: false, skipped: `${inner.name} already failed in this job`, failed: false }
      return inner.save(entry, key, archive)
    },
    // Trims follow a save that landed, so the backend answered: nothing to guard.
    ...(inner.trim ? { trim: inner.trim.bind(inner) } : {})
  }
  failures.set(guarded, () => failure)
  return guarded
}

/** What withinTime yields when the time ran out first. */
export const TIMED_OUT = Symbol('timed out')

/** The longest wait setTimeout takes; a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * The lookup deadline, applied the one way by the guard and by each backend: the value of look,
 * or TIMED_OUT once ms pass first. Given as a function, look gets a signal that aborts then, so a
 * client that can cancel its requests stops them; what cannot be cancelled (a read of a hung
 * mount) goes on unwatched (it must not reject). A limit that is not a finite number waits for
 * it, however long.
 */
export async function withinTime<T>(look: Promise<T> | ((signal: AbortSignal) => Promise<T>), ms: number): Promise<T | typeof TIMED_OUT> {
  const abort = new AbortController()
  const p = typeof look === 'function' ? look(abort.signal) : look
  if (!Number.isFinite(ms)) return p
  ms = Math.min(Math.max(ms, 0), MAX_TIMER_MS)
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      // Settled first, so what the abort makes of the lookup comes too late to count.
      resolve(TIMED_OUT)
      abort.abort()
    }, ms)
  })
  try {
    return await Promise.race([p, limit])
  } finally {
    clearTimeout(timer)
  }
}
