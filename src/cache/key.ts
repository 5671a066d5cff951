import { createHash } from 'node:crypto'
import { InputError } from '../errors.ts'

export interface KeyInputs {
  prefix: string
  runnerOs: string
  runnerArch: string
  files: { path: string; content: Buffer }[]
}

export interface CacheKeys {
  primaryKey: string
  restoreKeys: string[]
  /** sha256 over the dependency files' paths and contents. */
  hash: string
}

/**
 * `<prefix>-<os>-<arch>-<hash>`; the restore key is the same without the hash, so any earlier
 * cache of the same platform can seed a partial restore.
 */
export function computeCacheKeys(inputs: KeyInputs): CacheKeys {
  const hash = hashFiles(inputs.files)
  const base = `${inputs.prefix}-${inputs.runnerOs}-${inputs.runnerArch}-`
  return { primaryKey: `${base}${hash}`, restoreKeys: [base], hash }
}

/** Order-independent: the files are hashed sorted by path; the path is part of the hash. */
export function hashFiles(files: { path: string; content: Buffer }[]): string {
  const sha = createHash('sha256')
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const file of sorted) {
    sha.update(`${file.path}\0${file.content.length}\0`)
    sha.update(file.content)
  }
  return sha.digest('hex')
}

/** The longest key the cache service takes (@actions/cache refuses longer ones before asking it). */
export const MAX_KEY_LENGTH = 512

/**
 * Throws, naming `key-prefix`, when a key made from it is longer than the cache service allows:
 * such a key would only ever warn, and every run would go without a cache.
 */
export function assertKeyLengths(prefix: string, keys: readonly string[]): void {
  const longest = keys.reduce((a, b) => (b.length > a.length ? b : a), '')
  if (longest.length <= MAX_KEY_LENGTH) return
  const room = MAX_KEY_LENGTH - (longest.length - prefix.length)
  throw new InputError(
    `Input 'key-prefix' (${prefix.length} characters) makes the cache key ${longest.length} characters long; the cache service allows at most ${MAX_KEY_LENGTH}. Expected a key-prefix of at most ${Math.max(room, 1)} characters, such as 'go-mod'.`
  )
}

// Cache services compare keys ignoring case: @actions/cache takes a match as exact when the keys
// differ only in case (`isExactKeyMatch`), and act's cache server (Gitea's and Forgejo's runners)
// lowercases every key it stores and answers with the stored key. A comparison of ours that
// minded case would take act's answer to the primary key for a restore-key hit and save the
// entry again on every run. Every comparison of keys goes through sameKey or keyHasPrefix.

/** The form of a key in which case no longer counts; S3 objects and directory entries are named by it. */
export function foldKey(key: string): string {
  return key.toLowerCase()
}

/** True when the cache services take a and b for one key. */
export function sameKey(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b)
}

/** True when a restore key (prefix) matches key, as the cache services match it. */
export function keyHasPrefix(key: string, prefix: string): boolean {
  return foldKey(key).startsWith(foldKey(prefix))
}
