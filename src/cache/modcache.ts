import * as core from '@actions/core'
import { mkdir } from 'node:fs/promises'
import { errorMessage } from '../errors.ts'
import { isEmptyDir, removeTree } from '../fsutil.ts'
import { extractArchive } from './archive.ts'
import type { CacheBackend } from './backend.ts'
import type { CacheLayout } from './layout.ts'

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
  /** Of ms: unpacking the archive into GOMODCACHE. */
  extractMs?: number
}

export interface RestoreOptions {
  modCache: string
  layout: CacheLayout
  primaryKey: string
  restoreKeys: string[]
  /** Bound on the lookup: @actions/cache retries a failing service for about 30 s. */
  timeoutMs: number
}

/** The entry name of a module cache: layouts never restore each other's archives. */
export function modulesEntry(layout: CacheLayout): string {
  return `modules-${layout}`
}

/**
 * Restores the module cache. Never throws: a cache problem is a warning and a cold download.
 * The lookup is bounded in time; a restore that fails half-way leaves no half-extracted files.
 */
export async function restoreModCache(backend: CacheBackend, o: RestoreOptions): Promise<RestoreResult> {
  const started = performance.now()
  const done = (r: Omit<RestoreResult, 'ms' | 'exactHit'>): RestoreResult => ({
    ...r,
    exactHit: r.state === 'hit',
    ms: Math.round(performance.now() - started)
  })
  if (!backend.available()) {
    core.info(`${capitalize(backend.name)} is not configured for this job: no restore, no save.`)
    return done({ state: 'disabled', serviceFailed: false })
  }
  if (!(await isEmptyDir(o.modCache))) {
    // Extracting over an existing module cache fails on go's read-only directories; what is
    // there is used as it is and go mod download fills the gaps.
    core.info(`GOMODCACHE (${o.modCache}) already has content: using it as it is, without restoring or saving.`)
    return done({ state: 'preexisting', serviceFailed: false })
  }
  try {
    const fetched = await backend.restore(modulesEntry(o.layout), o.primaryKey, o.restoreKeys, o.timeoutMs)
    switch (fetched.outcome) {
      case 'timeout':
        core.warning(`${capitalize(backend.name)} did not answer within cache-timeout (${o.timeoutMs / 1000} s); going on without the cache.`)
        return done({ state: 'unavailable', serviceFailed: true })
      case 'service-failed':
        return done({ state: 'unavailable', serviceFailed: true })
      case 'miss':
        core.info(`No cache entry for ${o.primaryKey} or its restore keys (layout ${o.layout}).`)
        return done({ state: 'miss', serviceFailed: false })
      case 'broken':
        core.warning(`Restoring ${fetched.matchedKey} failed (${fetched.why}); the modules are downloaded afresh.`)
        return done({ state: fetched.corrupt ? 'miss' : 'unavailable', serviceFailed: !fetched.corrupt })
      case 'restored': {
        const exact = fetched.matchedKey === o.primaryKey
        try {
          await mkdir(o.modCache, { recursive: true })
          const extracted = await extractArchive(fetched.file, o.modCache)
          core.info(
            `Restored the module cache from ${fetched.matchedKey} (${exact ? 'exact hit' : 'restore-key hit'}, layout ${o.layout}, ${fetched.sizeBytes} bytes, unpacked in ${extracted.ms} ms).`
          )
          return done({
            state: exact ? 'hit' : 'partial',
            matchedKey: fetched.matchedKey,
            serviceFailed: false,
            sizeBytes: fetched.sizeBytes,
            extractMs: extracted.ms
          })
        } catch (err) {
          // Whatever a failed extraction left behind would break go.
          await cleanModCache(o.modCache)
          core.warning(`Unpacking ${fetched.matchedKey} failed (${errorMessage(err)}); GOMODCACHE was cleaned and the modules are downloaded afresh.`)
          return done({ state: 'miss', serviceFailed: false })
        } finally {
          await backend.discard(fetched.file)
        }
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

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
