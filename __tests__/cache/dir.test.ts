// The shared-directory backend on real files in temporary directories: hits, prefix matches, the
// write-once rule, concurrent writers in processes of their own, damaged entries, eviction by last
// use, a root that cannot be read and a lookup that does not answer. The decisions (key encoding,
// the match, what to evict) are also tested on hand-made inputs.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, open, readdir, readFile, rm, stat, truncate, unlink, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { ARCHIVE_FORMAT } from '../../src/cache/archive.ts'
import type { CacheBackend } from '../../src/cache/backend.ts'
import { dirBackend } from '../../src/cache/dir.ts'
import { chooseEvictions, STALE_TEMP_MS, type StoredFile } from '../../src/cache/direvict.ts'
import { decodeKey, encodeKey, isTempName, MAX_ENCODED_KEY } from '../../src/cache/dirkeys.ts'
import { chooseMatch, lookupEntry, lookUpAndOpen, openEntry } from '../../src/cache/dirlookup.ts'
import { TIMED_OUT, withinTime } from '../../src/cache/guarded.ts'
import { readBytes, type ArchiveSource } from '../../src/cache/source.ts'
import { captureStdout, type Captured } from '../support/stdout.ts'
import { pin, type Undo } from '../support/undeletable.ts'

const run = promisify(execFile)
const isRoot = process.getuid?.() === 0
const ENTRY = 'modules-default'

let base: string
let root: string
let out: Captured
let undos: Undo[]
let savedRunnerTemp: string | undefined

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'gmp-dir-'))
  root = path.join(base, 'shared')
  savedRunnerTemp = process.env.RUNNER_TEMP
  process.env.RUNNER_TEMP = path.join(base, 'runner-temp')
  out = captureStdout()
  undos = []
})

afterEach(async () => {
  out.restore()
  for (const undo of undos) await undo()
  if (savedRunnerTemp === undefined) delete process.env.RUNNER_TEMP
  else process.env.RUNNER_TEMP = savedRunnerTemp
  await chmod(root, 0o755).catch(() => undefined)
  await rm(base, { recursive: true, force: true })
})

function backendOf(maxSizeBytes = Number.POSITIVE_INFINITY): CacheBackend {
  return dirBackend({ kind: 'dir', root, maxSizeBytes })
}

/** Where the entry of key lives. */
function entryFile(key: string, entry = ENTRY): string {
  return path.join(root, ARCHIVE_FORMAT, encodeKey(entry), encodeKey(key))
}

/** An archive to save, as the saver makes one: in the backend's staging file. */
async function archiveOf(backend: CacheBackend, content: string | Buffer, entry = ENTRY): Promise<string> {
  const file = await backend.stagingFile(entry)
  await writeFile(file, content)
  return file
}

/** The whole archive a source reads, as text. */
async function textOf(source: ArchiveSource): Promise<string> {
  return (await readBytes(source, 0, source.sizeBytes)).toString('utf8')
}

async function saveBytes(backend: CacheBackend, key: string, content: string | Buffer, entry = ENTRY) {
  const archive = await archiveOf(backend, content, entry)
  try {
    return await backend.save(entry, key, archive)
  } finally {
    await backend.discard(archive)
  }
}

/** Sets both times of an entry, in seconds since the epoch. */
async function setTimes(key: string, atime: number, mtime = atime): Promise<void> {
  await utimes(entryFile(key), atime, mtime)
}

const nowS = () => Math.floor(Date.now() / 1000)

describe('key encoding', () => {
  const keys = [
    'go-mod-precache-Linux-X64-0123abcd',
    'a<b>c:d"e/f\\g|h?i*j',
    '<>:"/\\|?*',
    '.hidden',
    '..',
    '.',
    'trailing.',
    'trailing space ',
    'CON',
    'con.txt',
    'nul',
    'LPT1.tar',
    'COM9',
    'CONSOLE',
    '100%',
    'tab\there\nnewline\u0000nul',
    'ünïcødé-模块-🙂',
    "it's (fine) ~!"
  ]

  it('round-trips every key, the characters Windows forbids among them', () => {
    for (const key of keys) expect(decodeKey(encodeKey(key))).toBe(key)
  })

  it('makes names valid on Linux, macOS and Windows', () => {
    for (const key of keys) {
      const name = encodeKey(key)
      expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/)
      expect(name).not.toMatch(/^\./)
      expect(name).not.toMatch(/[. ]$/)
      expect(name).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i)
      expect(isTempName(name)).toBe(false)
    }
  })

  it('leaves ordinary keys readable and keeps prefixes prefixes', () => {
    expect(encodeKey('go-mod-precache-Linux-X64-v1-abc')).toBe('go-mod-precache-Linux-X64-v1-abc')
    expect(encodeKey('a/b:c').startsWith(encodeKey('a/b'))).toBe(true)
  })

  it('recognises only the names it writes', () => {
    expect(decodeKey('.DS_Store')).toBeUndefined()
    expect(decodeKey('.key.123-abcd.tmp')).toBeUndefined()
    expect(isTempName('.key.123-abcd.tmp')).toBe(true)
    // Not the canonical encoding of what it decodes to.
    expect(decodeKey('a%2a')).toBeUndefined()
    expect(decodeKey('a*')).toBeUndefined()
    expect(decodeKey('%E0%A4%A')).toBeUndefined()
    expect(decodeKey('a%2A')).toBe('a*')
  })
})

describe('choosing', () => {
  it('takes the exact key first, else the newest match of the first restore key that has one', () => {
    const c = [
      { key: 'k-a', mtimeMs: 300 },
      { key: 'k-b', mtimeMs: 100 },
      { key: 'k-bb', mtimeMs: 200 },
      { key: 'j-z', mtimeMs: 900 }
    ]
    expect(chooseMatch(c, 'k-b', ['k-'])?.key).toBe('k-b')
    expect(chooseMatch(c, 'k-x', ['k-'])?.key).toBe('k-a')
    expect(chooseMatch(c, 'k-x', ['k-b', 'k-'])?.key).toBe('k-bb')
    expect(chooseMatch(c, 'k-x', ['none-', 'j-'])?.key).toBe('j-z')
    expect(chooseMatch(c, 'k-x', ['none-'])).toBeUndefined()
    expect(chooseMatch(c, 'k-x', [])).toBeUndefined()
    // A tie goes to the greater key, the same on every runner.
    expect(chooseMatch([{ key: 'p-1', mtimeMs: 5 }, { key: 'p-2', mtimeMs: 5 }], 'x', ['p-'])?.key).toBe('p-2')
  })

  it('compares keys and restore keys ignoring case, as the cache services do', () => {
    const c = [
      { key: 'k-linux-a', mtimeMs: 100 },
      { key: 'K-Linux-B', mtimeMs: 200 }
    ]
    expect(chooseMatch(c, 'K-Linux-A', ['K-Linux-'])?.key).toBe('k-linux-a')
    expect(chooseMatch(c, 'k-x', ['k-linux-'])?.key).toBe('K-Linux-B')
    expect(chooseMatch(c, 'k-x', ['k-linux-c'])).toBeUndefined()
  })

  it('evicts the least recently used until the rest fit, never the one kept', () => {
    const e = (p: string, sizeBytes: number, lastUseMs: number): StoredFile => ({ path: p, sizeBytes, lastUseMs })
    const entries = [e('/a', 100, 10), e('/b', 100, 30), e('/c', 100, 20), e('/new', 100, 40)]
    expect(chooseEvictions(entries, 400, '/new')).toEqual([])
    expect(chooseEvictions(entries, 399, '/new').map((x) => x.path)).toEqual(['/a'])
    expect(chooseEvictions(entries, 200, '/new').map((x) => x.path)).toEqual(['/a', '/c'])
    // The kept one stays even when it alone is over the limit; everything else goes.
    expect(chooseEvictions(entries, 50, '/new').map((x) => x.path)).toEqual(['/a', '/c', '/b'])
    // Kept though it is the oldest.
    expect(chooseEvictions(entries, 300, '/a').map((x) => x.path)).toEqual(['/c'])
    // Ties by path, so concurrent evictions agree; large entries are not preferred over old ones.
    expect(chooseEvictions([e('/y', 10, 1), e('/x', 10, 1), e('/big', 1000, 2)], 1000).map((x) => x.path)).toEqual(['/x', '/y'])
    expect(chooseEvictions([], 0)).toEqual([])
  })

  it('gives up waiting when the limit passes first, and not otherwise', async () => {
    expect(await withinTime(new Promise<never>(() => undefined), 1)).toBe(TIMED_OUT)
    expect(await withinTime(Promise.resolve('answer'), 60_000)).toBe('answer')
    // No limit, and one longer than a timer holds (which would fire at once), both wait.
    expect(await withinTime(Promise.resolve('answer'), Number.POSITIVE_INFINITY)).toBe('answer')
    expect(await withinTime(new Promise((resolve) => setImmediate(resolve, 'late')), 2 ** 40)).toBe('late')
  })
})

describe('restore and save', () => {
  it('is a miss when the directory does not exist yet, and creates nothing', async () => {
    const backend = backendOf()
    expect(backend.available()).toBe(true)
    expect(backend.name).toBe(`the cache directory ${root}`)
    expect(await backend.restore(ENTRY, 'k-1', ['k-'], 10_000)).toEqual({ outcome: 'miss' })
    expect(existsSync(root)).toBe(false)
  })

  it('stores an entry and restores the same bytes, read where it is, even when it is evicted meanwhile', async () => {
    const backend = backendOf()
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256))
    const archive = await archiveOf(backend, bytes)
    expect(await backend.save(ENTRY, 'k-1', archive)).toEqual({ saved: true, sizeBytes: bytes.length })
    await backend.discard(archive)
    expect(existsSync(archive)).toBe(false)
    expect((await readFile(entryFile('k-1'))).equals(bytes)).toBe(true)
    expect((await readdir(path.dirname(entryFile('k-1')))).filter(isTempName)).toEqual([])

    const fetched = await backendOf().restore(ENTRY, 'k-1', ['k-'], 10_000)
    if (fetched.outcome !== 'restored') throw new Error(`not restored: ${JSON.stringify(fetched)}`)
    expect(fetched.matchedKey).toBe('k-1')
    expect(fetched.source.sizeBytes).toBe(bytes.length)
    // Another job's eviction after the open takes the name, not the bytes the source reads.
    await unlink(entryFile('k-1'))
    expect((await readBytes(fetched.source, 0, bytes.length)).equals(bytes)).toBe(true)
    expect((await readBytes(fetched.source, 1000, 1010)).equals(bytes.subarray(1000, 1010))).toBe(true)
    await fetched.source.close()
    // No copy in the runner's scratch space.
    expect(await readdir(path.join(process.env.RUNNER_TEMP!, 'go-mod-precache'), { recursive: true }).catch(() => [])).not.toContainEqual(expect.stringMatching(/archive/))
    expect(out.warnings()).toEqual([])
  })

  it('discards a staging file, and nothing that is not its own', async () => {
    const backend = backendOf()
    await saveBytes(backend, 'k-1', 'data')
    const staging = await archiveOf(backend, 'staged')
    const foreign = path.join(base, 'elsewhere', 'file')
    await mkdir(path.dirname(foreign))
    await writeFile(foreign, 'keep')
    await backend.discard(foreign)
    await backend.discard(entryFile('k-1'))
    expect(existsSync(foreign)).toBe(true)
    expect(existsSync(entryFile('k-1'))).toBe(true)
    await backend.discard(staging)
    expect(existsSync(staging)).toBe(false)
    expect(existsSync(path.dirname(staging))).toBe(false)
  })

  it('matches a restore key with the newest entry that starts with it', async () => {
    const backend = backendOf()
    await saveBytes(backend, 'k-old', 'old')
    await saveBytes(backend, 'k-new', 'new')
    await saveBytes(backend, 'other-x', 'other')
    // Written the other way round: mtime decides, not the order of the saves or the names.
    const t = nowS()
    await setTimes('k-old', t - 100, t - 100)
    await setTimes('k-new', t - 200, t - 200)
    await setTimes('other-x', t, t)
    await setTimes('k-new', t - 50, t - 50)
    const fetched = await backend.restore(ENTRY, 'k-missing', ['k-'], 10_000)
    if (fetched.outcome !== 'restored') throw new Error('not restored')
    expect(fetched.matchedKey).toBe('k-new')
    expect(await textOf(fetched.source)).toBe('new')

    // The restore keys in order: the first with a match wins over a newer match of a later one.
    const first = await backend.restore(ENTRY, 'k-missing', ['k-o', 'k-'], 10_000)
    expect(first.outcome === 'restored' && first.matchedKey).toBe('k-old')
    // The exact key beats newer prefix matches.
    const exact = await backend.restore(ENTRY, 'k-old', ['k-', 'other-'], 10_000)
    expect(exact.outcome === 'restored' && exact.matchedKey).toBe('k-old')
    // Another entry kind never matches.
    expect(await backend.restore('build', 'k-old', ['k-'], 10_000)).toEqual({ outcome: 'miss' })
  })

  it('does not write an entry whose key exists', async () => {
    const backend = backendOf()
    await saveBytes(backend, 'k-1', 'first')
    const t = nowS() - 1000
    await setTimes('k-1', t, t)
    const before = await stat(entryFile('k-1'))
    expect(await saveBytes(backend, 'k-1', 'second, longer')).toEqual({ saved: false, skipped: 'entry already exists', sizeBytes: 14 })
    const after = await stat(entryFile('k-1'))
    expect(after.ino).toBe(before.ino)
    expect(after.mtimeMs).toBe(before.mtimeMs)
    expect(await readFile(entryFile('k-1'), 'utf8')).toBe('first')
    expect((await readdir(path.dirname(entryFile('k-1')))).filter(isTempName)).toEqual([])
  })

  it('stores a key lowercased and takes a key differing only in case for the same entry', async () => {
    const backend = backendOf()
    expect(await saveBytes(backend, 'K-Linux-X64-ab', 'first')).toEqual({ saved: true, sizeBytes: 5 })
    // One name on every file system, whether it minds case or not.
    expect(await readdir(path.dirname(entryFile('k')))).toEqual([encodeKey('k-linux-x64-ab')])
    const exact = await backend.restore(ENTRY, 'k-LINUX-x64-AB', ['k-Linux-X64-'], 10_000)
    expect(exact.outcome === 'restored' && exact.matchedKey).toBe('k-linux-x64-ab')
    const prefix = await backend.restore(ENTRY, 'k-Linux-X64-cd', ['K-LINUX-X64-'], 10_000)
    expect(prefix.outcome === 'restored' && prefix.matchedKey).toBe('k-linux-x64-ab')
    expect(await saveBytes(backend, 'k-linux-x64-AB', 'second')).toEqual({ saved: false, skipped: 'entry already exists', sizeBytes: 6 })
    expect(await readFile(entryFile('k-linux-x64-ab'), 'utf8')).toBe('first')
  })

  it('finds an entry whose name kept its case, ignoring case', async () => {
    const file = entryFile('K-Linux-X64-ab')
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, 'kept')
    const exact = await backendOf().restore(ENTRY, 'k-linux-x64-AB', [], 10_000)
    expect(exact.outcome === 'restored' && exact.matchedKey).toBe('K-Linux-X64-ab')
  })

  it('leaves one whole entry and no temporary file when two processes save one key at once', async () => {
    const size = 8 << 20
    const archives = await Promise.all(
      ['A', 'B'].map(async (fill) => {
        const file = path.join(base, `archive-${fill}`)
        await writeFile(file, Buffer.alloc(size, fill))
        return file
      })
    )
    const script = path.join(import.meta.dirname, '..', 'support', 'dir-saver.ts')
    const children = archives.map((archive) => {
      const child = spawn(process.execPath, [script, root, ENTRY, 'k-race', archive], { stdio: ['pipe', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
      const ready = new Promise<void>((resolve) => {
        const check = () => (stdout.includes('READY') ? resolve() : undefined)
        child.stdout.on('data', check)
      })
      const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
        child.on('close', (code) => resolve({ code, stdout, stderr }))
      )
      return { child, ready, done }
    })
    await Promise.all(children.map((c) => c.ready))
    for (const c of children) c.child.stdin.end('go\n')
    const results = await Promise.all(children.map((c) => c.done))
    const outcomes = results.map((r) => {
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' })
      return JSON.parse(r.stdout.slice(r.stdout.lastIndexOf('RESULT') + 'RESULT'.length)) as { saved: boolean; skipped?: string; failed?: boolean }
    })
    // One stored it, the other found it stored: a rename would have replaced the first one's.
    expect(outcomes.map((o) => (o.saved ? 'saved' : o.skipped)).sort()).toEqual(['entry already exists', 'saved'])
    const stored = await readFile(entryFile('k-race'))
    expect(stored.length).toBe(size)
    const saver = outcomes.findIndex((o) => o.saved)
    expect(stored.every((b) => b === 'AB'.charCodeAt(saver))).toBe(true)
    expect(await readdir(path.dirname(entryFile('k-race')))).toEqual([encodeKey('k-race')])
  })

  it('reports an entry that shrinks after the lookup as corrupt, and one removed meanwhile as evicted', async () => {
    const backend = backendOf()
    await saveBytes(backend, 'k-1', Buffer.alloc(10_000, 1))
    await saveBytes(backend, 'k-2', Buffer.alloc(10_000, 2))
    const dir = path.dirname(entryFile('k-1'))

    const one = await lookupEntry(root, dir, 'k-1', [])
    if (one.outcome !== 'found') throw new Error('not found')
    expect(one.found).toMatchObject({ key: 'k-1', sizeBytes: 10_000 })
    // What a writer that does not rename (a `cp` over the file) or a damaged share does.
    await truncate(one.found.file, 4_000)
    expect(await openEntry(one.found, 10_000)).toMatchObject({ outcome: 'broken', matchedKey: 'k-1', corrupt: true })

    const two = await lookupEntry(root, dir, 'k-2', [])
    if (two.outcome !== 'found') throw new Error('not found')
    // Evicted by another job's save between the lookup and the open.
    await unlink(two.found.file)
    const gone = await openEntry(two.found, 10_000)
    expect(gone).toMatchObject({ outcome: 'evicted' })
    expect(gone.outcome === 'evicted' && gone.why).toContain(two.found.file)
  })

  it('looks again when another job evicts the entry it found before it is opened, and takes what is there now', async () => {
    const backend = backendOf()
    await saveBytes(backend, 'k-old', 'old')
    await saveBytes(backend, 'k-new', 'new')
    await setTimes('k-old', nowS() - 200)
    await setTimes('k-new', nowS() - 100)
    const dir = path.dirname(entryFile('k-new'))
    const opened: string[] = []
    // Another job's eviction, between this job's listing and its open: the first find goes.
    const openFound = async (found: { key: string; file: string; sizeBytes: number; mtimeMs: number }) => {
      opened.push(found.key)
      if (opened.length === 1) await unlink(found.file)
      return openEntry(found, 10_000)
    }
    const fetched = await lookUpAndOpen(() => lookupEntry(root, dir, 'k-wanted', ['k-']), openFound)
    expect(opened).toEqual(['k-new', 'k-old'])
    if (fetched.outcome !== 'restored') throw new Error(`not restored: ${JSON.stringify(fetched)}`)
    expect(fetched.matchedKey).toBe('k-old')
    expect(await textOf(fetched.source)).toBe('old')
    await fetched.source.close()

    // Everything evicted as soon as it is found: a miss once nothing is left.
    const evictEach = async (found: { key: string; file: string; sizeBytes: number; mtimeMs: number }) => {
      await unlink(found.file)
      return openEntry(found, 10_000)
    }
    expect(await lookUpAndOpen(() => lookupEntry(root, dir, 'k-wanted', ['k-']), evictEach)).toEqual({ outcome: 'miss' })
  })

  it('keeps the directory under its limit by evicting the least recently used, never the new entry', async () => {
    const backend = backendOf(2_000)
    await saveBytes(backend, 'k-a', Buffer.alloc(1_000))
    await saveBytes(backend, 'k-b', Buffer.alloc(1_000))
    const t = nowS()
    await setTimes('k-a', t - 300)
    await setTimes('k-b', t - 200)
    // Entries of another format and kind count, and go by the same rule.
    const foreign = path.join(root, 'tar-zstd-2', 'build', 'k-z')
    await mkdir(path.dirname(foreign), { recursive: true })
    await writeFile(foreign, Buffer.alloc(500))
    await utimes(foreign, t - 250, t - 250)

    expect(await saveBytes(backend, 'k-c', Buffer.alloc(1_000))).toEqual({ saved: true, sizeBytes: 1_000 })
    expect(existsSync(entryFile('k-a'))).toBe(false)
    expect(existsSync(foreign)).toBe(false)
    expect(existsSync(entryFile('k-b'))).toBe(true)
    expect(existsSync(entryFile('k-c'))).toBe(true)

    // An entry bigger than the limit is kept, alone.
    expect(await saveBytes(backend, 'k-huge', Buffer.alloc(3_000))).toEqual({ saved: true, sizeBytes: 3_000 })
    expect(await readdir(path.dirname(entryFile('k-huge')))).toEqual([encodeKey('k-huge')])
    expect(out.warnings()).toEqual([])
  })

  it('counts a restore as a use, so the restored entry outlives an older-used one', async () => {
    const backend = backendOf(2_500)
    await saveBytes(backend, 'k-a', Buffer.alloc(1_000))
    await saveBytes(backend, 'k-b', Buffer.alloc(1_000))
    const t = nowS()
    await setTimes('k-a', t - 300)
    await setTimes('k-b', t - 200)
    const fetched = await backend.restore(ENTRY, 'k-a', [], 10_000)
    expect(fetched.outcome).toBe('restored')
    const used = await stat(entryFile('k-a'))
    expect(used.atimeMs).toBeGreaterThan((t - 300) * 1000)
    // mtime, which orders prefix matches, is left alone.
    expect(used.mtimeMs).toBe((t - 300) * 1000)

    await saveBytes(backend, 'k-c', Buffer.alloc(1_000))
    expect(existsSync(entryFile('k-a'))).toBe(true)
    expect(existsSync(entryFile('k-b'))).toBe(false)
    expect(existsSync(entryFile('k-c'))).toBe(true)
  })

  it('removes temporary files a killed writer left an hour ago, not those being written', async () => {
    const backend = backendOf()
    await saveBytes(backend, 'k-1', 'x')
    const dir = path.dirname(entryFile('k-1'))
    const stale = path.join(dir, `.${encodeKey('k-2')}.999-dead.tmp`)
    const fresh = path.join(dir, `.${encodeKey('k-3')}.998-live.tmp`)
    const alien = path.join(dir, '.nfs000000001')
    for (const f of [stale, fresh, alien]) await writeFile(f, 'partial')
    const old = (Date.now() - STALE_TEMP_MS - 60_000) / 1000
    await utimes(stale, old, old)
    await utimes(alien, old, old)
    await saveBytes(backend, 'k-4', 'y')
    expect(existsSync(stale)).toBe(false)
    expect(existsSync(fresh)).toBe(true)
    // Not ours: an NFS client's file of a removed file still open.
    expect(existsSync(alien)).toBe(true)
  })

  it('fails a save it cannot write, naming the path, and leaves no temporary file', async () => {
    const backend = backendOf()
    await saveBytes(backend, 'k-1', 'x')
    const dir = path.dirname(entryFile('k-1'))
    if (isRoot) {
      const undo = await pin(dir)
      // Root writes anywhere; only an immutable directory (chattr +i) refuses it.
      if (undo === undefined) return expect(isRoot).toBe(true)
      undos.push(undo)
    } else {
      await chmod(dir, 0o555)
      undos.push(() => chmod(dir, 0o755))
    }
    const stored = await saveBytes(backend, 'k-2', 'y')
    expect(stored).toMatchObject({ saved: false, failed: true, sizeBytes: 1 })
    expect(stored.skipped).toContain(dir)
    expect(await readdir(dir)).toEqual([encodeKey('k-1')])
  })

  it('fails a save whose key is too long for a file name', async () => {
    const stored = await saveBytes(backendOf(), 'k'.repeat(MAX_ENCODED_KEY + 1), 'x')
    expect(stored).toMatchObject({ saved: false, failed: true })
    expect(stored.skipped).toContain('too long')
  })

  it('reports a root that exists but cannot be read as a failed lookup', async () => {
    const backend = backendOf()
    await saveBytes(backend, 'k-1', 'x')
    if (isRoot) {
      // Root reads through any mode, so the unreadable root here is one that is not a directory.
      await rm(root, { recursive: true })
      await writeFile(root, 'not a directory')
    } else {
      await chmod(root, 0o000)
    }
    const fetched = await backend.restore(ENTRY, 'k-1', ['k-'], 10_000)
    expect(fetched.outcome).toBe('service-failed')
    expect(fetched.outcome === 'service-failed' && fetched.why).toContain(root)
    expect(await backend.save(ENTRY, 'k-2', await archiveOf(backend, 'y'))).toMatchObject({ saved: false, failed: true })
  })

  it('gives up on a lookup the file system does not answer', async () => {
    if (process.platform === 'win32') return expect(process.platform).toBe('win32')
    const backend = backendOf()
    await saveBytes(backend, 'k-1', 'x')
    // A hung mount holds the threads of libuv's pool that file calls run on. Opening FIFOs with
    // no writer does the same: the lookup's calls queue behind them until a writer comes, so it
    // cannot answer before the limit, however slow this machine is.
    const threads = Number(process.env.UV_THREADPOOL_SIZE) || 4
    const fifos = Array.from({ length: threads }, (_, i) => path.join(base, `fifo-${i}`))
    await run('mkfifo', fifos)
    const readers = fifos.map((f) => open(f, 'r'))
    try {
      expect(await backend.restore(ENTRY, 'k-1', [], 50)).toEqual({ outcome: 'timeout' })
    } finally {
      await run('sh', ['-c', 'for f; do : > "$f"; done', 'sh', ...fifos])
      for (const handle of await Promise.all(readers)) await handle.close()
    }
    // Once the file system answers again, so does the backend.
    expect((await backend.restore(ENTRY, 'k-1', [], 10_000)).outcome).toBe('restored')
  })
})
