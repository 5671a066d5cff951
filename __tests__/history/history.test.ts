import { describe, expect, it } from '@jest/globals'
import { appendRun, emptyHistory, HISTORY_LIMIT, HISTORY_SCHEMA, parseHistory, recordOf, type RunRecord } from '../../src/history/record.ts'
import { flakyProxies, leanRestore, median, MIN_DECISION_RUNS, trendOf } from '../../src/history/trends.ts'
import { historySaveSkip } from '../../src/phases/history.ts'
import { newMetrics } from '../../src/report/metrics.ts'

function run(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    at: '2026-11-30T10:00:00.000Z',
    commit: 'abc',
    event: 'push',
    state: 'hit',
    restoreMs: 100,
    downloadMs: 10,
    saveMs: 0,
    sizeBytes: 1000,
    modules: 10,
    attempts: 0,
    proxies: [],
    failed: false,
    ...overrides
  }
}

describe('parseHistory', () => {
  it('reads a history of this schema', () => {
    const h = { schema: HISTORY_SCHEMA, runs: [run()] }
    expect(parseHistory(JSON.stringify(h))).toEqual({ history: h })
  })

  it.each([
    ['{"schema":', 'corrupt', /^not JSON/],
    ['[1,2]', 'old-schema', /^schema null/],
    ['"text"', 'corrupt', /^not an object/],
    [JSON.stringify({ schema: 'go-mod-precache-history/0', runs: [] }), 'old-schema', /schema "go-mod-precache-history\/0", expected go-mod-precache-history\/1/],
    [JSON.stringify({ schema: HISTORY_SCHEMA }), 'corrupt', /no runs list/],
    [JSON.stringify({ schema: HISTORY_SCHEMA, runs: [run(), { ...run(), restoreMs: 'slow' }] }), 'corrupt', /run 2 of 2 is malformed/],
    [JSON.stringify({ schema: HISTORY_SCHEMA, runs: [{ ...run(), proxies: [{ url: 1 }] }] }), 'corrupt', /run 1 of 1 is malformed/]
  ])('refuses %j as %s', (text, problem, detail) => {
    const parsed = parseHistory(text)
    expect('problem' in parsed && parsed.problem).toBe(problem)
    expect('detail' in parsed ? parsed.detail : '').toMatch(detail)
  })
})

describe('appendRun', () => {
  it('keeps the newest HISTORY_LIMIT runs, this one last', () => {
    let h = emptyHistory()
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = appendRun(h, run({ commit: String(i) }))
    expect(h.runs).toHaveLength(HISTORY_LIMIT)
    expect(h.runs[0]!.commit).toBe('5')
    expect(h.runs.at(-1)!.commit).toBe(String(HISTORY_LIMIT + 4))
  })
})

describe('recordOf', () => {
  it('keeps numbers, states and redacted proxy URLs, and neither the error text nor module paths', () => {
    const m = newMetrics()
    m.cache.state = 'miss'
    m.download.modules = 3
    m.download.roots = ['.']
    m.error = 'go: corp.example/secret@v1.0.0: reading https://u:tok@corp.example: 401'
    m.proxy.report = [{ url: 'https://***@corp.example', role: 'primary', class: 'auth', latencyMs: 5, verified: false, sumdb: null, detail: 'corp.example/secret 401' }]
    const r = recordOf(m, { commit: 'deadbeef', eventName: 'push' }, new Date('2026-12-01T00:00:00Z'))
    expect(r).toEqual({
      at: '2026-12-01T00:00:00.000Z',
      commit: 'deadbeef',
      event: 'push',
      state: 'miss',
      restoreMs: 0,
      downloadMs: 0,
      saveMs: 0,
      sizeBytes: 0,
      modules: 3,
      attempts: 0,
      proxies: [{ url: 'https://***@corp.example', class: 'auth', latencyMs: 5 }],
      failed: true
    })
    expect(JSON.stringify(r)).not.toMatch(/secret|tok/)
  })
})

describe('trendOf', () => {
  it('counts hits, restore and download medians, retried runs and each proxy\'s failures', () => {
    const runs = [
      run({ state: 'miss', restoreMs: 0, downloadMs: 900, attempts: 2, proxies: [{ url: 'a', class: 'timeout', latencyMs: 0 }] }),
      run({ state: 'hit', restoreMs: 100, downloadMs: 20, proxies: [{ url: 'a', class: 'ok', latencyMs: 5 }] }),
      run({ state: 'partial', restoreMs: 300, downloadMs: 200, proxies: [{ url: 'a', class: 'ok', latencyMs: 5 }, { url: 'b', class: 'dns', latencyMs: 0 }] }),
      run({ state: 'unavailable', restoreMs: 9000, downloadMs: 800, modules: 0 })
    ]
    expect(trendOf(runs)).toEqual({
      runs: 4,
      cacheHitRate: 0.25,
      medianRestoreMs: 200,
      medianDownloadMs: 200,
      retriedRuns: 1,
      proxies: [
        { url: 'a', failures: 1, probes: 3, classes: ['timeout'] },
        { url: 'b', failures: 1, probes: 1, classes: ['dns'] }
      ]
    })
  })

  it('is all zeros for no runs', () => {
    expect(trendOf([])).toMatchObject({ runs: 0, cacheHitRate: 0, medianRestoreMs: 0, medianDownloadMs: 0, retriedRuns: 0, proxies: [] })
    expect(median([])).toBe(0)
    expect(median([3, 1, 2])).toBe(2)
  })
})

describe('flakyProxies', () => {
  const probe = (cls: string) => run({ proxies: [{ url: 'https://flaky.example', class: cls, latencyMs: 0 }] })

  it('names a proxy that failed in most of its recent probes, with the classes', () => {
    const flaky = flakyProxies([probe('ok'), probe('timeout'), probe('reset'), probe('ok'), probe('timeout')])
    expect(flaky).toEqual([{ url: 'https://flaky.example', failures: 3, probes: 5, classes: ['timeout', 'reset', 'timeout'] }])
  })

  it('says nothing of half failures, of too few probes, or of failures older than the window', () => {
    expect(flakyProxies([probe('ok'), probe('timeout'), probe('ok'), probe('timeout')])).toEqual([])
    expect(flakyProxies([probe('timeout'), probe('timeout')])).toEqual([])
    const old = [...Array(6)].map(() => probe('timeout'))
    expect(flakyProxies([...old, ...[...Array(10)].map(() => probe('ok'))])).toEqual([])
  })
})

describe('leanRestore', () => {
  const hits = (n: number, restoreMs: number) => [...Array(n)].map(() => run({ state: 'hit', restoreMs, downloadMs: 0, modules: 10 }))
  const colds = (n: number, downloadMs: number, state = 'miss') => [...Array(n)].map(() => run({ state, restoreMs: 0, downloadMs, modules: 10 }))

  it('skips when exact hits cost more per module version than full downloads', () => {
    const lean = leanRestore('auto', [...hits(3, 3000), ...colds(3, 1000)])
    expect(lean).toEqual({
      restore: false,
      why: 'restoring took a median 300 ms per module version over 3 exact hits, downloading 100 ms over 3 full downloads'
    })
  })

  it('restores when restoring is the cheaper, and says by how much', () => {
    expect(leanRestore('auto', [...hits(3, 500), ...colds(3, 1000)])).toEqual({
      restore: true,
      why: 'restoring took a median 50 ms per module version over 3 exact hits, downloading 100 ms over 3 full downloads'
    })
  })

  it('compares per module version, so downloads of a smaller graph do not look faster', () => {
    // 1000 ms for 10 versions restored against 800 ms for 2 downloaded: restoring is the cheaper.
    const small = [...Array(3)].map(() => run({ state: 'miss', downloadMs: 800, modules: 2, restoreMs: 0 }))
    expect(leanRestore('auto', [...hits(3, 1000), ...small]).restore).toBe(true)
  })

  it(`needs ${MIN_DECISION_RUNS} runs of each kind, and counts skipped restores as downloads`, () => {
    expect(leanRestore('auto', [...hits(2, 9000), ...colds(5, 10)])).toEqual({
      restore: true,
      why: 'the history has 2 exact hits and 5 full downloads; 3 of each are needed to compare them'
    })
    expect(leanRestore('auto', [...hits(3, 9000), ...colds(2, 10), ...colds(1, 10, 'skipped')]).restore).toBe(false)
  })

  it('leaves out failed runs, partial restores and runs without modules', () => {
    const noise = [
      ...hits(3, 9000).map((r) => ({ ...r, failed: true })),
      run({ state: 'partial', restoreMs: 9000 }),
      run({ state: 'hit', restoreMs: 9000, modules: 0 })
    ]
    expect(leanRestore('auto', [...noise, ...colds(3, 10)]).restore).toBe(true)
  })

  it('follows always and never whatever the history says', () => {
    const favoursSkip = [...hits(3, 9000), ...colds(3, 10)]
    expect(leanRestore('always', favoursSkip)).toEqual({ restore: true, why: "input 'restore' is 'always'" })
    expect(leanRestore('never', [])).toEqual({ restore: false, why: "input 'restore' is 'never'" })
  })
})

describe('historySaveSkip', () => {
  const loaded = { status: 'loaded' as const, history: emptyHistory(), key: 'k' }

  it('follows the save policy of the module cache', () => {
    expect(historySaveSkip('auto', 'push', loaded, false)).toBe('')
    expect(historySaveSkip('auto', 'pull_request', loaded, false)).toBe("input 'save' is 'auto' and this is a pull_request event")
    expect(historySaveSkip('always', 'pull_request', loaded, false)).toBe('')
    expect(historySaveSkip('never', 'push', loaded, false)).toBe("input 'save' is 'never'")
  })

  it('saves nothing into a backend that failed in this job', () => {
    expect(historySaveSkip('always', 'push', loaded, true)).toBe('the cache service already failed in this job')
    expect(historySaveSkip('always', 'push', { status: 'unavailable', history: emptyHistory(), note: 'x' }, false)).toBe(
      'the cache service already failed in this job'
    )
  })
})
