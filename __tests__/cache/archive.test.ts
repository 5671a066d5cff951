// The action's archive format with the real tar: exactly the members, readable by standard tools,
// and a file cut short refused.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, readdir, stat, truncate, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createArchive, extractArchive } from '../../src/cache/archive.ts'
import { removeTree } from '../../src/fsutil.ts'

const run = promisify(execFile)

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
    await extractArchive(file, dest)
    expect((await readdir(path.join(dest, 'example.com'))).sort()).toEqual([...members].map((m) => m.split('/')[1]).sort())
    expect(await readFile(path.join(dest, 'example.com', 'm5@v1.0.0', 'sub', 'f.go'), 'utf8')).toBe('package m5\n'.repeat(105))
    expect((await stat(path.join(dest, 'example.com', 'm0@v1.0.0'))).mode & 0o777).toBe(0o555)
    expect(await readdir(dest)).toEqual(['example.com'])
  })

  it('reads with standard tools too: zstd -d | tar -t', async () => {
    const file = path.join(base, 'b.tzst')
    await createArchive(root, members, file)
    const { stdout } = await run('sh', ['-c', `zstd -dc ${file} | tar -itf -`])
    expect(stdout.split('\n').filter((l) => l.endsWith('f.go')).length).toBe(6)
  })

  it('refuses a file cut short', async () => {
    const file = path.join(base, 'c.tzst')
    await createArchive(root, members, file)
    await truncate(file, (await stat(file)).size - 10)
    const dest = path.join(base, 'dest-c')
    await mkdir(dest)
    await expect(extractArchive(file, dest)).rejects.toThrow(/unexpected end of file/)
  })
})
