// Restoring an entry with @actions/cache in two steps: a lookup bounded in time, then the download
// and extraction of the entry found. Only the lookup is raced against the limit: a restore abandoned
// half-way would go on extracting in the background while go works in the same directory.
import * as cache from '@actions/cache'
import { TIMED_OUT, watchCacheLog } from './observe.ts'

export type Fetched =
  | { outcome: 'timeout' }
  /** The lookup itself failed (the library logged why). */
  | { outcome: 'service-failed' }
  | { outcome: 'miss' }
  /** An entry was found but could not be fetched or unpacked; files may be left behind. */
  | { outcome: 'broken'; matchedKey: string; why: string; corrupt: boolean }
  | { outcome: 'restored'; matchedKey: string; sizeBytes?: number }

export async function lookupAndRestore(
  paths: string[],
  primaryKey: string,
  restoreKeys: string[],
  lookupTimeoutMs: number
): Promise<Fetched> {
  const lookup = await watchCacheLog(
    () => cache.restoreCache(paths, primaryKey, restoreKeys, { lookupOnly: true }),
    lookupTimeoutMs
  )
  if (lookup.value === TIMED_OUT) return { outcome: 'timeout' }
  if (lookup.log.warnings.length > 0) return { outcome: 'service-failed' }
  if (lookup.value === undefined) return { outcome: 'miss' }
  const matchedKey = lookup.value
  const restored = await watchCacheLog(() => cache.restoreCache(paths, matchedKey, []))
  if (restored.value !== matchedKey) {
    const why = restored.log.warnings.join('; ') || 'the entry disappeared'
    return { outcome: 'broken', matchedKey, why, corrupt: /tar|zstd|gzip|EOF|corrupt|Content-Length|size/i.test(why) }
  }
  return { outcome: 'restored', matchedKey, sizeBytes: restored.log.sizeBytes }
}
