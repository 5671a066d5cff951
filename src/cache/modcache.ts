import * as core from '../host/log.ts'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../errors.ts'
import { capitalize } from '../text.ts'
import { isEmptyDir, tryRemoveTree } from '../fsutil.ts'
import { partialMarkerFor } from '../go/gomodcache.ts'
import { cleanupWarning } from '../oserrors.ts'
import { extractArchive } from './archive.ts'
import type { CacheBackend } from './backend.ts'
import { sameKey } from './key.ts'
import type { CacheLayout } from './layout.ts'

/** What the restore found; reported as the `cache-state` output. */
export type CacheState = 'hit' | 'partial' | 'miss' | 'preexisting' | 'unavailable' | 'disabled' | 'skipped'

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
  /**
   * Why not to restore at all (`restore: never`, or a history that shows downloading is faster):
   * GOMODCACHE is then filled by the download and saved as after a miss.
   */
  skip?: string
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
  if (o.skip !== undefined) {
    core.info(`Not restoring the module cache: ${o.skip}.`)
    // Nothing restored, so no restore time.
    return { ...done({ state: 'skipped', serviceFailed: false }), ms: 0 }
  }
  try {
    const fetched = await backend.restore(modulesEntry(o.layout), o.primaryKey, o.restoreKeys, o.timeoutMs)
    switch (fetched.outcome) {
      case 'timeout':
        core.warning(`${capitalize(backend.name)} did not answer within cache-timeout (${o.timeoutMs / 1000} s); going on without the cache.`)
        return done({ state: 'unavailable', serviceFailed: true })
      case 'service-failed':
        if (!fetched.shown) core.warning(`${capitalize(backend.name)} failed: ${fetched.why}; going on without the cache.`)
        else core.info(`Not restored: ${fetched.why}.`)
        return done({ state: 'unavailable', serviceFailed: true })
      case 'miss':
        core.info(`No cache entry for ${o.primaryKey} or its restore keys (layout ${o.layout}).`)
        return done({ state: 'miss', serviceFailed: false })
      case 'broken':
        core.warning(`Restoring ${fetched.matchedKey} failed (${fetched.why}); the modules are downloaded afresh.`)
        return done({ state: fetched.corrupt ? 'miss' : 'unavailable', serviceFailed: !fetched.corrupt })
      case 'restored': {
        const exact = sameKey(fetched.matchedKey, o.primaryKey)
        try {
          await mkdir(o.modCache, { recursive: true })
          const extracted = await extractArchive(fetched.source, o.modCache)
          core.info(
            `Restored the module cache from ${fetched.matchedKey} (${exact ? 'exact hit' : 'restore-key hit'}, layout ${o.layout}, ${extracted.bytes} bytes, fetched and unpacked in ${extracted.ms} ms).`
          )
          return done({
            state: exact ? 'hit' : 'partial',
            matchedKey: fetched.matchedKey,
            serviceFailed: false,
            sizeBytes: extracted.bytes,
            extractMs: extracted.ms
          })
        } catch (err) {
          // Whatever a failed extraction left behind would break go, whether the archive was
          // damaged or its download broke off.
          const cleaned = await cleanModCache(o.modCache)
          core.warning(
            `Unpacking ${fetched.matchedKey} failed (${errorMessage(err)}); GOMODCACHE was cleaned${cleaned ? '' : ' as far as it could be'} and the modules are downloaded afresh.`
          )
          return done({ state: 'miss', serviceFailed: false })
        } finally {
          await fetched.source.close()
        }
      }
    }
  } catch (err) {
    await cleanModCache(o.modCache)
    core.warning(`Module cache restore failed, continuing without it: ${errorMessage(err)}`)
    return done({ state: 'unavailable', serviceFailed: true })
  }
}

/** What failed cleans left in each GOMODCACHE (relative, '/'-separated): none of it is ever saved. */
const uncleaned = new Map<string, string[]>()

/** The paths failed cleans of this module cache left behind, in this process. */
export function uncleanedPaths(modCache: string): readonly string[] {
  return uncleaned.get(path.resolve(modCache)) ?? []
}

/**
 * Empties the module cache. A removal that fails (a file a scan holds open) is a warning, not an
 * error: what stays is recorded so that no save includes it, and each module version it belongs
 * to is marked as partly extracted, so go removes and extracts it again instead of trusting a
 * half-removed tree. True when the cache is empty.
 */
export async function cleanModCache(modCache: string): Promise<boolean> {
  const left = await tryRemoveTree(modCache)
  await mkdir(modCache, { recursive: true })
  if (left === undefined) return true
  const remaining = await leafPaths(modCache)
  uncleaned.set(path.resolve(modCache), [...new Set([...uncleanedPaths(modCache), ...remaining])])
  for (const marker of new Set(remaining.map(partialMarkerFor).filter((m) => m !== undefined))) {
    await markPartial(modCache, marker)
  }
  core.warning(
    `${cleanupWarning(modCache, left, process.platform)} ${remaining.length} paths stay in GOMODCACHE (the first: ${remaining[0] ?? 'none'}); the module versions they belong to are extracted again when needed and are left out of this job's cache entry.`
  )
  return false
}

async function markPartial(modCache: string, marker: string): Promise<void> {
  const file = path.join(modCache, ...marker.split('/'))
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, '')
  } catch (err) {
    core.warning(`Could not mark ${file} as partly extracted: ${errorMessage(err)}`)
  }
}

/** Files, links and empty directories below dir (relative, '/'-separated): what a failed removal left. */
async function leafPaths(dir: string): Promise<string[]> {
  const list = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  const parents = new Set(list.map((e) => e.parentPath))
  return list
    .filter((e) => !e.isDirectory() || !parents.has(path.join(e.parentPath, e.name)))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}

