// An archive in the Actions cache's storage, read by HTTP Range requests on its signed URL: the
// first bytes (the part header, with the size in Content-Range) come with the restore; each part
// then streams in a request of its own, side by side. A server that ignores Range and answers 200
// with the whole body is read from that one answer, in order. No byte for idleMs ends a read.
import { request, type Dispatcher } from 'undici'
import { CHUNK, lazyStream, type ArchiveSource } from '../source.ts'
import { CacheServiceError, describeNetworkError, errorCode, statusWords } from './http.ts'

/** The first request's range: the part header of a large module cache fits in it. */
export const HEAD_BYTES = 256 * 1024

type Body = AsyncIterable<Buffer> & { destroy(err?: Error): unknown }

/** The total size a 206 answer's Content-Range gives ("bytes 0-9/1234"). */
export function totalOf(contentRange: string | undefined): number | undefined {
  const m = /^bytes \d+-\d+\/(\d+)$/.exec(contentRange?.trim() ?? '')
  return m ? Number(m[1]) : undefined
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * Opens the archive at url: one request for its first bytes. Throws, in words, when the storage
 * does not answer with them.
 */
export async function openDownload(dispatcher: Dispatcher, url: string, idleMs: number): Promise<ArchiveSource> {
  const origin = new URL(url).origin
  const get = async (range: string | undefined): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Body }> => {
    try {
      const res = await request(url, {
        dispatcher,
        method: 'GET',
        headers: range === undefined ? {} : { Range: range },
        headersTimeout: idleMs,
        bodyTimeout: idleMs,
        highWaterMark: CHUNK
      })
      return { status: res.statusCode, headers: res.headers, body: res.body as unknown as Body }
    } catch (err) {
      throw new CacheServiceError(`the archive could not be downloaded: ${reasonOf(err, origin, idleMs)}`)
    }
  }
  /**
   * The bytes of body in chunks of about CHUNK (the socket gives 64 KiB: each chunk costs the
   * decompressor a round trip to its thread), with a failure named as the download's.
   */
  async function* relay(body: Body, from: number): AsyncGenerator<Buffer> {
    let got = 0
    let held: Buffer[] = []
    let heldBytes = 0
    try {
      for await (const chunk of body) {
        got += chunk.length
        held.push(chunk)
        heldBytes += chunk.length
        if (heldBytes < CHUNK) continue
        yield held.length === 1 ? held[0]! : Buffer.concat(held, heldBytes)
        held = []
        heldBytes = 0
      }
      if (heldBytes > 0) yield Buffer.concat(held, heldBytes)
    } catch (err) {
      throw new CacheServiceError(`the download broke off at byte ${from + got}: ${reasonOf(err, origin, idleMs)}`)
    }
  }

  const first = await get(`bytes=0-${HEAD_BYTES - 1}`)
  let sizeBytes: number
  let sequential: Sequential | undefined
  let head: Buffer
  if (first.status === 206) {
    const total = totalOf(header(first.headers, 'content-range'))
    if (total === undefined) {
      first.body.destroy()
      throw new CacheServiceError(`the storage at ${origin} answered a range without its size (Content-Range)`)
    }
    sizeBytes = total
    head = await collect(relay(first.body, 0))
  } else if (first.status === 200) {
    const length = Number(header(first.headers, 'content-length'))
    if (!Number.isSafeInteger(length)) {
      first.body.destroy()
      throw new CacheServiceError(`the storage at ${origin} answered without a Content-Length`)
    }
    sizeBytes = length
    sequential = new Sequential(relay(first.body, 0), () => first.body.destroy())
    head = await collect(sequential.range(0, Math.min(length, HEAD_BYTES)))
  } else {
    const text = await readText(first.body)
    throw new CacheServiceError(`the storage at ${origin} ${statusWords({ status: first.status, headers: first.headers, text })} to the download`, first.status)
  }

  async function* ranged(from: number, end: number): AsyncGenerator<Buffer> {
    const res = await get(`bytes=${from}-${end - 1}`)
    const range = header(res.headers, 'content-range') ?? ''
    if (res.status !== 206 || !range.startsWith(`bytes ${from}-`)) {
      res.body.destroy()
      throw new CacheServiceError(`the storage at ${origin} answered HTTP ${res.status} (${range || 'no Content-Range'}) to a request for bytes ${from}-${end - 1}`)
    }
    yield* relay(res.body, from)
  }

  return {
    sizeBytes,
    read(start, end) {
      const from = Math.max(start, head.length)
      // In order from one answer: this read's place is taken when it is asked for.
      const queued = sequential !== undefined && from < end ? sequential.range(from, end) : undefined
      return lazyStream(async function* () {
        if (start < head.length) yield head.subarray(start, Math.min(end, head.length))
        if (from >= end) return
        yield* queued ?? ranged(from, end)
      })
    },
    async close() {
      sequential?.close()
    }
  }
}

/** The one answer of a server that ignores Range: ranges are read from it in the order asked, each waiting for the one before. */
class Sequential {
  #pos = 0
  #pending: Buffer = Buffer.alloc(0)
  #turn: Promise<void> = Promise.resolve()
  /** The turns taken and not yet given back. */
  readonly #turns = new Set<() => void>()
  #closed = false
  readonly #chunks: AsyncIterator<Buffer>
  readonly #destroy: () => void

  constructor(chunks: AsyncIterable<Buffer>, destroy: () => void) {
    this.#chunks = chunks[Symbol.asyncIterator]()
    this.#destroy = destroy
  }

  /** The bytes [from, end), after every range asked for before this call: the turn is taken now, not when the bytes are first read. */
  range(from: number, end: number): AsyncGenerator<Buffer> {
    const before = this.#turn
    let done = () => {}
    this.#turn = new Promise<void>((resolve) => (done = resolve))
    this.#turns.add(done)
    return this.#read(before, done, from, end)
  }

  async *#read(before: Promise<void>, done: () => void, from: number, end: number): AsyncGenerator<Buffer> {
    try {
      await before
      if (this.#closed) throw new CacheServiceError('the download was closed')
      if (from < this.#pos) throw new CacheServiceError(`bytes ${from}-${end - 1} were asked for after byte ${this.#pos} of a download that cannot go back`)
      while (this.#pos < end) {
        if (this.#pending.length === 0) {
          const next = await this.#chunks.next()
          if (next.done) throw new CacheServiceError(`the download ended at byte ${this.#pos}, before byte ${end}`)
          this.#pending = next.value
        }
        // Bytes before `from` belong to no range asked for: skipped.
        const skip = Math.min(Math.max(0, from - this.#pos), this.#pending.length)
        const take = skip > 0 ? skip : Math.min(end - this.#pos, this.#pending.length)
        const out = this.#pending.subarray(0, take)
        this.#pending = this.#pending.subarray(take)
        this.#pos += take
        if (skip === 0) yield out
      }
    } finally {
      this.#turns.delete(done)
      done()
    }
  }

  /** Ends the answer; a read still waiting for its turn (one never started among them) fails rather than waits. */
  close(): void {
    this.#closed = true
    this.#destroy()
    for (const done of this.#turns) done()
  }
}

function reasonOf(err: unknown, origin: string, idleMs: number): string {
  if (err instanceof CacheServiceError) return err.message
  switch (errorCode(err)) {
    case 'UND_ERR_HEADERS_TIMEOUT':
      return `${origin} did not answer within ${idleMs / 1000} s`
    case 'UND_ERR_BODY_TIMEOUT':
      return `no byte came from ${origin} for ${idleMs / 1000} s`
  }
  return describeNetworkError(err, origin)
}

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const out: Buffer[] = []
  for await (const chunk of chunks) out.push(chunk)
  return Buffer.concat(out)
}

async function readText(body: Body): Promise<string> {
  try {
    return (await collect(body)).toString('utf8')
  } catch {
    return ''
  }
}
