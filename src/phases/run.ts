// The run: the one object the main step's phases share. The start fills what every phase reads;
// each phase then reads what earlier ones left in it and adds its own part. Whatever happens, the
// report is made from its metrics.
import type { CacheBackend } from '../cache/backend.ts'
import type { buildCacheKeys, restoreBuildCache } from '../cache/buildcache.ts'
import type { CacheKeys } from '../cache/key.ts'
import type { fetchLater, LaterRestore } from '../cache/laterio.ts'
import type { RestoreResult } from '../cache/modcache.ts'
import type { BackendConfig } from '../cache/select.ts'
import type { DependencyFiles } from '../deps.ts'
import type { GoEnv } from '../go/env.ts'
import type { GoProxyEntry } from '../go/goproxy.ts'
import type { HistoryLoad } from '../history/store.ts'
import type { RunnerContext } from '../host/context.ts'
import type { Inputs } from '../inputs.ts'
import type { PrivateSetup } from '../private/setup.ts'
import type { Selection } from '../proxy/select.ts'
import { newMetrics, type Metrics } from '../report/metrics.ts'
import { defaultMetricsFile, type ReportOptions } from '../report/publish.ts'
import type { ToolchainDecision } from '../toolchain/select.ts'
import type { Precached } from './download.ts'

/** The parts of a run, in the order the phases fill them. */
export interface RunParts {
  // The start: what every phase reads.
  inputs: Inputs
  runner: RunnerContext
  workingDirectory: string
  /** Where cache entries live. */
  backend: CacheBackend
  /** What backend is made of, for the background save's process. */
  backendConfig: BackendConfig
  /** What the keys of this runner's history entries start with. */
  historyPrefix: string
  // Started by the start, awaited in turn: none of them waits for go env.
  historyLoading: Promise<HistoryLoad>
  depsFinding: Promise<DependencyFiles>
  /** go's GOTOOLCHAIN setting. */
  gotoolchain: Promise<string>

  goEnv: GoEnv
  /** The chain the probe starts from: the `proxies` input, else GOPROXY. */
  primary: GoProxyEntry[]
  privateSetup: PrivateSetup
  deps: DependencyFiles
  // The plan: the keys, and the toolchain whose version keys the build cache.
  keys: CacheKeys
  decision: ToolchainDecision
  /** Undefined without cache-build. */
  buildKeys: ReturnType<typeof buildCacheKeys> | undefined
  /** This run's history entry. */
  historyKey: string
  // Started before the module restore; their log groups follow it.
  probing: Promise<Selection>
  buildRestore: ReturnType<typeof restoreBuildCache> | undefined

  history: HistoryLoad
  /** The lookup of what later steps added, beside the module restore; undefined when not restored. */
  laterFetch: ReturnType<typeof fetchLater>
  restored: RestoreResult
  laterRestored: LaterRestore
  /** The cache service had failed when the restores were done: the history is then not saved. */
  restoreServiceFailed: boolean
  selection: Selection
  downloaded: Precached
}

export interface Run extends Partial<RunParts> {
  /** performance.now() at the start. */
  readonly started: number
  /** The record the outputs, the summary and the metrics file are made from. */
  readonly metrics: Metrics
  /** Where the report goes: set from the inputs, defaults while they are not read. */
  readonly report: ReportOptions
}

export function newRun(): Run {
  return { started: performance.now(), metrics: newMetrics(), report: { metricsFile: defaultMetricsFile(), summary: true } }
}

/** The run with the parts `names` in place: a phase that runs before the phase that fills them is a bug. */
export function need<K extends keyof RunParts>(run: Run, ...names: K[]): Run & Pick<RunParts, K> {
  const missing = names.filter((name) => !(name in run))
  if (missing.length > 0) throw new Error(`The run has no ${missing.join(', ')} yet: a phase runs before the one that fills it.`)
  return run as Run & Pick<RunParts, K>
}

/** A promise awaited later: a rejection meanwhile is not unhandled, and still reaches the await. */
export function early<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}
