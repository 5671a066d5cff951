// Cache archives of our own: tar for the file tree, zstd from node:zlib for the compression. Members
// are named relative to the directory they came from, so an archive restores into any path (a
// GOMODCACHE moved to another drive still hits), and the member list is chosen by the caller, so
// what is saved is exactly what was planned, whatever later steps add to the directory meanwhile.
//
// Unpacking tens of thousands of small files is kernel work that one tar does on one core: two
// tars side by side unpacked the trees of cli/cli's modules in 0.59-0.71 s against 1.03-2.43 s for
// one. So an archive holds PARTS tar streams, each compressed on its own and unpacked in parallel,
// one after the other in the file behind a zstd skippable frame that gives their lengths and the
// directories above the members. Those are made before the tars start: two tars creating the same
// parent at once failed ("Cannot open: No such file or directory"). `zstd -d` skips the frame, so
// `zstd -d < archive | tar -xif -` still reads the whole archive.
import { spawn } from 'node:child_process'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { constants, createZstdCompress, createZstdDecompress } from 'node:zlib'
import { removeTree } from '../fsutil.ts'
import { CHUNK, Exactly, readBytes, type ArchiveSource } from './source.ts'

/** The archive format, part of every backend's cache version: a change makes old entries miss. */
export const ARCHIVE_FORMAT = 'tar-zstd-3'
/** The file name of a staged or fetched archive, in a directory of its own. */
export const ARCHIVE_NAME = 'archive.tzst'

const PARTS = 2
const EARLY_CLOSE = new Set(['EPIPE', 'ERR_STREAM_PREMATURE_CLOSE'])
/** The first of zstd's skippable frame magic numbers (0x184D2A50–0x184D2A5F). */
const SKIPPABLE_MAGIC = 0x184d2a50

export interface ArchiveResult {
  bytes: number
  ms: number
}

/** Members dealt round-robin into parts: in sorted order, neighbouring modules go to different tars. */
export function splitMembers(members: string[], parts: number): string[][] {
  const out: string[][] = Array.from({ length: parts }, () => [])
  members.forEach((m, i) => out[i % parts]!.push(m))
  return out
}

/** Every directory above a member ('/'-separated, parents first), for making them before unpacking. */
export function parentDirs(members: string[]): string[] {
  const dirs = new Set<string>()
  for (const m of members) {
    const parts = m.split('/')
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'))
  }
  return [...dirs].sort()
}

export interface Header {
  /** The byte ranges of the parts, from the start of the file. */
  ranges: { start: number; end: number }[]
  dirs: string[]
}

/** The header frame: a zstd skippable frame whose payload is JSON: the part lengths and the parent directories. */
export function encodeHeader(lengths: number[], dirs: string[] = []): Buffer {
  const payload = Buffer.from(JSON.stringify({ parts: lengths, dirs }))
  const head = Buffer.alloc(8)
  head.writeUInt32LE(SKIPPABLE_MAGIC, 0)
  head.writeUInt32LE(payload.length, 4)
  return Buffer.concat([head, payload])
}

/** The header at the start of the file; undefined when it has none. */
export function decodeHeader(start: Buffer): Header | undefined {
  if (start.length < 8 || start.readUInt32LE(0) !== SKIPPABLE_MAGIC) return undefined
  const size = start.readUInt32LE(4)
  if (start.length < 8 + size) return undefined
  let parsed: { parts?: unknown; dirs?: unknown }
  try {
    parsed = JSON.parse(start.subarray(8, 8 + size).toString('utf8')) as { parts?: unknown; dirs?: unknown }
  } catch {
    return undefined
  }
  const lengths = parsed.parts
  const dirs = parsed.dirs ?? []
  if (!Array.isArray(lengths) || !lengths.every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined
  // Relative paths inside the root only: a header must not make directories anywhere else.
  if (!Array.isArray(dirs) || !dirs.every((d) => typeof d === 'string' && d !== '' && !d.startsWith('/') && !d.split('/').includes('..'))) return undefined
  const ranges: { start: number; end: number }[] = []
  let offset = 8 + size
  for (const n of lengths as number[]) {
    ranges.push({ start: offset, end: offset + n })
    offset += n
  }
  return { ranges, dirs: dirs as string[] }
}

/**
 * Packs `members` (paths relative to root, '/'-separated; a directory brings its whole tree) into
 * `file`. The lists go to tar in files, never on its command line, so their length does not matter.
 */
export async function createArchive(root: string, members: string[], file: string): Promise<ArchiveResult> {
  const started = performance.now()
  const groups = splitMembers(members, PARTS)
  const partFiles = groups.map((_, i) => `${file}.part${i}`)
  try {
    await Promise.all(groups.map((group, i) => packPart(root, group, partFiles[i]!)))
    const lengths = await Promise.all(partFiles.map(async (f) => (await stat(f)).size))
    const out = createWriteStream(file)
    out.write(encodeHeader(lengths, parentDirs(members)))
    for (const f of partFiles) await pipeline(createReadStream(f, { highWaterMark: CHUNK }), out, { end: false })
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())))
  } finally {
    // A part file left behind (a scan holding it) is a warning: the archive is whole without it.
    await Promise.all(partFiles.flatMap((f) => [removeTree(f), removeTree(`${f}.members`)]))
  }
  return { bytes: (await stat(file)).size, ms: Math.round(performance.now() - started) }
}

async function packPart(root: string, members: string[], file: string): Promise<void> {
  const list = `${file}.members`
  await writeFile(list, members.map((m) => `${m}\n`).join(''))
  // An empty list still makes a valid (empty) tar: every part is there for the reader.
  const tar = spawnTar(['-cf', '-', '-C', root, '-T', list], 'pipe-out')
  const compress = createZstdCompress({ chunkSize: CHUNK, params: { [constants.ZSTD_c_compressionLevel]: 3 } })
  await Promise.all([pipeline(tar.child.stdout!, compress, createWriteStream(file)), tar.done])
}

/** The first bytes read for the header: one request holds it, however many directories it lists. */
const HEAD_BYTES = 256 * 1024

/**
 * Unpacks an archive made by createArchive into root, which must exist: each part streams from
 * the source into its own tar, side by side, so the download and the unpacking overlap.
 */
export async function extractArchive(source: ArchiveSource, root: string): Promise<ArchiveResult> {
  const started = performance.now()
  const { ranges, dirs } = await readHeader(source)
  for (const dir of dirs) await mkdir(path.join(root, ...dir.split('/')), { recursive: true })
  // The first part that fails stops the others, and every tar has ended before this returns: the
  // caller cleans root up, which must not race a tar still writing into it.
  const stop = new AbortController()
  let failure: { err: unknown } | undefined
  await Promise.all(
    ranges.map(async (range, i) => {
      try {
        await unpackPart(source, range, `part ${i + 1} of the archive`, root, stop.signal)
      } catch (err) {
        failure ??= { err }
        stop.abort()
      }
    })
  )
  if (failure !== undefined) throw failure.err
  return { bytes: source.sizeBytes, ms: Math.round(performance.now() - started) }
}

async function unpackPart(source: ArchiveSource, range: { start: number; end: number }, what: string, root: string, signal: AbortSignal): Promise<void> {
  const tar = spawnTar(['-xf', '-', '-C', root], 'pipe-in')
  const kill = () => tar.child.kill()
  signal.addEventListener('abort', kill, { once: true })
  try {
    const steps = [source.read(range.start, range.end), new Exactly(range.end - range.start, what), createZstdDecompress({ chunkSize: CHUNK }), tar.child.stdin!] as const
    const fed = pipeline(...steps, { signal }).then(
      () => undefined,
      (err: NodeJS.ErrnoException) => err
    )
    const [feedError, tarError] = await Promise.all([fed, tar.done.then(() => undefined, (err: unknown) => err)])
    // tar stops reading at its end-of-archive blocks, and may exit before the record padding
    // behind them is written to it: with tar's success, that early close is no error. A part that
    // could not be read ends its tar early: then the read's error is the cause.
    const early = feedError !== undefined && EARLY_CLOSE.has(feedError.code ?? '')
    if (feedError !== undefined && !early) throw feedError
    if (tarError !== undefined) throw tarError
  } finally {
    signal.removeEventListener('abort', kill)
  }
}

async function readHeader(source: ArchiveSource): Promise<Header> {
  const size = source.sizeBytes
  let start = await readBytes(source, 0, Math.min(size, HEAD_BYTES))
  const payload = start.length >= 8 ? start.readUInt32LE(4) : 0
  if (8 + payload > start.length && 8 + payload <= size) start = Buffer.concat([start, await readBytes(source, start.length, 8 + payload)])
  const header = decodeHeader(start)
  if (header === undefined) throw new Error('the archive is not of this format (no part header)')
  const end = header.ranges.at(-1)?.end ?? 8 + payload
  if (end !== size) throw new Error(`the archive is ${size} bytes, its header says ${end}: cut short or damaged`)
  return { ranges: header.ranges.filter((r) => r.end > r.start), dirs: header.dirs }
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
