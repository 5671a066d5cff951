import type { CacheState } from '../cache/modcache.ts'
import type { Attempt } from '../go/download.ts'
import type { ProxyProblem } from '../proxy/chain.ts'
import type { ProxyReportRow } from '../proxy/select.ts'
import type { ToolchainAttempt } from '../toolchain/install.ts'

/**
 * The one record of what happened. Every view (outputs, job summary, metrics file) is rendered
 * from it, so they cannot disagree.
 */
export interface Metrics {
  schemaVersion: 1
  go: { version: string; os: string; arch: string }
  cache: {
    /** Where entries live: 'github', 's3' or 'dir' (cache-url). */
    backend: string
    /** What an entry holds: 'lean', 'full' or 'zips'. */
    layout: string
    primaryKey: string
    restoreKeys: string[]
    matchedKey: string
    /** The primary key itself was restored. */
    hit: boolean
    state: CacheState | ''
    restoreMs: number
    /** Of restoreMs: unpacking the archive. */
    extractMs: number
    /** Archive size in bytes, as restored or saved. */
    sizeBytes: number
    /** Files in the module cache as saved (or as restored on an exact hit). */
    files: number
    /** Module versions pruned before the save. */
    pruned: number
    /** What go mod verify found: '' (not run), 'ok' or 'mismatch'. */
    verify: string
    saved: boolean
    saveSkipped: string
    /** Packing and storing the entry, wherever it ran. */
    saveMs: number
    /** Where the save ran: 'background' (finished in the post step), 'main', or '' (no save). */
    saveMode: string
    /** Why the restore was skipped (cache-state skipped); '' when it was not. */
    restoreSkipped: string
  }
  proxy: {
    probeMs: number
    /** The exported GOPROXY, credentials stripped. */
    goproxy: string
    /** First entry of the chain, credentials stripped. */
    selected: string
    fallbackUsed: boolean
    /** One row per probed proxy, in the order configured (primary, then mirrors). */
    report: ProxyReportRow[]
    /** Probed proxies that failed: dropped from the chain, or kept when nothing was healthy. */
    problems: ProxyProblem[]
    noneHealthy: boolean
    /** How the checksum database can be reached: 'direct', 'proxy', 'unreachable', or 'off'. */
    sumdb: string
  }
  toolchain: {
    /** GOTOOLCHAIN as go reads it (environment, go env file, then $GOROOT/go.env). */
    gotoolchain: string
    /** The version of the go that was on PATH, e.g. "1.22.3". */
    local: string
    /** The toolchain go would switch to, e.g. "go1.23.1"; '' when the local one serves. */
    required: string
    /** Why: which go.mod/go.work line or GOTOOLCHAIN asked for it. */
    reason: string
    /** The Go version later steps use. */
    version: string
    /** 'local', 'tool-cache', or the proxy (credentials stripped) or 'direct' it came from. */
    source: string
    ms: number
    attempts: ToolchainAttempt[]
  }
  download: { roots: string[]; modules: number; ms: number; attempts: Attempt[] }
  history: HistoryMetrics
  /** Later steps got GOPROXY=off. */
  offline: boolean
  totalMs: number
  /** The diagnosis the step failed with, if it failed. */
  error: string
}

/** What the history of earlier runs says (see history/trends.ts). */
export interface HistoryMetrics {
  /** 'loaded', 'new' (none yet, or the stored one was unusable), 'unavailable', or '' (not read). */
  status: string
  /** Earlier runs known; the rates and medians below are over them. */
  runs: number
  cacheHitRate: number
  medianRestoreMs: number
  medianDownloadMs: number
  retriedRuns: number
  proxies: { url: string; failures: number; probes: number }[]
  /** Restore and download ms of the last runs, oldest first, this run last: the summary's chart. */
  recent: { restoreMs: number; downloadMs: number; state: string }[]
}

export function newMetrics(): Metrics {
  return {
    schemaVersion: 1,
    go: { version: '', os: '', arch: '' },
    cache: {
      backend: '',
      layout: '',
      primaryKey: '',
      restoreKeys: [],
      matchedKey: '',
      hit: false,
      state: '',
      restoreMs: 0,
      extractMs: 0,
      sizeBytes: 0,
      files: 0,
      pruned: 0,
      verify: '',
      saved: false,
      saveSkipped: '',
      saveMs: 0,
      saveMode: '',
      restoreSkipped: ''
    },
    proxy: {
      probeMs: 0,
      goproxy: '',
      selected: '',
      fallbackUsed: false,
      report: [],
      problems: [],
      noneHealthy: false,
      sumdb: ''
    },
    toolchain: { gotoolchain: '', local: '', required: '', reason: '', version: '', source: '', ms: 0, attempts: [] },
    download: { roots: [], modules: 0, ms: 0, attempts: [] },
    history: { status: '', runs: 0, cacheHitRate: 0, medianRestoreMs: 0, medianDownloadMs: 0, retriedRuns: 0, proxies: [], recent: [] },
    offline: false,
    totalMs: 0,
    error: ''
  }
}
