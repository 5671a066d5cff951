// Trimming the entries of a key prefix to the newest few: the rule with plain values, then the
// same scenarios on a directory and on S3 (gofakes3, the real AWS SDK) through the backends.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ListObjectsV2Command } from '@aws-sdk/client-s3'
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { CacheBackend } from '../../src/cache/backend.ts'
import { dirBackend } from '../../src/cache/dir.ts'
import { beyondNewest, newestMatch } from '../../src/cache/retention.ts'
import { s3Backend } from '../../src/cache/s3.ts'
import { startS3Server, type S3Server } from '../support/s3-server.ts'

describe('beyondNewest', () => {
  const at = (key: string, timeMs: number) => ({ key, timeMs })

  it('leaves the newest `keep` by time, whatever the keys, and ranks ties as a restore key does', () => {
    const entries = [at('p-a', 5), at('p-z', 1), at('p-m', 3), at('p-b', 4), at('p-y', 2)]
    expect(beyondNewest(entries, 3).map((e) => e.key)).toEqual(['p-y', 'p-z'])
    // Of two as new, the greater key is the newer (the one a restore key takes).
    expect(beyondNewest([at('p-1', 7), at('p-2', 7)], 1).map((e) => e.key)).toEqual(['p-1'])
  })

  it('always keeps one, and removes nothing when there are no more than `keep`', () => {
    expect(beyondNewest([at('a', 1), at('b', 2)], 0).map((e) => e.key)).toEqual(['a'])
    expect(beyondNewest([at('a', 1), at('b', 2)], 3)).toEqual([])
    expect(beyondNewest([], 3)).toEqual([])
  })
})

describe('newestMatch', () => {
  const at = (key: string, timeMs: number) => ({ key, timeMs })

  it('takes the newest entry whose key starts with the prefix, ignoring case, the greater key of two as new', () => {
    const entries = [at('p-a', 5), at('P-B', 9), at('q-c', 20), at('p-d', 9)]
    expect(newestMatch(entries, 'p-')?.key).toBe('p-d')
    expect(newestMatch(entries, 'Q-')?.key).toBe('q-c')
    expect(newestMatch(entries, 'r-')).toBeUndefined()
  })
})

const ENTRY = 'history'
let scratch: string
let server: S3Server
let buckets = 0

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'trim-'))
  server = await startS3Server()
})

afterAll(async () => {
  await server?.close()
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true })
})

interface Subject {
  backend: CacheBackend
  keys(): Promise<string[]>
}

async function onDir(): Promise<Subject> {
  const root = await mkdtemp(path.join(scratch, 'dir-'))
  const backend = dirBackend({ kind: 'dir', root, maxSizeBytes: 1 << 30 })
  const keys = async () => (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => decodeURIComponent(e.name))
  return { backend, keys }
}

async function onS3(): Promise<Subject> {
  const bucket = `trim-${++buckets}`
  await server.createBucket(bucket)
  const env = server.env()
  // The SDK's credential chain reads process.env.
  Object.assign(process.env, server.env())
  const backend = s3Backend({ bucket, prefix: 'fleet', endpoint: server.url, pathStyle: true }, env, scratch)
  const keys = async () => {
    const listed = await server.client().send(new ListObjectsV2Command({ Bucket: bucket }))
    return (listed.Contents ?? []).map((o) => path.posix.basename(o.Key!))
  }
  return { backend, keys }
}

async function save(backend: CacheBackend, key: string): Promise<void> {
  const file = await backend.stagingFile(ENTRY)
  await writeFile(file, key)
  expect((await backend.save(ENTRY, key, file)).saved).toBe(true)
  await backend.discard(file)
}

describe.each([
  ['a directory', onDir],
  ['S3', onS3]
] as const)('trim on %s', (_name, make) => {
  it('removes all but the newest entries of the prefix, and nothing of another prefix or kind', async () => {
    const { backend, keys } = await make()
    // Keys as history keys are: the time first, so the later key is the greater.
    for (let i = 1; i <= 6; i++) await save(backend, `p-history-${i}`)
    await save(backend, 'q-history-1')
    const file = await backend.stagingFile('modules')
    await writeFile(file, 'm')
    await backend.save('modules', 'p-history-0', file)
    const trimmed = await backend.trim!(ENTRY, 'p-history-', 3)
    expect([trimmed.removed.sort(), trimmed.problems]).toEqual([['p-history-1', 'p-history-2', 'p-history-3'], []])
    expect((await keys()).sort()).toEqual(['p-history-0', 'p-history-4', 'p-history-5', 'p-history-6', 'q-history-1'])
    // The next lookup takes the newest.
    const fetched = await backend.restore(ENTRY, 'p-history-latest', ['p-history-'], 30_000)
    expect(fetched).toMatchObject({ outcome: 'restored', matchedKey: 'p-history-6' })
  })

  it('keeps what two jobs save while both trim', async () => {
    const { backend, keys } = await make()
    for (let i = 1; i <= 4; i++) await save(backend, `c-history-${i}`)
    await Promise.all(
      ['c-history-5a', 'c-history-5b'].map(async (key) => {
        await save(backend, key)
        return backend.trim!(ENTRY, 'c-history-', 3)
      })
    )
    const left = await keys()
    expect(left).toEqual(expect.arrayContaining(['c-history-5a', 'c-history-5b']))
    expect(left.length).toBeLessThanOrEqual(3)
  })

  it('is nothing to do under a prefix that has no entries', async () => {
    const { backend } = await make()
    expect(await backend.trim!(ENTRY, 'none-', 3)).toEqual({ removed: [], problems: [] })
  })
})

describe('trim on a directory', () => {
  it('goes by the time an entry was written, not by its key', async () => {
    const { backend, keys } = await onDir()
    await save(backend, 't-z')
    await save(backend, 't-a')
    // t-z written long ago: t-a is the newest, though t-z is the greater key.
    const files = await readdir(scratch, { recursive: true, withFileTypes: true })
    const old = files.find((e) => e.isFile() && e.name === 't-z')!
    await utimes(path.join(old.parentPath, old.name), new Date(1_000_000), new Date(1_000_000))
    expect((await backend.trim!(ENTRY, 't-', 1)).removed).toEqual(['t-z'])
    expect(await keys()).toEqual(['t-a'])
  })
})
