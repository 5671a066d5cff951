// Cache entries in an S3 bucket (AWS, or an S3-compatible server: MinIO, Ceph RGW, SeaweedFS, R2),
// for fleets of self-hosted runners that share no Actions cache. One entry is one object,
// `<prefix>/<format>/<entry>/<key>`, holding the archive as it is. Lookups follow GitHub's rules:
// the exact key, else for the key and then each restore key in order the newest object whose key
// starts with it. An object becomes visible only when its PUT (or its multipart upload) completes,
// so a reader never sees half an archive, and a save sends `If-None-Match: *` so that, where the
// server supports conditional writes, the first of two jobs saving one key wins and entries stay
// immutable; where it does not, the last complete upload wins, which is as good a cache entry.
// Object keys are case-sensitive and a listing's prefix too, so the key part of an object's name is
// the key lowercased (foldKey): a key differing only in case is the same entry, as in the cache
// services, and the matched key comes back lowercased, as from act's cache server. (An object
// stored with its key's case kept is not found by a lowercased prefix: one miss stores it anew.)
//
// Credentials, the shared config file and AWS_ENDPOINT_URL(_S3) are the SDK's own (its default
// chain reads them from process.env and ~/.aws). The environment given here decides what the SDK
// has no rule for: the forward proxy (HTTP(S)_PROXY and NO_PROXY with Go's rules, as for the proxy
// probe), AWS_DEFAULT_REGION, a region for custom endpoints, and the values to mask in the log.
import * as core from '../host/log.ts'
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  type GetObjectCommandOutput,
  type S3ClientConfig,
  type _Object
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import path from 'node:path'
import { pipeline as pipe, type Readable } from 'node:stream'
import { errorMessage } from '../errors.ts'
import { removeTree, scratchDir } from '../fsutil.ts'
import { proxyConfigFromEnv, proxyForUrl, type Env } from '../net/proxyenv.ts'
import { ARCHIVE_FORMAT, ARCHIVE_NAME } from './archive.ts'
import type { CacheBackend, Fetched, Stored } from './backend.ts'
import { IdleWatch, lazyStream, type ArchiveSource } from './source.ts'
import { describeS3Error, explainHead, isNotFound, redactor, SECRET_VARIABLES, shapeOf, statusOf, type ErrorContext } from './s3errors.ts'
import { trimObjects } from './s3trim.ts'
import { foldKey } from './key.ts'

export interface S3Config {
  bucket: string
  /** Object key prefix, without leading or trailing '/'; '' for the bucket's root. */
  prefix: string
  /** An S3-compatible endpoint; undefined for AWS (or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL). */
  endpoint?: string
  region?: string
  pathStyle: boolean
}

/** Attempts per request, the first included: a dead endpoint fails in well under a second. */
export const MAX_ATTEMPTS = 3
/** Connecting to the endpoint (or the proxy); the SDK's default is no limit at all. */
const CONNECT_TIMEOUT_MS = 10_000
/** A socket that carries nothing this long is given up: a stalled download or upload ends. */
const IDLE_TIMEOUT_MS = 60_000
/** Multipart uploads: parts of 16 MiB, four in flight (lib-storage's minimum part is 5 MiB). */
export const PART_SIZE = 16 * 1024 * 1024
const QUEUE_SIZE = 4

/** `<prefix>/<format>/<entry>/`: where the entries of one kind live (no leading '/' at the root). */
export function entryPrefix(prefix: string, entry: string): string {
  return [prefix, ARCHIVE_FORMAT, entry].filter((part) => part !== '').join('/') + '/'
}

/** The object key of an entry's key, which is stored lowercased. */
export function objectKey(prefix: string, entry: string, key: string): string {
  return entryPrefix(prefix, entry) + foldKey(key)
}

/**
 * The newest object (by LastModified; of two as new, the greater key), as GitHub picks among the
 * entries a restore key matches. Keys ending in '/' (folder markers of some consoles) are no entries.
 */
export function newestObject(objects: readonly _Object[]): _Object | undefined {
  let best: _Object | undefined
  for (const o of objects) {
    if (o.Key === undefined || o.Key.endsWith('/')) continue
    if (best === undefined) {
      best = o
      continue
    }
    const t = o.LastModified?.getTime() ?? 0
    const bt = best.LastModified?.getTime() ?? 0
    if (t > bt || (t === bt && o.Key > best.Key!)) best = o
  }
  return best
}

/** The endpoint the SDK will use: the configured one, else the SDK's environment variables. */
export function configuredEndpoint(config: Pick<S3Config, 'endpoint'>, env: Env): string | undefined {
  if (config.endpoint) return config.endpoint
  if (/^true$/i.test(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '')) return undefined
  return env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined
}

/** The region to give the SDK, or undefined to leave it to its own chain (AWS_REGION, ~/.aws/config). */
export function regionFor(config: Pick<S3Config, 'region'>, env: Env, customEndpoint: boolean): string | undefined {
  // The SDK reads AWS_REGION itself but not the CLI's AWS_DEFAULT_REGION; S3-compatible servers
  // mostly ignore the region, yet SigV4 needs one.
  return config.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || (customEndpoint ? 'us-east-1' : undefined)
}

/**
 * The URL the requests go to, for the proxy decision: with virtual-hosted addressing the bucket
 * is part of the host name, which NO_PROXY entries may or may not cover.
 */
export function requestUrl(config: Pick<S3Config, 'bucket' | 'pathStyle'>, endpoint: string | undefined, region: string | undefined): URL {
  const base = URL.parse(endpoint ?? `https://s3.${region ?? 'us-east-1'}.amazonaws.com`) ?? new URL('https://s3.amazonaws.com')
  // The SDK falls back to path style for names that cannot be a host label (dots, upper case).
  if (!config.pathStyle && /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(config.bucket)) base.hostname = `${config.bucket}.${base.hostname}`
  return base
}

/** A URL for a message: no credentials in it, no trailing slash. */
function displayUrl(url: URL): string {
  const shown = new URL(url.href)
  shown.username = ''
  shown.password = ''
  return shown.href.replace(/\/$/, '')
}

/** The SDK's request handler options: timeouts, and an agent through the forward proxy go would use. */
export function requestHandlerFor(target: URL, env: Env): { options: NonNullable<S3ClientConfig['requestHandler']>; proxy?: URL } {
  const base = { connectionTimeout: CONNECT_TIMEOUT_MS, socketTimeout: IDLE_TIMEOUT_MS }
  const proxy = proxyForUrl(target, proxyConfigFromEnv(env))
  if (proxy === undefined) return { options: base }
  // Node's own proxy support (http.Agent's proxyEnv, Node 24.5): CONNECT for https, absolute URIs
  // for http, credentials in the proxy URL sent as Proxy-Authorization. The decision is ours (Go's
  // rules), so the agent gets just the one proxy and no NO_PROXY of its own.
  const agent = { keepAlive: true, maxSockets: 50 }
  const options =
    target.protocol === 'https:'
      ? { ...base, httpsAgent: new https.Agent({ ...agent, proxyEnv: { HTTPS_PROXY: proxy.href } }) }
      : { ...base, httpAgent: new http.Agent({ ...agent, proxyEnv: { HTTP_PROXY: proxy.href } }) }
  return { options, proxy }
}

export function s3Backend(config: S3Config, env: Env = process.env): CacheBackend {
  for (const name of SECRET_VARIABLES) {
    const value = env[name]
    if (value) core.setSecret(value)
  }
  const scrub = redactor(env)
  const endpoint = configuredEndpoint(config, env)
  const region = regionFor(config, env, endpoint !== undefined)
  const target = requestUrl(config, endpoint, region)
  const handler = requestHandlerFor(target, env)
  const shownEndpoint = displayUrl(URL.parse(endpoint ?? '') ?? new URL(`https://s3.${region ?? 'us-east-1'}.amazonaws.com`))
  const ctx: ErrorContext = {
    bucket: config.bucket,
    endpoint: shownEndpoint,
    ...(region === undefined ? {} : { region }),
    ...(handler.proxy === undefined ? {} : { proxy: displayUrl(handler.proxy) })
  }
  const why = (err: unknown) => scrub(describeS3Error(err, ctx))

  const clientConfig: S3ClientConfig = {
    forcePathStyle: config.pathStyle,
    maxAttempts: MAX_ATTEMPTS,
    requestHandler: handler.options,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(region === undefined ? {} : { region }),
    // On AWS a bucket of another region answers 301: the SDK retries there.
    ...(endpoint === undefined ? { followRegionRedirects: true } : {}),
    // Many S3-compatible servers reject the checksum headers (and aws-chunked bodies) the SDK
    // sends by default since 2025; the SDK's own variables still choose, when set.
    ...(endpoint !== undefined && !env.AWS_REQUEST_CHECKSUM_CALCULATION ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const } : {}),
    ...(endpoint !== undefined && !env.AWS_RESPONSE_CHECKSUM_VALIDATION ? { responseChecksumValidation: 'WHEN_REQUIRED' as const } : {})
  }
  let client: S3Client | undefined
  const s3 = () => (client ??= new S3Client(clientConfig))

  /** A directory of its own per file, so discard (which removes the file's directory) takes only it. */
  const freshDir = () => scratchDir('s3-save-', env)

  const prefixText = config.prefix === '' ? '' : `/${config.prefix}`
  return {
    name: `the S3 bucket s3://${config.bucket}${prefixText}${endpoint === undefined ? '' : ` at ${shownEndpoint}`}`,
    available: () => true,
    async stagingFile() {
      return path.join(await freshDir(), ARCHIVE_NAME)
    },
    async restore(entry, primaryKey, restoreKeys, lookupTimeoutMs, idleTimeoutMs = lookupTimeoutMs): Promise<Fetched> {
      let found: Found | Fetched
      try {
        found = await lookup(s3(), config.bucket, config.prefix, entry, primaryKey, restoreKeys, lookupTimeoutMs, why)
      } catch (err) {
        return { outcome: 'service-failed', why: why(err) }
      }
      if ('outcome' in found) return found
      if (found.size === undefined) return { outcome: 'broken', matchedKey: found.matchedKey, why: 'the object has no known size', corrupt: false }
      return { outcome: 'restored', matchedKey: found.matchedKey, source: objectSource(s3(), config.bucket, { ...found, size: found.size }, idleTimeoutMs, why) }
    },
    async save(entry, key, archive): Promise<Stored> {
      let sizeBytes: number
      try {
        sizeBytes = (await stat(archive)).size
      } catch (err) {
        return { saved: false, failed: true, skipped: `the archive cannot be read: ${scrub(errorMessage(err))}` }
      }
      const Key = objectKey(config.prefix, entry, key)
      try {
        await s3().send(new HeadObjectCommand({ Bucket: config.bucket, Key }))
        return { saved: false, skipped: 'entry already exists', sizeBytes }
      } catch (err) {
        if (!isNotFound(err)) return { saved: false, failed: true, skipped: why(await explainHead(s3(), config.bucket, Key, err)), sizeBytes }
      }
      return upload(s3(), config.bucket, Key, archive, sizeBytes, why)
    },
    // Never throws: an archive left behind is a warning, not a failed restore or save.
    discard: async (file) => {
      await removeTree(path.dirname(file))
    },
    trim: (entry, keyPrefix, keep) => trimObjects(s3(), config.bucket, entryPrefix(config.prefix, entry), keyPrefix, keep, why)
  }
}

interface Found {
  matchedKey: string
  objectKey: string
  /** The size the lookup saw; the download must bring exactly as many bytes. */
  size?: number
  etag?: string
}

/** The exact key, else the newest match of the key and then of each restore key, within lookupTimeoutMs. */
async function lookup(
  client: S3Client,
  bucket: string,
  prefix: string,
  entry: string,
  primaryKey: string,
  restoreKeys: string[],
  lookupTimeoutMs: number,
  why: (err: unknown) => string
): Promise<Found | Fetched> {
  const base = entryPrefix(prefix, entry)
  const abort = new AbortController()
  const timer = Number.isFinite(lookupTimeoutMs) ? setTimeout(() => abort.abort(), Math.max(0, lookupTimeoutMs)) : undefined
  const failed = (err: unknown): Fetched => (abort.signal.aborted ? { outcome: 'timeout' } : { outcome: 'service-failed', why: why(err) })
  try {
    const exact = objectKey(prefix, entry, primaryKey)
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: exact }), { abortSignal: abort.signal })
      return { matchedKey: exact.slice(base.length), objectKey: exact, ...known(head.ContentLength, head.ETag) }
    } catch (err) {
      // A HEAD has no body to tell a missing bucket from a missing key: the listing below does.
      if (!isNotFound(err) || abort.signal.aborted) return failed(await explainHead(client, bucket, exact, err, abort.signal))
    }
    for (const candidate of [primaryKey, ...restoreKeys]) {
      let newest: _Object | undefined
      let token: string | undefined
      do {
        let page
        try {
          page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: objectKey(prefix, entry, candidate), ContinuationToken: token }), {
            abortSignal: abort.signal
          })
        } catch (err) {
          return failed(err)
        }
        newest = newestObject([...(newest === undefined ? [] : [newest]), ...(page.Contents ?? [])])
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token !== undefined)
      if (newest !== undefined) return { matchedKey: newest.Key!.slice(base.length), objectKey: newest.Key!, ...known(newest.Size, newest.ETag) }
    }
    return { outcome: 'miss' }
  } finally {
    clearTimeout(timer)
  }
}

function known(size: number | undefined, etag: string | undefined): { size?: number; etag?: string } {
  return { ...(size === undefined ? {} : { size }), ...(etag === undefined ? {} : { etag }) }
}

/**
 * The object as a source: each read a ranged GET of its own (If-Match: the object the lookup
 * found, not one that replaced it meanwhile), streamed, and ended when no byte comes for idleMs.
 */
function objectSource(client: S3Client, bucket: string, found: Found & { size: number }, idleMs: number, why: (err: unknown) => string): ArchiveSource {
  const what = `the object of ${found.matchedKey}`
  return {
    sizeBytes: found.size,
    read(start, end) {
      return lazyStream(async function* () {
        if (end <= start) return
        const abort = new AbortController()
        // An answer that does not come is a stall too.
        const unanswered = setTimeout(() => abort.abort(), idleMs)
        let got: GetObjectCommandOutput
        try {
          got = await client.send(
            new GetObjectCommand({ Bucket: bucket, Key: found.objectKey, Range: `bytes=${start}-${end - 1}`, ...(found.etag === undefined ? {} : { IfMatch: found.etag }) }),
            { abortSignal: abort.signal }
          )
        } catch (err) {
          if (abort.signal.aborted) throw new Error(`no answer for ${what} within ${idleMs / 1000} s`)
          if (isNotFound(err)) throw new Error(`${what} disappeared`)
          if (statusOf(err) === 412) throw new Error(`${what} was replaced while it was read`)
          throw new Error(why(err))
        } finally {
          clearTimeout(unanswered)
        }
        try {
          if (got.Body === undefined) throw new Error(`the answer for ${what} has no body`)
          for await (const chunk of pipe(got.Body as Readable, new IdleWatch(idleMs, what), () => undefined)) yield chunk as Buffer
        } catch (err) {
          throw new Error(`the download of ${what} broke off: ${why(err)}`)
        } finally {
          // A read abandoned half-way (another part failed) leaves no request running.
          abort.abort()
        }
      })
    },
    close: async () => undefined
  }
}

/** Uploads the archive, multipart when it is large; a failed multipart upload is aborted. Never throws. */
async function upload(client: S3Client, bucket: string, Key: string, archive: string, sizeBytes: number, why: (err: unknown) => string): Promise<Stored> {
  const attempt = async (conditional: boolean) => {
    const upload = new Upload({
      client,
      params: {
        Bucket: bucket,
        Key,
        Body: createReadStream(archive, { highWaterMark: 1 << 20 }),
        ContentLength: sizeBytes,
        ContentType: 'application/octet-stream',
        // Sent with the PUT, or with the completion of a multipart upload.
        ...(conditional ? { IfNoneMatch: '*' } : {})
      },
      queueSize: QUEUE_SIZE,
      partSize: PART_SIZE,
      leavePartsOnError: false
    })
    await upload.done()
  }
  try {
    try {
      await attempt(true)
    } catch (err) {
      // A server without conditional writes that refuses the header rather than ignoring it.
      if (shapeOf(err).name !== 'NotImplemented' && statusOf(err) !== 501) throw err
      await attempt(false)
    }
    return { saved: true, sizeBytes }
  } catch (err) {
    const e = shapeOf(err)
    // Another job stored the key first (412), or is completing it right now (409).
    if (e.name === 'PreconditionFailed' || e.name === 'ConditionalRequestConflict' || statusOf(err) === 412) {
      return { saved: false, skipped: 'entry already exists', sizeBytes }
    }
    return { saved: false, failed: true, skipped: why(err), sizeBytes }
  }
}
