import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { newMetrics, type Metrics } from '../../src/report/metrics.ts'
import { renderOutputs } from '../../src/report/outputs.ts'
import { defaultMetricsFile } from '../../src/report/publish.ts'
import { firstLine, renderSummary, renderTrend } from '../../src/report/summary.ts'

function sample(): Metrics {
  const m = newMetrics()
  m.go = { version: 'go1.26.8', os: 'linux', arch: 'amd64' }
  m.cache.primaryKey = 'go-mod-Linux-X64-abc'
  m.cache.matchedKey = 'go-mod-Linux-X64-old'
  m.cache.state = 'partial'
  m.cache.sizeBytes = 3 * 1048576
  m.cache.files = 1200
  m.cache.pruned = 2
  m.cache.restoreMs = 120
  m.cache.saved = true
  m.cache.saveMs = 340
  m.download = { roots: ['.', 'tools'], modules: 42, ms: 5000, attempts: [] }
  m.toolchain = {
    gotoolchain: 'auto',
    local: '1.26.8',
    required: 'go1.99.1',
    reason: 'the toolchain line of go.mod asks for go1.99.1',
    version: '1.99.1',
    source: 'https://goproxy.example',
    ms: 2100,
    attempts: [{ source: 'https://goproxy.example', ms: 2000, outcome: 'ok', class: '', detail: '' }]
  }
  m.totalMs = 5600
  return m
}

describe('renderOutputs', () => {
  it('renders every output from the record', () => {
    expect(renderOutputs(sample())).toEqual({
      'cache-hit': 'false',
      'cache-matched-key': 'go-mod-Linux-X64-old',
      'cache-primary-key': 'go-mod-Linux-X64-abc',
      'cache-state': 'partial',
      'cache-size-bytes': '3145728',
      'cache-files': '1200',
      pruned: '2',
      'restore-ms': '120',
      'download-ms': '5000',
      'save-ms': '340',
      'total-ms': '5600',
      modules: '42',
      goproxy: '',
      'proxy-selected': '',
      'fallback-used': 'false',
      'probe-ms': '0',
      'download-attempts': '0',
      offline: 'false',
      'go-version': '1.99.1',
      'toolchain-source': 'https://goproxy.example',
      'toolchain-ms': '2100',
      'history-runs': '0',
      'cache-hit-rate': '',
      metrics: JSON.stringify(sample()),
      'metrics-file': '',
      'proxy-report': '[]'
    })
  })
})

describe('renderSummary', () => {
  it('hints at every proxy that failed to deliver the toolchain, and at a toolchain that was not switched', () => {
    const m = sample()
    m.toolchain.attempts.unshift({
      source: 'https://bad.example',
      ms: 40,
      outcome: 'failed',
      class: 'checksum',
      detail: 'verifying module: checksum mismatch'
    })
    expect(renderSummary(m)).toContain(
      '- https://bad.example did not deliver the toolchain go1.99.1: checksum (verifying module: checksum mismatch).'
    )
    expect(renderSummary(m)).not.toContain('later steps run go')
    m.toolchain.source = 'local'
    m.toolchain.reason = 'the toolchain line of go.mod asks for go1.99.1, but GOTOOLCHAIN=local keeps go 1.26.8'
    expect(renderSummary(m)).toContain(
      '- the toolchain line of go.mod asks for go1.99.1, but GOTOOLCHAIN=local keeps go 1.26.8; later steps run go 1.26.8. Fix: install go1.99.1'
    )
  })

  it('says which toolchain was needed, why, and where it came from', () => {
    const m = sample()
    const md = renderSummary(m)
    expect(md).toContain('### Toolchain')
    expect(md).toContain('the toolchain line of go.mod asks for go1.99.1: 1.99.1 from `https://goproxy.example` in 2100 ms.')
    m.toolchain.required = ''
    expect(renderSummary(m)).not.toContain('### Toolchain')
  })

  it('shows a partial restore with the matched key and the save time', () => {
    const md = renderSummary(sample())
    expect(md).toContain('| `go-mod-Linux-X64-abc` | partial (`go-mod-Linux-X64-old`), 3.0 MiB, 2 pruned | 120 ms | saved in 340 ms |')
    expect(md).toContain('| 42 | `.` `tools` | 5000 ms |')
    expect(md).not.toContain('Failed')
  })

  it('leads with the first line of the error, pipes escaped so the table survives', () => {
    const m = sample()
    m.error = 'go mod download failed | badly\n  details'
    const md = renderSummary(m)
    expect(md).toContain('**Failed:** go mod download failed \\| badly')
    expect(md).not.toContain('details')
  })

  it('leads with the exact first line of an error whose lines end in CRLF, as Windows tools write them', () => {
    const m = sample()
    m.error = 'go: example.com/m@v1.0.0: reading https://proxy/x.zip: 404 Not Found\r\n  details\r\n'
    expect(renderSummary(m)).toContain('**Failed:** go: example.com/m@v1.0.0: reading https://proxy/x.zip: 404 Not Found\n')
    expect(firstLine('one\r\ntwo')).toBe('one')
    expect(firstLine('one\ntwo')).toBe('one')
  })

  it('names why nothing was saved', () => {
    const m = sample()
    m.cache.saved = false
    m.cache.hit = true
    m.cache.state = 'hit'
    m.cache.pruned = 0
    m.cache.matchedKey = m.cache.primaryKey
    m.cache.saveSkipped = 'the restore was an exact hit'
    expect(renderSummary(m)).toContain('| hit, 3.0 MiB | 120 ms | skipped: the restore was an exact hit |')
  })
})

describe('defaultMetricsFile', () => {
  it("lies under the job's temp dir, spelled with the runner OS's separators", () => {
    expect(defaultMetricsFile('D:\\a\\_temp', path.win32)).toBe('D:\\a\\_temp\\go-mod-precache\\metrics.json')
    expect(defaultMetricsFile('/Users/runner/work/_temp', path.posix)).toBe('/Users/runner/work/_temp/go-mod-precache/metrics.json')
    expect(defaultMetricsFile('', path.win32)).toBe('')
  })
})

describe('renderTrend', () => {
  const withHistory = (history: Partial<Metrics['history']>): Metrics => {
    const m = newMetrics()
    m.history = { ...m.history, ...history }
    return m
  }

  it('shows nothing without a history, and says so on its first run', () => {
    expect(renderTrend(withHistory({ status: 'disabled' }))).toEqual([])
    expect(renderTrend(withHistory({ status: '' }))).toEqual([])
    expect(renderTrend(withHistory({ status: 'new', runs: 0 }))).toEqual(['### Trend', '', 'This is the first run of the history.', ''])
  })

  it('draws restore and download on one scale, a shade where nothing was restored, and names failing proxies', () => {
    const lines = renderTrend(
      withHistory({
        status: 'loaded',
        runs: 2,
        cacheHitRate: 0.5,
        medianRestoreMs: 400,
        medianDownloadMs: 800,
        retriedRuns: 1,
        proxies: [
          { url: 'https://a.example', failures: 0, probes: 2 },
          { url: 'https://b.example', failures: 1, probes: 2 }
        ],
        recent: [
          { restoreMs: 0, downloadMs: 800, state: 'miss' },
          { restoreMs: 400, downloadMs: 100, state: 'hit' },
          { restoreMs: 200, downloadMs: 0, state: 'hit' }
        ]
      })
    )
    expect(lines).toEqual([
      '### Trend',
      '',
      'Over the 2 earlier runs: exact hits 50%, median restore 400 ms, median download 800 ms, 1 retried.',
      '',
      '| last 3 runs, oldest first | time on one scale (tallest bar 800 ms); ░ no restore | median | this run |',
      '| --- | --- | --- | --- |',
      '| restore | ░▅▃ | 400 ms | 200 ms |',
      '| download | █▂▁ | 800 ms | 0 ms |',
      '',
      '- Proxy `https://b.example` failed the probe in 1 of 2 runs.',
      ''
    ])
  })
})
