// The action's archive format with the real tar: parts side by side, a header that standard zstd
// skips, and a file cut short found before anything is unpacked.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, readdir, stat, truncate, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { zstdCompressSync } from 'node:zlib'
import { createArchive, decodeHeader, encodeHeader, extractArchive, parentDirs, splitMembers } from '../../src/cache/archive.ts'
import { removeTree } from '../../src/fsutil.ts'
import { sourceOf } from '../support/source.ts'

const run = promisify(execFile)

describe('splitMembers', () => {
  it('deals members round-robin, keeping each exactly once', () => {
    expect(splitMembers(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      ['a', 'c', 'e'],
      ['b', 'd']
    ])
    expect(splitMembers([], 2)).toEqual([[], []])
  })
})

describe('parentDirs', () => {
  it('lists every directory above a member once, parents first', () => {
    expect(parentDirs(['cache/download/a/@v/v1.mod', 'cache/download/a/@v/v1.info', 'a@v1', 'x/y@v2'])).toEqual([
      'cache',
      'cache/download',
      'cache/download/a',
      'cache/download/a/@v',
      'x'
    ])
  })
})

describe('the part header', () => {
  it('round-trips the part lengths into byte ranges after itself, and the directories', () => {
    const header = encodeHeader([10, 0, 7], ['a', 'a/b'])
    expect(decodeHeader(header)).toEqual({
      ranges: [
        { start: header.length, end: header.length + 10 },
        { start: header.length + 10, end: header.length + 10 },
        { start: header.length + 10, end: header.length + 17 }
      ],
      dirs: ['a', 'a/b']
    })
  })

  it('refuses directories outside the root', () => {
    expect(decodeHeader(encodeHeader([1], ['../x']))).toBeUndefined()
    expect(decodeHeader(encodeHeader([1], ['/etc']))).toBeUndefined()
    expect(decodeHeader(encodeHeader([1], ['a/../../b']))).toBeUndefined()
  })

  it('is a zstd skippable frame: magic 0x184D2A50, then the payload length', () => {
    const header = encodeHeader([1])
    expect(header.readUInt32LE(0)).toBe(0x184d2a50)
    expect(header.readUInt32LE(4)).toBe(header.length - 8)
  })

  it('finds no header in anything else', () => {
    expect(decodeHeader(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0, 0]))).toBeUndefined()
    expect(decodeHeader(Buffer.alloc(3))).toBeUndefined()
    const bad = encodeHeader([1])
    bad.write('{"parts":[-1]}'.padEnd(bad.length - 8), 8)
    expect(bad.length - 8).toBeGreaterThanOrEqual('{"parts":[-1]}'.length)
    expect(decodeHeader(bad)).toBeUndefined()
  })
})

describe('createArchive and extractArchive on disk', () => {
  let base: string
  let root: string
  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'gmp-archive-'))
    root = path.join(base, 'src')
    for (let i = 0; i < 6; i++) {
      const dir = path.join(root, 'example.com', `m${i}@v1.0.0`)
      await mkdir(path.join(dir, 'sub'), { recursive: true })
      await writeFile(path.join(dir, 'sub', 'f.go'), `package m${i}\n`.repeat(100 + i))
      await chmod(dir, 0o555) // read-only, as go leaves module trees
    }
    await mkdir(path.join(root, 'cache', 'download'), { recursive: true })
    await writeFile(path.join(root, 'cache', 'download', 'left-out.txt'), 'not a member')
  })
  afterAll(() => removeTree(base))

  const members = Array.from({ length: 6 }, (_, i) => `example.com/m${i}@v1.0.0`)

  it('unpacks exactly the members, in any directory, read-only trees included', async () => {
    const file = path.join(base, 'a.tzst')
    const made = await createArchive(root, members, file)
    expect(made.bytes).toBe((await stat(file)).size)
    expect((await readdir(base)).filter((f) => f.startsWith('a.tzst'))).toEqual(['a.tzst'])
    const dest = path.join(base, 'dest')
    await mkdir(dest)
    await extractArchive(await sourceOf(file), dest)
    expect((await readdir(path.join(dest, 'example.com'))).sort()).toEqual([...members].map((m) => m.split('/')[1]).sort())
    expect(await readFile(path.join(dest, 'example.com', 'm5@v1.0.0', 'sub', 'f.go'), 'utf8')).toBe('package m5\n'.repeat(105))
    expect((await stat(path.join(dest, 'example.com', 'm0@v1.0.0'))).mode & 0o777).toBe(0o555)
    expect(await readdir(dest)).toEqual(['example.com'])
  })

  it('reads with standard tools too: zstd skips the header, tar -i reads the parts one after the other', async () => {
    const file = path.join(base, 'b.tzst')
    await createArchive(root, members, file)
    const { stdout } = await run('sh', ['-c', `zstd -dc ${file} | tar -itf -`])
    expect(stdout.split('\n').filter((l) => l.endsWith('f.go')).length).toBe(6)
  })

  it('refuses a file cut short before unpacking anything', async () => {
    const file = path.join(base, 'c.tzst')
    await createArchive(root, members, file)
    await truncate(file, (await stat(file)).size - 10)
    const dest = path.join(base, 'dest-c')
    await mkdir(dest)
    await expect(extractArchive(await sourceOf(file), dest)).rejects.toThrow(/the archive is \d+ bytes, its header says \d+: cut short or damaged/)
    expect(await readdir(dest)).toEqual([])
  })

  it('unpacks files whose parents both parts share, as go.mod files under cache/download are', async () => {
    const shared = path.join(base, 'shared')
    const files: string[] = []
    for (let i = 0; i < 400; i++) {
      const rel = `cache/download/example.com/m${i % 7}/@v/v1.0.${i}.mod`
      await mkdir(path.join(shared, path.dirname(rel)), { recursive: true })
      await writeFile(path.join(shared, rel), `module example.com/m${i % 7}\n`)
      files.push(rel)
    }
    const file = path.join(base, 'd.tzst')
    await createArchive(shared, files, file)
    const dest = path.join(base, 'dest-d')
    await mkdir(dest)
    await extractArchive(await sourceOf(file), dest)
    const found = (await readdir(dest, { recursive: true })).filter((f) => f.endsWith('.mod'))
    expect(found.length).toBe(400)
  })

  it('is not failed by tar closing its input at the end-of-archive blocks with more still to come', async () => {
    // A tar stream followed by 8 MiB of zeros: tar stops reading at the first zero blocks and exits.
    const { stdout: tarStream } = await run('tar', ['-cf', '-', '-C', root, 'example.com/m0@v1.0.0'], { encoding: 'buffer', maxBuffer: 64 << 20 })
    const part = zstdCompressSync(Buffer.concat([tarStream as unknown as Buffer, Buffer.alloc(8 << 20)]))
    const file = path.join(base, 'e.tzst')
    await writeFile(file, Buffer.concat([encodeHeader([part.length], ['example.com']), part]))
    const dest = path.join(base, 'dest-e')
    await mkdir(dest)
    await extractArchive(await sourceOf(file), dest)
    expect(await readFile(path.join(dest, 'example.com', 'm0@v1.0.0', 'sub', 'f.go'), 'utf8')).toBe('package m0\n'.repeat(100))
  })
})
