// The restores: the module cache (unless the history says downloading is faster), what later
// steps added in earlier runs merged into it, and the build cache, restored beside them.
import * as core from '../host/log.ts'
import { restoreBuildCache } from '../cache/buildcache.ts'
import { fetchLater, restoreLater } from '../cache/laterio.ts'
import { restoreModCache } from '../cache/modcache.ts'
import type { HistoryLoad } from '../history/store.ts'
import { leanRestore, type RestoreLeaning } from '../history/trends.ts'
import type { RestorePolicy } from '../inputs.ts'
import type { Selection } from '../proxy/select.ts'
import { savePostState } from './handoff.ts'
import { early, need, type Run } from './run.ts'

/** Runs on until the download is done; its log group follows it (see buildCacheRestored). */
export function startBuildRestore(run: Run): void {
  const { inputs, backend, goEnv, buildKeys } = need(run, 'inputs', 'backend', 'goEnv', 'buildKeys')
  run.buildRestore = buildKeys
    ? early(
        restoreBuildCache(backend, goEnv.GOCACHE, buildKeys, inputs.cacheTimeoutMs).then((restored) => {
          if (restored) savePostState({ buildCache: restored.state })
          return restored
        })
      )
    : undefined
}

/** Restores the module cache, or leaves it to the download when the policy says so. */
export async function restoreModules(run: Run): Promise<void> {
  const { inputs, backend, backendConfig, goEnv, keys, history, probing, metrics } = need(
    run,
    'inputs',
    'backend',
    'backendConfig',
    'goEnv',
    'keys',
    'history',
    'probing'
  )
  const policy = restorePolicyOf(inputs.restore, history)
  // What later steps added in earlier runs: looked up beside the module cache, merged after it.
  run.laterFetch = policy === 'never' ? undefined : fetchLater(backend, goEnv.GOMODCACHE, inputs.cacheLayout, keys, inputs.cacheTimeoutMs)
  const skip = await restoreSkipReason(policy, leanRestore(policy, history.history.runs), probing)
  core.info(`Cache: ${backend.name}`)
  core.info(`Key: ${keys.primaryKey}`)
  core.info(`Restore keys: ${keys.restoreKeys.join(', ')}`)
  metrics.cache.backend = backendConfig.kind
  metrics.cache.layout = inputs.cacheLayout
  metrics.cache.primaryKey = keys.primaryKey
  metrics.cache.restoreKeys = keys.restoreKeys
  const restored = await restoreModCache(backend, {
    modCache: goEnv.GOMODCACHE,
    layout: inputs.cacheLayout,
    primaryKey: keys.primaryKey,
    restoreKeys: keys.restoreKeys,
    timeoutMs: inputs.cacheTimeoutMs,
    skip
  })
  if (restored.state === 'skipped') metrics.cache.restoreSkipped = skip ?? ''
  Object.assign(metrics.cache, {
    matchedKey: restored.matchedKey ?? '',
    hit: restored.exactHit,
    state: restored.state,
    restoreMs: restored.ms,
    extractMs: restored.extractMs ?? 0,
    sizeBytes: restored.sizeBytes ?? 0
  })
  run.restored = restored
}

/** Merges what later steps added in earlier runs into the restored module cache. */
export async function restoreModulesLaterAdded(run: Run): Promise<void> {
  const { backend, laterFetch, restored, goEnv, keys } = need(run, 'backend', 'laterFetch', 'restored', 'goEnv', 'keys')
  run.laterRestored = await restoreLater(backend, laterFetch, restored, goEnv.GOMODCACHE, keys.primaryKey)
  run.restoreServiceFailed = restored.serviceFailed
}

/** The build cache restore's log, once the download is done. */
export async function buildCacheRestored(run: Run): Promise<void> {
  const { buildRestore } = need(run, 'buildRestore')
  const restored = await buildRestore
  restored?.log.forEach((line) => core.info(line))
}

/** Without a history there is nothing to decide from: auto restores, and says nothing of it. */
function restorePolicyOf(policy: RestorePolicy, history: HistoryLoad): RestorePolicy {
  return policy === 'auto' && history.status === 'disabled' ? 'always' : policy
}

/**
 * `restore: auto` skips the restore when the history says downloading is faster, but only once
 * the probe has found a healthy chain: with none, the cache is the only source. undefined: restore.
 */
async function restoreSkipReason(policy: RestorePolicy, leaning: RestoreLeaning, probing: Promise<Selection>): Promise<string | undefined> {
  if (leaning.restore) {
    if (policy === 'auto') core.info(`Restoring: ${leaning.why}.`)
    return undefined
  }
  if (policy === 'never') return leaning.why
  const selection = await probing.catch(() => undefined)
  if (selection === undefined || selection.choice.noneHealthy) {
    core.info(`The history favours downloading (${leaning.why}), but no proxy passed the probe: restoring, as the cache is then the only source.`)
    return undefined
  }
  return `${leaning.why}, and the probe found a healthy chain`
}
