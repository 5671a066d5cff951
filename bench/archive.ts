// Cache archives as the action makes them (src/cache/archive.ts: a header frame and two zstd tar
// parts unpacked side by side), for scenarios that measure an archive the action did not save or
// unpack one by hand; and the unwrapping of a GitHub cache entry, which @actions/cache stores as a
// tar of its own around the action's archive. The bench calls the action's archive code here only.
import { mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import { ARCHIVE_NAME, createArchive, extractArchive } from '../src/cache/archive.ts'
import { removeTree } from '../__tests__/support/fixtures.ts'
import { timeCommand } from './lib.ts'

export interface Archive {
  path: string
  bytes: number
  /** Wall time of packing (reading the tree, compressing, writing the file) or unpacking. */
  ms: number
}

/** The whole tree below dir in one archive of the action's format, written to file. */
export async function archiveTree(dir: string, file: string): Promise<Archive> {
  const made = await createArchive(dir, (await readdir(dir)).sort(), file)
  return { path: file, bytes: made.bytes, ms: made.ms }
}

/** Unpacks an archive of the action's format into dir (which must exist), as the action restores. */
export async function unpackArchive(file: string, dir: string): Promise<Archive> {
  const done = await extractArchive(file, dir)
  return { path: file, bytes: done.bytes, ms: done.ms }
}

/** tar's arguments for extracting an @actions/cache entry, as @actions/cache passes them (unzstd is zstd -d). */
export function unwrapArgs(format: string, entry: string, dir: string): string[] {
  const common = ['-xf', entry, '-P', '-C', dir]
  if (/zstandard/i.test(format)) return [...common, '--use-compress-program', 'unzstd']
  if (/gzip/i.test(format)) return [...common, '-z']
  throw new Error(`unexpected cache archive format: ${format}`)
}

/**
 * Unwraps a GitHub cache entry (a file the cache service stored) into scratch and gives the path of
 * the action's archive inside it, and tar's time.
 */
export async function unwrapEntry(format: string, entry: string, scratch: string): Promise<{ archive: string; ms: number }> {
  await removeTree(scratch)
  await mkdir(scratch, { recursive: true })
  const { ms } = await timeCommand('tar', unwrapArgs(format, entry, scratch))
  const found = (await readdir(scratch, { recursive: true, withFileTypes: true })).find((e) => e.isFile() && e.name === ARCHIVE_NAME)
  if (found === undefined) throw new Error(`the cache entry ${entry} holds no ${ARCHIVE_NAME}`)
  return { archive: path.join(found.parentPath, found.name), ms }
}
