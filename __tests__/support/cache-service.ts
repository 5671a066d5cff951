// A GitHub Actions cache service on 127.0.0.1 that the real @actions/cache
// talks to, on either protocol:
//   v2: Twirp `github.actions.results.api.v1.CacheService` plus an Azure-blob
//       style signed URL (Put Blob, Put Block + Put Block List, Get Blob).
//   v1: `_apis/artifactcache` (lookup, reserve, PATCH chunks, commit), with
//       archives downloaded from the same blob URLs.
// Entries are immutable and looked up the way GitHub does (exact key, then
// newest prefix match of the key, then of each restore key, all within one
// version, ignoring case; a hit answers with the key as it was saved). Faults reproduce what a job sees when the service misbehaves.
// A throttle (off by default) puts the archives behind a link of limited
// bandwidth, shared by every upload and download in flight.
// The 'act' flavor is instead the cache server of nektos/act, which Gitea's and
// Forgejo's runners embed (pkg/artifactcache/handler.go): v1 only, keys stored
// and looked up lowercased, the stored key returned.
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Link } from './goproxy.ts'

export type CacheFault =
  | 'none'
  /** Every request answers 503. */
  | 'down'
  /** Every request is read and never answered, as by a service that hangs. */
  | 'hang'
  /** Archive downloads serve the first half intact and the rest garbled (same length). */
  | 'corrupt'
  /** Archive downloads send what comes before the archive's middle, then nothing more, the connection left open. */
  | 'stall'
  /** Archive downloads ignore Range: 200 and the whole archive, as a plain file server without ranges answers. */
  | 'ignore-range'
  /** Lookups and downloads work; creating an entry is refused as for a read-only token. */
  | 'read-only'
  /** Creating an entry reports that the key already exists, whether or not it does. */
  | 'exists'

/** The bandwidth of the way to the archive storage, shared by every archive upload and download in flight. */
export interface CacheThrottle {
  bytesPerSecond: number
}

/**
 * 'github': GitHub's service, keys kept as given. 'act': act's server: v1 only (no Twirp route);
 * every key lowercased when stored and when looked up, and a hit answers with the stored key;
 * each key in order matches exactly, else its newest prefix match; a reservation of a key that
 * exists stores another entry (act refuses none); archives are served from
 * `_apis/artifactcache/artifacts/<id>` on the same server.
 */
export type CacheFlavor = 'github' | 'act'

export interface CacheServiceOptions {
  /** Default 'github'. */
  flavor?: CacheFlavor
  /** Keep entries (archives + index.json) here, so a later server on the same directory sees them. Default: a temp dir removed on close. */
  storageDir?: string
  fault?: CacheFault
  /**
   * Paces archive bytes (Put Blob and Put Block bodies, v1 PATCH chunks, Get Blob answers) to this
   * bandwidth; lookups and commits go at loopback speed. None unless given or set by setThrottle.
   */
  throttle?: CacheThrottle
}

export interface CacheEntryInfo {
  key: string
  version: string
  size: number
  /** The archive file on disk. */
  path: string
}

export interface CacheRequest {
  method: string
  /** The request target: path and query, e.g. /_apis/artifactcache/cache?keys=a&version=b */
  path: string
  status: number
}

export interface CacheService {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  url: string
  /** Env vars that make @actions/cache (in this process or a child) use this service on the given protocol. */
  env(protocol: 'v2' | 'v1'): Record<string, string>
  /** Committed entries, oldest first. */
  entries(): CacheEntryInfo[]
  /** Every request, in the order the answers were sent. */
  requests: CacheRequest[]
  /** Entries finalized (v2) or committed (v1) since this server started. */
  uploads(): number
  setFault(fault: CacheFault): void
  /** Changes the throttle for archive transfers from now on; undefined turns it off. */
  setThrottle(throttle: CacheThrottle | undefined): void
  close(): Promise<void>
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/'
const V1_PREFIX = '/_apis/artifactcache/'
const BLOB_PREFIX = '/devstoreaccount1/actions-cache/'
const SCOPE = 'refs/heads/main'
const AZURE_API_VERSION = '2025-11-05'

// The texts GitHub's services send; @actions/cache and our own code recognise them.
const ALREADY_EXISTS_V2 = 'cache entry with the same key, version, and scope already exists'
const WRITE_DENIED = 'cache write denied: token has no writable scopes'

interface StoredEntry {
  id: number
  key: string
  version: string
  size: number
  /** Relative to the storage directory. */
  archive: string
  createdAt: string
}

interface Index {
  nextId: number
  entries: StoredEntry[]
}

/** An entry created but not yet finalized/committed: its archive is being uploaded. */
interface Reservation {
  id: number
  key: string
  version: string
  file: string
  blocks: Map<string, string>
  uploaded: boolean
}

interface Reply {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer
}

/**
 * GitHub's matching: exact key, then the newest entry the key prefixes, then the same per restore
 * key. Case does not count (an entry saved as `K` is restored for `k`, and is still `K`).
 */
export function findEntry(entries: readonly StoredEntry[], keys: readonly string[], version: string): StoredEntry | undefined {
  const sameVersion = entries.filter((e) => e.version === version)
  const [primary, ...restoreKeys] = keys.map((k) => k.toLowerCase())
  if (primary !== undefined) {
    const exact = newest(sameVersion.filter((e) => e.key.toLowerCase() === primary))
    if (exact) return exact
  }
  for (const key of [primary, ...restoreKeys]) {
    if (key === undefined || key === '') continue
    const match = newest(sameVersion.filter((e) => e.key.toLowerCase().startsWith(key)))
    if (match) return match
  }
  return undefined
}

/** act's findCache: for each key in order (all lowercased), the newest exact match, else the newest prefix match. */
export function findActEntry(entries: readonly StoredEntry[], keys: readonly string[], version: string): StoredEntry | undefined {
  const sameVersion = entries.filter((e) => e.version === version)
  for (const key of keys.map((k) => k.toLowerCase())) {
    const match = newest(sameVersion.filter((e) => e.key === key)) ?? newest(sameVersion.filter((e) => e.key.startsWith(key)))
    if (match) return match
  }
  return undefined
}

function newest(entries: StoredEntry[]): StoredEntry | undefined {
  return entries.reduce<StoredEntry | undefined>((best, e) => (best === undefined || e.id > best.id ? e : best), undefined)
}

/** The bytes a corrupt download serves for [start, end]: the archive's first half intact, the rest flipped. */
function garble(bytes: Buffer, offset: number, archiveSize: number): Buffer {
  const intact = Math.floor(archiveSize / 2)
  const out = Buffer.from(bytes)
  for (let i = 0; i < out.length; i++) {
    if (offset + i >= intact) out[i] = out[i]! ^ 0x5a
  }
  return out
}

function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'invalid' | undefined {
  if (!header) return undefined
  const m = /^bytes=(\d+)-(\d*)$/.exec(header.trim())
  if (!m) return 'invalid'
  const start = Number(m[1])
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  if (start >= size || end < start) return 'invalid'
  return { start, end }
}

/** Block ids of a Put Block List body, in order (Latest, Committed and Uncommitted all name staged blocks here). */
function parseBlockList(xml: string): string[] {
  return [...xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2]!.trim())
}

function readBody(req: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function json(status: number, value: unknown): Reply {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) }
}

/** A Twirp error: the code names map to HTTP statuses as in twirp's spec. */
function twirpError(status: number, code: string, msg: string): Reply {
  return json(status, { code, msg })
}

function azureError(status: number, code: string, message: string): Reply {
  const body =
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code>` +
    `<Message>${message}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`
  return { status, headers: { 'content-type': 'application/xml', 'x-ms-error-code': code }, body }
}

function azureHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'x-ms-request-id': randomUUID(),
    'x-ms-version': String(req.headers['x-ms-version'] ?? AZURE_API_VERSION)
  }
}

function hasBearerToken(req: IncomingMessage): boolean {
  return /^Bearer \S+/.test(req.headers.authorization ?? '')
}

function str(body: Record<string, unknown>, name: string): string {
  const v = body[name]
  return typeof v === 'string' ? v : ''
}

export async function startCacheService(opts: CacheServiceOptions = {}): Promise<CacheService> {
  const ownsDir = opts.storageDir === undefined
  const dir = opts.storageDir ?? (await mkdtemp(join(tmpdir(), 'cache-service-')))
  await mkdir(join(dir, 'archives'), { recursive: true })
  await mkdir(join(dir, 'uploads'), { recursive: true })
  const indexPath = join(dir, 'index.json')
  const index = await loadIndex(indexPath)
  const secret = randomBytes(16)
  const token = `cache-service-${randomBytes(8).toString('hex')}`
  const reservations = new Map<number, Reservation>()
  const requests: CacheRequest[] = []
  let fault: CacheFault = opts.fault ?? 'none'
  const link = new Link(opts.throttle?.bytesPerSecond)
  const act = opts.flavor === 'act'
  let uploads = 0
  let persisting: Promise<void> = Promise.resolve()
  let url = ''

  const sign = (access: 'r' | 'w', id: number): string => createHmac('sha256', secret).update(`${access}:${id}`).digest('base64url')
  const blobUrl = (access: 'r' | 'w', id: number): string =>
    `${url}${BLOB_PREFIX}${id}?sv=${AZURE_API_VERSION}&sr=b&sp=${access === 'r' ? 'r' : 'cw'}&sig=${sign(access, id)}`

  function persist(): Promise<void> {
    const snapshot = JSON.stringify(index, null, 2)
    persisting = persisting.then(async () => {
      await writeFile(`${indexPath}.tmp`, snapshot)
      await rename(`${indexPath}.tmp`, indexPath)
    })
    return persisting
  }

  function isTaken(key: string, version: string): boolean {
    const same = (e: { key: string; version: string }): boolean => e.key.toLowerCase() === key.toLowerCase() && e.version === version
    return index.entries.some(same) || [...reservations.values()].some(same)
  }

  async function reserve(key: string, version: string): Promise<Reservation> {
    const id = index.nextId++
    await persist()
    const file = join(dir, 'uploads', String(id))
    await writeFile(file, '')
    const r: Reservation = { id, key, version, file, blocks: new Map(), uploaded: false }
    reservations.set(id, r)
    return r
  }

  async function commit(r: Reservation): Promise<StoredEntry> {
    const archive = join('archives', String(r.id))
    await rename(r.file, join(dir, archive))
    const { size } = await stat(join(dir, archive))
    const entry: StoredEntry = { id: r.id, key: r.key, version: r.version, size, archive, createdAt: new Date().toISOString() }
    reservations.delete(r.id)
    index.entries.push(entry)
    uploads++
    await persist()
    return entry
  }

  // ---- v2: Twirp ----

  async function twirp(method: string, req: IncomingMessage): Promise<Reply> {
    if (req.method !== 'POST') return twirpError(404, 'bad_route', `unsupported method ${req.method}`)
    if (!hasBearerToken(req)) return twirpError(401, 'unauthenticated', 'missing bearer token')
    let body: Record<string, unknown>
    try {
      body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>
    } catch {
      return twirpError(400, 'malformed', 'request body is not JSON')
    }
    const key = str(body, 'key')
    const version = str(body, 'version')
    if (!key || !version) return twirpError(400, 'invalid_argument', 'key and version are required')
    switch (method) {
      case 'GetCacheEntryDownloadURL':
        return getDownloadUrl(key, (body.restore_keys ?? body.restoreKeys ?? []) as string[], version)
      case 'CreateCacheEntry':
        return createEntry(key, version)
      case 'FinalizeCacheEntryUpload':
        return finalizeEntry(key, version, Number(body.size_bytes ?? body.sizeBytes ?? -1))
      default:
        return twirpError(404, 'bad_route', `no handler for ${method}`)
    }
  }

  function getDownloadUrl(key: string, restoreKeys: string[], version: string): Reply {
    const entry = findEntry(index.entries, [key, ...restoreKeys], version)
    if (!entry) return json(200, { ok: false, signed_download_url: '', matched_key: '' })
    return json(200, { ok: true, signed_download_url: blobUrl('r', entry.id), matched_key: entry.key })
  }

  async function createEntry(key: string, version: string): Promise<Reply> {
    if (fault === 'read-only') return json(200, { ok: false, signed_upload_url: '', message: WRITE_DENIED })
    if (fault === 'exists' || isTaken(key, version)) return twirpError(409, 'already_exists', ALREADY_EXISTS_V2)
    const r = await reserve(key, version)
    return json(200, { ok: true, signed_upload_url: blobUrl('w', r.id) })
  }

  async function finalizeEntry(key: string, version: string, sizeBytes: number): Promise<Reply> {
    const r = [...reservations.values()].find((x) => x.key === key && x.version === version)
    if (!r) return twirpError(404, 'not_found', 'no cache entry reserved for this key and version')
    if (!r.uploaded) return json(200, { ok: false, entry_id: '0', message: 'cache entry has no uploaded archive' })
    const { size } = await stat(r.file)
    if (size !== sizeBytes) {
      return json(200, { ok: false, entry_id: '0', message: `uploaded archive is ${size} bytes, finalize says ${sizeBytes}` })
    }
    const entry = await commit(r)
    return json(200, { ok: true, entry_id: String(entry.id) })
  }

  // ---- v1: _apis/artifactcache ----

  async function artifactCache(resource: string, query: URLSearchParams, req: IncomingMessage): Promise<Reply> {
    if (!hasBearerToken(req)) return json(401, { message: 'missing bearer token' })
    const cacheId = /^caches\/(\d+)$/.exec(resource)
    if (req.method === 'GET' && resource === 'cache') return lookupV1(query)
    if (req.method === 'GET' && resource === 'caches') return listV1(query.get('key') ?? '')
    if (req.method === 'POST' && resource === 'caches') return reserveV1(req)
    if (req.method === 'PATCH' && cacheId) return uploadChunkV1(Number(cacheId[1]), req)
    if (req.method === 'POST' && cacheId) return commitV1(Number(cacheId[1]), req)
    return json(404, { message: `no route for ${req.method} ${resource}` })
  }

  function lookupV1(query: URLSearchParams): Reply {
    const keys = (query.get('keys') ?? '').split(',').filter((k) => k !== '')
    if (act) {
      const entry = findActEntry(index.entries, keys, query.get('version') ?? '')
      if (!entry) return { status: 204 }
      return json(200, { result: 'hit', archiveLocation: `${url}${V1_PREFIX}artifacts/${entry.id}`, cacheKey: entry.key })
    }
    const entry = findEntry(index.entries, keys, query.get('version') ?? '')
    if (!entry) return { status: 204 }
    return json(200, {
      scope: SCOPE,
      cacheKey: entry.key,
      cacheVersion: entry.version,
      creationTime: entry.createdAt,
      archiveLocation: blobUrl('r', entry.id)
    })
  }

  function listV1(key: string): Reply {
    const matching = index.entries.filter((e) => e.key === key)
    return json(200, {
      totalCount: matching.length,
      artifactCaches: matching.map((e) => ({ cacheKey: e.key, cacheVersion: e.version, scope: SCOPE, creationTime: e.createdAt }))
    })
  }

  async function reserveV1(req: IncomingMessage): Promise<Reply> {
    const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>
    const given = str(body, 'key')
    const key = act ? given.toLowerCase() : given
    const version = str(body, 'version')
    if (!key || !version) return json(400, { message: 'key and version are required' })
    if (fault === 'read-only') return json(403, { message: WRITE_DENIED })
    if (fault === 'exists' || (!act && isTaken(key, version))) {
      return json(409, {
        message: `Cache already exists. Scope: ${SCOPE}, Key: ${key}, Version: ${version}`,
        typeKey: 'ArtifactCacheAlreadyExistsException'
      })
    }
    const r = await reserve(key, version)
    return json(201, { cacheId: r.id })
  }

  async function uploadChunkV1(id: number, req: IncomingMessage): Promise<Reply> {
    const r = reservations.get(id)
    if (!r) return json(404, { message: `no reserved cache ${id}` })
    const m = /^bytes (\d+)-(\d+)\/(\*|\d+)$/.exec(req.headers['content-range'] ?? '')
    if (!m) return json(400, { message: 'Content-Range must be "bytes start-end/*"' })
    const start = Number(m[1])
    const chunk = await readBody(req.pipe(link.pace()))
    if (chunk.length !== Number(m[2]) - start + 1) return json(400, { message: 'chunk length does not match Content-Range' })
    const fh = await open(r.file, 'r+')
    try {
      await fh.write(chunk, 0, chunk.length, start)
    } finally {
      await fh.close()
    }
    return { status: 204 }
  }

  async function commitV1(id: number, req: IncomingMessage): Promise<Reply> {
    const r = reservations.get(id)
    if (!r) return json(404, { message: `no reserved cache ${id}` })
    const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as { size?: number }
    const { size } = await stat(r.file)
    if (size !== body.size) return json(400, { message: `uploaded ${size} bytes, commit says ${String(body.size)}` })
    await commit(r)
    return { status: 204 }
  }

  /** act serves archives from its own route, without a token or a signature. */
  async function actArtifact(id: number, req: IncomingMessage, res: ServerResponse): Promise<Reply | undefined> {
    const entry = index.entries.find((e) => e.id === id)
    if (!entry) return json(404, { message: `cache ${id}: not found` })
    return getBlob(entry, req, res, {})
  }

  // ---- Azure blob ----

  async function blob(id: number, query: URLSearchParams, req: IncomingMessage, res: ServerResponse): Promise<Reply | undefined> {
    const base = azureHeaders(req)
    if (req.method === 'PUT') {
      const r = reservations.get(id)
      if (!r || query.get('sig') !== sign('w', id)) return azureError(403, 'AuthenticationFailed', 'Signature did not match')
      const reply = await putBlob(r, query, req)
      return { ...reply, headers: { ...base, ...reply.headers } }
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (query.get('sig') !== sign('r', id)) return azureError(403, 'AuthenticationFailed', 'Signature did not match')
      const entry = index.entries.find((e) => e.id === id)
      if (!entry) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.')
      return getBlob(entry, req, res, base)
    }
    return azureError(405, 'UnsupportedHttpVerb', `${req.method} is not supported`)
  }

  async function putBlob(r: Reservation, query: URLSearchParams, req: IncomingMessage): Promise<Reply> {
    const etag = { etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`, 'last-modified': new Date().toUTCString() }
    const comp = query.get('comp')
    if (comp === 'block') {
      const blockId = query.get('blockid')
      if (!blockId) return azureError(400, 'MissingRequiredQueryParameter', 'blockid is required')
      const file = `${r.file}.block-${Buffer.from(blockId).toString('hex')}`
      await pipeline(req, link.pace(), createWriteStream(file))
      r.blocks.set(blockId, file)
      return { status: 201, headers: { 'x-ms-request-server-encrypted': 'true' } }
    }
    if (comp === 'blocklist') {
      const ids = parseBlockList((await readBody(req)).toString('utf8'))
      const missing = ids.filter((b) => !r.blocks.has(b))
      if (missing.length > 0) return azureError(400, 'InvalidBlockList', 'The specified block list is invalid.')
      const files = ids.map((b) => r.blocks.get(b)!)
      await pipeline(async function* () {
        for (const f of files) yield* createReadStream(f)
      }, createWriteStream(r.file))
      await Promise.all([...r.blocks.values()].map((f) => rm(f, { force: true })))
      r.blocks.clear()
      r.uploaded = true
      return { status: 201, headers: { ...etag, 'x-ms-request-server-encrypted': 'true' } }
    }
    if (comp !== null) return azureError(400, 'InvalidQueryParameterValue', `comp=${comp} is not supported`)
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
      return azureError(400, 'MissingRequiredHeader', 'x-ms-blob-type must be BlockBlob')
    }
    await pipeline(req, link.pace(), createWriteStream(r.file))
    r.uploaded = true
    return { status: 201, headers: { ...etag, 'x-ms-request-server-encrypted': 'true' } }
  }

  async function getBlob(entry: StoredEntry, req: IncomingMessage, res: ServerResponse, base: Record<string, string>): Promise<Reply | undefined> {
    const asked = fault === 'ignore-range' ? undefined : String(req.headers['x-ms-range'] ?? req.headers.range ?? '') || undefined
    const range = parseRange(asked, entry.size)
    if (range === 'invalid') return azureError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.')
    const { start, end } = range ?? { start: 0, end: entry.size - 1 }
    const length = entry.size === 0 ? 0 : end - start + 1
    const headers: Record<string, string> = {
      ...base,
      'content-type': 'application/octet-stream',
      'content-length': String(length),
      'accept-ranges': 'bytes',
      etag: `"0x${entry.id.toString(16).toUpperCase().padStart(16, '0')}"`,
      'last-modified': new Date(entry.createdAt).toUTCString(),
      'x-ms-creation-time': new Date(entry.createdAt).toUTCString(),
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-lease-state': 'available',
      'x-ms-lease-status': 'unlocked',
      'x-ms-server-encrypted': 'true'
    }
    if (range) headers['content-range'] = `bytes ${start}-${end}/${entry.size}`
    const status = range ? 206 : 200
    if (req.method === 'HEAD') return { status, headers }
    const archive = join(dir, entry.archive)
    let body: Readable
    if (fault === 'corrupt') {
      const fh = await open(archive, 'r')
      const bytes = Buffer.alloc(length)
      try {
        await fh.read(bytes, 0, length, start)
      } finally {
        await fh.close()
      }
      body = Readable.from(garble(bytes, start, entry.size))
    } else if (fault === 'stall') {
      const middle = Math.floor(entry.size / 2)
      body = start < middle ? createReadStream(archive, { start, end: Math.min(end, middle - 1) }) : Readable.from([])
    } else {
      body = createReadStream(archive, { start, end })
    }
    res.writeHead(status, headers)
    if (length === 0) {
      body.destroy()
      res.end()
      return undefined
    }
    if (fault === 'stall' && end >= Math.floor(entry.size / 2)) {
      // What comes before the middle goes out; then the answer hangs until the client gives up.
      res.flushHeaders()
      await pipeline(body, link.pace(), res, { end: false })
      await new Promise((resolve) => res.on('close', resolve))
      return undefined
    }
    await pipeline(body, link.pace(), res)
    return undefined
  }

  // ---- dispatch ----

  async function route(req: IncomingMessage, res: ServerResponse): Promise<Reply | undefined> {
    const target = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (fault === 'hang') {
      req.resume()
      // The socket stays open until the client gives up or the server closes.
      return new Promise<undefined>((resolve) => res.on('close', () => resolve(undefined)))
    }
    if (fault === 'down') {
      req.resume()
      if (target.pathname.startsWith(TWIRP_PREFIX)) return twirpError(503, 'unavailable', 'cache service is unavailable')
      return { status: 503, headers: { 'content-type': 'text/plain' }, body: 'Service Unavailable' }
    }
    if (target.pathname.startsWith(TWIRP_PREFIX) && !act) return twirp(target.pathname.slice(TWIRP_PREFIX.length), req)
    const artifact = new RegExp(`^${V1_PREFIX}artifacts/(\\d+)$`).exec(target.pathname)
    if (artifact && act) return actArtifact(Number(artifact[1]), req, res)
    if (target.pathname.startsWith(V1_PREFIX)) return artifactCache(target.pathname.slice(V1_PREFIX.length), target.searchParams, req)
    const blobId = new RegExp(`^${BLOB_PREFIX}(\\d+)$`).exec(target.pathname)
    if (blobId) return blob(Number(blobId[1]), target.searchParams, req, res)
    req.resume()
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: `no route for ${target.pathname}` }
  }

  const server = http.createServer((req, res) => {
    let recorded = false
    const record = (): void => {
      if (recorded) return
      recorded = true
      requests.push({ method: req.method ?? '', path: req.url ?? '', status: res.statusCode })
    }
    res.on('finish', record)
    res.on('close', record)
    route(req, res)
      .then((reply) => {
        if (reply === undefined) return
        res.writeHead(reply.status, reply.headers ?? {})
        res.end(reply.body)
      })
      .catch((err: unknown) => {
        if (res.headersSent) {
          res.destroy()
          return
        }
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end(`cache service failed: ${err instanceof Error ? err.message : String(err)}`)
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    requests,
    env(protocol) {
      const common = { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_CACHE_URL: `${url}/`, ACTIONS_RESULTS_URL: `${url}/`, ACTIONS_CACHE_MODE: '' }
      if (act && protocol === 'v2') throw new Error("act's cache server speaks v1 only")
      // v2 is refused on GHES, so v2 needs a github.com server URL and v1 a GHES-looking one.
      if (protocol === 'v2') return { ...common, ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://github.com' }
      return { ...common, ACTIONS_CACHE_SERVICE_V2: '', GITHUB_SERVER_URL: url }
    },
    entries() {
      return index.entries.map((e) => ({ key: e.key, version: e.version, size: e.size, path: join(dir, e.archive) }))
    },
    uploads: () => uploads,
    setFault(f) {
      fault = f
    },
    setThrottle(throttle) {
      link.setRate(throttle?.bytesPerSecond)
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await persisting
      await rm(join(dir, 'uploads'), { recursive: true, force: true })
      if (ownsDir) await rm(dir, { recursive: true, force: true })
    }
  }
}

async function loadIndex(indexPath: string): Promise<Index> {
  try {
    const stored = JSON.parse(await readFile(indexPath, 'utf8')) as Index
    return { nextId: stored.nextId, entries: stored.entries }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { nextId: 1, entries: [] }
    throw err
  }
}
