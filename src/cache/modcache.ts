import * as cache from '@actions/cache'
import * as core from '@actions/core'
import { errorMessage } from '../errors.ts'

export interface RestoreResult {
  /** The key of the entry that was restored, if any. */
  matchedKey?: string
  /** The restored entry is the primary key itself. */
  exactHit: boolean
  /** The cache service could not be used (not configured, or it failed). */
  unavailable: boolean
  ms: number
}

export interface SaveResult {
  saved: boolean
  /** Why nothing was saved, when nothing was. */
  skipped?: string
  ms: number
}

/** Restores the module cache; a cache problem is a warning and a miss, never a failure. */
export async function restoreModCache(
  paths: string[],
  primaryKey: string,
  restoreKeys: string[]
): Promise<RestoreResult> {
  const started = performance.now()
  const done = (r: Omit<RestoreResult, 'ms'>): RestoreResult => ({
    ...r,
    ms: Math.round(performance.now() - started)
  })
  if (!cache.isFeatureAvailable()) {
    core.info('The Actions cache service is not available to this job: no restore, no save.')
    return done({ exactHit: false, unavailable: true })
  }
  try {
    const matchedKey = await cache.restoreCache(paths, primaryKey, restoreKeys)
    if (matchedKey === undefined) core.info(`No cache entry for ${primaryKey} or its restore keys.`)
    else if (matchedKey === primaryKey) core.info(`Restored the module cache from ${matchedKey} (exact hit).`)
    else core.info(`Restored the module cache from ${matchedKey} (restore-key hit).`)
    return done({ matchedKey, exactHit: matchedKey === primaryKey, unavailable: false })
  } catch (err) {
    core.warning(`Module cache restore failed, continuing without it: ${errorMessage(err)}`)
    return done({ exactHit: false, unavailable: true })
  }
}

/**
 * Saves the module cache under the key. An entry that already exists (another job saved it
 * first) is reported as info: entries are immutable and the existing one serves equally well.
 */
export async function saveModCache(paths: string[], key: string): Promise<SaveResult> {
  const started = performance.now()
  const done = (r: Omit<SaveResult, 'ms'>): SaveResult => ({
    ...r,
    ms: Math.round(performance.now() - started)
  })
  try {
    // Checking first keeps the common race (a parallel job of the same commit) from reaching the
    // service's create call, which @actions/cache reports as a warning.
    const existing = await cache.restoreCache(paths, key, [], { lookupOnly: true })
    if (existing === key) {
      core.info(`A cache entry for ${key} already exists (another job saved it first); not saving.`)
      return done({ saved: false, skipped: 'entry already exists' })
    }
    const id = await cache.saveCache(paths, key)
    if (id === -1) {
      // @actions/cache has already logged why (a reservation conflict as info, other problems as warnings).
      return done({ saved: false, skipped: 'the cache service did not accept the entry' })
    }
    core.info(`Saved the module cache as ${key}.`)
    return done({ saved: true })
  } catch (err) {
    core.warning(`Module cache save failed; the job goes on: ${errorMessage(err)}`)
    return done({ saved: false, skipped: 'save failed' })
  }
}
