// A cache directory the runners of a fleet share: a local disk of one machine, or a network file
// system (NFS, SMB) mounted on many. Each entry is one archive file,
//
//   <root>/<ARCHIVE_FORMAT>/<entry>/<encoded key>
//
// written once and never changed: a save copies the archive to a temporary name in the same
// directory, flushes it and links it into place, so a reader never sees a half-written file and
// of two writers of one key one saves and the other finds it there (without hard links, a rename:
// both complete, the last one's entry stays). Nothing relies on file locks or the file system
// updating access times on reads (noatime mounts, NFS): a restore sets the entry's atime itself,
// and the eviction after a save removes the least recently restored or written entries while the
// directory holds more than its limit; a restore whose entry is evicted before it opens it looks again.
//
// The key is stored lowercased (foldKey) and compared ignoring case, as the cache services do: a key
// differing only in case is one entry on every file system, case-sensitive (ext4) or not (APFS,
// NTFS, SMB shares), and entries written with their case kept are still found.
import * as core from '../host/log.ts'
import { constants as fsConstants } from 'node:fs'
import { copyFile, link, lstat, mkdir, mkdtemp, open, readdir, stat, utimes } from 'node:fs/promises'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { renameRetrying, removeTree, scratchDir, tryRemoveTree } from '../fsutil.ts'
import { cleanupWarning } from '../oserrors.ts'
import { ARCHIVE_FORMAT, ARCHIVE_NAME } from './archive.ts'
import type { CacheBackend, Fetched, Stored } from './backend.ts'
import { trimFiles } from './dirtrim.ts'
import { foldKey, keyHasPrefix, sameKey } from './key.ts'
import { fileSource } from './source.ts'

export interface DirConfig {
  kind: 'dir'
  /** Absolute path of the shared directory. */
  root: string
  /** Entries are evicted, least recently used first, while the directory holds more. */
  maxSizeBytes: number
}

const TEMP_SUFFIX = '.tmp'
/** A temporary file this old was left by a writer that was killed: no copy takes an hour without writing. */
export const STALE_TEMP_MS = 60 * 60 * 1000
/**
 * The longest encoded key: file names are limited to 255 bytes (ext4, APFS, NTFS), and the
 * temporary name adds a dot, the pid, a random part and the suffix.
 */
export const MAX_ENCODED_KEY = 200
/** Lookups a restore makes while other jobs evict what each one found. */
const EVICTED_LOOKUPS = 3

// ---------------------------------------------------------------------------------------------
// Key encoding

/** Device names Windows reserves in every directory, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i

function escapeChar(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
}

/**
 * A file name for a key (or an entry name) valid on Linux, macOS and Windows, and decodable with
 * decodeURIComponent: encodeURIComponent leaves only letters, digits and -_.!~*'() as they are;
 * of those, '*' is forbidden on Windows, a leading '.' would make a hidden file (and the names
 * '.', '..' or one of our temporary files), a trailing '.' is dropped by Windows, and CON, NUL…
 * are devices there. Throws a URIError for a string with a lone surrogate, which no file name holds.
 */
export function encodeKey(key: string): string {
  let name = encodeURIComponent(key).replace(/\*/g, '%2A')
  if (name.startsWith('.')) name = `%2E${name.slice(1)}`
  if (name.endsWith('.')) name = `${name.slice(0, -1)}%2E`
  if (WINDOWS_RESERVED.test(name)) name = escapeChar(name[0]!) + name.slice(1)
  return name
}

/**
 * The key a file name encodes; undefined for a name this backend did not write (a temporary file,
 * a .DS_Store, a name that is not the canonical encoding of what it decodes to).
 */
export function decodeKey(name: string): string | undefined {
  if (name === '' || name.startsWith('.')) return undefined
  let key: string
  try {
    key = decodeURIComponent(name)
  } catch {
    return undefined
  }
  return encodeKey(key) === name ? key : undefined
}

/** True for the name of a temporary file of a save (finished or abandoned). */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX)
}

function tempName(encoded: string): string {
  return `.${encoded}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`
}

// ---------------------------------------------------------------------------------------------
// Matching and eviction: pure decisions

export interface Candidate {
  key: string
  mtimeMs: number
}

/**
 * The entry a restore takes, as GitHub's cache chooses: the primary key's own, else for each
 * restore key in order the newest (entries are written once: by mtime) whose key starts with it.
 * Ties go to the greater key, so every runner picks the same.
 */
export function chooseMatch<T extends Candidate>(candidates: readonly T[], primaryKey: string, restoreKeys: readonly string[]): T | undefined {
  const exact = candidates.find((c) => sameKey(c.key, primaryKey))
  if (exact !== undefined) return exact
  for (const prefix of restoreKeys) {
    let best: T | undefined
    for (const c of candidates) {
      if (!keyHasPrefix(c.key, prefix)) continue
      if (best === undefined || c.mtimeMs > best.mtimeMs || (c.mtimeMs === best.mtimeMs && c.key > best.key)) best = c
    }
    if (best !== undefined) return best
  }
  return undefined
}

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

// ---------------------------------------------------------------------------------------------
// Helpers

/** What withinTime yields when the time ran out first. */
export const TIMED_OUT = Symbol('timed out')

/** The longest wait setTimeout takes; a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * The value of p, or TIMED_OUT once ms pass first; p goes on unwatched (it must not reject).
 * A limit that is not a finite number waits for p, however long.
 */
export async function withinTime<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  if (!Number.isFinite(ms)) return p
  ms = Math.min(Math.max(ms, 0), MAX_TIMER_MS)
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(resolve, ms, TIMED_OUT)
  })
  try {
    return await Promise.race([p, limit])
  } finally {
    clearTimeout(timer)
  }
}

function codeOf(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  return typeof code === 'string' ? code : undefined
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** The error's message, with the path when the message does not name it already. */
function withPath(target: string, err: unknown): string {
  const message = messageOf(err)
  return message.includes(target) ? message : `${target}: ${message}`
}

// ---------------------------------------------------------------------------------------------
// The lookup

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
    if (codeOf(err) === 'ENOENT') return { outcome: 'miss' }
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
    if (codeOf(err) === 'ENOENT') return { outcome: 'evicted', why: `${found.file} was removed (evicted by another job) before it could be read` }
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

// ---------------------------------------------------------------------------------------------
// Eviction

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
      if (codeOf(err) !== 'ENOENT') out.problems.push(withPath(dir, err))
      return []
    }
  }
  for (const formatDir of await dirsIn(root)) {
    for (const entryDir of await dirsIn(formatDir)) {
      let names: string[]
      try {
        names = await readdir(entryDir)
      } catch (err) {
        if (codeOf(err) !== 'ENOENT') out.problems.push(withPath(entryDir, err))
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

// ---------------------------------------------------------------------------------------------
// The backend

export function dirBackend(config: DirConfig): CacheBackend {
  const root = path.resolve(config.root)
  const name = `the cache directory ${root}`
  let stage: Promise<string> | undefined
  let stageDir: string | undefined
  const stageRoot = () =>
    (stage ??= (async () => {
      stageDir = await scratchDir('dir-')
      return stageDir
    })().catch((err: unknown) => {
      // A later call tries again.
      stage = undefined
      throw err
    }))
  /** A fresh directory of its own for one file: its discard removes whatever was made beside it (part files). */
  const freshFile = async (entry: string) => path.join(await mkdtemp(path.join(await stageRoot(), `${encodeKey(entry)}-`)), ARCHIVE_NAME)
  const entryDir = (entry: string) => path.join(root, ARCHIVE_FORMAT, encodeKey(entry))

  return {
    name,
    available: () => true,
    stagingFile: (entry) => freshFile(entry),

    async restore(entry, primaryKey, restoreKeys, lookupTimeoutMs, idleTimeoutMs = lookupTimeoutMs): Promise<Fetched> {
      const lookup = async (): Promise<Lookup | { outcome: 'timeout' }> => {
        try {
          const looked = await withinTime(lookupEntry(root, entryDir(entry), primaryKey, restoreKeys), lookupTimeoutMs)
          return looked === TIMED_OUT ? { outcome: 'timeout' } : looked
        } catch (err) {
          return { outcome: 'service-failed', why: `looking up ${primaryKey} in ${name} failed: ${messageOf(err)}` }
        }
      }
      const openFound = async (found: Found): Promise<Fetched | Evicted> => {
        const fetched = await openEntry(found, idleTimeoutMs)
        if (fetched.outcome !== 'restored') return fetched
        // The use that eviction goes by, set explicitly and before the reading: reads do not
        // update atime on noatime mounts, and NFS clients cache it. mtime stays: it orders the
        // prefix matches.
        try {
          await utimes(found.file, new Date(), found.mtimeMs / 1000)
        } catch (err) {
          core.warning(`Could not mark ${found.file} as used (${codeOf(err) ?? messageOf(err)}); eviction will count it as unused since it was written.`)
        }
        return fetched
      }
      return lookUpAndOpen(lookup, openFound)
    },

    async save(entry, key, archive): Promise<Stored> {
      let sizeBytes: number
      try {
        sizeBytes = (await stat(archive)).size
      } catch (err) {
        return { saved: false, failed: true, skipped: `the archive to store is unreadable: ${withPath(archive, err)}` }
      }
      let encoded: string
      let dir: string
      try {
        encoded = encodeKey(foldKey(key))
        dir = entryDir(entry)
      } catch {
        return { saved: false, failed: true, skipped: `the key ${JSON.stringify(key)} or entry ${JSON.stringify(entry)} is not valid text`, sizeBytes }
      }
      if (encoded.length > MAX_ENCODED_KEY) {
        return { saved: false, failed: true, skipped: `the key ${key} is too long for a file name in ${name} (${encoded.length} > ${MAX_ENCODED_KEY} characters encoded)`, sizeBytes }
      }
      const target = path.join(dir, encoded)
      const exists = await lstat(target).then(
        () => true,
        (err: unknown) => (codeOf(err) === 'ENOENT' ? false : err)
      )
      if (exists === true) return { saved: false, skipped: 'entry already exists', sizeBytes }
      if (exists !== false) return { saved: false, failed: true, skipped: `cannot check ${withPath(target, exists)}`, sizeBytes }

      const temp = path.join(dir, tempName(encoded))
      let step = `create ${dir}`
      let published: Published
      try {
        await mkdir(dir, { recursive: true })
        step = `write ${temp}`
        await copyFile(archive, temp, fsConstants.COPYFILE_EXCL)
        // Flushed before it is published: after a crash the entry is whole or missing, never short.
        const handle = await open(temp, 'r+')
        try {
          await handle.sync()
          const written = (await handle.stat()).size
          if (written !== sizeBytes) throw new Error(`${written} of ${sizeBytes} bytes written`)
        } finally {
          await handle.close()
        }
        step = `publish ${temp} as ${target}`
        published = await publish(temp, target)
      } catch (err) {
        await removeTemp(temp)
        // On Windows a rename over an entry another job holds open fails; that job stored it.
        if (step.startsWith('publish') && (await lstat(target).then(() => true, () => false))) {
          return { saved: false, skipped: 'entry already exists', sizeBytes }
        }
        const message = messageOf(err)
        return { saved: false, failed: true, skipped: `could not ${step}: ${message}`, sizeBytes }
      }
      if (published === 'exists') return { saved: false, skipped: 'entry already exists', sizeBytes }
      await syncDir(dir)
      try {
        await evict(root, config.maxSizeBytes, target)
      } catch (err) {
        core.warning(`Cache eviction in ${root} failed; the entry is saved: ${messageOf(err)}`)
      }
      return { saved: true, sizeBytes }
    },

    // Never throws; removes only what this backend made.
    async discard(file) {
      if (stageDir === undefined) return
      const dir = path.dirname(path.resolve(file))
      if (path.dirname(dir) !== stageDir) return
      await removeTree(dir)
    },

    trim: (entry, keyPrefix, keep) => trimFiles(entryDir(entry), keyPrefix, keep, decodeKey)
  }
}

type Published = 'saved' | 'exists'

/** File systems without hard links answer link() so (vfat, some SMB and FUSE mounts). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'])

/**
 * Puts a written temporary file in place as the entry, unless another job's is there already: a
 * hard link, unlike a rename, never replaces a name, so of racing writers of one key one saves
 * and the others find it. Where the file system has no hard links, a rename: then the last
 * writer's entry stays, and each reports it saved. The temporary file is removed either way.
 */
async function publish(temp: string, target: string): Promise<Published> {
  try {
    await link(temp, target)
  } catch (err) {
    const code = codeOf(err)
    if (code !== undefined && NO_HARD_LINKS.has(code)) {
      await renameRetrying(temp, target)
      return 'saved'
    }
    if (code !== 'EEXIST') throw err
    // NFS may answer a retransmitted LINK that succeeded with EEXIST: then the entry is this one.
    const mine = await sameFile(temp, target)
    await removeTemp(temp)
    return mine ? 'saved' : 'exists'
  }
  await removeTemp(temp)
  return 'saved'
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)])
    return x.ino === y.ino && x.dev === y.dev
  } catch {
    return false
  }
}

async function removeTemp(temp: string): Promise<void> {
  const left = await tryRemoveTree(temp)
  if (left !== undefined) core.warning(cleanupWarning(temp, left, process.platform))
}

/** Makes the rename durable where a directory can be flushed (not on Windows); best effort. */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Some file systems refuse fsync on a directory; the data itself is flushed.
  }
}
