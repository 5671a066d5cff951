import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { addGitCredentials, authorizationHeader, removeGitCredentials } from '../../src/private/gitconfig.ts'
import { tokenScopes } from '../../src/private/scopes.ts'

// The real git, on a global config file of the test's own (GIT_CONFIG_GLOBAL).
describe('git credentials for private modules', () => {
  let dir: string
  let config: string
  const saved = process.env.GIT_CONFIG_GLOBAL
  // jest gives each test file its own process.env: hand it to git explicitly.
  const git = (...args: string[]) => execFileSync('git', ['config', '--global', ...args], { env: process.env, stdio: 'pipe' }).toString()
  const gitList = () => git('--list')

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gmp-gitconfig-'))
    config = path.join(dir, 'gitconfig')
    process.env.GIT_CONFIG_GLOBAL = config
    await writeFile(
      config,
      '[user]\n\tname = Someone\n[http "https://github.com/acme"]\n\textraheader = X-Custom: kept\n[url "git@github.com:"]\n\tinsteadOf = gh:\n'
    )
  })
  afterAll(async () => {
    if (saved === undefined) delete process.env.GIT_CONFIG_GLOBAL
    else process.env.GIT_CONFIG_GLOBAL = saved
    await rm(dir, { recursive: true, force: true })
  })

  it('adds a header scoped to each prefix, then leaves the config exactly as it was', async () => {
    const before = gitList()
    const beforeText = await readFile(config, 'utf8')
    const { scopes } = tokenScopes(['github.com/acme/*', 'git.corp.example.com'])
    const records = await addGitCredentials(scopes, 'x-access-token', 'tok-123')

    const header = authorizationHeader('x-access-token', 'tok-123')
    const acme = git('--get-all', 'http.https://github.com/acme.extraheader')
    expect(acme.split('\n').filter(Boolean)).toEqual(['X-Custom: kept', header])
    expect(git('--get-urlmatch', 'http.extraheader', 'https://git.corp.example.com/team/lib').trim()).toBe(header)
    // git matches URL prefixes on '/' boundaries: a sibling organisation gets nothing.
    expect(() => git('--get-urlmatch', 'http.extraheader', 'https://github.com/acme-evil/x')).toThrow()
    expect(JSON.stringify(records)).not.toContain('tok-123')
    expect(JSON.stringify(records)).not.toContain(Buffer.from('x-access-token:tok-123').toString('base64'))

    expect(await removeGitCredentials(records)).toBe(2)
    expect(gitList()).toBe(before)
    expect(await readFile(config, 'utf8')).toBe(beforeText)
  })

  it('removes nothing the second time', async () => {
    const { scopes } = tokenScopes(['git.corp.example.com'])
    const records = await addGitCredentials(scopes, 'u', 'p')
    expect(await removeGitCredentials(records)).toBe(1)
    expect(await removeGitCredentials(records)).toBe(0)
  })
})
