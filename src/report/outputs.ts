import type { Metrics } from './metrics.ts'

/** The step outputs, by the names action.yml declares. */
export function renderOutputs(m: Metrics, metricsFile = ''): Record<string, string> {
  return {
    'cache-hit': String(m.cache.hit),
    'cache-matched-key': m.cache.matchedKey,
    'cache-primary-key': m.cache.primaryKey,
    'cache-state': m.cache.state,
    'cache-size-bytes': String(m.cache.sizeBytes),
    'cache-files': String(m.cache.files),
    pruned: String(m.cache.pruned),
    'restore-ms': String(m.cache.restoreMs),
    'download-ms': String(m.download.ms),
    'save-ms': String(m.cache.saveMs),
    'total-ms': String(m.totalMs),
    modules: String(m.download.modules),
    goproxy: m.proxy.goproxy,
    'proxy-selected': m.proxy.selected,
    'fallback-used': String(m.proxy.fallbackUsed),
    'probe-ms': String(m.proxy.probeMs),
    'download-attempts': String(m.download.attempts.length),
    offline: String(m.offline),
    'go-version': m.toolchain.version,
    'toolchain-source': m.toolchain.source,
    'toolchain-ms': String(m.toolchain.ms),
    'history-runs': String(m.history.runs),
    'cache-hit-rate': m.history.runs === 0 ? '' : String(m.history.cacheHitRate),
    metrics: JSON.stringify(m),
    'metrics-file': metricsFile,
    'proxy-report': JSON.stringify(
      m.proxy.report.map((r) => ({
        url: r.url,
        class: r.class,
        latencyMs: r.latencyMs,
        verified: r.verified,
        sumdb: r.sumdb
      }))
    )
  }
}
