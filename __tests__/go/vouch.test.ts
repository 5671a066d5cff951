import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseGoSum } from '../../src/go/gosum.ts'
import { goSumError, readGoSums, restoreGoSums, unvouched } from '../../src/go/vouch.ts'

const H = 'h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='

describe('unvouched', () => {
  const entries = parseGoSum(
    [`a.example/m v1.0.0 ${H}`, `a.example/m v1.0.0/go.mod ${H}`, `b.example/m v1.2.0/go.mod ${H}`].join('\n')
  )

  it('names the versions without a go.mod line and those without a zip line', () => {
    const modules = [
      { Path: 'a.example/m', Version: 'v1.0.0' },
      { Path: 'b.example/m', Version: 'v1.2.0' },
      { Path: 'c.example/m', Version: 'v0.1.0' }
    ]
    expect(unvouched(modules, entries)).toEqual({
      noGoMod: ['c.example/m@v0.1.0'],
      noZip: ['b.example/m@v1.2.0', 'c.example/m@v0.1.0']
    })
  })

  it('does not take a line of another version for this one', () => {
    expect(unvouched([{ Path: 'a.example/m', Version: 'v1.0.1' }], entries).noGoMod).toEqual(['a.example/m@v1.0.1'])
  })
})

describe('readGoSums and restoreGoSums', () => {
  it('reads a workspace: go.work.sum and the go.sum of each used module, naming a missing one', async () => {
    const repo = await mkdtemp(path.join(os.tmpdir(), 'vouch-'))
    await mkdir(path.join(repo, 'ws', 'a'), { recursive: true })
    await mkdir(path.join(repo, 'ws', 'b'), { recursive: true })
    await writeFile(path.join(repo, 'ws', 'go.work'), 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n')
    await writeFile(path.join(repo, 'ws', 'go.work.sum'), `w.example/m v1.0.0/go.mod ${H}\n`)
    await writeFile(path.join(repo, 'ws', 'a', 'go.sum'), `a.example/m v1.0.0/go.mod ${H}\r\n`)
    const sums = await readGoSums(path.join(repo, 'ws'), ['.'], repo)
    expect(sums.files).toEqual(['ws/go.work.sum', 'ws/a/go.sum'])
    expect(sums.missing).toEqual(['ws/b/go.sum'])
    expect(sums.entries.map((e) => `${e.path}@${e.version}`)).toEqual(['w.example/m@v1.0.0', 'a.example/m@v1.0.0'])
    expect(goSumError(sums, ['x.example/m@v1.0.0']).message).toMatch(
      /^go\.sum does not vouch for 1 module version the build needs \(x\.example\/m@v1\.0\.0\): ws\/b\/go\.sum does not exist\..*`go mod tidy`/
    )

    // go mod download adds lines and creates go.sum files; they are put back as they were.
    await writeFile(path.join(repo, 'ws', 'a', 'go.sum'), 'changed\n')
    await writeFile(path.join(repo, 'ws', 'b', 'go.sum'), 'created\n')
    await restoreGoSums(sums)
    expect(await readFile(path.join(repo, 'ws', 'a', 'go.sum'), 'utf8')).toBe(`a.example/m v1.0.0/go.mod ${H}\r\n`)
    await expect(readFile(path.join(repo, 'ws', 'b', 'go.sum'))).rejects.toThrow(/ENOENT/)
  })
})
