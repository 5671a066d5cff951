// The Actions cache backend and its client against the loopback cache service, on each protocol
// and flavor it speaks (v2 Twirp + Azure blob, v1 as GHES, v1 as act's server): entries stored as
// they are, restored by ranges as they are unpacked, and every failure in words, once.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import path from 'node:path'
import { createArchive, extractArchive } from '../../src/cache/archive.ts'
import type { CacheBackend, Fetched } from '../../src/cache/backend.ts'
import { githubBackend } from '../../src/cache/github.ts'
import { guardBackend } from '../../src/cache/guarded.ts'
import { restoreModCache } from '../../src/cache/modcache.ts'
import { startCacheService, type CacheFlavor, type CacheService } from '../support/cache-service.ts'
import { captureStdout, type Captured } from '../support/stdout.ts'

let base: string
let out: Captured
beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'gmp-gha-'))
})
afterAll(() => rm(base, { recursive: true, force: true }))
beforeEach(() => {
  out = captureStdout()
})
afterEach(() => out.restore())

/** A directory to cache: small files, and one of incompressible bytes so the archive spans more than the first request. */
async function treeOf(name: string, bigBytes = 1_500_000): Promise<{ root: string; members: string[]; big: Buffer }> {
  const root = path.join(base, name)
  await mkdir(path.join(root, 'example.com', 'a@v1.0.0'), { recursive: true })
  await mkdir(path.join(root, 'example.com', 'b@v1.0.0'), { recursive: true })
  const big = randomBytes(bigBytes)
  await writeFile(path.join(root, 'example.com', 'a@v1.0.0', 'big.bin'), big)
  await writeFile(path.join(root, 'example.com', 'b@v1.0.0', 'b.go'), 'package b\n')
  return { root, members: ['example.com/a@v1.0.0', 'example.com/b@v1.0.0'], big }
}

/** Saves the tree as the entry of key; returns the archive's bytes as they were handed to the backend. */
async function saveTree(backend: CacheBackend, entry: string, key: string, tree: { root: string; members: string[] }) {
  const staging = await backend.stagingFile(entry)
  await createArchive(tree.root, tree.members, staging)
  const bytes = await readFile(staging)
  const stored = await backend.save(entry, key, staging)
  await backend.discard(staging)
  return { stored, bytes }
}

function restored(fetched: Fetched): Extract<Fetched, { outcome: 'restored' }> {
  if (fetched.outcome !== 'restored') throw new Error(`expected a restore, got ${JSON.stringify(fetched)}`)
  return fetched
}

/** Unpacks a restored entry into a new directory; returns the directory. */
async function unpack(fetched: Fetched, name: string): Promise<string> {
  const hit = restored(fetched)
  const dest = path.join(base, name)
  await mkdir(dest)
  try {
    await extractArchive(hit.source, dest)
  } finally {
    await hit.source.close()
  }
  return dest
}

const archiveGets = (service: CacheService) => service.requests.filter((r) => r.method === 'GET' && /\/devstoreaccount1\/|\/artifacts\//.test(r.path))

describe.each<['v2' | 'v1', CacheFlavor]>([
  ['v2', 'github'],
  ['v1', 'github'],
  ['v1', 'act']
])('the Actions cache on %s (%s)', (protocol, flavor) => {
  let service: CacheService
  let backend: CacheBackend
  let tree: Awaited<ReturnType<typeof treeOf>>
  /** The first entry, which the other tests restore. */
  let first: Awaited<ReturnType<typeof saveTree>>
  beforeAll(async () => {
    service = await startCacheService({ flavor })
    backend = githubBackend(service.env(protocol), base)
    tree = await treeOf(`tree-${protocol}-${flavor}`)
    const quiet = captureStdout()
    first = await saveTree(backend, 'modules-lean', 'go-mod-linux-a', tree).finally(() => quiet.restore())
  })
  afterAll(() => service.close())
  afterEach(() => service.setFault('none'))

  it('stores the archive as it is, and restores it by ranges streamed into the unpacking', async () => {
    const { stored, bytes } = first
    expect(stored).toEqual({ saved: true, sizeBytes: bytes.length })
    expect(service.entries().map((e) => e.key)).toContain('go-mod-linux-a')
    // No tar or compression of its own around ours.
    expect((await readFile(service.entries().find((e) => e.key === 'go-mod-linux-a')!.path)).equals(bytes)).toBe(true)

    const before = archiveGets(service).length
    const fetched = await backend.restore('modules-lean', 'go-mod-linux-a', ['go-mod-linux-'], 10_000)
    expect(restored(fetched).matchedKey).toBe('go-mod-linux-a')
    expect(restored(fetched).source.sizeBytes).toBe(bytes.length)
    const dest = await unpack(fetched, `dest-${protocol}-${flavor}`)
    expect((await readFile(path.join(dest, 'example.com', 'a@v1.0.0', 'big.bin'))).equals(tree.big)).toBe(true)
    expect(await readFile(path.join(dest, 'example.com', 'b@v1.0.0', 'b.go'), 'utf8')).toBe('package b\n')
    // The first bytes, then the rest of the parts, each a range of its own.
    const gets = archiveGets(service).slice(before)
    expect(gets.length).toBeGreaterThanOrEqual(2)
    expect(gets.map((g) => g.status)).toEqual(gets.map(() => 206))
  })

  it('matches a restore key with the newest entry, and never an entry of another kind', async () => {
    await sleep(5)
    await saveTree(backend, 'modules-lean', 'go-mod-linux-b', tree)
    const prefix = await backend.restore('modules-lean', 'go-mod-linux-zzz', ['go-mod-windows-', 'go-mod-linux-'], 10_000)
    expect(restored(prefix).matchedKey).toBe('go-mod-linux-b')
    await restored(prefix).source.close()
    expect(await backend.restore('build', 'go-mod-linux-a', ['go-mod-'], 10_000)).toEqual({ outcome: 'miss' })
    expect(await backend.restore('modules-lean', 'other-key', ['other-'], 10_000)).toEqual({ outcome: 'miss' })
  })

  it('takes a key differing only in case for the same entry, and does not store it again', async () => {
    const hit = restored(await backend.restore('modules-lean', 'GO-MOD-LINUX-A', [], 10_000))
    await hit.source.close()
    expect(hit.matchedKey.toLowerCase()).toBe('go-mod-linux-a')
    const count = service.entries().length
    const { stored } = await saveTree(backend, 'modules-lean', 'Go-Mod-Linux-A', tree)
    expect(stored).toMatchObject({ saved: false, skipped: 'entry already exists' })
    expect(stored.failed).toBeUndefined()
    expect(service.entries().length).toBe(count)
  })

  it('reads an archive whose server ignores Range in order, from the one answer', async () => {
    service.setFault('ignore-range')
    const before = archiveGets(service).length
    const dest = await unpack(await backend.restore('modules-lean', 'go-mod-linux-a', [], 10_000), `whole-${protocol}-${flavor}`)
    expect((await readFile(path.join(dest, 'example.com', 'a@v1.0.0', 'big.bin'))).equals(tree.big)).toBe(true)
    expect(archiveGets(service).slice(before).map((g) => g.status)).toEqual([200])
  })

  it('ends a download that stalls half-way within the idle timeout', async () => {
    service.setFault('stall')
    const fetched = restored(await backend.restore('modules-lean', 'go-mod-linux-a', [], 10_000, 1000))
    const dest = path.join(base, `stalled-${protocol}-${flavor}`)
    await mkdir(dest)
    const started = performance.now()
    await expect(extractArchive(fetched.source, dest)).rejects.toThrow(/broke off at byte \d+: no byte came from http:\/\/127\.0\.0\.1:\d+ for 1 s/)
    expect(performance.now() - started).toBeLessThan(8_000)
    await fetched.source.close()
  })

  it('masks the signed URLs and never writes the runtime token', async () => {
    const before = service.requests.length
    await saveTree(backend, 'modules-lean', 'go-mod-linux-masked', tree)
    const fetched = restored(await backend.restore('modules-lean', 'go-mod-linux-masked', [], 10_000))
    await fetched.source.close()
    const text = out.text()
    expect(text).not.toContain(service.env(protocol).ACTIONS_RUNTIME_TOKEN)
    const signatures = service.requests.slice(before).map((r) => new URL(r.path, service.url).searchParams.get('sig')).filter((s) => s !== null)
    // act's server signs nothing; v1 on GHES signs the downloads, v2 the uploads too.
    expect(signatures.length > 0).toBe(flavor !== 'act')
    const masks = text.split('\n').filter((line) => line.startsWith('::add-mask::'))
    for (const sig of signatures) expect(masks.some((line) => line.includes(sig))).toBe(true)
  })
})

describe('uploads in pieces', () => {
  let service: CacheService
  beforeAll(async () => {
    service = await startCacheService()
  })
  afterAll(() => service.close())

  it('v2: an archive over one block goes as Put Blocks and a Put Block List, and comes back whole', async () => {
    const backend = githubBackend(service.env('v2'), base)
    const tree = await treeOf('tree-blocks', 40 * 1024 * 1024)
    const { stored, bytes } = await saveTree(backend, 'modules-lean', 'blocks-1', tree)
    expect(stored).toEqual({ saved: true, sizeBytes: bytes.length })
    const puts = service.requests.filter((r) => r.method === 'PUT').map((r) => new URL(r.path, service.url).searchParams.get('comp'))
    expect(puts).toEqual(['block', 'block', 'blocklist'])
    const dest = await unpack(await backend.restore('modules-lean', 'blocks-1', [], 10_000), 'dest-blocks')
    expect((await readFile(path.join(dest, 'example.com', 'a@v1.0.0', 'big.bin'))).equals(tree.big)).toBe(true)
  })

  it('v1: the archive is PATCHed in ranges of CACHE_UPLOAD_CHUNK_SIZE MiB, then committed with its size', async () => {
    const backend = githubBackend({ ...service.env('v1'), CACHE_UPLOAD_CHUNK_SIZE: '1' }, base)
    const tree = await treeOf('tree-chunks', 2_500_000)
    const before = service.requests.length
    const { stored, bytes } = await saveTree(backend, 'modules-lean', 'chunks-1', tree)
    expect(stored).toEqual({ saved: true, sizeBytes: bytes.length })
    expect(service.requests.slice(before).filter((r) => r.method === 'PATCH').length).toBe(Math.ceil(bytes.length / (1 << 20)))
    expect((await readFile(service.entries().find((e) => e.key === 'chunks-1')!.path)).equals(bytes)).toBe(true)
  })
})

describe('the Actions cache service failing', () => {
  let service: CacheService
  beforeAll(async () => {
    service = await startCacheService()
  })
  afterAll(() => service.close())
  afterEach(() => service.setFault('none'))

  it('v2 answering 503: retried, and given up at the lookup limit with no request left running', async () => {
    service.setFault('down')
    const backend = githubBackend(service.env('v2'), base)
    const before = service.requests.length
    const started = performance.now()
    expect(await backend.restore('modules-lean', 'k', [], 2000)).toEqual({ outcome: 'timeout' })
    expect(performance.now() - started).toBeLessThan(6000)
    await new Promise((resolve) => setTimeout(resolve, 3500))
    // The retry 3 s after the first attempt was abandoned with the lookup.
    expect(service.requests.slice(before).map((r) => r.status)).toEqual([503])
  })

  it('v1 answering 503: two attempts 5 s apart, then the status in words', async () => {
    service.setFault('down')
    const backend = githubBackend(service.env('v1'), base)
    const fetched = await backend.restore('modules-lean', 'k', [], 30_000)
    expect(fetched).toEqual({ outcome: 'service-failed', why: 'the cache service answered HTTP 503 (lookup)' })
  }, 20_000)

  it('refusing connections: named, without the retries a 503 gets on v2', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    await new Promise((resolve) => server.close(resolve))
    for (const protocol of ['v2', 'v1'] as const) {
      const backend = githubBackend({ ...service.env(protocol), ACTIONS_RESULTS_URL: url, ACTIONS_CACHE_URL: url }, base)
      expect(await backend.restore('modules-lean', 'k', [], 10_000)).toEqual({ outcome: 'service-failed', why: `connection refused by ${url.slice(0, -1)}` })
    }
  }, 20_000)

  it('a conflict on create is an existing entry; a read-only token a failure that says so', async () => {
    const tree = await treeOf('tree-faults', 1000)
    for (const protocol of ['v2', 'v1'] as const) {
      const backend = githubBackend(service.env(protocol), base)
      service.setFault('exists')
      const conflict = (await saveTree(backend, 'modules-lean', `exists-${protocol}`, tree)).stored
      expect(conflict).toMatchObject({ saved: false, skipped: expect.stringMatching(/already has this key \(another job may be creating this cache, or saved it meanwhile\)/) })
      expect(conflict.failed).toBeUndefined()
      service.setFault('read-only')
      const denied = (await saveTree(backend, 'modules-lean', `denied-${protocol}`, tree)).stored
      expect(denied).toMatchObject({ saved: false, failed: true })
      expect(denied.skipped).toContain('cache write denied')
    }
    expect(service.entries()).toEqual([])
  })

  it('a corrupt download fails the unpacking, not the lookup', async () => {
    const backend = githubBackend(service.env('v2'), base)
    const tree = await treeOf('tree-corrupt')
    await saveTree(backend, 'modules-lean', 'corrupt-1', tree)
    service.setFault('corrupt')
    const fetched = restored(await backend.restore('modules-lean', 'corrupt-1', [], 10_000))
    const dest = path.join(base, 'dest-corrupt')
    await mkdir(dest)
    await expect(extractArchive(fetched.source, dest)).rejects.toThrow()
    await fetched.source.close()
  })
})

describe('restoring the module cache from a download that stalls', () => {
  let service: CacheService
  beforeAll(async () => {
    service = await startCacheService({ fault: 'none' })
  })
  afterAll(() => service.close())

  it('ends within cache-timeout with one warning, GOMODCACHE cleaned, and the modules downloaded afresh', async () => {
    const env = service.env('v2')
    await saveTree(githubBackend(env, base), 'modules-lean', 'stall-Linux-X64-1', await treeOf('tree-stall'))
    service.setFault('stall')
    const modCache = path.join(base, 'mod-stall')
    const backend = guardBackend(githubBackend(env, base), { timeoutMs: 2000 })
    const started = performance.now()
    const result = await restoreModCache(backend, { modCache, layout: 'lean', primaryKey: 'stall-Linux-X64-1', restoreKeys: [], timeoutMs: 2000 })
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(result).toMatchObject({ state: 'miss', serviceFailed: false })
    expect(out.warnings()).toEqual([
      expect.stringMatching(
        /^Unpacking stall-Linux-X64-1 failed \(the download broke off at byte \d+: no byte came from http:\/\/127\.0\.0\.1:\d+ for 2 s\); GOMODCACHE was cleaned and the modules are downloaded afresh\.$/
      )
    ])
    expect(await readdir(modCache)).toEqual([])
  })
})
