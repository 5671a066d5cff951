// An archive file as the source a backend's restore hands back, for tests that restore a file.
import { open } from 'node:fs/promises'
import { fileSource, type ArchiveSource } from '../../src/cache/source.ts'

export async function sourceOf(file: string, idleMs = 60_000): Promise<ArchiveSource & { closed(): boolean }> {
  const handle = await open(file, 'r')
  const source = fileSource(handle, (await handle.stat()).size, file, idleMs)
  let closed = false
  return {
    ...source,
    close: () => {
      closed = true
      return source.close()
    },
    closed: () => closed
  }
}
