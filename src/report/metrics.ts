/**
 * The one record of what happened. Every view (outputs, job summary, metrics file) is rendered
 * from it, so they cannot disagree.
 */
export interface Metrics {
  schemaVersion: 1
  go: { version: string; os: string; arch: string }
  cache: {
    primaryKey: string
    restoreKeys: string[]
    matchedKey: string
    /** The primary key itself was restored. */
    hit: boolean
    unavailable: boolean
    restoreMs: number
    saved: boolean
    saveSkipped: string
    saveMs: number
  }
  download: { roots: string[]; modules: number; ms: number }
  totalMs: number
  /** The diagnosis the step failed with, if it failed. */
  error: string
}

export function newMetrics(): Metrics {
  return {
    schemaVersion: 1,
    go: { version: '', os: '', arch: '' },
    cache: {
      primaryKey: '',
      restoreKeys: [],
      matchedKey: '',
      hit: false,
      unavailable: false,
      restoreMs: 0,
      saved: false,
      saveSkipped: '',
      saveMs: 0
    },
    download: { roots: [], modules: 0, ms: 0 },
    totalMs: 0,
    error: ''
  }
}
