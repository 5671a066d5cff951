// The upload of an archive to the Azure blob URL (a SAS URL) cache service v2 signs: Put Block of
// a few blocks at a time, then Put Block List, with the headers Azure requires; an archive that
// fits in one block goes in one Put Blob. No Azure SDK: these are three plain requests.
import { randomBytes } from 'node:crypto'
import type { Dispatcher } from 'undici'
import { chunkBody, chunksOf, eachInParallel, type Chunk } from './chunks.ts'
import { BLOB_RETRIES, call, CacheServiceError, statusWords, withRetries, type CallOptions } from './http.ts'

/** The storage API version @azure/storage-blob 12.31 (what @actions/cache 6 uploads with) sends. */
export const AZURE_API_VERSION = '2026-02-06'
export const BLOCK_BYTES = 32 * 1024 * 1024
export const BLOCKS_AT_ONCE = 4

/** Block ids are base64 and must all have the same length: a random prefix, then the index. */
export function blockId(prefix: string, index: number): string {
  return Buffer.from(`${prefix}-${String(index).padStart(6, '0')}`).toString('base64')
}

export function blockListXml(ids: readonly string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join('')}</BlockList>`
}

/** The signed URL with more query parameters (comp, blockid) after the signature's. */
function withQuery(url: string, params: Record<string, string>): string {
  const out = new URL(url)
  for (const [name, value] of Object.entries(params)) out.searchParams.set(name, value)
  return out.href
}

export async function uploadBlob(dispatcher: Dispatcher, signedUrl: string, archive: string, sizeBytes: number): Promise<void> {
  const put = async (url: string, what: string, options: Omit<CallOptions, 'method'>) => {
    const headers = { 'x-ms-version': AZURE_API_VERSION, ...options.headers }
    const answer = await withRetries(BLOB_RETRIES, undefined, () => call(dispatcher, url, { ...options, method: 'PUT', headers }))
    if (answer.status !== 201) throw new CacheServiceError(`the blob storage at ${new URL(url).origin} ${statusWords(answer)} (${what})`, answer.status)
  }
  const bytes = (chunk: Chunk) => ({ 'Content-Type': 'application/octet-stream', 'Content-Length': String(chunk.end - chunk.start) })
  const chunks = chunksOf(sizeBytes, BLOCK_BYTES)
  if (chunks.length === 1) {
    await put(signedUrl, 'Put Blob', { headers: { ...bytes(chunks[0]!), 'x-ms-blob-type': 'BlockBlob' }, body: chunkBody(archive, chunks[0]!) })
    return
  }
  const prefix = randomBytes(4).toString('hex')
  await eachInParallel(chunks, BLOCKS_AT_ONCE, (chunk) =>
    put(withQuery(signedUrl, { comp: 'block', blockid: blockId(prefix, chunk.index) }), `Put Block ${chunk.index + 1} of ${chunks.length}`, {
      headers: bytes(chunk),
      body: chunkBody(archive, chunk)
    })
  )
  const list = blockListXml(chunks.map((c) => blockId(prefix, c.index)))
  await put(withQuery(signedUrl, { comp: 'blocklist' }), 'Put Block List', { headers: { 'Content-Type': 'application/xml; charset=utf-8' }, body: () => list })
}
