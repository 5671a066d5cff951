import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { atLeast, findGit, gitProblem, MIN_GIT, parseGitVersion, posixCandidates } from '../../src/private/git.ts'

describe('parseGitVersion', () => {
  it('reads the version git prints on Linux, macOS and Windows', () => {
    expect(parseGitVersion('git version 2.43.0\n')).toEqual({ major: 2, minor: 43, patch: 0, text: '2.43.0' })
    expect(parseGitVersion('git version 2.39.3 (Apple Git-145)\n')).toEqual({ major: 2, minor: 39, patch: 3, text: '2.39.3 (Apple Git-145)' })
    expect(parseGitVersion('git version 2.45.1.windows.1\r\n')).toEqual({ major: 2, minor: 45, patch: 1, text: '2.45.1.windows.1' })
    expect(parseGitVersion('git version 2.25.1\n')).toEqual({ major: 2, minor: 25, patch: 1, text: '2.25.1' })
  })

  it('keeps no carriage return in the version text', () => {
    expect(parseGitVersion('git version 2.39.3 (Apple Git-145)\r\n')?.text).toBe('2.39.3 (Apple Git-145)')
  })

  it('reads a version without a patch number, and nothing that is not git version line', () => {
    expect(parseGitVersion('git version 2.30')).toEqual({ major: 2, minor: 30, patch: 0, text: '2.30' })
    expect(parseGitVersion('')).toBeUndefined()
    expect(parseGitVersion('hub version 2.14.2\n')).toBeUndefined()
    expect(parseGitVersion('git version unknown\n')).toBeUndefined()
  })
})

describe('atLeast', () => {
  it('compares major, minor and patch as numbers', () => {
    const v = (text: string) => parseGitVersion(`git version ${text}`)!
    expect(atLeast(v('2.30.0'), MIN_GIT)).toBe(true)
    expect(atLeast(v('2.29.9'), MIN_GIT)).toBe(false)
    expect(atLeast(v('2.4.0'), MIN_GIT)).toBe(false)
    expect(atLeast(v('2.100.0'), MIN_GIT)).toBe(true)
    expect(atLeast(v('3.0.0'), MIN_GIT)).toBe(true)
    expect(atLeast(v('1.99.0'), MIN_GIT)).toBe(false)
  })
})

describe('gitProblem', () => {
  const remedy =
    "Install git 2.30 or newer before this step, or drop private-token and fetch the private modules through a module proxy that can read them (put it in 'proxies' and set GONOPROXY=none so go asks it)."

  it('names the git that is too old, its version, and what to do', () => {
    expect(gitProblem({ path: '/usr/bin/git', versionOutput: 'git version 2.25.1\n' })).toBe(
      `private-token needs git 2.30 or newer, which can remove the credential again in the post step (git config --fixed-value), and /usr/bin/git is git 2.25.1. No credential was written. ${remedy}`
    )
    expect(gitProblem({ path: 'C:\\Program Files\\Git\\cmd\\git.exe', versionOutput: 'git version 2.29.2.windows.2\r\n' })).toContain(
      'and C:\\Program Files\\Git\\cmd\\git.exe is git 2.29.2.windows.2. No credential was written.'
    )
  })

  it('has no problem with git 2.30 or newer on any OS', () => {
    expect(gitProblem({ path: '/usr/bin/git', versionOutput: 'git version 2.43.0\n' })).toBeUndefined()
    expect(gitProblem({ path: '/usr/bin/git', versionOutput: 'git version 2.30.0\n' })).toBeUndefined()
    expect(gitProblem({ path: '/usr/bin/git', versionOutput: 'git version 2.39.3 (Apple Git-145)\n' })).toBeUndefined()
    expect(gitProblem({ path: 'C:\\Program Files\\Git\\cmd\\git.exe', versionOutput: 'git version 2.45.1.windows.1\r\n' })).toBeUndefined()
  })

  it('fails when there is no git, or its version cannot be told', () => {
    expect(gitProblem(undefined)).toMatch(/^private-token needs git 2\.30 or newer.*, and there is no git program on PATH\. No credential was written\. Install git/)
    expect(gitProblem({ path: '/opt/bin/git', versionOutput: 'something else\r\nmore' })).toContain(
      "the version of /opt/bin/git is unknown ('git --version' printed 'something else'). No credential was written."
    )
  })
})

describe('posixCandidates', () => {
  it('splits PATH on colons and skips relative and empty entries', () => {
    expect(posixCandidates('git', '/opt/homebrew/bin::/usr/bin:bin:.')).toEqual(['/opt/homebrew/bin/git', '/usr/bin/git'])
    expect(posixCandidates('git', '/usr/local/bin:/usr/bin/')).toEqual(['/usr/local/bin/git', '/usr/bin/git'])
    expect(posixCandidates('git', '')).toEqual([])
  })
})

describe('findGit on Windows', () => {
  const GIT_CMD = 'C:\\Program Files\\Git\\cmd'
  const SHIMS = 'C:\\tools\\shims'
  /** A file system holding exactly these files, matched without case as Windows does. */
  const files = (...names: string[]) => {
    const present = new Set(names.map((f) => f.toLowerCase()))
    return (file: string) => present.has(file.toLowerCase())
  }

  it('finds git.exe through Path (however it is spelled) and PATHEXT', () => {
    const env = { Path: `C:\\Windows\\system32;"${GIT_CMD}"`, PATHEXT: '.COM;.EXE;.BAT;.CMD' }
    expect(findGit(env, 'win32', files(`${GIT_CMD}\\git.exe`))).toBe(`${GIT_CMD}\\git.exe`)
  })

  it('passes over a git.cmd wrapper to the git.exe further on, and has none without one', () => {
    const env = { PATH: `${SHIMS};${GIT_CMD}` }
    expect(findGit(env, 'win32', files(`${SHIMS}\\git.cmd`, `${GIT_CMD}\\git.exe`))).toBe(`${GIT_CMD}\\git.exe`)
    expect(findGit(env, 'win32', files(`${SHIMS}\\git.cmd`))).toBeUndefined()
  })

  it('does not take a git.exe from a relative entry such as the workspace', () => {
    expect(findGit({ PATH: '.;bin' }, 'win32', () => true)).toBeUndefined()
  })
})

describe('findGit on POSIX', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gmp-findgit-'))
    for (const d of ['plain', 'exec', 'isdir/git']) await mkdir(path.join(dir, d), { recursive: true })
    await writeFile(path.join(dir, 'plain', 'git'), '#!/bin/sh\n')
    await writeFile(path.join(dir, 'exec', 'git'), '#!/bin/sh\n')
    await chmod(path.join(dir, 'exec', 'git'), 0o755)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('takes the first executable file named git on PATH', async () => {
    const PATH = ['isdir', 'plain', 'exec'].map((d) => path.join(dir, d)).join(':')
    expect(findGit({ PATH }, 'linux')).toBe(path.join(dir, 'exec', 'git'))
  })

  it('finds none on a PATH without one', async () => {
    expect(findGit({ PATH: path.join(dir, 'plain') }, 'linux')).toBeUndefined()
    expect(findGit({}, 'darwin')).toBeUndefined()
  })
})
