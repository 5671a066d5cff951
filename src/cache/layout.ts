// What a saved module cache holds, by layout. GOMODCACHE keeps every module twice: its zip under
// cache/download and its extracted tree. A build needs one of the two, go mod verify accepts
// either (a tree with its .ziphash), and go mod download wants the zip.
import type { CacheItem } from './prune.ts'

export const CACHE_LAYOUTS = ['lean', 'full', 'zips'] as const
/**
 * lean: extracted trees with their .ziphash, .mod and .info, no zips;
 * full: the whole GOMODCACHE, zips and trees;
 * zips: cache/download only, go extracts each module it builds.
 */
export type CacheLayout = (typeof CACHE_LAYOUTS)[number]

/** The checksum database cache; kept whole by every layout, so go need not ask sum.golang.org again. */
export const SUMDB_DIR = 'cache/download/sumdb'

/** What a layout keeps of a module version a build needs, by item kind (see prune.ts). */
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

/** What is on disk for one module version, as far as building it goes. */
export interface ModuleFiles {
  zip: boolean
  ziphash: boolean
  /** The extracted tree exists. */
  dir: boolean
  /** go's marker of an extraction that did not finish. */
  partial: boolean
}

/**
 * Whether a module version is ready for a build and for go mod verify without a download: its
 * zip (go extracts it on demand), or a complete tree with the .ziphash that verify checks it by.
 */
export function isReady(f: ModuleFiles): boolean {
  return f.zip || (f.dir && !f.partial && f.ziphash)
}
