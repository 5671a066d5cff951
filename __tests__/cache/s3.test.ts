// The S3 backend against a real S3 server (gofakes3 on 127.0.0.1) with the real AWS SDK: lookups
// with GitHub's rules, multipart uploads, concurrent saves, an endpoint that is down, a missing
// bucket, downloads cut short, a lookup that never answers, the forward proxy, and credentials
// that never show. gofakes3 checks no credentials or signatures: wrong credentials are tested here
// as the mapping of the SDK's error shapes, and against a signature-checking front in s3auth.test.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ARCHIVE_FORMAT } from '../../src/cache/archive.ts'
import type { CacheBackend, Fetched } from '../../src/cache/backend.ts'
import { newestObject, s3Backend } from '../../src/cache/s3.ts'
import { configuredEndpoint, entryPrefix, objectKey, regionFor, requestHandlerFor, requestUrl, type S3Config } from '../../src/cache/s3config.ts'
import { readBytes } from '../../src/cache/source.ts'
import { describeS3Error, isNotFound, redactor, type ErrorContext } from '../../src/cache/s3errors.ts'
import { startForwardProxy } from '../support/forward-proxy.ts'
import { startS3Proxy, startS3Server, type S3Server } from '../support/s3-server.ts'

const ENTRY = 'modules-v1'

describe('object keys', () => {
  it('are <prefix>/<format>/<entry>/<key>, without a leading / at the bucket root', () => {
    expect(objectKey('fleet/linux', ENTRY, 'go-mod-abc')).toBe(`fleet/linux/${ARCHIVE_FORMAT}/${ENTRY}/go-mod-abc`)
    expect(objectKey('', ENTRY, 'go-mod-abc')).toBe(`${ARCHIVE_FORMAT}/${ENTRY}/go-mod-abc`)
    expect(entryPrefix('', ENTRY)).toBe(`${ARCHIVE_FORMAT}/${ENTRY}/`)
  })

  it('hold the key lowercased, the configured prefix as it is', () => {
    expect(objectKey('Fleet/Linux', ENTRY, 'Go-Mod-Linux-X64-AB')).toBe(`Fleet/Linux/${ARCHIVE_FORMAT}/${ENTRY}/go-mod-linux-x64-ab`)
  })

  it('keep one kind of entry from matching another whose name starts alike', () => {
    expect(objectKey('p', 'build', 'k').startsWith(entryPrefix('p', 'buil'))).toBe(false)
  })
})

describe('newestObject', () => {
  const at = (s: string) => new Date(`2026-01-01T00:00:${s}Z`)
  it('picks the latest LastModified, the greater key of two as new, and skips folder markers', () => {
    expect(newestObject([])).toBeUndefined()
    expect(newestObject([{ Key: 'a', LastModified: at('01') }, { Key: 'b', LastModified: at('03') }, { Key: 'c', LastModified: at('02') }])?.Key).toBe('b')
    expect(newestObject([{ Key: 'a', LastModified: at('01') }, { Key: 'b', LastModified: at('01') }])?.Key).toBe('b')
    expect(newestObject([{ Key: 'x/', LastModified: at('09') }, { Key: 'a', LastModified: at('01') }])?.Key).toBe('a')
  })
})

describe('endpoint and region', () => {
  it('takes the configured endpoint, else the SDK variables, unless the SDK is told to ignore them', () => {
    expect(configuredEndpoint({ endpoint: 'http://minio:9000' }, { AWS_ENDPOINT_URL_S3: 'http://other' })).toBe('http://minio:9000')
    expect(configuredEndpoint({}, { AWS_ENDPOINT_URL_S3: 'http://s3only', AWS_ENDPOINT_URL: 'http://all' })).toBe('http://s3only')
    expect(configuredEndpoint({}, { AWS_ENDPOINT_URL: 'http://all' })).toBe('http://all')
    expect(configuredEndpoint({}, { AWS_ENDPOINT_URL: 'http://all', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })).toBeUndefined()
    expect(configuredEndpoint({}, {})).toBeUndefined()
  })

  it('takes the configured region, AWS_REGION, AWS_DEFAULT_REGION, then us-east-1 for a custom endpoint only', () => {
    expect(regionFor({ region: 'eu-west-1' }, { AWS_REGION: 'us-west-2' }, false)).toBe('eu-west-1')
    expect(regionFor({}, { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'eu-central-1' }, false)).toBe('us-west-2')
    expect(regionFor({}, { AWS_DEFAULT_REGION: 'eu-central-1' }, false)).toBe('eu-central-1')
    expect(regionFor({}, {}, true)).toBe('us-east-1')
    // On AWS, the SDK's own chain (the shared config file) decides.
    expect(regionFor({}, {}, false)).toBeUndefined()
  })
})

describe('the proxy decision', () => {
  const proxyOf = (url: URL, env: Record<string, string>) => requestHandlerFor(url, env).proxy?.href
  it('follows Go: HTTPS_PROXY for https only, loopback always direct, NO_PROXY on the host the requests go to', () => {
    const aws = requestUrl({ bucket: 'go-cache', pathStyle: false }, undefined, 'eu-west-1')
    expect(aws.href).toBe('https://go-cache.s3.eu-west-1.amazonaws.com/')
    expect(proxyOf(aws, { HTTPS_PROXY: 'http://proxy:3128' })).toBe('http://proxy:3128/')
    expect(proxyOf(aws, { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined()
    expect(proxyOf(aws, { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: '.amazonaws.com' })).toBeUndefined()
    expect(proxyOf(aws, { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'go-cache.s3.eu-west-1.amazonaws.com' })).toBeUndefined()
    const minio = requestUrl({ bucket: 'go-cache', pathStyle: true }, 'http://minio.internal:9000', 'us-east-1')
    expect(minio.href).toBe('http://minio.internal:9000/')
    expect(proxyOf(minio, { HTTP_PROXY: 'proxy:3128' })).toBe('http://proxy:3128/')
    expect(proxyOf(minio, { HTTP_PROXY: 'proxy:3128', no_proxy: 'minio.internal:9000' })).toBeUndefined()
    expect(proxyOf(new URL('http://127.0.0.1:9000'), { HTTP_PROXY: 'proxy:3128' })).toBeUndefined()
    // A bucket name that cannot be a host label is addressed by path.
    expect(requestUrl({ bucket: 'go.cache', pathStyle: false }, undefined, 'us-east-1').hostname).toBe('s3.us-east-1.amazonaws.com')
  })
})

describe('describeS3Error', () => {
  const ctx: ErrorContext = { bucket: 'go-cache', endpoint: 'https://s3.eu-west-1.amazonaws.com', region: 'eu-west-1' }
  // The shapes the SDK throws: service errors carry name and $metadata, network errors a code.
  const service = (name: string, status: number, message = 'UnknownError') => Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } })
  const network = (code: string, extra: object = {}) => Object.assign(new Error(`connect ${code}`), { code, $metadata: {}, ...extra })

  it('names the bucket, the credentials or the address at fault in plain words', () => {
    expect(describeS3Error(service('NoSuchBucket', 404, 'The specified bucket does not exist'), ctx)).toBe(
      'the bucket go-cache does not exist at https://s3.eu-west-1.amazonaws.com: check the bucket in cache-url, or create it'
    )
    expect(describeS3Error(service('AccessDenied', 403, 'Access Denied'), ctx)).toMatch(/^access denied to the bucket go-cache .*check AWS credentials/)
    // A HEAD answer has no body: a bare 403.
    expect(describeS3Error(service('Forbidden', 403), ctx)).toMatch(/^access denied to the bucket go-cache/)
    expect(describeS3Error(service('InvalidAccessKeyId', 403, 'The AWS Access Key Id you provided does not exist in our records.'), ctx)).toMatch(
      /access key id is not known .*check AWS_ACCESS_KEY_ID/
    )
    expect(describeS3Error(service('SignatureDoesNotMatch', 403, 'The request signature we calculated does not match'), ctx)).toMatch(
      /signature does not match.*check AWS_SECRET_ACCESS_KEY/
    )
    expect(describeS3Error(service('ExpiredToken', 400, 'The provided token has expired.'), ctx)).toMatch(/session token has expired/)
    expect(
      describeS3Error(service('AuthorizationHeaderMalformed', 400, "The authorization header is malformed; the region 'eu-west-1' is wrong; expecting 'us-east-2'"), ctx)
    ).toBe('the bucket go-cache is in another region (us-east-2) than eu-west-1: set s3-region (or AWS_REGION) to us-east-2')
    expect(describeS3Error(service('PermanentRedirect', 301), ctx)).toMatch(/another region/)
    expect(describeS3Error(service('InternalError', 500, 'We encountered an internal error'), ctx)).toBe(
      'https://s3.eu-west-1.amazonaws.com failed with HTTP 500 (InternalError)'
    )
    expect(describeS3Error(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }), ctx)).toMatch(
      /^no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE/
    )
    expect(describeS3Error(new Error('Region is missing'), { bucket: 'go-cache', endpoint: 'https://s3.amazonaws.com' })).toMatch(/no AWS region.*AWS_REGION/)
  })

  it('tells network failures apart, naming the proxy when there is one', () => {
    const local = { bucket: 'go-cache', endpoint: 'http://127.0.0.1:9' }
    expect(describeS3Error(network('ECONNREFUSED'), local)).toBe('connection refused by http://127.0.0.1:9')
    expect(describeS3Error(network('ECONNREFUSED'), { ...local, proxy: 'http://proxy:3128' })).toBe(
      'connection refused by http://proxy:3128 (the proxy for http://127.0.0.1:9)'
    )
    expect(describeS3Error(network('ENOTFOUND', { hostname: 'minio.invalid' }), local)).toBe('the host name minio.invalid did not resolve (DNS: ENOTFOUND)')
    expect(describeS3Error(network('ECONNRESET'), local)).toMatch(/connection to http:\/\/127\.0\.0\.1:9 was reset/)
    expect(describeS3Error(network('DEPTH_ZERO_SELF_SIGNED_CERT'), local)).toMatch(/TLS certificate .* not trusted/)
    expect(describeS3Error(Object.assign(new Error('Socket timed out'), { name: 'TimeoutError' }), local)).toMatch(/did not answer in time/)
  })

  it('takes a bare 404 for a missing key, but not a missing bucket', () => {
    expect(isNotFound(service('NotFound', 404))).toBe(true)
    expect(isNotFound(service('NoSuchKey', 404))).toBe(true)
    expect(isNotFound(service('NoSuchBucket', 404))).toBe(false)
    expect(isNotFound(service('AccessDenied', 403))).toBe(false)
    expect(isNotFound(network('ECONNREFUSED'))).toBe(false)
  })

  it('redacts the configured credentials from any text', () => {
    const env = { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEKEYID', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY', AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEXAMPLE' }
    const redact = redactor(env)
    expect(redact('key AKIAEXAMPLEKEYID secret wJalrXUtnFEMI/K7MDENG/bPxRfiCY token FwoGZXIvYXdzEXAMPLE')).toBe('key *** secret *** token ***')
    expect(redact('nothing secret')).toBe('nothing secret')
  })
})

// ---------------------------------------------------------------------------------------------
// Against gofakes3.

let server: S3Server
let client: S3Client
let scratch: string
let savedEnv: NodeJS.ProcessEnv
let buckets = 0

beforeAll(async () => {
  // fs keeps the buckets when the server is stopped and started again.
  server = await startS3Server({ backend: 'fs' })
  client = server.client()
  scratch = await mkdtemp(path.join(os.tmpdir(), 's3-backend-'))
  // The SDK's credential chain reads process.env, as it does in the action.
  savedEnv = { ...process.env }
  Object.assign(process.env, server.env())
  for (const name of ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_S3', 'HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) {
    delete process.env[name]
  }
})

afterAll(async () => {
  process.env = savedEnv
  await server?.close()
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true })
})

/** A bucket of its own per test. */
async function freshBucket(): Promise<string> {
  const name = `cache-${++buckets}-${process.pid}`
  await server.createBucket(name)
  return name
}

function backendOf(config: Partial<S3Config> & { bucket: string }, env: Record<string, string | undefined> = {}): CacheBackend {
  return s3Backend({ prefix: 'fleet', endpoint: server.url, pathStyle: true, ...config }, { ...server.env(), ...env }, scratch)
}

/** An archive of random bytes in the staging file of the backend, as the saver makes it. */
async function stagedArchive(backend: CacheBackend, bytes: number): Promise<{ file: string; content: Buffer }> {
  const file = await backend.stagingFile(ENTRY)
  const content = randomBytes(bytes)
  await writeFile(file, content)
  return { file, content }
}

function restored(fetched: Fetched): Extract<Fetched, { outcome: 'restored' }> {
  if (fetched.outcome !== 'restored') throw new Error(`expected a restore, got ${JSON.stringify(fetched)}`)
  return fetched
}

/** Every byte of a restored entry, as a restore reads them. */
function bytesOf(hit: Extract<Fetched, { outcome: 'restored' }>): Promise<Buffer> {
  return readBytes(hit.source, 0, hit.source.sizeBytes)
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('the S3 backend on gofakes3', () => {
  it('misses when no entry matches the key or a restore key', async () => {
    const backend = backendOf({ bucket: await freshBucket() })
    expect(await backend.restore(ENTRY, 'go-mod-linux-abc', ['go-mod-linux-'], 10_000)).toEqual({ outcome: 'miss' })
    expect(backend.available()).toBe(true)
  })

  it('saves an archive under <prefix>/<format>/<entry>/<key> and restores it by its exact key', async () => {
    const bucket = await freshBucket()
    const backend = backendOf({ bucket })
    const { file, content } = await stagedArchive(backend, 300_000)
    expect(file.startsWith(path.join(scratch, 'go-mod-precache') + path.sep)).toBe(true)
    expect(await backend.save(ENTRY, 'go-mod-linux-abc', file)).toEqual({ saved: true, sizeBytes: content.length })
    await backend.discard(file)
    await expect(stat(path.dirname(file))).rejects.toThrow()

    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
    expect(listed.Contents?.map((o) => [o.Key, o.Size])).toEqual([[`fleet/${ARCHIVE_FORMAT}/${ENTRY}/go-mod-linux-abc`, content.length]])

    const hit = restored(await backend.restore(ENTRY, 'go-mod-linux-abc', ['go-mod-linux-'], 10_000))
    expect(hit.matchedKey).toBe('go-mod-linux-abc')
    expect(hit.source.sizeBytes).toBe(content.length)
    expect((await bytesOf(hit)).equals(content)).toBe(true)
    await hit.source.close()
  })

  it('stores at the bucket root when the prefix is empty', async () => {
    const bucket = await freshBucket()
    const backend = backendOf({ bucket, prefix: '' })
    const { file } = await stagedArchive(backend, 1000)
    expect((await backend.save(ENTRY, 'k1', file)).saved).toBe(true)
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
    expect(listed.Contents?.map((o) => o.Key)).toEqual([`${ARCHIVE_FORMAT}/${ENTRY}/k1`])
    expect(restored(await backend.restore(ENTRY, 'k1', [], 10_000)).matchedKey).toBe('k1')
  })

  it('restores the newest entry of the first restore key that matches, as GitHub does', async () => {
    const bucket = await freshBucket()
    const backend = backendOf({ bucket })
    const saved: Record<string, Buffer> = {}
    // The newer entry has the smaller key: only LastModified can make it the choice.
    for (const key of ['go-mod-linux-bbb', 'go-mod-linux-aaa', 'go-mod-darwin-ccc']) {
      const { file, content } = await stagedArchive(backend, 2000)
      expect((await backend.save(ENTRY, key, file)).saved).toBe(true)
      await backend.discard(file)
      saved[key] = content
      await sleep(20)
    }
    const hit = restored(await backend.restore(ENTRY, 'go-mod-linux-zzz', ['go-mod-windows-', 'go-mod-linux-', 'go-mod-'], 10_000))
    expect(hit.matchedKey).toBe('go-mod-linux-aaa')
    expect((await bytesOf(hit)).equals(saved['go-mod-linux-aaa']!)).toBe(true)
    await hit.source.close()
    // The key itself is a prefix too (an entry whose key extends it), before any restore key.
    expect(restored(await backend.restore(ENTRY, 'go-mod-darwin', ['go-mod-linux-'], 10_000)).matchedKey).toBe('go-mod-darwin-ccc')
    // Another entry kind never matches.
    expect(await backend.restore('build-v1', 'go-mod-linux-aaa', ['go-mod-'], 10_000)).toEqual({ outcome: 'miss' })
  })

  it('takes a key differing only in case for the same entry, as the cache services do', async () => {
    const bucket = await freshBucket()
    const backend = backendOf({ bucket })
    const { file, content } = await stagedArchive(backend, 1000)
    expect((await backend.save(ENTRY, 'Go-Mod-Linux-X64-ab', file)).saved).toBe(true)
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
    expect(listed.Contents?.map((o) => o.Key)).toEqual([`fleet/${ARCHIVE_FORMAT}/${ENTRY}/go-mod-linux-x64-ab`])
    const exact = restored(await backend.restore(ENTRY, 'go-mod-LINUX-x64-AB', [], 10_000))
    expect([exact.matchedKey, (await bytesOf(exact)).equals(content)]).toEqual(['go-mod-linux-x64-ab', true])
    await exact.source.close()
    const prefix = restored(await backend.restore(ENTRY, 'Go-Mod-Linux-X64-cd', ['GO-MOD-LINUX-X64-'], 10_000))
    expect(prefix.matchedKey).toBe('go-mod-linux-x64-ab')
    await prefix.source.close()
    const again = await stagedArchive(backend, 2000)
    expect(await backend.save(ENTRY, 'go-mod-linux-x64-AB', again.file)).toEqual({ saved: false, skipped: 'entry already exists', sizeBytes: 2000 })
  })

  it('never uploads an existing key again', async () => {
    const bucket = await freshBucket()
    const proxy = await startS3Proxy(server.url)
    try {
      const backend = backendOf({ bucket, endpoint: proxy.url })
      const first = await stagedArchive(backend, 5000)
      expect((await backend.save(ENTRY, 'k', first.file)).saved).toBe(true)
      const Key = objectKey('fleet', ENTRY, 'k')
      const before = await client.send(new HeadObjectCommand({ Bucket: bucket, Key }))
      const writes = () => proxy.log.filter((r) => r.method === 'PUT' || r.method === 'POST').length
      const writesBefore = writes()
      expect(writesBefore).toBe(1)

      const second = await stagedArchive(backend, 6000)
      expect(await backend.save(ENTRY, 'k', second.file)).toEqual({ saved: false, skipped: 'entry already exists', sizeBytes: 6000 })
      expect(writes()).toBe(writesBefore)
      const after = await client.send(new HeadObjectCommand({ Bucket: bucket, Key }))
      expect([after.ETag, after.LastModified, after.ContentLength]).toEqual([before.ETag, before.LastModified, 5000])
    } finally {
      await proxy.close()
    }
  })

  it('uploads a large archive in parts and restores it whole', async () => {
    const bucket = await freshBucket()
    const proxy = await startS3Proxy(server.url)
    try {
      const backend = backendOf({ bucket, endpoint: proxy.url })
      const { file, content } = await stagedArchive(backend, 40 * 1024 * 1024)
      expect(await backend.save(ENTRY, 'big', file)).toEqual({ saved: true, sizeBytes: content.length })
      const parts = proxy.log.filter((r) => r.method === 'PUT' && /[?&]partNumber=/.test(r.url))
      expect(parts.length).toBe(3)
      expect(proxy.log.some((r) => r.method === 'POST' && /[?&]uploads/.test(r.url))).toBe(true)
      expect(proxy.log.some((r) => r.method === 'POST' && /[?&]uploadId=/.test(r.url))).toBe(true)
      const hit = restored(await backend.restore(ENTRY, 'big', [], 10_000))
      expect(hit.source.sizeBytes).toBe(content.length)
      expect(sha(await bytesOf(hit))).toBe(sha(content))
      await hit.source.close()
    } finally {
      await proxy.close()
    }
  })

  it.each([
    ['small archives (one PUT each)', 100_000],
    ['large archives (multipart)', 20 * 1024 * 1024]
  ])('leaves one complete object when two jobs save one key at once: %s', async (_name, bytes) => {
    const bucket = await freshBucket()
    const jobs = [backendOf({ bucket }), backendOf({ bucket })]
    const staged = await Promise.all(jobs.map((b) => stagedArchive(b, bytes)))
    const results = await Promise.all(jobs.map((b, i) => b.save(ENTRY, 'same', staged[i]!.file)))
    expect(results.filter((r) => r.failed)).toEqual([])
    expect(results.some((r) => r.saved)).toBe(true)
    for (const r of results) if (!r.saved) expect(r.skipped).toBe('entry already exists')

    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
    expect(listed.Contents?.length).toBe(1)
    const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey('fleet', ENTRY, 'same') }))
    const body = Buffer.from(await got.Body!.transformToByteArray())
    expect(staged.map((s) => sha(s.content))).toContain(sha(body))
    const hit = restored(await jobs[0]!.restore(ENTRY, 'same', [], 10_000))
    expect(sha(await bytesOf(hit))).toBe(sha(body))
  })

  it('fails as a service failure when the endpoint is down, and works again when it is back', async () => {
    const bucket = await freshBucket()
    const backend = backendOf({ bucket })
    const { file } = await stagedArchive(backend, 1000)
    await server.stop()
    try {
      const fetched = await backend.restore(ENTRY, 'k', ['k-'], 30_000)
      expect(fetched).toEqual({ outcome: 'service-failed', why: `connection refused by ${server.url}` })
      const stored = await backend.save(ENTRY, 'k', file)
      expect(stored).toEqual({ saved: false, failed: true, skipped: `connection refused by ${server.url}`, sizeBytes: 1000 })
    } finally {
      await server.start()
    }
    expect((await backend.save(ENTRY, 'k', file)).saved).toBe(true)
    expect(restored(await backend.restore(ENTRY, 'k', [], 10_000)).matchedKey).toBe('k')
  })

  it('fails as a service failure on a port nothing listens on', async () => {
    const backend = backendOf({ bucket: 'go-cache', endpoint: 'http://127.0.0.1:9' })
    expect(await backend.restore(ENTRY, 'k', [], 30_000)).toEqual({ outcome: 'service-failed', why: 'connection refused by http://127.0.0.1:9' })
  })

  it('names a bucket that does not exist', async () => {
    const backend = backendOf({ bucket: 'no-such-bucket' })
    const why = `the bucket no-such-bucket does not exist at ${server.url}: check the bucket in cache-url, or create it`
    // Without restore keys too: the HEAD of the key cannot tell, the listing of its prefix does.
    expect(await backend.restore(ENTRY, 'k', [], 10_000)).toEqual({ outcome: 'service-failed', why })
    expect(await backend.restore(ENTRY, 'k', ['k-'], 10_000)).toEqual({ outcome: 'service-failed', why })
    const { file } = await stagedArchive(backend, 1000)
    expect(await backend.save(ENTRY, 'k', file)).toEqual({ saved: false, failed: true, skipped: why, sizeBytes: 1000 })
  })

  it.each(['drop', 'shorten'] as const)('fails the read of a download cut short (%s), and leaves no file', async (cut) => {
    const bucket = await freshBucket()
    const proxy = await startS3Proxy(server.url)
    try {
      const backend = backendOf({ bucket, endpoint: proxy.url })
      const { file, content } = await stagedArchive(backend, 3 * 1024 * 1024)
      expect((await backend.save(ENTRY, 'k', file)).saved).toBe(true)
      await backend.discard(file)
      const stagedBefore = await readdir(path.dirname(path.dirname(file)))
      proxy.setCut(cut)
      const fetched = restored(await backend.restore(ENTRY, 'k', [], 10_000))
      await expect(bytesOf(fetched)).rejects.toThrow(/cut short|broke off/)
      await fetched.source.close()
      expect(await readdir(path.dirname(path.dirname(file)))).toEqual(stagedBefore)
      proxy.setCut('none')
      expect(sha(await bytesOf(restored(await backend.restore(ENTRY, 'k', [], 10_000))))).toBe(sha(content))
    } finally {
      await proxy.close()
    }
  })

  it('gives up a lookup that gets no answer within the timeout', async () => {
    // Accepts connections and never answers.
    const held = new Set<net.Socket>()
    const silent = net.createServer((s) => {
      held.add(s)
      s.on('error', () => undefined)
    })
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = silent.address() as net.AddressInfo
      const backend = backendOf({ bucket: 'go-cache', endpoint: `http://127.0.0.1:${port}` })
      expect(await backend.restore(ENTRY, 'k', ['k-'], 500)).toEqual({ outcome: 'timeout' })
    } finally {
      for (const s of held) s.destroy()
      await new Promise<void>((resolve) => silent.close(() => resolve()))
    }
  })

  it('leaves the endpoint to the SDK when it comes from AWS_ENDPOINT_URL_S3', async () => {
    const bucket = await freshBucket()
    process.env.AWS_ENDPOINT_URL_S3 = server.url
    try {
      const backend = s3Backend({ bucket, prefix: 'env', pathStyle: true }, process.env, scratch)
      expect(backend.name).toBe(`the S3 bucket s3://${bucket}/env at ${server.url}`)
      const { file } = await stagedArchive(backend, 1000)
      expect((await backend.save(ENTRY, 'k', file)).saved).toBe(true)
      expect(restored(await backend.restore(ENTRY, 'k', [], 10_000)).matchedKey).toBe('k')
    } finally {
      delete process.env.AWS_ENDPOINT_URL_S3
    }
  })

  it('goes through the proxy HTTP_PROXY names, with its credentials, and around it for NO_PROXY', async () => {
    const bucket = await freshBucket()
    const proxy = await startForwardProxy({ hosts: ['s3.test'], auth: { username: 'fleet', password: 'pr0xy' } })
    try {
      // s3.test stands for 127.0.0.1 at the proxy only: a direct connection finds no such host.
      const endpoint = `http://s3.test:${server.port}`
      const proxied = backendOf({ bucket, endpoint }, { HTTP_PROXY: proxy.url.replace('http://', 'http://fleet:pr0xy@') })
      const { file, content } = await stagedArchive(proxied, 20_000)
      expect((await proxied.save(ENTRY, 'k', file)).saved).toBe(true)
      const hit = restored(await proxied.restore(ENTRY, 'k', [], 10_000))
      expect((await bytesOf(hit)).equals(content)).toBe(true)
      expect(proxy.log.length).toBeGreaterThanOrEqual(3)
      const basic = 'Basic ' + Buffer.from('fleet:pr0xy').toString('base64')
      expect(proxy.log.filter((r) => !r.target.startsWith(`${endpoint}/${bucket}`) || r.proxyAuthorization !== basic)).toEqual([])

      const seen = proxy.log.length
      const direct = backendOf({ bucket, endpoint }, { HTTP_PROXY: proxy.url, NO_PROXY: 's3.test' })
      const fetched = await direct.restore(ENTRY, 'k', [], 30_000)
      expect(fetched).toEqual({ outcome: 'service-failed', why: 'the host name s3.test did not resolve (DNS: ENOTFOUND)' })
      expect(proxy.log.length).toBe(seen)

      // Wrong proxy credentials: the proxy's 407 is a service failure, and the password never shows.
      const refused = backendOf({ bucket, endpoint }, { HTTP_PROXY: proxy.url.replace('http://', 'http://fleet:wrong@') })
      const denied = await refused.restore(ENTRY, 'k', [], 30_000)
      expect(denied.outcome).toBe('service-failed')
      expect(JSON.stringify(denied)).not.toContain('wrong')
    } finally {
      await proxy.close()
    }
  })

  it('masks the credentials and never shows the secret key or the session token in a reason', async () => {
    const secretEnv = { AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEXAMPLESESSIONTOKENvalue0123456789' }
    const secrets = [server.env().AWS_SECRET_ACCESS_KEY, secretEnv.AWS_SESSION_TOKEN]
    const written: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      written.push(String(chunk))
      return write(chunk, ...rest)
    }) as typeof process.stdout.write
    let backends: CacheBackend[]
    try {
      backends = [
        backendOf({ bucket: 'no-such-bucket' }, secretEnv),
        backendOf({ bucket: 'go-cache', endpoint: 'http://127.0.0.1:9' }, secretEnv)
      ]
    } finally {
      process.stdout.write = write
    }
    for (const s of [...secrets, server.env().AWS_ACCESS_KEY_ID]) expect(written).toContain(`::add-mask::${s}${os.EOL}`)
    const reasons: string[] = []
    for (const backend of backends) {
      const fetched = await backend.restore(ENTRY, 'k', ['k-'], 30_000)
      expect(fetched.outcome).toBe('service-failed')
      reasons.push((fetched as { why: string }).why)
      const { file } = await stagedArchive(backend, 100)
      const stored = await backend.save(ENTRY, 'k', file)
      expect(stored.failed).toBe(true)
      reasons.push(stored.skipped!)
      reasons.push(backend.name)
    }
    for (const text of reasons) for (const s of secrets) expect(text).not.toContain(s)
  })
})
