// Cache archives of our own: tar for the file tree, zstd from node:zlib for the compression. Members
// are named relative to the directory they came from, so an archive restores into any path (a
// GOMODCACHE moved to another drive still hits), and the member list is chosen by the caller, so
// what is saved is exactly what was planned, whatever later steps add to the directory meanwhile.
import { spawn } from 'node:child_process'
import { createReadStream, createWriteStream } from 'node:fs'
import { rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { constants, createZstdCompress, createZstdDecompress } from 'node:zlib'

/** The archive format, part of every backend's cache version: a change makes old entries miss. */
export const ARCHIVE_FORMAT = 'tar-zstd-1'

/** Stream chunks: with node's small defaults, unpacking took 1.4–2× as long as `zstd -d | tar -x`. */
const CHUNK = 1 << 20

export interface ArchiveResult {
  bytes: number
  ms: number
}

/**
 * Packs `members` (paths relative to root, '/'-separated; a directory brings its whole tree) into
 * `file`. The list goes to tar in a file, never on its command line, so its length does not matter.
 */
export async function createArchive(root: string, members: string[], file: string): Promise<ArchiveResult> {
  const started = performance.now()
  // Beside the archive, and gone before it is stored: the staging directory is stored whole.
  const list = `${file}.members`
  try {
    await writeFile(list, members.map((m) => `${m}\n`).join(''))
    const tar = spawnTar(['-cf', '-', '-C', root, '-T', list], 'pipe-out')
    const compress = createZstdCompress({ chunkSize: CHUNK, params: { [constants.ZSTD_c_compressionLevel]: 3 } })
    await Promise.all([pipeline(tar.child.stdout!, compress, createWriteStream(file)), tar.done])
  } finally {
    await rm(list, { force: true })
  }
  return { bytes: (await stat(file)).size, ms: Math.round(performance.now() - started) }
}

/** Unpacks an archive made by createArchive into root, which must exist. */
export async function extractArchive(file: string, root: string): Promise<ArchiveResult> {
  const started = performance.now()
  const tar = spawnTar(['-xf', '-', '-C', root], 'pipe-in')
  await Promise.all([pipeline(createReadStream(file, { highWaterMark: CHUNK }), createZstdDecompress({ chunkSize: CHUNK }), tar.child.stdin!), tar.done])
  return { bytes: (await stat(file)).size, ms: Math.round(performance.now() - started) }
}

function spawnTar(args: string[], mode: 'pipe-in' | 'pipe-out') {
  const child = spawn(tarCommand(), args, {
    stdio: mode === 'pipe-in' ? ['pipe', 'ignore', 'pipe'] : ['ignore', 'pipe', 'pipe'],
    windowsHide: true
  })
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve()
      else reject(new Error(`tar ${args[0]} exited with ${code}: ${stderr.trim().split('\n').slice(0, 3).join('; ')}`))
    })
  })
  return { child, done }
}

/** Windows' own tar (bsdtar) reads and writes the same archives; PATH may put Git's tar first. */
function tarCommand(): string {
  if (process.platform !== 'win32') return 'tar'
  return path.join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'tar.exe')
}
