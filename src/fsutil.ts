import { chmod, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

/**
 * Removes a directory tree that go made read-only (the module cache is), by making each
 * directory writable first. Missing paths are fine.
 */
export async function removeTree(dir: string): Promise<void> {
  await makeWritable(dir)
  await rm(dir, { recursive: true, force: true, maxRetries: 3 })
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
