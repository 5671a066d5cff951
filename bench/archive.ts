// Cache archives as the action makes them (src/cache/archive.ts: a header frame and two zstd tar
// parts unpacked side by side), for scenarios that measure an archive the action did not save or
// unpack one by hand. Every backend stores the archive as it is. The bench calls the action's
// archive code here only.
import { open, readdir, stat } from 'node:fs/promises'
import { createArchive, extractArchive } from '../src/cache/archive.ts'
import { fileSource } from '../src/cache/source.ts'

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
  const handle = await open(file, 'r')
  const source = fileSource(handle, (await stat(file)).size, file, 60_000)
  try {
    const done = await extractArchive(source, dir)
    return { path: file, bytes: done.bytes, ms: done.ms }
  } finally {
    await source.close()
  }
}
