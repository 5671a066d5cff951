import type { Metrics } from './metrics.ts'

/** The step outputs, by the names action.yml declares. */
export function renderOutputs(m: Metrics): Record<string, string> {
  return {
    'cache-hit': String(m.cache.hit),
    'cache-matched-key': m.cache.matchedKey,
    'cache-primary-key': m.cache.primaryKey,
    'restore-ms': String(m.cache.restoreMs),
    'download-ms': String(m.download.ms),
    'save-ms': String(m.cache.saveMs),
    'total-ms': String(m.totalMs),
    modules: String(m.download.modules)
  }
}
