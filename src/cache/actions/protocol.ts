// What the backend needs of either protocol of the Actions cache service: a lookup that finds the
// entry of a key (else of a prefix) and where to download its archive, and a save.

export interface Found {
  /** The key of the entry found, as the service stored it. */
  matchedKey: string
  /** Where its archive is downloaded from: a signed URL (masked in the log). */
  archiveUrl: string
}

export interface CacheProtocol {
  /** keys: the primary key, then the restore keys. Undefined: no entry. Throws the service's failure. */
  lookup(keys: readonly string[], version: string, signal?: AbortSignal): Promise<Found | undefined>
  /** Stores the archive as it is. 'exists': an entry of the key and version is there already. Throws the service's failure. */
  save(key: string, version: string, archive: string, sizeBytes: number): Promise<'saved' | 'exists'>
}
