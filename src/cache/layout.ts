// What a saved module cache holds, by layout. GOMODCACHE keeps every module twice: its zip under
// cache/download and its extracted tree. A build needs one of the two, go mod verify accepts
// either (a tree with its .ziphash), and go mod download wants the zip.
import { SUMDB_DIR, type CacheItem } from '../go/gomodcache.ts'

export const CACHE_LAYOUTS = ['lean', 'full', 'zips'] as const
/**
 * lean: extracted trees with their .ziphash, .mod and .info, no zips;
 * full: the whole GOMODCACHE, zips and trees;
 * zips: cache/download only, go extracts each module it builds.
 */
export type CacheLayout = (typeof CACHE_LAYOUTS)[number]

/** What a layout keeps of a module version a build needs, by item kind (see go/gomodcache.ts). */
export const FILES_OF_NEEDED: Record<CacheLayout, ReadonlySet<string>> = {
  lean: new Set(['dir', 'ziphash', 'mod', 'info']),
  full: new Set(['dir', 'zip', 'ziphash', 'mod', 'info']),
  zips: new Set(['zip', 'ziphash', 'mod', 'info'])
}

/**
 * The archive members (relative to GOMODCACHE) for a layout: for each module version a build
 * needs (keepZip), what the layout keeps of it; for the rest of the module graph (keepMod), its
 * .mod and .info. A version whose extraction was interrupted (a .partial marker) contributes no
 * tree: go would take it for complete. Locks, temporary files, version lists and cache/vcs never go.
 */
export function selectMembers(
  items: CacheItem[],
  layout: CacheLayout,
  keepZip: ReadonlySet<string>,
  keepMod: ReadonlySet<string>,
  hasSumdb: boolean
): string[] {
  const partial = new Set(items.filter((i) => i.kind === 'partial').map((i) => i.id))
  const kinds = FILES_OF_NEEDED[layout]
  const members: string[] = []
  for (const item of items) {
    if (keepZip.has(item.id)) {
      if (kinds.has(item.kind) && !(item.kind === 'dir' && partial.has(item.id))) members.push(item.rel)
    } else if (keepMod.has(item.id) && (item.kind === 'mod' || item.kind === 'info')) {
      members.push(item.rel)
    }
  }
  if (hasSumdb) members.push(SUMDB_DIR)
  return members.sort()
}

/** Module versions the roots need and the layout would not keep: the pruned ones. */
export function prunedVersions(items: CacheItem[], keepZip: ReadonlySet<string>): string[] {
  const pruned = new Set<string>()
  for (const item of items) {
    if ((item.kind === 'dir' || item.kind === 'zip') && !keepZip.has(item.id)) pruned.add(item.id)
  }
  return [...pruned].sort()
}
