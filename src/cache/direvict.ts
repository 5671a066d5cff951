// Eviction in a cache directory: after a save, the least recently restored or written entries go
// while the directory holds more than its limit, and so do temporary files of killed writers.
import * as core from '../host/log.ts'
import { lstat, readdir } from 'node:fs/promises'
import path from 'node:path'
import { tryRemoveTree } from '../fsutil.ts'
import { cleanupWarning, errnoCode, withPath } from '../oserrors.ts'
import { decodeKey, isTempName } from './dirkeys.ts'

/** A temporary file this old was left by a writer that was killed: no copy takes an hour without writing. */
export const STALE_TEMP_MS = 60 * 60 * 1000

export interface StoredFile {
  path: string
  sizeBytes: number
  /** When the entry was last restored or written: max(atime, mtime). */
  lastUseMs: number
}

/**
 * The entries to delete so the rest fit in maxSizeBytes: the least recently used first (ties by
 * path, so concurrent evictions agree), never `keep` (the entry just saved), even when it alone is
 * over the limit.
 */
export function chooseEvictions(entries: readonly StoredFile[], maxSizeBytes: number, keep?: string): StoredFile[] {
  let total = entries.reduce((sum, e) => sum + e.sizeBytes, 0)
  if (total <= maxSizeBytes) return []
  const order = entries
    .filter((e) => e.path !== keep)
    .sort((a, b) => a.lastUseMs - b.lastUseMs || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const out: StoredFile[] = []
  for (const e of order) {
    if (total <= maxSizeBytes) break
    out.push(e)
    total -= e.sizeBytes
  }
  return out
}


export interface Listing {
  entries: StoredFile[]
  /** Temporary files older than STALE_TEMP_MS: left by a writer that was killed. */
  staleTemps: string[]
  /** What could not be listed; the listing goes on without it. */
  problems: string[]
}

/** Every entry under root, of every archive format and entry kind. Never rejects. */
export async function listEntries(root: string, nowMs: number = Date.now()): Promise<Listing> {
  const out: Listing = { entries: [], staleTemps: [], problems: [] }
  const dirsIn = async (dir: string): Promise<string[]> => {
    try {
      return (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => path.join(dir, d.name))
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT') out.problems.push(withPath(dir, err))
      return []
    }
  }
  for (const formatDir of await dirsIn(root)) {
    for (const entryDir of await dirsIn(formatDir)) {
      let names: string[]
      try {
        names = await readdir(entryDir)
      } catch (err) {
        if (errnoCode(err) !== 'ENOENT') out.problems.push(withPath(entryDir, err))
        continue
      }
      for (const name of names) {
        const temp = isTempName(name)
        if (!temp && decodeKey(name) === undefined) continue
        const file = path.join(entryDir, name)
        let info
        try {
          info = await lstat(file)
        } catch {
          continue
        }
        if (!info.isFile()) continue
        if (temp) {
          if (nowMs - info.mtimeMs > STALE_TEMP_MS) out.staleTemps.push(file)
          continue
        }
        out.entries.push({ path: file, sizeBytes: info.size, lastUseMs: Math.max(info.atimeMs, info.mtimeMs) })
      }
    }
  }
  return out
}

/** Removes stale temporary files and the least recently used entries over the limit. Problems are warnings. */
export async function evict(root: string, maxSizeBytes: number, keep?: string): Promise<{ removed: StoredFile[] }> {
  const listing = await listEntries(root)
  for (const problem of listing.problems) core.warning(`Cache eviction in ${root} skipped what it could not list: ${problem}`)
  for (const temp of listing.staleTemps) {
    const left = await tryRemoveTree(temp)
    if (left !== undefined) core.warning(cleanupWarning(temp, left, process.platform))
  }
  const removed: StoredFile[] = []
  for (const victim of chooseEvictions(listing.entries, maxSizeBytes, keep)) {
    const left = await tryRemoveTree(victim.path)
    if (left === undefined) removed.push(victim)
    else core.warning(`Could not evict ${victim.path} from the cache directory (${left.code}); it stays, and the directory holds more than its limit.`)
  }
  if (removed.length > 0) {
    const bytes = removed.reduce((sum, e) => sum + e.sizeBytes, 0)
    core.info(`Evicted ${removed.length} least recently used cache entr${removed.length === 1 ? 'y' : 'ies'} (${bytes} bytes) from ${root} to keep it under ${maxSizeBytes} bytes.`)
  }
  return { removed }
}
