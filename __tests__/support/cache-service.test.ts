// Drives the loopback cache service with the real @actions/cache in a child
// process (configured only by service.env(), as in a job), on both protocols,
// and records what @actions/cache logs for each fault. The action speaks to the
// service with a client of its own (src/cache/actions): the library, kept as a
// devDependency for this alone, proves the fake answers as GitHub's service does.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { BlobClient, BlockBlobClient } from '@azure/storage-blob'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findActEntry, findEntry, startCacheService } from './cache-service.ts'
import type { CacheService } from './cache-service.ts'

type Protocol = 'v2' | 'v1'

const CLIENT = fileURLToPath(new URL('./cache-client.mjs', import.meta.url))
const RESULT_MARKER = 'cache-client-result:'
const CACHED_DIR = 'modcache'
const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/'

interface ClientRun {
  value: string | number | null
  error?: { name: string; message: string }
  /** stdout and stderr: the job log @actions/cache and tar produce. */
  log: string
}

interface ClientRequest {
  op: 'save' | 'restore'
  key: string
  restoreKeys?: string[]
  paths?: string[]
}

/** A job's workspace: GITHUB_WORKSPACE with the cached directory, and RUNNER_TEMP. */
interface Job {
  root: string
  workspace: string
  runnerTemp: string
}

async function newJob(): Promise<Job> {
  const root = await mkdtemp(join(tmpdir(), 'cache-service-test-'))
  const job = { root, workspace: join(root, 'workspace'), runnerTemp: join(root, 'runner-temp') }
  await mkdir(job.workspace)
  await mkdir(job.runnerTemp)
  return job
}

function runCacheClient(service: CacheService, protocol: Protocol, job: Job, request: ClientRequest): Promise<ClientRun> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: job.root,
    GITHUB_WORKSPACE: job.workspace,
    RUNNER_TEMP: job.runnerTemp,
    ...service.env(protocol)
  }
  const args = [CLIENT, JSON.stringify({ paths: [CACHED_DIR], ...request })]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: job.workspace, env })
    let log = ''
    child.stdout.on('data', (d: Buffer) => (log += d.toString()))
    child.stderr.on('data', (d: Buffer) => (log += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const line = log.split('\n').find((l) => l.startsWith(RESULT_MARKER))
      if (code !== 0 || line === undefined) {
        reject(new Error(`cache client exited ${code}:\n${log}`))
        return
      }
      resolve({ ...(JSON.parse(line.slice(RESULT_MARKER.length)) as Omit<ClientRun, 'log'>), log })
    })
  })
}

/** Replaces the cached directory with these files (relative path → content). */
async function fillCachedDir(job: Job, files: Record<string, string | Buffer>): Promise<void> {
  const dir = join(job.workspace, CACHED_DIR)
  await rm(dir, { recursive: true, force: true })
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true })
    await writeFile(join(dir, name), content)
  }
}

async function readCachedDir(job: Job): Promise<Record<string, string>> {
  const dir = join(job.workspace, CACHED_DIR)
  const files: Record<string, string> = {}
  let names: string[]
  try {
    names = await readdir(dir, { recursive: true })
  } catch {
    return files
  }
  for (const name of names.sort()) {
    try {
      files[name] = await readFile(join(dir, name), 'utf8')
    } catch {
      // a directory
    }
  }
  return files
}

async function emptyCachedDir(job: Job): Promise<void> {
  await rm(join(job.workspace, CACHED_DIR), { recursive: true, force: true })
}

/** Saves the cached directory under key and expects it stored. */
async function seed(service: CacheService, protocol: Protocol, job: Job, key: string, files: Record<string, string | Buffer>): Promise<void> {
  await fillCachedDir(job, files)
  const run = await runCacheClient(service, protocol, job, { op: 'save', key })
  expect(run.value).toBeGreaterThan(0)
}

function isUpload(r: { method: string; path: string }): boolean {
  return (
    (r.method === 'PUT' && r.path.startsWith('/devstoreaccount1/')) ||
    (r.method === 'PATCH' && r.path.startsWith('/_apis/artifactcache/caches/'))
  )
}

function isArchiveDownload(r: { method: string; path: string }): boolean {
  return r.method === 'GET' && r.path.startsWith('/devstoreaccount1/')
}

describe.each<Protocol>(['v2', 'v1'])('@actions/cache on protocol %s against the loopback cache service', (protocol) => {
  let service: CacheService
  let job: Job

  beforeAll(async () => {
    service = await startCacheService()
    job = await newJob()
  })
  afterEach(() => service.setFault('none'))
  afterAll(async () => {
    await service.close()
    await rm(job.root, { recursive: true, force: true })
  })

  test('save then restore round-trips the directory content', async () => {
    const files = { 'a.txt': 'alpha\n', 'sub/dir/b.txt': 'beta\n' }
    await fillCachedDir(job, files)
    const saved = await runCacheClient(service, protocol, job, { op: 'save', key: 'roundtrip-1' })
    expect(saved.value).toBeGreaterThan(0)
    expect(service.entries().map((e) => e.key)).toContain('roundtrip-1')

    await emptyCachedDir(job)
    const restored = await runCacheClient(service, protocol, job, { op: 'restore', key: 'roundtrip-1' })
    expect(restored.value).toBe('roundtrip-1')
    expect(restored.log).toContain('Cache restored successfully')
    expect(await readCachedDir(job)).toEqual(files)
  })

  test('an exact key wins over a newer entry it prefixes; a restore key takes the newest entry it prefixes', async () => {
    await seed(service, protocol, job, 'match-linux-a', { 'which.txt': 'a' })
    await seed(service, protocol, job, 'match-linux-ab', { 'which.txt': 'ab' })

    await emptyCachedDir(job)
    const exact = await runCacheClient(service, protocol, job, { op: 'restore', key: 'match-linux-a' })
    expect(exact.value).toBe('match-linux-a')
    expect(await readCachedDir(job)).toEqual({ 'which.txt': 'a' })

    await emptyCachedDir(job)
    const partial = await runCacheClient(service, protocol, job, {
      op: 'restore',
      key: 'match-linux-zzz',
      restoreKeys: ['match-windows-', 'match-linux-']
    })
    expect(partial.value).toBe('match-linux-ab')
    expect(await readCachedDir(job)).toEqual({ 'which.txt': 'ab' })
    if (protocol === 'v2') expect(partial.log).toContain('Cache hit for restore-key: match-linux-ab')
  })

  test('a key differing only in case restores the entry, which keeps the case it was saved with', async () => {
    await seed(service, protocol, job, 'Case-Linux-A', { 'case.txt': 'c' })
    await emptyCachedDir(job)
    const restored = await runCacheClient(service, protocol, job, { op: 'restore', key: 'case-linux-a' })
    expect([restored.value, await readCachedDir(job)]).toEqual(['Case-Linux-A', { 'case.txt': 'c' }])
  })

  test('a key and restore keys that match nothing return undefined and download nothing', async () => {
    const before = service.requests.length
    const run = await runCacheClient(service, protocol, job, { op: 'restore', key: 'absent-1', restoreKeys: ['absent-'] })
    expect(run.value).toBeNull()
    expect(run.log).not.toContain('::warning::')
    expect(service.requests.slice(before).filter(isArchiveDownload)).toEqual([])
  })

  test('the same key saved for other paths is another version and misses', async () => {
    await seed(service, protocol, job, 'paths-1', { 'x.txt': 'x' })
    const run = await runCacheClient(service, protocol, job, { op: 'restore', key: 'paths-1', paths: ['elsewhere'] })
    expect(run.value).toBeNull()
  })

  test('saving a key that exists is refused as a reservation conflict, and nothing is uploaded', async () => {
    await seed(service, protocol, job, 'conflict-1', { 'c.txt': 'first' })
    const uploads = service.uploads()
    const before = service.requests.length

    await fillCachedDir(job, { 'c.txt': 'second' })
    const run = await runCacheClient(service, protocol, job, { op: 'save', key: 'conflict-1' })
    expect(run.value).toBe(-1)
    expect(run.log).toContain('Failed to save: Unable to reserve cache with key conflict-1, another job may be creating this cache.')
    if (protocol === 'v2') {
      expect(run.log).toContain('(409) Conflict: cache entry with the same key, version, and scope already exists')
    } else {
      expect(run.log).toContain('More details: Cache already exists. Scope: refs/heads/main, Key: conflict-1')
    }
    expect(run.log).not.toContain('::warning::')
    expect(service.uploads()).toBe(uploads)
    expect(service.requests.slice(before).filter(isUpload)).toEqual([])
  })

  test('fault "exists" reports a new key as already existing', async () => {
    service.setFault('exists')
    await fillCachedDir(job, { 'e.txt': 'e' })
    const run = await runCacheClient(service, protocol, job, { op: 'save', key: 'exists-fault-1' })
    expect(run.value).toBe(-1)
    expect(run.log).toContain('Failed to save: Unable to reserve cache with key exists-fault-1, another job may be creating this cache.')
    expect(service.entries().map((e) => e.key)).not.toContain('exists-fault-1')
  })

  test('fault "read-only" refuses the save with a write-denied warning while restores still hit', async () => {
    await seed(service, protocol, job, 'readonly-1', { 'r.txt': 'r' })
    service.setFault('read-only')
    const entries = service.entries().length
    const before = service.requests.length

    const saved = await runCacheClient(service, protocol, job, { op: 'save', key: 'readonly-2' })
    expect(saved.value).toBe(-1)
    expect(saved.log).toContain(
      '::warning::Failed to save: Unable to reserve cache with key readonly-2. More details: cache write denied: token has no writable scopes'
    )
    expect(service.entries()).toHaveLength(entries)
    expect(service.requests.slice(before).filter(isUpload)).toEqual([])

    await emptyCachedDir(job)
    const restored = await runCacheClient(service, protocol, job, { op: 'restore', key: 'readonly-1' })
    expect(restored.value).toBe('readonly-1')
  })

  test('fault "corrupt" makes tar fail: restore warns, returns undefined and leaves a partial extraction', async () => {
    const files: Record<string, Buffer> = {}
    for (let i = 0; i < 20; i++) files[`blob-${String(i).padStart(2, '0')}.bin`] = randomBytes(100_000)
    await seed(service, protocol, job, 'corrupt-1', files)
    service.setFault('corrupt')

    await emptyCachedDir(job)
    const run = await runCacheClient(service, protocol, job, { op: 'restore', key: 'corrupt-1' })
    expect(run.error).toBeUndefined()
    expect(run.value).toBeNull()
    expect(run.log).toMatch(/::warning::Failed to restore: "?\S*tar"? failed with error: The process '\S*tar' failed with exit code \d+/)
    expect(run.log).not.toContain('Cache restored successfully')
    const extracted = Object.keys(await readCachedDir(job)).length
    expect(extracted).toBeGreaterThan(0)
    expect(extracted).toBeLessThan(20)
  })

  test('entries persist in storageDir for a later server on the same directory', async () => {
    const storageDir = join(job.root, 'persisted')
    const first = await startCacheService({ storageDir })
    try {
      await seed(first, protocol, job, 'persist-1', { 'p.txt': 'persisted' })
    } finally {
      await first.close()
    }
    const second = await startCacheService({ storageDir })
    try {
      expect(second.entries().map((e) => e.key)).toEqual(['persist-1'])
      await emptyCachedDir(job)
      const run = await runCacheClient(second, protocol, job, { op: 'restore', key: 'persist-1' })
      expect(run.value).toBe('persist-1')
      expect(await readCachedDir(job)).toEqual({ 'p.txt': 'persisted' })
      expect(second.uploads()).toBe(0)
    } finally {
      await second.close()
    }
  })
})

// @actions/cache retries a 503 for ~10 s (v1) and 25-35 s (v2) before giving
// up. These restores start with the file and run alongside the other tests;
// the tests at the end only judge their outcome.
interface DownOutcome {
  run: ClientRun
  /** Requests made while the service was down. */
  during: Array<{ status: number }>
}

function restoreWhileDown(protocol: Protocol): Promise<DownOutcome> {
  return (async () => {
    const service = await startCacheService()
    const job = await newJob()
    try {
      await seed(service, protocol, job, 'down-1', { 'd.txt': 'd' })
      service.setFault('down')
      const before = service.requests.length
      await emptyCachedDir(job)
      const run = await runCacheClient(service, protocol, job, { op: 'restore', key: 'down-1' })
      return { run, during: service.requests.slice(before) }
    } finally {
      await service.close()
      await rm(job.root, { recursive: true, force: true })
    }
  })()
}

// Settled at once, so a failure surfaces in its test rather than as an unhandled rejection.
const downOutcomes = new Map<Protocol, Promise<DownOutcome | Error>>()

beforeAll(() => {
  for (const protocol of ['v2', 'v1'] as const) {
    downOutcomes.set(protocol, restoreWhileDown(protocol).catch((err: unknown) => err as Error))
  }
})
afterAll(async () => {
  await Promise.all(downOutcomes.values())
}, 60_000)

describe('fault "down"', () => {
  test.each<[Protocol, RegExp]>([
    ['v2', /::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: \(503\)/],
    ['v1', /::warning::Failed to restore: getCacheEntry failed: Cache service responded with 503/]
  ])(
    'on %s every request answers 503, so restore warns and returns undefined',
    async (protocol, warning) => {
      const outcome = await downOutcomes.get(protocol)!
      if (outcome instanceof Error) throw outcome
      expect(outcome.run.value).toBeNull()
      expect(outcome.run.log).toMatch(warning)
      expect(outcome.during.length).toBeGreaterThan(1)
      expect(outcome.during.every((r) => r.status === 503)).toBe(true)
    },
    60_000
  )
})

// What @actions/cache's Azure SDK does on v2 beyond the small single PUT:
// archives over 128 MiB go up as Put Block + Put Block List, and the SDK
// downloader reads by ranges. Same SDK calls, with small sizes.
describe('v2 blob storage through @azure/storage-blob', () => {
  let service: CacheService
  let root: string

  beforeAll(async () => {
    service = await startCacheService()
    root = await mkdtemp(join(tmpdir(), 'cache-service-blob-'))
  })
  afterAll(async () => {
    await service.close()
    await rm(root, { recursive: true, force: true })
  })

  async function twirp(method: string, body: object): Promise<Record<string, unknown>> {
    const res = await fetch(`${service.url}${TWIRP}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test' },
      body: JSON.stringify(body)
    })
    expect(res.status).toBe(200)
    return (await res.json()) as Record<string, unknown>
  }

  test('an archive staged as blocks and committed as a block list downloads intact, whole and by ranges', async () => {
    const archive = join(root, 'cache.tzst')
    const content = randomBytes(10_000)
    await writeFile(archive, content)
    const version = 'v-blocks'

    const created = await twirp('CreateCacheEntry', { key: 'blocks-1', version })
    const before = service.requests.length
    await new BlockBlobClient(created.signed_upload_url as string).uploadFile(archive, {
      blockSize: 1024,
      maxSingleShotSize: 1024,
      concurrency: 4
    })
    const staged = service.requests.slice(before)
    expect(staged.filter((r) => r.path.includes('comp=block&')).length).toBe(10)
    expect(staged.filter((r) => r.path.includes('comp=blocklist')).length).toBe(1)
    expect(await twirp('FinalizeCacheEntryUpload', { key: 'blocks-1', version, size_bytes: String(content.length) })).toEqual({
      ok: true,
      entry_id: expect.any(String)
    })

    const found = await twirp('GetCacheEntryDownloadURL', { key: 'blocks-1', version })
    const blob = new BlobClient(found.signed_download_url as string)
    const whole = await fetch(found.signed_download_url as string)
    expect(Buffer.from(await whole.arrayBuffer()).equals(content)).toBe(true)

    const ranged = service.requests.length
    const byRanges = await blob.downloadToBuffer(0, undefined, { blockSize: 4096, concurrency: 2 })
    expect(byRanges.equals(content)).toBe(true)
    expect(service.requests.slice(ranged).filter((r) => r.status === 206).length).toBe(3)
  })

  test('a single Put Blob without x-ms-blob-type is rejected like Azure does', async () => {
    const created = await twirp('CreateCacheEntry', { key: 'no-blob-type', version: 'v' })
    const res = await fetch(created.signed_upload_url as string, { method: 'PUT', body: 'x' })
    expect(res.status).toBe(400)
    expect(res.headers.get('x-ms-error-code')).toBe('MissingRequiredHeader')
  })

  test('an upload URL does not read and a download URL does not write', async () => {
    const created = await twirp('CreateCacheEntry', { key: 'signatures', version: 'v' })
    const upload = created.signed_upload_url as string
    const put = await fetch(upload, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'data' })
    expect(put.status).toBe(201)
    expect(await twirp('FinalizeCacheEntryUpload', { key: 'signatures', version: 'v', size_bytes: '4' })).toMatchObject({ ok: true })
    expect((await fetch(upload)).status).toBe(403)
    const found = await twirp('GetCacheEntryDownloadURL', { key: 'signatures', version: 'v' })
    const download = found.signed_download_url as string
    expect((await fetch(download)).status).toBe(200)
    expect((await fetch(download, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'x' })).status).toBe(403)
  })
})

// The link a throttle puts in front of archive storage: lower bounds on elapsed time show the
// pacing, byte-for-byte comparisons that it loses nothing.
describe('throttle', () => {
  const MB = 1_000_000
  const RATE = 4 * MB
  const auth = { authorization: 'Bearer test' }
  let root: string

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cache-service-throttle-'))
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  async function withService(options: Parameters<typeof startCacheService>[0], use: (s: CacheService) => Promise<void>): Promise<void> {
    const service = await startCacheService(options)
    try {
      await use(service)
    } finally {
      await service.close()
    }
  }

  async function twirp(service: CacheService, method: string, body: object): Promise<Record<string, unknown>> {
    const res = await fetch(`${service.url}${TWIRP}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify(body)
    })
    expect(res.status).toBe(200)
    return (await res.json()) as Record<string, unknown>
  }

  async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
    const started = performance.now()
    const value = await work()
    return { ms: performance.now() - started, value }
  }

  const download = async (url: string): Promise<Buffer> => Buffer.from(await (await fetch(url)).arrayBuffer())

  test('v2: Put Blob, Put Block and Get Blob go at bytesPerSecond and arrive intact', async () => {
    await withService({ throttle: { bytesPerSecond: RATE } }, async (service) => {
      const single = randomBytes(MB)
      const created = await twirp(service, 'CreateCacheEntry', { key: 'paced-single', version: 'v' })
      const put = await timed(() =>
        fetch(created.signed_upload_url as string, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: single })
      )
      expect(put.value.status).toBe(201)
      expect(put.ms).toBeGreaterThanOrEqual(220) // 1 MB at 4 MB/s: 250 ms
      expect(await twirp(service, 'FinalizeCacheEntryUpload', { key: 'paced-single', version: 'v', size_bytes: String(MB) })).toMatchObject({ ok: true })

      const blocks = randomBytes(MB)
      const archive = join(root, 'blocks.tzst')
      await writeFile(archive, blocks)
      const staged = await twirp(service, 'CreateCacheEntry', { key: 'paced-blocks', version: 'v' })
      const upload = await timed(() =>
        new BlockBlobClient(staged.signed_upload_url as string).uploadFile(archive, { blockSize: MB / 4, maxSingleShotSize: MB / 4, concurrency: 4 })
      )
      // Four blocks uploaded at once share the link: 250 ms, not the 62 ms of a link per connection.
      expect(upload.ms).toBeGreaterThanOrEqual(220)
      expect(await twirp(service, 'FinalizeCacheEntryUpload', { key: 'paced-blocks', version: 'v', size_bytes: String(MB) })).toMatchObject({ ok: true })

      const found = await twirp(service, 'GetCacheEntryDownloadURL', { key: 'paced-single', version: 'v' })
      const got = await timed(() => download(found.signed_download_url as string))
      expect(got.value.equals(single)).toBe(true)
      expect(got.ms).toBeGreaterThanOrEqual(220)
      const stored = service.entries().find((e) => e.key === 'paced-blocks')
      expect(stored).toBeDefined()
      expect((await readFile(stored!.path)).equals(blocks)).toBe(true)
    })
  })

  test('v1: setThrottle paces PATCH chunks, and concurrent downloads share one link', async () => {
    await withService({}, async (service) => {
      service.setThrottle({ bytesPerSecond: RATE })
      const api = `${service.url}/_apis/artifactcache/`
      const reserved = await fetch(`${api}caches`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ key: 'paced-v1', version: 'v' })
      })
      const { cacheId } = (await reserved.json()) as { cacheId: number }
      const content = randomBytes(MB)
      const patch = await timed(() =>
        fetch(`${api}caches/${cacheId}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/octet-stream', 'content-range': `bytes 0-${MB - 1}/*`, ...auth },
          body: content
        })
      )
      expect(patch.value.status).toBe(204)
      expect(patch.ms).toBeGreaterThanOrEqual(220)
      const committed = await fetch(`${api}caches/${cacheId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ size: MB })
      })
      expect(committed.status).toBe(204)

      const lookup = await fetch(`${api}cache?keys=paced-v1&version=v`, { headers: auth })
      const { archiveLocation } = (await lookup.json()) as { archiveLocation: string }
      const both = await timed(() => Promise.all([download(archiveLocation), download(archiveLocation)]))
      expect(both.value.every((b) => b.equals(content))).toBe(true)
      // 2 × 1 MB through one 4 MB/s link: 500 ms; a link per connection would take 250.
      expect(both.ms).toBeGreaterThanOrEqual(450)
    })
  })
})

describe('findEntry', () => {
  const entry = (id: number, key: string, version = 'v1') => ({ id, key, version, size: 1, archive: `archives/${id}`, createdAt: '' })
  const entries = [entry(1, 'go-linux-aaa'), entry(2, 'go-linux-aaab'), entry(3, 'go-linux-bbb', 'v2'), entry(4, 'go-linux-ccc')]

  test('prefers the exact key, then the newest entry the key prefixes', () => {
    expect(findEntry(entries, ['go-linux-aaa'], 'v1')?.id).toBe(1)
    expect(findEntry(entries, ['go-linux-aa'], 'v1')?.id).toBe(2)
  })

  test('ignores case, and gives the entry with the key as it was saved', () => {
    const saved = [entry(1, 'Go-Linux-AAA')]
    expect(findEntry(saved, ['go-linux-aaa'], 'v1')?.key).toBe('Go-Linux-AAA')
    expect(findEntry(saved, ['none', 'GO-LINUX-'], 'v1')?.key).toBe('Go-Linux-AAA')
  })

  test('tries restore keys in order, newest match first, only within the version', () => {
    expect(findEntry(entries, ['go-mac-', 'go-linux-'], 'v1')?.id).toBe(4)
    expect(findEntry(entries, ['none', 'go-linux-b'], 'v1')).toBeUndefined()
    expect(findEntry(entries, ['none', 'go-linux-b'], 'v2')?.id).toBe(3)
  })
})

describe("the 'act' flavor, as nektos/act's cache server", () => {
  let service: CacheService
  let job: Job

  beforeAll(async () => {
    service = await startCacheService({ flavor: 'act' })
    job = await newJob()
  })
  afterAll(async () => {
    await service.close()
    await rm(job.root, { recursive: true, force: true })
  })

  test('stores a key lowercased and answers a lookup in any case with the stored key', async () => {
    await seed(service, 'v1', job, 'Act-Linux-X64-ABC', { 'a.txt': 'act' })
    expect(service.entries().map((e) => e.key)).toEqual(['act-linux-x64-abc'])

    await emptyCachedDir(job)
    const before = service.requests.length
    const exact = await runCacheClient(service, 'v1', job, { op: 'restore', key: 'Act-Linux-X64-ABC' })
    expect(exact.value).toBe('act-linux-x64-abc')
    expect(await readCachedDir(job)).toEqual({ 'a.txt': 'act' })
    // The archive comes from act's own route, not from a blob store.
    expect(service.requests.slice(before).filter((r) => r.method === 'GET').map((r) => r.path.split('?')[0])).toEqual([
      '/_apis/artifactcache/cache',
      '/_apis/artifactcache/artifacts/1'
    ])

    await emptyCachedDir(job)
    const prefix = await runCacheClient(service, 'v1', job, { op: 'restore', key: 'act-linux-x64-zzz', restoreKeys: ['ACT-LINUX-'] })
    expect(prefix.value).toBe('act-linux-x64-abc')
  })

  test('stores a key that exists once more instead of refusing it', async () => {
    await seed(service, 'v1', job, 'twice-1', { 't.txt': 'first' })
    const uploads = service.uploads()
    await seed(service, 'v1', job, 'TWICE-1', { 't.txt': 'second' })
    expect(service.uploads()).toBe(uploads + 1)
    expect(service.entries().filter((e) => e.key === 'twice-1')).toHaveLength(2)
    await emptyCachedDir(job)
    const newest = await runCacheClient(service, 'v1', job, { op: 'restore', key: 'twice-1' })
    expect([newest.value, await readCachedDir(job)]).toEqual(['twice-1', { 't.txt': 'second' }])
  })

  test('has no v2 service', async () => {
    const res = await fetch(`${service.url}${TWIRP}GetCacheEntryDownloadURL`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'k', version: 'v' })
    })
    expect(res.status).toBe(404)
    expect(() => service.env('v2')).toThrow('v1 only')
  })
})

describe('findActEntry', () => {
  const entry = (id: number, key: string, version = 'v1') => ({ id, key, version, size: 1, archive: `archives/${id}`, createdAt: '' })
  const entries = [entry(1, 'go-linux-a'), entry(2, 'go-linux-ab'), entry(3, 'go-linux-b', 'v2')]

  test('lowercases the keys it is given', () => {
    expect(findActEntry(entries, ['GO-Linux-A'], 'v1')?.id).toBe(1)
    expect(findActEntry(entries, ['Go-Linux-B'], 'v2')?.id).toBe(3)
  })

  test('takes for each key in order its exact match, else its newest prefix match', () => {
    expect(findActEntry(entries, ['go-linux-'], 'v1')?.id).toBe(2)
    // A restore key that matches exactly beats a newer entry it prefixes.
    expect(findActEntry(entries, ['none', 'go-linux-a'], 'v1')?.id).toBe(1)
    expect(findActEntry(entries, ['none', 'go-mac-'], 'v1')).toBeUndefined()
  })
})
