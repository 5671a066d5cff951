import * as core from './host/log.ts'
import { host } from './host/host.ts'
import { accessSync, constants, statSync } from 'node:fs'
import { chmod, cp, lstat, mkdir, mkdtemp, readdir, rename, rm, rmdir, stat, unlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { cleanupWarning, LOCK_RETRY_DELAYS_MS, leftoverOf, renameFallback, rmRetryOptions, type Leftover } from './oserrors.ts'

/**
 * Removes a tree (or a file) that go may have made read-only (the module cache is), by making each
 * directory writable first, with retries that wait out a Windows lock. Missing paths are fine.
 * Never throws: what could not be removed is returned, for the caller to weigh.
 */
export async function tryRemoveTree(target: string): Promise<Leftover | undefined> {
  const first = await removeOnce(target)
  if (first === undefined) return undefined
  // rm stops at the first path that will not go (and reports a file it could not unlink as
  // ENOTDIR): removing the rest one by one leaves only what is really held, with its own code.
  const held = await sweep(target)
  return held ?? ((await lstat(target).then(() => true, () => false)) ? first : undefined)
}

/** Removes every path at and below target that will go; the first that will not. */
async function sweep(target: string): Promise<Leftover | undefined> {
  const info = await lstat(target).catch(() => undefined)
  if (info === undefined) return undefined
  let held: Leftover | undefined
  if (info.isDirectory()) {
    for (const name of await readdir(target).catch(() => [] as string[])) {
      const left = await sweep(path.join(target, name))
      held ??= left
    }
  }
  try {
    await (info.isDirectory() ? rmdir(target) : unlinkWritable(target))
  } catch (err) {
    // ENOENT: gone meanwhile (rm goes on removing in the background after its first failure).
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') held ??= leftoverOf(target, err)
  }
  return held
}

/** Windows refuses to delete a read-only file (go leaves module files read-only) with EPERM. */
async function unlinkWritable(file: string): Promise<void> {
  try {
    await unlink(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM' || process.platform !== 'win32') throw err
    await chmod(file, 0o666)
    await unlink(file)
  }
}

async function removeOnce(target: string): Promise<Leftover | undefined> {
  try {
    await makeWritable(target)
    // maxRetries works only with recursive, which removes a plain file just as well.
    await rm(target, { recursive: true, force: true, ...rmRetryOptions(process.platform) })
    return undefined
  } catch (err) {
    return leftoverOf(target, err)
  }
}

/**
 * Removes a scratch directory or staging file whose work is done: a failure is a warning naming
 * the path and the code, never an error that would replace the result it served. True when gone.
 */
export async function removeTree(target: string): Promise<boolean> {
  const left = await tryRemoveTree(target)
  if (left !== undefined) core.warning(cleanupWarning(target, left, process.platform))
  return left === undefined
}

/** Runs a cleanup of `target` that may throw (another backend's discard): a failure is a warning. */
export async function cleanupQuietly(target: string, cleanup: () => Promise<unknown>): Promise<boolean> {
  try {
    await cleanup()
    return true
  } catch (err) {
    core.warning(cleanupWarning(target, leftoverOf(target, err), process.platform))
    return false
  }
}

export interface RenameOptions {
  /** The OS whose error codes decide; the running one unless a test says otherwise. */
  platform?: NodeJS.Platform
  /** The rename to use: a test injects failures a real file system here cannot produce. */
  rename?: (from: string, to: string) => Promise<void>
  sleep?: (ms: number) => Promise<void>
  onRetry?: (code: string, waitMs: number) => void
}

export type Moved = { method: 'renamed'; attempts: number } | { method: 'copied'; attempts: number; code: string; sourceLeft?: Leftover }

/**
 * Moves a directory to `to` (which must not exist): a rename, retried while a lock may pass,
 * else a recursive copy and the source's removal. A source that stays behind is reported in
 * sourceLeft, not thrown: the copy is complete. Throws what no fallback helps with.
 */
export async function moveDir(from: string, to: string, o: RenameOptions = {}): Promise<Moved> {
  const platform = o.platform ?? process.platform
  const { attempts, error } = await renameWaitingOutLocks(from, to, o)
  if (error === undefined) return { method: 'renamed', attempts }
  const code = error.code ?? 'unknown'
  if (renameFallback(code, platform) === 'fail') throw error
  await cp(from, to, { recursive: true, force: true, errorOnExist: false, verbatimSymlinks: true, preserveTimestamps: true })
  const sourceLeft = await tryRemoveTree(from)
  return sourceLeft === undefined ? { method: 'copied', attempts, code } : { method: 'copied', attempts, code, sourceLeft }
}

/**
 * Renames a file that readers must see whole or not at all, waiting out a lock; never copies
 * (a copy could be read half-written). Throws the last error.
 */
export async function renameRetrying(from: string, to: string, o: RenameOptions = {}): Promise<void> {
  const { error } = await renameWaitingOutLocks(from, to, o)
  if (error !== undefined) throw error
}

/** Renames, retrying while the platform's code says the failure may pass; the last error, if any. */
async function renameWaitingOutLocks(
  from: string,
  to: string,
  o: RenameOptions
): Promise<{ attempts: number; error?: NodeJS.ErrnoException }> {
  const platform = o.platform ?? process.platform
  const doRename = o.rename ?? rename
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  for (let attempt = 1; ; attempt++) {
    try {
      await doRename(from, to)
      return { attempts: attempt }
    } catch (err) {
      const error = err as NodeJS.ErrnoException
      const wait = LOCK_RETRY_DELAYS_MS[attempt - 1]
      if (renameFallback(error.code, platform) !== 'retry' || wait === undefined) return { attempts: attempt, error }
      o.onRetry?.(error.code ?? 'unknown', wait)
      await sleep(wait)
    }
  }
}

export async function makeWritable(dir: string): Promise<void> {
  let info
  try {
    info = await stat(dir)
  } catch {
    return
  }
  if (!info.isDirectory()) return
  await chmod(dir, info.mode | 0o700)
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) await makeWritable(path.join(dir, entry.name))
  }
}

/** Lets the owner add and remove entries of this one directory (go leaves module directories read-only). */
export async function makeDirWritable(dir: string): Promise<void> {
  try {
    const info = await stat(dir)
    if ((info.mode & 0o700) !== 0o700) await chmod(dir, info.mode | 0o700)
  } catch {
    // gone already
  }
}

/** True when the directory is missing or holds nothing. */
export async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0
  } catch {
    return true
  }
}

/** Files (not directories) below dir, and their total size in bytes. */
export async function countFiles(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0
  let bytes = 0
  let list
  try {
    list = await readdir(dir, { withFileTypes: true, recursive: true })
  } catch {
    return { files, bytes }
  }
  for (const e of list) {
    if (!e.isFile()) continue
    files++
    bytes += (await stat(path.join(e.parentPath, e.name))).size
  }
  return { files, bytes }
}

export async function pathExists(p: string): Promise<boolean> {
  try {
    await stat(p)
    return true
  } catch {
    return false
  }
}

/**
 * A new directory of the action's own under the job's temp directory (the system's when the host
 * has none), named prefix + random: staging archives, save jobs, the history kept for the post step.
 */
export async function scratchDir(prefix: string, temp: string = host().runner().temp): Promise<string> {
  const base = path.join(temp || os.tmpdir(), 'go-mod-precache')
  await mkdir(base, { recursive: true })
  return mkdtemp(path.join(base, prefix))
}

/**
 * A file a program lookup may take: a regular file, and on POSIX one this process may execute
 * (Windows runs by extension: PATHEXT decides).
 */
export function isRunnableFile(file: string, platform: NodeJS.Platform = process.platform): boolean {
  try {
    if (!statSync(file).isFile()) return false
    if (platform !== 'win32') accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}
