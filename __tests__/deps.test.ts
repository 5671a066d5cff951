import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { anchorPattern, assertWorkingDirectory, findDependencyFiles, moduleRoots, relativeSlashPath, toSlash } from '../src/deps.ts'

describe('moduleRoots', () => {
  it('runs once per module when there is no workspace', () => {
    expect(moduleRoots(['go.mod', 'go.sum', 'tools/go.mod', 'tools/go.sum'])).toEqual(['.', 'tools'])
  })

  it('runs once at a go.work that covers the modules below it', () => {
    expect(moduleRoots(['go.work', 'a/go.mod', 'b/go.mod', 'go.work.sum'])).toEqual(['.'])
  })

  it('keeps modules outside a nested workspace as roots of their own', () => {
    expect(moduleRoots(['ws/go.work', 'ws/a/go.mod', 'wsx/go.mod', 'go.mod'])).toEqual(['.', 'ws', 'wsx'])
  })

  it('finds no root from go.sum files alone', () => {
    expect(moduleRoots(['go.sum'])).toEqual([])
  })
})

describe('paths on each OS', () => {
  it('spells dependency files with / on Windows, whatever separators the path holds', () => {
    expect(relativeSlashPath('D:\\a\\repo\\repo\\app', 'D:\\a\\repo\\repo\\app\\tools\\go.mod', path.win32)).toBe('tools/go.mod')
    // A drive letter in another case is the same drive.
    expect(relativeSlashPath('d:\\a\\repo\\repo\\app', 'D:\\a\\repo\\repo\\app\\go.sum', path.win32)).toBe('go.sum')
    expect(toSlash('tools\\sub/go.mod', path.win32)).toBe('tools/sub/go.mod')
  })

  it('leaves a backslash alone on POSIX, where it is part of a name', () => {
    expect(relativeSlashPath('/Users/runner/work/app', '/Users/runner/work/app/tools/go.mod', path.posix)).toBe('tools/go.mod')
    expect(toSlash('odd\\name/go.mod', path.posix)).toBe('odd\\name/go.mod')
  })

  it('anchors globs in the working directory, exclusions kept, absolute globs as given', () => {
    expect(anchorPattern('D:\\a\\repo\\app', '**/go.mod', path.win32)).toBe('D:\\a\\repo\\app\\**\\go.mod')
    expect(anchorPattern('D:\\a\\repo\\app', '!**/vendor/**', path.win32)).toBe('!D:\\a\\repo\\app\\**\\vendor\\**')
    expect(anchorPattern('D:\\a\\repo\\app', 'C:/shared/go.sum', path.win32)).toBe('C:/shared/go.sum')
    expect(anchorPattern('/home/runner/app', '!**/vendor/**', path.posix)).toBe('!/home/runner/app/**/vendor/**')
  })
})

describe('findDependencyFiles', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gmp-deps-'))
    const files: Record<string, string> = {
      'go.mod': 'module example.com/app\n',
      'go.sum': '',
      'tools/go.mod': 'module example.com/tools\n',
      'vendor/example.com/x/go.mod': 'module example.com/x\n',
      'testdata/fixture/go.mod': 'module example.com/fixture\n',
      'main.go': 'package main\n'
    }
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
      await writeFile(path.join(dir, name), content)
    }
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('finds go.mod and go.sum files but skips vendor and testdata', async () => {
    const found = await findDependencyFiles(dir, [])
    expect(found.files.map((f) => f.path)).toEqual(['go.mod', 'go.sum', 'tools/go.mod'])
    expect(found.roots).toEqual(['.', 'tools'])
    expect(found.files[0].content.toString()).toBe('module example.com/app\n')
  })

  it('takes the globs it is given', async () => {
    const found = await findDependencyFiles(dir, ['tools/go.*'])
    expect(found.files.map((f) => f.path)).toEqual(['tools/go.mod'])
    expect(found.roots).toEqual(['tools'])
  })

  it('explains a directory without a go.mod', async () => {
    await expect(findDependencyFiles(dir, ['*.go'])).rejects.toThrow(
      /No go\.mod or go\.work found .* set 'working-directory'/
    )
  })

  it('explains a working directory that does not exist', async () => {
    await expect(findDependencyFiles(path.join(dir, 'nope'), [])).rejects.toThrow(
      /Input 'working-directory' points at .*nope, which does not exist/
    )
  })

  it('explains a working directory that is a file, naming the expected form', () => {
    const file = path.join(dir, 'go.mod')
    expect(() => assertWorkingDirectory(file)).toThrow(
      `Input 'working-directory' points at ${file}, which is a file (name the directory that holds it); expected a directory inside the repository, such as '.' or 'backend'.`
    )
  })

  it('explains a working directory below a file', () => {
    expect(() => assertWorkingDirectory(path.join(dir, 'go.mod', 'sub'))).toThrow(
      /points at .*go\.mod\/sub, which does not exist \(a part of the path is a file\); expected a directory/
    )
  })
})
