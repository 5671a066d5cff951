// A fetched archive, read by byte ranges while it is unpacked: the parts of an archive stream from
// the cache into their unpackers side by side, so downloading and unpacking overlap, and nothing
// is written to disk on the way. Each backend makes its own (ranged HTTP GETs, ranged S3 GETs, a
// file descriptor); what is common to them is here.
import type { FileHandle } from 'node:fs/promises'
import { pipeline as pipe, Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { setTimeout as sleep } from 'node:timers/promises'

export interface ArchiveSource {
  /** The archive's length in bytes. */
  readonly sizeBytes: number
  /**
   * The bytes [start, end) as a stream; several ranges may be read at once. A read that fails (a
   * cut connection, no byte within the idle timeout, a file cut short) fails with an error that
   * says so; a read that ends early is caught by `Exactly`.
   */
  read(start: number, end: number): Readable
  /** Lets go of what the source holds (a file descriptor, a response). Never throws. */
  close(): Promise<void>
}

/** How long a close waits for the reads pending on a file descriptor. */
const CLOSE_WAIT_MS = 1000

/** Stream chunks: with node's small defaults, unpacking took 1.4–2× as long as `zstd -d | tar -x`. */
export const CHUNK = 1 << 20

/** Passes exactly `expected` bytes on; fewer or more is an error naming what was read. */
export class Exactly extends Transform {
  #seen = 0
  readonly expected: number
  readonly what: string
  constructor(expected: number, what: string) {
    super()
    this.expected = expected
    this.what = what
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.#seen += chunk.length
    if (this.#seen > this.expected) done(new Error(`${this.what} is longer than the ${this.expected} bytes expected`))
    else done(null, chunk)
  }
  override _flush(done: TransformCallback): void {
    done(this.#seen === this.expected ? null : new Error(`${this.what} was cut short: ${this.#seen} of ${this.expected} bytes came`))
  }
}

/** The bytes [start, end) of a source, in memory: a header, a small entry. */
export async function readBytes(source: ArchiveSource, start: number, end: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  await pipeline(source.read(start, end), new Exactly(end - start, `bytes ${start}-${end} of the archive`), async (input: AsyncIterable<Buffer>) => {
    for await (const chunk of input) chunks.push(chunk)
  })
  return Buffer.concat(chunks)
}

/**
 * Fails the stream when its source gives no byte for idleMs while the reader waits for one. A
 * reader that is slow itself (tar writing to a slow disk) holds bytes back in this stream's
 * buffers: that is not the source stalling, and the watch waits on.
 */
export class IdleWatch extends Transform {
  #timer: NodeJS.Timeout
  readonly idleMs: number
  readonly what: string
  constructor(idleMs: number, what: string) {
    super({ readableHighWaterMark: CHUNK, writableHighWaterMark: CHUNK })
    this.idleMs = idleMs
    this.what = what
    this.#timer = setTimeout(() => this.#check(), idleMs)
  }
  #check(): void {
    if (this.readableLength > 0 || this.writableLength > 0) {
      this.#timer.refresh()
      return
    }
    this.destroy(new Error(`no byte of ${this.what} came for ${this.idleMs / 1000} s`))
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.#timer.refresh()
    done(null, chunk)
  }
  override _flush(done: TransformCallback): void {
    clearTimeout(this.#timer)
    done()
  }
  override _destroy(err: Error | null, done: (err: Error | null) => void): void {
    clearTimeout(this.#timer)
    done(err)
  }
}

/** A stream of what an async generator yields, made only when it is read. */
export function lazyStream(produce: () => AsyncGenerator<Buffer>): Readable {
  return Readable.from(produce(), { objectMode: false, highWaterMark: CHUNK })
}

/**
 * An open file as a source. The descriptor keeps the bytes readable however the file is removed
 * or replaced meanwhile (on a local file system); `idleMs` bounds a read that hangs on a network
 * mount.
 */
export function fileSource(handle: FileHandle, sizeBytes: number, what: string, idleMs: number): ArchiveSource {
  let closing: Promise<void> | undefined
  return {
    sizeBytes,
    read(start, end) {
      if (end <= start) return Readable.from([])
      const stream = handle.createReadStream({ start, end: end - 1, highWaterMark: CHUNK, autoClose: false })
      // The error reaches the reader through the watch, the last stream of the pipe.
      return pipe(stream, new IdleWatch(idleMs, what), () => undefined)
    },
    // A close waits for the reads still pending on the descriptor: one hung on a mount must not
    // hold the job, so the wait is short.
    close: () => Promise.race([(closing ??= handle.close().catch(() => undefined)), sleep(CLOSE_WAIT_MS, undefined, { ref: false })])
  }
}
