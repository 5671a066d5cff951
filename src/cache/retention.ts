// How the entries of a key prefix rank, the same for every backend: the one a restore key takes,
// and those a trim removes so that only the newest few stay (see CacheBackend).
import { keyHasPrefix } from './key.ts'

export interface Dated {
  key: string
  /** When the entry was stored (S3's LastModified, a file's mtime). */
  timeMs: number
}

/** Ranks entries as GitHub's cache ranks a restore key's matches: the newest first, of two as new the greater key, so every runner picks the same. */
export function newestFirst(a: Dated, b: Dated): number {
  return b.timeMs - a.timeMs || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0)
}

/** The entry a restore key takes: the first by newestFirst of those whose key starts with prefix, compared as the services compare keys. */
export function newestMatch<T extends Dated>(entries: readonly T[], prefix: string): T | undefined {
  let best: T | undefined
  for (const e of entries) {
    if (keyHasPrefix(e.key, prefix) && (best === undefined || newestFirst(e, best) < 0)) best = e
  }
  return best
}

/**
 * The entries beyond the newest `keep` (never fewer than one kept), ranked as a restore key ranks
 * matches: the newest first, of two as new the greater key. So the entry the next restore takes
 * is never among them.
 */
export function beyondNewest<T extends Dated>(entries: readonly T[], keep: number): T[] {
  const ranked = [...entries].sort(newestFirst)
  return ranked.slice(Math.max(1, Math.floor(keep)))
}
