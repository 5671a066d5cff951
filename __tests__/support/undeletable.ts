// Real paths that rm and rename cannot take away, to drive the cleanup and move fallbacks through
// a real file system rather than a mock. Root bypasses permissions, so for root it is the immutable
// attribute (chattr +i, on ext4, xfs, btrfs); for another user, a read-only parent directory.
import { execFile } from 'node:child_process'
import { chmod } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const isRoot = process.getuid?.() === 0

export type Undo = () => Promise<void>

/**
 * As root on Linux: makes `target` immutable (it cannot be removed, renamed or, for a directory,
 * changed) and returns the undo; undefined where that is not possible (not root, no chattr, a
 * file system without the attribute).
 */
export async function pin(target: string): Promise<Undo | undefined> {
  if (!isRoot || process.platform !== 'linux') return undefined
  try {
    await run('chattr', ['+i', target])
  } catch {
    return undefined
  }
  return async () => {
    await run('chattr', ['-i', target])
  }
}

/**
 * Keeps `target` from being renamed or removed: pinned as root, else its parent made read-only
 * (which holds only against code that leaves the parent's mode alone). undefined off Linux.
 */
export async function undeletable(target: string): Promise<Undo | undefined> {
  if (isRoot) return pin(target)
  if (process.platform !== 'linux' && process.platform !== 'darwin') return undefined
  const parent = path.dirname(target)
  await chmod(parent, 0o555)
  return () => chmod(parent, 0o755)
}
