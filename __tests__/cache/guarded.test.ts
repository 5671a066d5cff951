import { describe, expect, it } from '@jest/globals'
import type { CacheBackend, Fetched } from '../../src/cache/backend.ts'
import { backendFailure, failureOf, failureWarning, guardBackend, TIMED_OUT, withinTime } from '../../src/cache/guarded.ts'

/** A backend of our interface whose lookups answer as `answer` says, honouring the lookup limit as the real ones do. */
function backendThat(answer: (call: number, limitMs: number) => Promise<Fetched>) {
  const calls: { entry: string; limitMs: number }[] = []
  const saves: string[] = []
  const backend: CacheBackend = {
    name: 'the test cache',
    available: () => true,
    stagingFile: async (entry) => `/tmp/${entry}`,
    discard: async () => undefined,
    restore: (entry, _primaryKey, _restoreKeys, limitMs) => {
      calls.push({ entry, limitMs })
      return answer(calls.length, limitMs)
    },
    save: async (_entry, key) => {
      saves.push(key)
      return { saved: true }
    }
  }
  return { backend, calls, saves }
}

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(resolve, ms, value))
const neverAnswers = (_call: number, limitMs: number) => after<Fetched>(limitMs, { outcome: 'timeout' })

function guarded(inner: CacheBackend, timeoutMs: number, extra: { probe?: (ms: number) => Promise<boolean> } = {}) {
  const warned: string[] = []
  const backend = guardBackend(inner, { timeoutMs, warn: (text) => warned.push(text), ...extra })
  return { backend, warned }
}

describe('guardBackend', () => {
  it('three lookups of a backend that never answers share one deadline and one warning', async () => {
    const inner = backendThat(neverAnswers)
    const { backend, warned } = guarded(inner.backend, 2_000)
    const started = performance.now()
    const lookups = [
      backend.restore('history', 'h', [], 2_000),
      after(500, undefined).then(() => backend.restore('build', 'b', [], 2_000)),
      after(1_000, undefined).then(() => backend.restore('modules-lean', 'm', [], 2_000))
    ]
    const results = await Promise.all(lookups)
    const waited = performance.now() - started
    // One cache-timeout from the first lookup's start (less the first lookup's lead): a timeout of the last lookup's own would end at 3 s.
    expect(waited).toBeGreaterThanOrEqual(1_940)
    expect(waited).toBeLessThan(2_900)
    expect(inner.calls.map((c) => c.entry)).toEqual(['history'])
    const failed = { outcome: 'service-failed', why: 'the test cache did not answer within cache-timeout (2 s)', shown: true }
    expect(results).toEqual([failed, failed, failed])
    expect(warned).toEqual(['The test cache did not answer within cache-timeout (2 s); going on without the cache.'])
    expect(backendFailure(backend)).toEqual({ why: 'the test cache did not answer within cache-timeout (2 s)' })
  })

  it('a first lookup that gives its reason when its limit comes is heard before the others stop waiting', async () => {
    // As @actions/cache v1 does for a name that does not resolve: the reason is known, the retry comes too late.
    // The limit's timer starts after some work of the backend's own (github.ts clears its staging directory first).
    const why = 'the host name cache.corp.example did not resolve (DNS: ENOTFOUND)'
    const inner = backendThat((_call, limitMs) => after(20, undefined).then(() => after<Fetched>(limitMs, { outcome: 'service-failed', why })))
    const { backend, warned } = guarded(inner.backend, 1_000)
    const results = await Promise.all([backend.restore('history', 'h', [], 1_000), after(100, undefined).then(() => backend.restore('build', 'b', [], 1_000))])
    const failed = { outcome: 'service-failed', why: `the test cache failed: ${why}`, shown: true }
    expect(results).toEqual([failed, failed])
    expect(warned).toEqual([`The test cache failed: ${why}; going on without the cache.`])
  })

  it('after a failure, lookups and saves answer at once without touching the backend', async () => {
    const inner = backendThat(async () => ({ outcome: 'service-failed', why: 'connection refused by http://127.0.0.1:9' }))
    const { backend, warned } = guarded(inner.backend, 60_000)
    expect(await backend.restore('history', 'h', [], 60_000)).toMatchObject({ outcome: 'service-failed', shown: true })
    const started = performance.now()
    expect(await backend.restore('modules-lean', 'm', [], 60_000)).toEqual({
      outcome: 'service-failed',
      why: 'the test cache failed: connection refused by http://127.0.0.1:9',
      shown: true
    })
    expect(await backend.save('build', 'k', '/tmp/build')).toEqual({ saved: false, skipped: 'the test cache already failed in this job', failed: false })
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(inner.calls).toHaveLength(1)
    expect(inner.saves).toEqual([])
    expect(warned).toEqual(['The test cache failed: connection refused by http://127.0.0.1:9; going on without the cache.'])
  })

  it('lookups waiting for the first get its failure the moment it comes', async () => {
    const inner = backendThat(() => after<Fetched>(150, { outcome: 'service-failed', why: 'HTTP 503' }))
    const { backend, warned } = guarded(inner.backend, 60_000)
    const started = performance.now()
    const results = await Promise.all([backend.restore('history', 'h', [], 0), backend.restore('build', 'b', [], 0)])
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(results.map((r) => r.outcome)).toEqual(['service-failed', 'service-failed'])
    expect(inner.calls).toHaveLength(1)
    expect(warned).toHaveLength(1)
  })

  it('adds no warning to one the backend library printed itself', async () => {
    const inner = backendThat(async () => ({ outcome: 'service-failed', why: 'Failed to restore: Cache service responded with 400', shown: true }))
    const { backend, warned } = guarded(inner.backend, 1_000)
    expect(await backend.restore('history', 'h', [], 1_000)).toMatchObject({ outcome: 'service-failed', shown: true })
    expect(warned).toEqual([])
    expect(backendFailure(backend)?.why).toBe('the test cache failed: Failed to restore: Cache service responded with 400')
  })

  it('a backend that answers serves the lookups that waited, each with a whole cache-timeout, side by side', async () => {
    const inner = backendThat((call) => after<Fetched>(call === 1 ? 100 : 10, { outcome: 'miss' }))
    const { backend, warned } = guarded(inner.backend, 5_000)
    const results = await Promise.all([backend.restore('history', 'h', [], 0), backend.restore('build', 'b', [], 0), backend.restore('modules-lean', 'm', [], 0)])
    expect(results).toEqual([{ outcome: 'miss' }, { outcome: 'miss' }, { outcome: 'miss' }])
    expect(inner.calls.map((c) => c.entry)).toEqual(['history', 'build', 'modules-lean'])
    // The first had what was left of the deadline; the later ones a whole cache-timeout each.
    expect(inner.calls[0]!.limitMs).toBeLessThanOrEqual(5_000)
    expect(inner.calls.slice(1).map((c) => c.limitMs)).toEqual([5_000, 5_000])
    expect(warned).toEqual([])
    expect(backendFailure(backend)).toBeUndefined()
    expect(await backend.save('build', 'k', '/tmp/build')).toEqual({ saved: true })
  })

  it('a backend that stops answering later is found failed by the lookup that waits for it', async () => {
    const inner = backendThat((call, limitMs) => (call === 1 ? Promise.resolve<Fetched>({ outcome: 'miss' }) : neverAnswers(call, limitMs)))
    const { backend, warned } = guarded(inner.backend, 200)
    expect(await backend.restore('history', 'h', [], 200)).toEqual({ outcome: 'miss' })
    expect(await backend.restore('modules-lean', 'm', [], 200)).toMatchObject({ outcome: 'service-failed' })
    expect(warned).toEqual(['The test cache did not answer within cache-timeout (0.2 s); going on without the cache.'])
  })

  it('a probe that does not answer within the deadline fails the backend before any lookup', async () => {
    const inner = backendThat(async () => ({ outcome: 'miss' }))
    const probed: number[] = []
    const { backend, warned } = guarded(inner.backend, 1_000, { probe: (ms) => (probed.push(ms), after(ms, false)) })
    const started = performance.now()
    const results = await Promise.all([backend.restore('history', 'h', [], 0), backend.restore('build', 'b', [], 0)])
    // A second wait would end at 2 s.
    expect(performance.now() - started).toBeLessThan(1_900)
    expect(results.map((r) => r.outcome)).toEqual(['service-failed', 'service-failed'])
    expect(inner.calls).toEqual([])
    expect(probed).toHaveLength(1)
    expect(warned).toEqual(['The test cache did not answer within cache-timeout (1 s); going on without the cache.'])
  })

  it('a lookup that throws is a failure with its message', async () => {
    const inner = backendThat(() => Promise.reject(new Error('EACCES: permission denied')))
    const { backend, warned } = guarded(inner.backend, 1_000)
    expect(await backend.restore('history', 'h', [], 1_000)).toMatchObject({ outcome: 'service-failed' })
    expect(warned).toEqual(['The test cache failed: EACCES: permission denied; going on without the cache.'])
  })

  it('an unguarded backend has no failure to report', () => {
    expect(backendFailure(backendThat(neverAnswers).backend)).toBeUndefined()
  })
})

describe('the words of a failure', () => {
  it.each([
    [{ outcome: 'timeout' } as const, 10_000, 'the cache directory /mnt/go did not answer within cache-timeout (10 s)'],
    [{ outcome: 'service-failed', why: 'the host nonexistent.invalid is not found (DNS)' } as const, 10_000, 'the cache directory /mnt/go failed: the host nonexistent.invalid is not found (DNS)']
  ])('%j', (fetched, timeoutMs, why) => {
    const failure = failureOf('the cache directory /mnt/go', fetched, timeoutMs)
    expect(failure).toEqual({ why })
    expect(failureWarning(failure)).toBe(`${why.charAt(0).toUpperCase()}${why.slice(1)}; going on without the cache.`)
  })
})

describe('withinTime', () => {
  it('aborts the signal it gave the lookup when the time runs out, and not when the lookup answers first', async () => {
    let late: AbortSignal | undefined
    const unanswered = (signal: AbortSignal) => {
      late = signal
      return new Promise<string>((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))))
    }
    expect(await withinTime(unanswered, 10)).toBe(TIMED_OUT)
    expect(late?.aborted).toBe(true)
    let answered: AbortSignal | undefined
    expect(await withinTime(async (signal) => ((answered = signal), 'answer'), 60_000)).toBe('answer')
    expect(answered?.aborted).toBe(false)
  })
})
