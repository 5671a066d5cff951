// Which entries of a key prefix to remove so that only the newest few stay: the rule of a trim,
// the same for every backend that has one (see CacheBackend.trim).

export interface Dated {
  key: string
  /** When the entry was stored (S3's LastModified, a file's mtime). */
  timeMs: number
}

/**
 * The entries beyond the newest `keep` (never fewer than one kept), ranked as a restore key ranks
 * matches: the newest first, of two as new the greater key. So the entry the next restore takes
 * is never among them.
 */
export function beyondNewest<T extends Dated>(entries: readonly T[], keep: number): T[] {
  const ranked = [...entries].sort((a, b) => b.timeMs - a.timeMs || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0))
  return ranked.slice(Math.max(1, Math.floor(keep)))
}
