// The one interface the restore and save phases meet a cache through. An entry is one archive file
// (see archive.ts) stored under a key; `entry` names what it holds (the module cache of a layout,
// the build cache), so entries of different kinds never match each other's keys. A restore hands
// back a source to read the archive from (see source.ts), not a file: it is unpacked as it comes.
import type { ArchiveSource } from './source.ts'

export type Fetched =
  | { outcome: 'timeout' }
  /** The lookup itself failed; `shown`: the warning is out already (guarded.ts printed it). */
  | { outcome: 'service-failed'; why: string; shown?: boolean }
  | { outcome: 'miss' }
  /** An entry was found but could not be opened; nothing was read of it. */
  | { outcome: 'broken'; matchedKey: string; why: string; corrupt: boolean }
  /** The entry's archive, to be read, then closed (whether or not it was read). */
  | { outcome: 'restored'; matchedKey: string; source: ArchiveSource }

export interface Stored {
  saved: boolean
  /** Why nothing was stored, when nothing was. */
  skipped?: string
  /** The service failed (as opposed to the entry already existing). */
  failed?: boolean
  sizeBytes?: number
}

/** What a trim did: the keys it removed, and what it could not list or remove (the rest is done). */
export interface Trimmed {
  removed: string[]
  problems: string[]
}

export interface CacheBackend {
  /** For the log: where entries live. */
  readonly name: string
  /** False when this job has no such cache (the Actions cache outside Actions). */
  available(): boolean
  /**
   * Finds the entry of primaryKey, else the newest one whose key starts with a restore key, and
   * opens its archive. The lookup is bounded by lookupTimeoutMs; a read of the archive fails when
   * no byte comes for idleTimeoutMs (default: lookupTimeoutMs).
   */
  restore(entry: string, primaryKey: string, restoreKeys: string[], lookupTimeoutMs: number, idleTimeoutMs?: number): Promise<Fetched>
  /** Stores the archive under key unless an entry of that key exists. Never throws. */
  save(entry: string, key: string, archive: string): Promise<Stored>
  /** Where save() wants the archive of an entry made, so storing it costs no copy. */
  stagingFile(entry: string): Promise<string>
  /** Removes a staging file and whatever was made beside it. Never throws. */
  discard(file: string): Promise<void>
  /**
   * Removes the entries of a kind whose key starts with keyPrefix, all but the newest `keep` (at
   * least one), ranked as a restore key ranks them: entries saved meanwhile by other jobs are
   * newer than any this one lists, so they stay. Never throws. Only where nothing else removes
   * old entries (S3, a directory): the GitHub cache evicts entries unused for a week, and the
   * least recently used over the repository's limit, by itself.
   */
  trim?(entry: string, keyPrefix: string, keep: number): Promise<Trimmed>
}
