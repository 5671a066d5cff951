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
// Here the requests; how they reach the bucket is in s3config.ts, their errors in words in
// s3errors.ts, the trim in s3trim.ts.
import * as core from '../host/log.ts'
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  type GetObjectCommandOutput,
  type _Object
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline as pipe, type Readable } from 'node:stream'
import { errorMessage } from '../errors.ts'
import { removeTree, scratchDir } from '../fsutil.ts'
import type { Env } from '../net/proxyenv.ts'
import { ARCHIVE_NAME } from './archive.ts'
import type { CacheBackend, Fetched, Stored } from './backend.ts'
import { TIMED_OUT, withinTime } from './guarded.ts'
import { newestMatch } from './retention.ts'
import { IdleWatch, lazyStream, type ArchiveSource } from './source.ts'
import { describeS3Error, explainHead, isNotFound, redactor, SECRET_VARIABLES, shapeOf, statusOf } from './s3errors.ts'
import { connectionOf, entryPrefix, objectKey, PART_SIZE, QUEUE_SIZE, type S3Config } from './s3config.ts'
import { trimObjects } from './s3trim.ts'

/**
 * The newest object of a listing, as a restore key takes it (see retention.ts). Keys ending in
 * '/' (folder markers of some consoles) are no entries.
 */
export function newestObject(objects: readonly _Object[]): _Object | undefined {
  const dated = objects.flatMap((o) => (o.Key === undefined || o.Key.endsWith('/') ? [] : [{ key: o.Key, timeMs: o.LastModified?.getTime() ?? 0, o }]))
  return newestMatch(dated, '')?.o
}

/** `temp`: where staging archives go; by default the host's temp dir. */
export function s3Backend(config: S3Config, env: Env = process.env, temp?: string): CacheBackend {
  for (const name of SECRET_VARIABLES) {
    const value = env[name]
    if (value) core.setSecret(value)
  }
  const scrub = redactor(env)
  const c = connectionOf(config, env)
  const why = (err: unknown) => scrub(describeS3Error(err, c.errorContext))
  let client: S3Client | undefined
  const s3 = () => (client ??= new S3Client(c.client))

  /** A directory of its own per file, so discard (which removes the file's directory) takes only it. */
  const freshDir = () => scratchDir('s3-save-', temp)

  const prefixText = config.prefix === '' ? '' : `/${config.prefix}`
  return {
    name: `the S3 bucket s3://${config.bucket}${prefixText}${c.endpoint === undefined ? '' : ` at ${c.shownEndpoint}`}`,
    available: () => true,
    async stagingFile() {
      return path.join(await freshDir(), ARCHIVE_NAME)
    },
    async restore(entry, primaryKey, restoreKeys, lookupTimeoutMs, idleTimeoutMs = lookupTimeoutMs): Promise<Fetched> {
      let found: Found | Fetched | typeof TIMED_OUT
      try {
        found = await withinTime((signal) => lookup(s3(), config.bucket, config.prefix, entry, primaryKey, restoreKeys, signal, why), lookupTimeoutMs)
      } catch (err) {
        return { outcome: 'service-failed', why: why(err) }
      }
      if (found === TIMED_OUT) return { outcome: 'timeout' }
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

/** The exact key, else the newest match of the key and then of each restore key; signal ends the requests. */
async function lookup(
  client: S3Client,
  bucket: string,
  prefix: string,
  entry: string,
  primaryKey: string,
  restoreKeys: string[],
  signal: AbortSignal,
  why: (err: unknown) => string
): Promise<Found | Fetched> {
  const base = entryPrefix(prefix, entry)
  const failed = (err: unknown): Fetched => ({ outcome: 'service-failed', why: why(err) })
  const exact = objectKey(prefix, entry, primaryKey)
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: exact }), { abortSignal: signal })
    return { matchedKey: exact.slice(base.length), objectKey: exact, ...known(head.ContentLength, head.ETag) }
  } catch (err) {
    // A HEAD has no body to tell a missing bucket from a missing key: the listing below does.
    if (!isNotFound(err) || signal.aborted) return failed(await explainHead(client, bucket, exact, err, signal))
  }
  for (const candidate of [primaryKey, ...restoreKeys]) {
    let newest: _Object | undefined
    let token: string | undefined
    do {
      let page
      try {
        page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: objectKey(prefix, entry, candidate), ContinuationToken: token }), {
          abortSignal: signal
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
