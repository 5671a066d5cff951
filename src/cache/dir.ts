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
//
// Here the save and the backend; the names of entries are in dirkeys.ts, the lookup in
// dirlookup.ts, the eviction in direvict.ts and the trim in dirtrim.ts.
import * as core from '../host/log.ts'
import { constants as fsConstants } from 'node:fs'
import { copyFile, link, lstat, mkdir, mkdtemp, open, stat, utimes } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../errors.ts'
import { renameRetrying, removeTree, scratchDir, tryRemoveTree } from '../fsutil.ts'
import { cleanupWarning, errnoCode, withPath } from '../oserrors.ts'
import { ARCHIVE_FORMAT, ARCHIVE_NAME } from './archive.ts'
import type { CacheBackend, Fetched, Stored } from './backend.ts'
import { decodeKey, encodeKey, MAX_ENCODED_KEY, tempName } from './dirkeys.ts'
import { evict } from './direvict.ts'
import { lookupEntry, lookUpAndOpen, openEntry, type Evicted, type Found, type Lookup } from './dirlookup.ts'
import { trimFiles } from './dirtrim.ts'
import { TIMED_OUT, withinTime } from './guarded.ts'
import { foldKey } from './key.ts'

export interface DirConfig {
  kind: 'dir'
  /** Absolute path of the shared directory. */
  root: string
  /** Entries are evicted, least recently restored first, while the directory holds more. */
  maxSizeBytes: number
}

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
          return { outcome: 'service-failed', why: `looking up ${primaryKey} in ${name} failed: ${errorMessage(err)}` }
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
          core.warning(`Could not mark ${found.file} as used (${errnoCode(err) ?? errorMessage(err)}); eviction will count it as unused since it was written.`)
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
        (err: unknown) => (errnoCode(err) === 'ENOENT' ? false : err)
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
        const message = errorMessage(err)
        return { saved: false, failed: true, skipped: `could not ${step}: ${message}`, sizeBytes }
      }
      if (published === 'exists') return { saved: false, skipped: 'entry already exists', sizeBytes }
      await syncDir(dir)
      try {
        await evict(root, config.maxSizeBytes, target)
      } catch (err) {
        core.warning(`Cache eviction in ${root} failed; the entry is saved: ${errorMessage(err)}`)
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
    const code = errnoCode(err)
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
