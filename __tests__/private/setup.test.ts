// setupPrivateModules against the git on PATH: a fake one for git too old to remove what it is
// given (it records every call, so a test can tell nothing was written), and the real git behind a
// wrapper that answers like git for Windows, CRLF line ends included.
import { afterEach, beforeAll, afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ActionError } from '../../src/errors.ts'
import type { GoEnv } from '../../src/go/env.ts'
import { privateOptions, readInputs } from '../../src/inputs.ts'
import { authorizationHeader, removeGitCredentials, type GitConfigRecord } from '../../src/private/gitconfig.ts'
import { setupPrivateModules } from '../../src/private/setup.ts'
import { GIT_CREDENTIALS_STATE, savePostState } from '../../src/phases/handoff.ts'
import { actionDefaults, parseCommandFile } from '../support/runner.ts'

const TOKEN = 'ghs_setup-test-token'
const PATTERN = 'git.corp.example.com/team/*'
const KEY = 'http.https://git.corp.example.com/team.extraheader'
const USER_CONFIG = '[user]\n\tname = Someone\n[http "https://git.corp.example.com/team"]\n\tpostBuffer = 1048576\n'

/** As the pipeline keeps them: in the post step's record. */
const keep = (added: GitConfigRecord[]) => savePostState({ gitCredentials: added })

const goEnv: GoEnv = {
  GOMODCACHE: '',
  GOPROXY: 'https://proxy.golang.org,direct',
  GOPRIVATE: '',
  GONOPROXY: '',
  GONOSUMDB: '',
  GOSUMDB: 'sum.golang.org',
  GOFLAGS: '',
  GOVERSION: 'go1.22.0',
  GOOS: 'linux',
  GOARCH: 'amd64',
  GOCACHE: ''
}

describe('setupPrivateModules and the git on PATH', () => {
  let dir: string
  let realGit: string
  let defaults: Record<string, string>
  let n = 0
  const touched = ['PATH', 'GIT_CONFIG_GLOBAL', 'GITHUB_STATE', 'GITHUB_ENV', 'GOPRIVATE'] as const
  const saved = Object.fromEntries(touched.map((k) => [k, process.env[k]]))

  const inputs = (values: Record<string, string>) => privateOptions(readInputs((name) => ({ ...defaults, ...values })[name] ?? ''))
  /** A directory for one test: its global git config and the runner's command files. */
  async function job() {
    const jobDir = path.join(dir, `job-${++n}`)
    await mkdir(jobDir)
    const files = { config: path.join(jobDir, 'gitconfig'), state: path.join(jobDir, 'state'), env: path.join(jobDir, 'env') }
    await writeFile(files.config, USER_CONFIG)
    await writeFile(files.state, '')
    await writeFile(files.env, '')
    process.env.GIT_CONFIG_GLOBAL = files.config
    process.env.GITHUB_STATE = files.state
    process.env.GITHUB_ENV = files.env
    return files
  }
  /** An executable `git` in a directory of its own, put first on PATH. */
  async function gitOnPath(script: string): Promise<string> {
    const bin = path.join(dir, `bin-${++n}`)
    await mkdir(bin)
    await writeFile(path.join(bin, 'git'), script)
    await chmod(path.join(bin, 'git'), 0o755)
    process.env.PATH = `${bin}:${saved.PATH}`
    return path.join(bin, 'git')
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gmp-setup-'))
    realGit = execFileSync('sh', ['-c', 'command -v git'], { env: process.env }).toString().trim()
    defaults = await actionDefaults()
  })
  afterEach(() => {
    for (const k of touched) {
      if (saved[k] === undefined) delete process.env[k]
      else process.env[k] = saved[k]
    }
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  describe('with git 2.25.1, which has no git config --fixed-value', () => {
    let log: string
    let git: string
    beforeAll(async () => {
      log = path.join(dir, 'old-git.log')
    })

    async function oldGit() {
      await writeFile(log, '')
      git = await gitOnPath(`#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nif [ "$1" = "--version" ]; then echo 'git version 2.25.1'; fi\nexit 0\n`)
    }

    it('fails with the git found, its version and what to do, before writing any credential', async () => {
      const files = await job()
      await oldGit()
      const err = await setupPrivateModules(inputs({ private: PATTERN, 'private-token': TOKEN }), goEnv, keep).then(
        () => undefined,
        (e: unknown) => e
      )
      expect(err).toBeInstanceOf(ActionError)
      const message = (err as Error).message
      expect(message).toContain(`, and ${git} is git 2.25.1. No credential was written. Install git 2.30 or newer before this step`)
      expect(message).not.toContain(TOKEN)
      // git was asked its version and nothing else: no `config` call, so nothing was written.
      expect((await readFile(log, 'utf8')).split('\n').filter((l) => l !== '')).toEqual(['--version'])
      expect(parseCommandFile(await readFile(files.state, 'utf8'))).toEqual({})
      expect(await readFile(files.config, 'utf8')).toBe(USER_CONFIG)
    })

    it('does not ask git anything without a token', async () => {
      const files = await job()
      await oldGit()
      const setup = await setupPrivateModules(inputs({ private: PATTERN }), goEnv, keep)
      expect(setup.records).toEqual([])
      expect(setup.env.GOPRIVATE).toBe(PATTERN)
      expect(await readFile(log, 'utf8')).toBe('')
      expect(parseCommandFile(await readFile(files.state, 'utf8'))).toEqual({})
    })
  })

  it('fails before writing anything when there is no git on PATH', async () => {
    const files = await job()
    const empty = path.join(dir, 'empty-bin')
    await mkdir(empty, { recursive: true })
    process.env.PATH = empty
    await expect(setupPrivateModules(inputs({ private: PATTERN, 'private-token': TOKEN }), goEnv, keep)).rejects.toThrow(
      /^private-token needs git 2\.30 or newer.*, and there is no git program on PATH\. No credential was written\./
    )
    expect(parseCommandFile(await readFile(files.state, 'utf8'))).toEqual({})
    expect(await readFile(files.config, 'utf8')).toBe(USER_CONFIG)
  })

  it('with a git that answers like git for Windows (CRLF line ends), writes the credential, records it, and removes exactly it', async () => {
    const files = await job()
    // The real git behind it, every stdout line ended in CRLF; the exit code is git's own.
    await gitOnPath(
      `#!/bin/bash\nset -o pipefail\nif [ "$1" = "--version" ]; then printf 'git version 2.45.1.windows.1\\r\\n'; exit 0; fi\n'${realGit}' "$@" | awk '{ printf "%s\\r\\n", $0 }'\n`
    )
    const setup = await setupPrivateModules(inputs({ private: PATTERN, 'private-token': TOKEN }), goEnv, keep)
    expect(setup.records.map((r) => r.key)).toEqual([KEY])
    const state = parseCommandFile(await readFile(files.state, 'utf8'))
    expect(JSON.parse(state[GIT_CREDENTIALS_STATE]!) as GitConfigRecord[]).toEqual(setup.records)
    const during = execFileSync(realGit, ['config', '--global', '--get-all', KEY], { env: process.env }).toString()
    expect(during).toBe(authorizationHeader('x-access-token', TOKEN) + '\n')

    expect(await removeGitCredentials(setup.records)).toBe(1)
    expect(await readFile(files.config, 'utf8')).toBe(USER_CONFIG)
  })
})
