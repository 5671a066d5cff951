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
import * as core from '@actions/core'
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
import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { errorMessage } from '../errors.ts'
import { removeTree, scratchDir } from '../fsutil.ts'
import { proxyConfigFromEnv, proxyForUrl, type Env } from '../proxy/http.ts'
import { ARCHIVE_FORMAT, ARCHIVE_NAME } from './archive.ts'
import type { CacheBackend, Fetched, Stored } from './backend.ts'
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
/** The credentials in the environment: masked in the log, and never part of a reason given. */
const SECRET_VARIABLES = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_ACCESS_KEY_ID'] as const

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

/** What an error message of ours may show: the configured credentials (and proxy passwords) replaced by ***. */
export function redactor(env: Env): (text: string) => string {
  const proxies = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].map((name) => URL.parse(env[name] ?? ''))
  const proxyPasswords = proxies.flatMap((url) => (url?.password ? [url.password, decodeURIComponent(url.password)] : []))
  const secrets = [...SECRET_VARIABLES.map((name) => env[name] ?? ''), ...proxyPasswords].filter((value) => value.length >= 4)
  return (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text)
}

export interface ErrorContext {
  bucket: string
  /** The endpoint as shown: http://127.0.0.1:9000, or https://s3.eu-west-1.amazonaws.com. */
  endpoint: string
  region?: string
  /** The forward proxy in use, shown without its credentials. */
  proxy?: string
}

interface ErrorShape {
  name?: string
  message?: string
  code?: string
  hostname?: string
  $metadata?: { httpStatusCode?: number }
  $response?: { headers?: Record<string, string> }
}

function shapeOf(err: unknown): ErrorShape {
  return typeof err === 'object' && err !== null ? (err as ErrorShape) : { message: String(err) }
}

function statusOf(err: unknown): number | undefined {
  return shapeOf(err).$metadata?.httpStatusCode
}

/** A 404 without a code of its own (HEAD answers have no body): the object is not there. */
export function isNotFound(err: unknown): boolean {
  const e = shapeOf(err)
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || (statusOf(err) === 404 && e.name !== 'NoSuchBucket')
}

const NETWORK_CODE = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)\b/

/** The SDK's errors in plain words, naming what to check. Never contains a credential. */
export function describeS3Error(err: unknown, ctx: ErrorContext): string {
  const e = shapeOf(err)
  const name = e.name ?? ''
  const message = e.message ?? ''
  // An error of another realm (a vm context) reaches us as the SDK's wrapper of its text only.
  const code = e.code ?? NETWORK_CODE.exec(message)?.[1] ?? ''
  const hostname = e.hostname ?? /getaddrinfo \S+ (\S+)/.exec(message)?.[1]
  const status = statusOf(err)
  const via = ctx.proxy === undefined ? '' : ` (through the proxy ${ctx.proxy})`
  const at = ` at ${ctx.endpoint}`
  switch (code) {
    case 'ECONNREFUSED':
      return `connection refused by ${ctx.proxy ?? ctx.endpoint}${ctx.proxy === undefined ? '' : ` (the proxy for ${ctx.endpoint})`}`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host ${hostname ?? URL.parse(ctx.endpoint)?.hostname ?? ctx.endpoint} is not found (DNS)${via}`
    case 'ECONNRESET':
    case 'EPIPE':
      return `the connection to ${ctx.endpoint} was reset${via}`
    case 'ETIMEDOUT':
      return `${ctx.endpoint} did not answer in time${via}`
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${ctx.endpoint} is unreachable${via}`
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) return `the TLS certificate of ${ctx.endpoint} is not trusted (${code})${via}`
  if (/^ERR_(SSL|TLS)_/.test(code)) return `TLS with ${ctx.endpoint} failed (${code})${via}`
  // Node's proxy agent: a CONNECT the proxy refused; a relayed plain-http request answered 407.
  const tunnel = /Failed to establish tunnel to \S+ via \S+: HTTP\/[\d.]+ (\d{3}) ?(.*)$/.exec(message)
  if (tunnel !== null || status === 407) {
    const proxy = ctx.proxy ?? 'the proxy'
    const variable = ctx.endpoint.startsWith('https:') ? 'HTTPS_PROXY' : 'HTTP_PROXY'
    if (tunnel === null || tunnel[1] === '407') return `the proxy ${proxy} refused the credentials (HTTP 407): check the user and password in ${variable}`
    return `the proxy ${proxy} did not open a tunnel to ${ctx.endpoint} (HTTP ${tunnel[1]}${tunnel[2] ? ` ${tunnel[2]}` : ''})`
  }
  if (name === 'TimeoutError') return `${ctx.endpoint} did not answer in time${via}`
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return 'no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or a role to assume (OIDC web identity)'
  }
  if (/Region is missing/i.test(message)) return `no AWS region for the bucket ${ctx.bucket}: set AWS_REGION`
  switch (name) {
    case 'NoSuchBucket':
      return `the bucket ${ctx.bucket} does not exist${at}`
    case 'InvalidBucketName':
      return `${ctx.bucket} is not a valid bucket name${at}`
    case 'InvalidAccessKeyId':
      return `the AWS access key id is not known${at}: check AWS_ACCESS_KEY_ID`
    case 'SignatureDoesNotMatch':
      return `the request signature does not match${at}: check AWS_SECRET_ACCESS_KEY`
    case 'ExpiredToken':
    case 'TokenRefreshRequired':
      return 'the AWS session token has expired: renew the credentials (AWS_SESSION_TOKEN, the assumed role)'
    case 'InvalidToken':
      return 'the AWS session token is not valid: check AWS_SESSION_TOKEN'
    case 'RequestTimeTooSkewed':
      return `the runner's clock is too far off the time${at}`
    case 'PermanentRedirect':
    case 'AuthorizationHeaderMalformed':
    case 'IllegalLocationConstraintException': {
      const expected = /expecting '([^']+)'/.exec(message)?.[1] ?? e.$response?.headers?.['x-amz-bucket-region']
      const region = expected === undefined ? '' : ` (${expected})`
      return `the bucket ${ctx.bucket} is in another region${region} than ${ctx.region ?? 'the one configured'}: set AWS_REGION to the bucket's region`
    }
    case 'AccessDenied':
    case 'AllAccessDisabled':
    case 'AccountProblem':
      return `access denied to the bucket ${ctx.bucket}${at}: check AWS credentials and the bucket's policy`
    case 'SlowDown':
      return `${ctx.endpoint} is throttling requests (SlowDown)`
  }
  if (status === 403) return `access denied to the bucket ${ctx.bucket}${at}: check AWS credentials and the bucket's policy`
  if (status === 301) return `the bucket ${ctx.bucket} is in another region than ${ctx.region ?? 'the one configured'}: set AWS_REGION to the bucket's region`
  if (status !== undefined && status >= 500) return `${ctx.endpoint} failed with HTTP ${status}${name && name !== 'UnknownError' ? ` (${name})` : ''}`
  const what = [name && name !== 'Error' && name !== 'UnknownError' ? name : '', message].filter((s) => s !== '').join(': ')
  return `${what || 'an unknown error'}${status === undefined ? '' : ` (HTTP ${status})`}${at}`
}

/** Counts the bytes that pass. */
class Counter extends Transform {
  bytes = 0
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null, data?: Buffer) => void): void {
    this.bytes += chunk.length
    done(null, chunk)
  }
}

class Truncated extends Error {
  override name = 'Truncated'
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
  const freshDir = (kind: 'save' | 'restore') => scratchDir(`s3-${kind}-`, env)

  const prefixText = config.prefix === '' ? '' : `/${config.prefix}`
  return {
    name: `the S3 bucket s3://${config.bucket}${prefixText}${endpoint === undefined ? '' : ` at ${shownEndpoint}`}`,
    available: () => true,
    async stagingFile() {
      return path.join(await freshDir('save'), ARCHIVE_NAME)
    },
    async restore(entry, primaryKey, restoreKeys, lookupTimeoutMs): Promise<Fetched> {
      let found: Found | Fetched
      try {
        found = await lookup(s3(), config.bucket, config.prefix, entry, primaryKey, restoreKeys, lookupTimeoutMs, why)
      } catch (err) {
        return { outcome: 'service-failed', why: why(err) }
      }
      if ('outcome' in found) return found
      let dir: string
      try {
        dir = await freshDir('restore')
      } catch (err) {
        return { outcome: 'broken', matchedKey: found.matchedKey, why: `no scratch directory: ${scrub(errorMessage(err))}`, corrupt: false }
      }
      const file = path.join(dir, ARCHIVE_NAME)
      const fetched = await download(s3(), config.bucket, found, file, why, scrub)
      if (fetched.outcome !== 'restored') await removeTree(dir)
      return fetched
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
        if (!isNotFound(err)) return { saved: false, failed: true, skipped: why(err), sizeBytes }
      }
      return upload(s3(), config.bucket, Key, archive, sizeBytes, why)
    },
    // Never throws: an archive left behind is a warning, not a failed restore or save.
    discard: async (file) => {
      await removeTree(path.dirname(file))
    }
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
    try {
      const exact = objectKey(prefix, entry, primaryKey)
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: exact }), { abortSignal: abort.signal })
      return { matchedKey: exact.slice(base.length), objectKey: exact, ...known(head.ContentLength, head.ETag) }
    } catch (err) {
      // A HEAD has no body to tell a missing bucket from a missing key: the listing below does.
      if (!isNotFound(err) || abort.signal.aborted) return failed(err)
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

/** Streams the object to file and checks that every byte came. Never throws. */
async function download(
  client: S3Client,
  bucket: string,
  found: Found,
  file: string,
  why: (err: unknown) => string,
  scrub: (text: string) => string
): Promise<Fetched> {
  const broken = (text: string, corrupt: boolean): Fetched => ({ outcome: 'broken', matchedKey: found.matchedKey, why: text, corrupt })
  let got: GetObjectCommandOutput
  try {
    // If-Match: the object the lookup sized, not one that replaced it meanwhile.
    got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: found.objectKey, ...(found.etag === undefined ? {} : { IfMatch: found.etag }) }))
  } catch (err) {
    if (isNotFound(err)) return broken('the entry disappeared', false)
    if (statusOf(err) === 412) return broken('the entry was replaced while it was fetched', false)
    return broken(why(err), false)
  }
  const expected = got.ContentLength ?? found.size
  const counter = new Counter()
  try {
    if (got.Body === undefined) throw new Truncated('the answer has no body')
    await pipeline(got.Body as Readable, counter, createWriteStream(file, { highWaterMark: 1 << 20 }))
    if (expected !== undefined && counter.bytes !== expected) throw new Truncated(`${counter.bytes} of ${expected} bytes came`)
    if (found.size !== undefined && counter.bytes !== found.size) throw new Truncated(`${counter.bytes} bytes came, the entry has ${found.size}`)
  } catch (err) {
    const of = expected === undefined ? '' : ` of ${expected}`
    // A body cut short (by the server or on the way), a checksum the SDK found wrong, or a size
    // that is not the entry's: what came is unusable, whether or not a second try would do better.
    if (err instanceof Truncated) return broken(`the download of ${found.matchedKey} is truncated: ${err.message}`, true)
    const local = (err as NodeJS.ErrnoException).syscall !== undefined && ['open', 'write'].includes((err as NodeJS.ErrnoException).syscall!)
    if (local) return broken(`writing ${file} failed: ${scrub(errorMessage(err))}`, false)
    return broken(`the download of ${found.matchedKey} broke off after ${counter.bytes}${of} bytes: ${scrub(errorMessage(err))}`, true)
  }
  return { outcome: 'restored', matchedKey: found.matchedKey, file, sizeBytes: counter.bytes }
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
