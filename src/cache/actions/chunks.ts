// An archive uploaded in chunks, a few at a time: v1 PATCHes ranges of it, v2 puts Azure blocks.
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'

export interface Chunk {
  index: number
  /** Byte range [start, end) of the file. */
  start: number
  end: number
}

/** The file cut into chunks of chunkSize bytes (the last one shorter); an empty file is one empty chunk. */
export function chunksOf(sizeBytes: number, chunkSize: number): Chunk[] {
  const out: Chunk[] = []
  for (let start = 0, index = 0; start < sizeBytes || index === 0; start += chunkSize, index++) {
    out.push({ index, start, end: Math.min(sizeBytes, start + chunkSize) })
  }
  return out
}

/** Runs fn on every item, at most `concurrency` at once; after a failure no new one starts, and the first failure is thrown. */
export async function eachInParallel<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: { err: unknown } | undefined
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++]!
      try {
        await fn(item)
      } catch (err) {
        failure ??= { err }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker))
  if (failure !== undefined) throw failure.err
}

/** A chunk's bytes, read afresh for each attempt. */
export function chunkBody(file: string, chunk: Chunk): () => Readable {
  // createReadStream's end is inclusive, and cannot express an empty range.
  if (chunk.end <= chunk.start) return () => Readable.from([])
  return () => createReadStream(file, { start: chunk.start, end: chunk.end - 1, highWaterMark: 1 << 20 })
}
