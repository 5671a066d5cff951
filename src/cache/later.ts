// What later steps of the job add to GOMODCACHE (`go install tool@v`, `go run tool@v`, a test's
// dependency) goes into a small entry of its own, saved by the post step and restored beside the
// module cache entry: the main entry's members are fixed before the later steps run, and entries
// are immutable, so an exact hit could never take them in.
//
// Keys: `<primary key>-later-<ms since the epoch>`, one new key per save, restored by prefix (the
// newest of the primary key's, else the newest of the platform's), so a run whose later steps add
// more can save again under the same primary key.
//
// What stays: under the same primary key, everything restored stays (jobs that share a key but run
// different tools must not drop each other's), plus what this run's later steps added. When the
// dependency files change (the extras came from another key), only the restored modules a later
// step read in this run are carried over; go records no use, so a read is seen by the access time
// the restore set back (see laterio.ts), and where the file system does not record reads, nothing
// is carried over: a module is fetched again once after a dependency change. So the entry never
// grows beyond one key's life.
import type { CacheItem } from '../go/gomodcache.ts'
import type { SavePolicy } from './policy.ts'
import { MAX_KEY_LENGTH } from './key.ts'
import { FILES_OF_NEEDED, type CacheLayout } from './layout.ts'
import type { CacheState } from './modcache.ts'
import { BRANCH_SCOPED_EVENTS } from './policy.ts'

const LATER = '-later-'

/** The entry name: the layout's, so layouts never restore each other's. */
export function laterEntry(layout: CacheLayout): string {
  return `modules-${layout}-later`
}

/** The prefix of every key saved beside primaryKey. */
export function laterPrefix(primaryKey: string): string {
  return `${primaryKey}${LATER}`
}

/** A new key for this run's save. */
export function laterKey(primaryKey: string, nowMs: number): string {
  return `${laterPrefix(primaryKey)}${nowMs}`
}

/**
 * Whether the extras' keys stay within the cache service's limit. A key-prefix long enough to
 * leave no room for the suffix keeps the module cache (its key is the one the input is checked
 * against) and goes without the extras: a lookup with a key over the limit would fail the service.
 */
export function laterFits(primaryKey: string, nowMs = Date.now()): boolean {
  return laterKey(primaryKey, nowMs).length <= MAX_KEY_LENGTH
}

/** Lookup order: the primary key's own extras, then the platform's newest (the main entry's restore keys). */
export function laterRestoreKeys(primaryKey: string, restoreKeys: readonly string[]): string[] {
  return [laterPrefix(primaryKey), ...restoreKeys]
}

/** Whether the main restore brought a module cache the extras belong on. */
export function restoresLater(state: CacheState): boolean {
  return state === 'hit' || state === 'partial'
}

export interface LaterSaveDecision {
  policy: SavePolicy
  eventName: string
  state: CacheState
  /** The cache service already failed in this job (a restore, a lookup or the main save). */
  serviceFailed: boolean
  primaryKey: string
}

/** undefined to save what later steps add, else why not. An exact hit is no reason: that is the point. */
export function reasonNotToSaveLater(d: LaterSaveDecision): string | undefined {
  if (d.state === 'disabled') return 'the cache service is not configured for this job'
  if (d.serviceFailed) return 'the cache service already failed in this job'
  if (d.state === 'preexisting') return 'GOMODCACHE had content before this step, which is not ours to save'
  if (d.policy === 'never') return "input 'save' is 'never'"
  if (d.policy === 'auto' && BRANCH_SCOPED_EVENTS.includes(d.eventName)) return `input 'save' is 'auto' and this is a ${d.eventName} event`
  if (!laterFits(d.primaryKey)) return `its key would pass the cache service's ${MAX_KEY_LENGTH} characters (a long key-prefix)`
  return undefined
}

export interface LaterSelection {
  /** The module cache now, at the end of the job. */
  items: CacheItem[]
  /** Relative paths there were when the main step ended. */
  baseline: ReadonlySet<string>
  /** Restored extras (relative paths) that stay, by the rule above. */
  carried: ReadonlySet<string>
  /** Module versions the main entry holds: never twice. */
  inMain: ReadonlySet<string>
  layout: CacheLayout
  /** Files of the checksum database cache now (relative paths, sizes): new ones go along. */
  sumdb: readonly { rel: string; size: number }[]
}

/**
 * The members of the extras entry: of each module version that is new since the main step (or
 * carried), what the layout keeps, but only what go finished and verified. go writes a zip's
 * .ziphash after checking it against go.sum or the checksum database, and a .mod file only after
 * checking it, and it marks an extraction under way with .partial: a tree or zip without its
 * .ziphash, a tree with a .partial marker, locks and temporary files never go.
 */
export function selectLaterMembers(s: LaterSelection): string[] {
  const byId = new Map<string, CacheItem[]>()
  for (const item of s.items) byId.set(item.id, [...(byId.get(item.id) ?? []), item])
  const kinds = FILES_OF_NEEDED[s.layout]
  const members: string[] = []
  for (const [id, items] of byId) {
    if (s.inMain.has(id)) continue
    const has = (kind: string) => items.some((i) => i.kind === kind)
    const wanted = items.filter((i) => !s.baseline.has(i.rel) || s.carried.has(i.rel))
    const complete = (i: CacheItem) =>
      (i.kind === 'zip' && has('ziphash')) || (i.kind === 'dir' && has('ziphash') && !has('partial')) || i.kind === 'mod' || (i.kind === 'info' && has('mod'))
    const chosen = wanted.filter((i) => kinds.has(i.kind) && i.kind !== 'ziphash' && complete(i))
    // The .ziphash goes with the tree or zip it vouches for.
    if (chosen.some((i) => i.kind === 'zip' || i.kind === 'dir')) chosen.push(...items.filter((i) => i.kind === 'ziphash'))
    members.push(...chosen.map((i) => i.rel))
  }
  // The checksum database's answers for those modules, so go verifies them offline; an empty file
  // is one a killed go left unwritten.
  if (members.length > 0) members.push(...s.sumdb.filter((f) => (!s.baseline.has(f.rel) || s.carried.has(f.rel)) && f.size > 0).map((f) => f.rel))
  return [...new Set(members)].sort()
}

/** Nothing to save: no member, or under the same key nothing beyond what was restored. */
export function laterUnchanged(members: readonly string[], restored: ReadonlySet<string>, sameKey: boolean): boolean {
  return members.length === 0 || (sameKey && members.every((m) => restored.has(m)))
}
