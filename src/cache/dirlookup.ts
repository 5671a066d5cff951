// A restore from a cache directory: the listing of an entry kind's directory, the choice among its
// keys, and the opening of the file found, looked up again when another job evicts it meanwhile.
import { open, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { errnoCode, withPath } from '../oserrors.ts'
import type { Fetched } from './backend.ts'
import { decodeKey } from './dirkeys.ts'
import { keyHasPrefix, sameKey } from './key.ts'
import { newestMatch } from './retention.ts'
import { fileSource } from './source.ts'

/** Lookups a restore makes while other jobs evict what each one found. */
const EVICTED_LOOKUPS = 3


export interface Candidate {
  key: string
  mtimeMs: number
}

/**
 * The entry a restore takes, as GitHub's cache chooses: the primary key's own, else for each
 * restore key in order the newest (entries are written once: by mtime) whose key starts with it
 * (see retention.ts).
 */
export function chooseMatch<T extends Candidate>(candidates: readonly T[], primaryKey: string, restoreKeys: readonly string[]): T | undefined {
  const exact = candidates.find((c) => sameKey(c.key, primaryKey))
  if (exact !== undefined) return exact
  const dated = candidates.map((c) => ({ key: c.key, timeMs: c.mtimeMs, c }))
  for (const prefix of restoreKeys) {
    const best = newestMatch(dated, prefix)
    if (best !== undefined) return best.c
  }
  return undefined
}


export interface Found {
  key: string
  file: string
  sizeBytes: number
  mtimeMs: number
}

export type Lookup = { outcome: 'miss' } | { outcome: 'service-failed'; why: string } | { outcome: 'found'; found: Found }

/**
 * Finds the entry a restore takes in `dir` (an entry's directory). A directory that does not exist
 * (no root yet, or no entry of this kind) is a miss; one that cannot be read is a failure. Never rejects.
 */
export async function lookupEntry(root: string, dir: string, primaryKey: string, restoreKeys: readonly string[]): Promise<Lookup> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { outcome: 'miss' }
    return { outcome: 'service-failed', why: `the cache directory ${root} cannot be read (${withPath(dir, err)})` }
  }
  const keyed = names.flatMap((name) => {
    const key = decodeKey(name)
    return key === undefined ? [] : [{ key, name }]
  })
  const wanted = keyed.filter((k) => sameKey(k.key, primaryKey) || restoreKeys.some((prefix) => keyHasPrefix(k.key, prefix)))
  const stats = await Promise.all(
    wanted.map(async ({ key, name }) => {
      const file = path.join(dir, name)
      try {
        const info = await stat(file)
        return info.isFile() ? [{ key, file, sizeBytes: info.size, mtimeMs: info.mtimeMs }] : []
      } catch {
        // Evicted since the listing: as if it had never been there.
        return []
      }
    })
  )
  const found = chooseMatch(stats.flat(), primaryKey, restoreKeys)
  return found === undefined ? { outcome: 'miss' } : { outcome: 'found', found }
}

/** The entry found was removed (evicted by another job) before it could be opened: the listing is out of date. */
export type Evicted = { outcome: 'evicted'; why: string }

/**
 * Opens a found entry to be read where it is, through one descriptor: entries are never changed
 * once in place, and an eviction or an overwrite by another job meanwhile leaves what the
 * descriptor reads whole (on a local disk; on a network mount the entry is marked used first, so
 * eviction takes it last). The file must be as long as it was when it was found; anything else
 * is damage. `idleMs` bounds a read that hangs on a mount.
 */
export async function openEntry(found: Found, idleMs: number): Promise<Fetched | Evicted> {
  const broken = (why: string, corrupt: boolean): Fetched => ({ outcome: 'broken', matchedKey: found.key, why, corrupt })
  let handle
  try {
    handle = await open(found.file, 'r')
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { outcome: 'evicted', why: `${found.file} was removed (evicted by another job) before it could be read` }
    return broken(`cannot open ${withPath(found.file, err)}`, false)
  }
  try {
    const atOpen = (await handle.stat()).size
    if (atOpen !== found.sizeBytes) {
      await handle.close()
      return broken(`${found.file} changed size from ${found.sizeBytes} to ${atOpen} bytes after it was found`, true)
    }
  } catch (err) {
    await handle.close().catch(() => undefined)
    return broken(`reading ${withPath(found.file, err)}`, false)
  }
  return { outcome: 'restored', matchedKey: found.key, source: fileSource(handle, found.sizeBytes, found.file, idleMs) }
}

/**
 * A restore: the lookup, then the opening of what it found. An entry another job evicts between
 * the two is looked up again: the next listing shows what is there now (another match, or none).
 * The steps are parameters, so a test can evict between them.
 */
export async function lookUpAndOpen(
  lookup: () => Promise<Lookup | { outcome: 'timeout' }>,
  openFound: (found: Found) => Promise<Fetched | Evicted>
): Promise<Fetched> {
  for (let attempt = 1; ; attempt++) {
    const looked = await lookup()
    if (looked.outcome !== 'found') return looked
    const fetched = await openFound(looked.found)
    if (fetched.outcome !== 'evicted') return fetched
    if (attempt >= EVICTED_LOOKUPS) return { outcome: 'broken', matchedKey: looked.found.key, why: `${fetched.why}, ${attempt} times in a row`, corrupt: false }
  }
}
