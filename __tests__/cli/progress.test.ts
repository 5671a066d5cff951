// The download progress against a real directory laid out as go's module cache; the display is
// judged by what it wrote, polled for with a generous deadline rather than timed.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { countDownloaded, formatBytes, progressLine, startProgress, zipCountOf } from '../../src/cli/progress.ts'

let modCache: string

beforeEach(async () => {
  modCache = await mkdtemp(path.join(os.tmpdir(), 'gmp-progress-'))
})

afterEach(async () => {
  await rm(modCache, { recursive: true, force: true })
})

/** A finished download as go leaves it: the zip of size bytes beside its .info, .mod and .ziphash. */
async function download(escapedModule: string, version: string, size: number): Promise<void> {
  const dir = path.join(modCache, 'cache', 'download', ...escapedModule.split('/'), '@v')
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, `${version}.zip`), Buffer.alloc(size))
  for (const ext of ['info', 'mod', 'ziphash', 'lock']) await writeFile(path.join(dir, `${version}.${ext}`), 'x'.repeat(50))
}

async function until(what: string, condition: () => boolean, deadlineMs = 10_000): Promise<void> {
  const end = Date.now() + deadlineMs
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** A clock that moves only when told. */
function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start
  return { now: () => t, advance: (ms) => void (t += ms) }
}

describe('progressLine', () => {
  it('shows the count against the total, with the size', () => {
    expect(progressLine({ done: 37, total: 158, bytes: 12_345_678 })).toBe('downloading modules: 37 of 158 (12.3 MB)')
  })

  it('shows the count alone without a total, or past it', () => {
    expect(progressLine({ done: 37, total: 0, bytes: 12_345_678 })).toBe('downloading modules: 37 (12.3 MB)')
    expect(progressLine({ done: 170, total: 158, bytes: 0 })).toBe('downloading modules: 170 (0 B)')
    expect(progressLine({ done: 158, total: 158, bytes: 1500 })).toBe('downloading modules: 158 of 158 (1.5 kB)')
  })

  it('adds the elapsed time when given', () => {
    expect(progressLine({ done: 1, total: 2, bytes: 2000, elapsedMs: 14_999 })).toBe('downloading modules: 1 of 2 (2.0 kB, 14 s)')
    expect(progressLine({ done: 1, total: 2, bytes: 2000, elapsedMs: 125_000 })).toBe('downloading modules: 1 of 2 (2.0 kB, 2 min 5 s)')
  })
})

describe('formatBytes', () => {
  it('uses decimal units with one decimal', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(999)).toBe('999 B')
    expect(formatBytes(1000)).toBe('1.0 kB')
    expect(formatBytes(1234)).toBe('1.2 kB')
    expect(formatBytes(999_949)).toBe('999.9 kB')
    expect(formatBytes(12_345_678)).toBe('12.3 MB')
    expect(formatBytes(2_500_000_000)).toBe('2.5 GB')
    expect(formatBytes(3_210_000_000_000)).toBe('3210.0 GB')
  })

  it('picks the unit after rounding', () => {
    expect(formatBytes(999_950)).toBe('1.0 MB')
    expect(formatBytes(999_999_999)).toBe('1.0 GB')
  })
})

describe('zipCountOf', () => {
  it('counts the distinct module versions with a zip line', () => {
    const goSum = [
      'github.com/BurntSushi/toml v1.3.2 h1:o7IhLm0Msx3BaB+n3Ag7L8EVlByGnpq14C4YWiu/gL8=',
      'github.com/BurntSushi/toml v1.3.2/go.mod h1:CxXYINrC8qIiEnFrOxCa7Jy5BFHlXnUU2pbicEuybxQ=',
      'golang.org/x/mod v0.14.0/go.mod h1:hTbmBsO62+eylJbnUtE2MGJUyE7QWk4xUqPFrRgJ+7c=',
      'golang.org/x/text v0.14.0 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=',
      'golang.org/x/text v0.14.0 h2:another-hash-of-the-same-zip=',
      '',
      'malformed line',
      'golang.org/x/text v0.13.0 h1:ablQoSUd0tRdKxZewP80B+BaqeKJuVhuRxj/dkrun3k=\r',
      ''
    ].join('\n')
    expect(zipCountOf(goSum)).toBe(3)
    expect(zipCountOf('')).toBe(0)
  })
})

describe('countDownloaded', () => {
  it('counts the zips and their size, nothing else', async () => {
    await download('github.com/!burnt!sushi/toml', 'v1.3.2', 1000)
    await download('golang.org/x/text', 'v0.14.0', 2500)
    await download('golang.org/x/text', 'v0.13.0', 300)
    // Not downloads: a temporary file go has not renamed yet, a directory named like a zip, the
    // checksum database's tiles, and an extracted module outside cache/download.
    const v = path.join(modCache, 'cache', 'download', 'golang.org', 'x', 'text', '@v')
    await writeFile(path.join(v, 'v0.15.0.zip123456.tmp'), Buffer.alloc(7000))
    await mkdir(path.join(v, 'odd.zip'))
    await mkdir(path.join(modCache, 'cache', 'download', 'sumdb', 'sum.golang.org', 'tile'), { recursive: true })
    await writeFile(path.join(modCache, 'cache', 'download', 'sumdb', 'sum.golang.org', 'tile', '8'), Buffer.alloc(9000))
    await mkdir(path.join(modCache, 'golang.org', 'x', 'text@v0.14.0'), { recursive: true })
    await writeFile(path.join(modCache, 'golang.org', 'x', 'text@v0.14.0', 'testdata.zip'), Buffer.alloc(5000))
    expect(await countDownloaded(modCache)).toEqual({ done: 3, bytes: 3800 })
  })

  it('gives zeros for a missing cache, or one that is a file', async () => {
    expect(await countDownloaded(path.join(modCache, 'nowhere'))).toEqual({ done: 0, bytes: 0 })
    await mkdir(path.join(modCache, 'cache'))
    await writeFile(path.join(modCache, 'cache', 'download'), 'not a directory')
    expect(await countDownloaded(modCache)).toEqual({ done: 0, bytes: 0 })
  })
})

describe('startProgress', () => {
  it('on a terminal, rewrites one line as zips arrive and ends it at stop', async () => {
    await download('golang.org/x/text', 'v0.13.0', 1000)
    const writes: string[] = []
    const c = clock()
    const progress = startProgress({ modCache, total: 3, tty: true, write: (t) => writes.push(t), intervalMs: 20, now: c.now })
    await until('the first line', () => writes.some((w) => w.includes('1 of 3')))
    c.advance(3000)
    await download('golang.org/x/text', 'v0.14.0', 2000)
    await until('the second download', () => writes.some((w) => w.includes('2 of 3')))
    await progress.stop()
    for (const w of writes.slice(0, -1)) expect(w).toMatch(/^\rdownloading modules: [12] of 3 \([0-9.]+ kB, [03] s\)\x1b\[K$/)
    expect(writes.at(-1)).toBe('\rdownloading modules: 2 of 3 (3.0 kB, 3 s)\x1b[K\n')
    expect(writes.join('')).not.toMatch(/\n[^]/) // a newline at the very end only
  })

  it('in a CI log, prints whole lines and a last one at stop', async () => {
    const writes: string[] = []
    const c = clock()
    const progress = startProgress({ modCache, total: 0, tty: false, write: (t) => writes.push(t), intervalMs: 20, now: c.now })
    await until('a line', () => writes.length > 0)
    c.advance(15_000)
    await download('example.com/a', 'v1.0.0', 1_500_000)
    await until('the download', () => writes.some((w) => w.includes('downloading modules: 1 (1.5 MB')))
    await progress.stop()
    expect(writes[0]).toBe('downloading modules: 0 (0 B, 0 s)\n')
    expect(writes.at(-1)).toBe('downloading modules: 1 (1.5 MB, 15 s)\n')
    for (const w of writes) expect(w).toMatch(/^downloading modules: [01] \([^)]*\)\n$/)
  })

  it('in a CI log, stays quiet when nothing was shown and nothing came', async () => {
    await download('example.com/a', 'v1.0.0', 100)
    const writes: string[] = []
    const progress = startProgress({ modCache, total: 1, tty: false, write: (t) => writes.push(t), intervalMs: 60_000 })
    await progress.stop()
    expect(writes).toEqual([])
  })

  it('shows a last line when a download came before the first tick', async () => {
    const writes: string[] = []
    const progress = startProgress({ modCache, total: 2, tty: false, write: (t) => writes.push(t), intervalMs: 60_000, now: clock().now })
    // The count at the start sees an empty cache; stop's sees the download.
    await new Promise((r) => setTimeout(r, 50))
    await download('example.com/a', 'v1.0.0', 4200)
    await progress.stop()
    expect(writes).toEqual(['downloading modules: 1 of 2 (4.2 kB, 0 s)\n'])
  })

  it('stops once however often stop is called, and writes nothing after', async () => {
    const writes: string[] = []
    const progress = startProgress({ modCache, total: 1, tty: true, write: (t) => writes.push(t), intervalMs: 5 })
    await until('a line', () => writes.length > 2)
    await Promise.all([progress.stop(), progress.stop()])
    await progress.stop()
    const after = writes.length
    expect(writes.filter((w) => w.endsWith('\n'))).toHaveLength(1)
    await new Promise((r) => setTimeout(r, 50))
    expect(writes.length).toBe(after)
  })

  it('never throws, whatever the stream or the cache', async () => {
    const progress = startProgress({
      modCache: path.join(modCache, 'missing'),
      total: 1,
      tty: false,
      write: () => {
        throw new Error('EPIPE')
      },
      intervalMs: 5
    })
    await new Promise((r) => setTimeout(r, 50))
    await expect(progress.stop()).resolves.toBeUndefined()
  })
})
