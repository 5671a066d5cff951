import * as cache from '@actions/cache'
import * as core from '@actions/core'
import { mkdir } from 'node:fs/promises'
import { errorMessage } from '../errors.ts'
import { isEmptyDir, removeTree } from '../fsutil.ts'
import { watchCacheLog } from './observe.ts'
import { lookupAndRestore } from './restore.ts'

/** What the restore found; reported as the `cache-state` output. */
export type CacheState = 'hit' | 'partial' | 'miss' | 'preexisting' | 'unavailable' | 'disabled'

export interface RestoreResult {
  state: CacheState
  /** The key of the entry that was restored, if any. */
  matchedKey?: string
  exactHit: boolean
  /** The cache service failed in this job: saving would only fail again, slowly. */
  serviceFailed: boolean
  sizeBytes?: number
  ms: number
}

export interface SaveResult {
  saved: boolean
  /** Why nothing was saved, when nothing was. */
  skipped?: string
  sizeBytes?: number
  ms: number
}

export interface RestoreOptions {
  paths: string[]
  modCache: string
  primaryKey: string
  restoreKeys: string[]
  /** Bound on the lookup: @actions/cache retries a failing service for about 30 s. */
  timeoutMs: number
}

/**
 * Restores the module cache. Never throws: a cache problem is a warning and a cold download.
 * The lookup is bounded in time; a restore that fails half-way leaves no half-extracted files.
 */
export async function restoreModCache(o: RestoreOptions): Promise<RestoreResult> {
  const started = performance.now()
  const done = (r: Omit<RestoreResult, 'ms' | 'exactHit'>): RestoreResult => ({
    ...r,
    exactHit: r.state === 'hit',
    ms: Math.round(performance.now() - started)
  })
  if (!cache.isFeatureAvailable()) {
    core.info('The Actions cache service is not configured for this job: no restore, no save.')
    return done({ state: 'disabled', serviceFailed: false })
  }
  if (!(await isEmptyDir(o.modCache))) {
    // Extracting over an existing module cache fails on go's read-only directories; what is
    // there is used as it is and go mod download fills the gaps.
    core.info(`GOMODCACHE (${o.modCache}) already has content: using it as it is, without restoring or saving.`)
    return done({ state: 'preexisting', serviceFailed: false })
  }
  try {
    const fetched = await lookupAndRestore(o.paths, o.primaryKey, o.restoreKeys, o.timeoutMs)
    switch (fetched.outcome) {
      case 'timeout':
        core.warning(`The Actions cache service did not answer within cache-timeout (${o.timeoutMs / 1000} s); going on without the cache.`)
        return done({ state: 'unavailable', serviceFailed: true })
      case 'service-failed':
        return done({ state: 'unavailable', serviceFailed: true })
      case 'miss':
        core.info(`No cache entry for ${o.primaryKey} or its restore keys.`)
        return done({ state: 'miss', serviceFailed: false })
      case 'broken':
        // The archive could not be fetched or unpacked: whatever it left behind would break go.
        await cleanModCache(o.modCache)
        core.warning(`Restoring ${fetched.matchedKey} failed (${fetched.why}); GOMODCACHE was cleaned and the modules are downloaded afresh.`)
        return done({ state: fetched.corrupt ? 'miss' : 'unavailable', serviceFailed: !fetched.corrupt })
      case 'restored': {
        const exact = fetched.matchedKey === o.primaryKey
        core.info(`Restored the module cache from ${fetched.matchedKey} (${exact ? 'exact hit' : 'restore-key hit'}).`)
        return done({ state: exact ? 'hit' : 'partial', matchedKey: fetched.matchedKey, serviceFailed: false, sizeBytes: fetched.sizeBytes })
      }
    }
  } catch (err) {
    await cleanModCache(o.modCache)
    core.warning(`Module cache restore failed, continuing without it: ${errorMessage(err)}`)
    return done({ state: 'unavailable', serviceFailed: true })
  }
}

export async function cleanModCache(modCache: string): Promise<void> {
  await removeTree(modCache)
  await mkdir(modCache, { recursive: true })
}

/**
 * Saves the module cache under the key. An entry that already exists (another job saved it
 * first) is reported as info: entries are immutable and the existing one serves equally well.
 */
export async function saveModCache(paths: string[], key: string): Promise<SaveResult> {
  const started = performance.now()
  const done = (r: Omit<SaveResult, 'ms'>): SaveResult => ({ ...r, ms: Math.round(performance.now() - started) })
  try {
    // Checking first keeps the common race (a parallel job of the same commit) from reaching the
    // service's create call, which @actions/cache reports as a warning.
    const existing = await watchCacheLog(() => cache.restoreCache(paths, key, [], { lookupOnly: true }))
    if (existing.value === key) {
      core.info(`A cache entry for ${key} already exists (another job saved it first); not saving.`)
      return done({ saved: false, skipped: 'entry already exists' })
    }
    const { value: id, log } = await watchCacheLog(() => cache.saveCache(paths, key))
    if (id === -1) {
      // @actions/cache has already logged why (a reservation conflict as info, other problems as warnings).
      return done({ saved: false, skipped: log.warnings[0] ?? 'the cache service did not accept the entry', sizeBytes: log.sizeBytes })
    }
    core.info(`Saved the module cache as ${key}.`)
    return done({ saved: true, sizeBytes: log.sizeBytes })
  } catch (err) {
    core.warning(`Module cache save failed; the job goes on: ${errorMessage(err)}`)
    return done({ saved: false, skipped: 'save failed' })
  }
}
