import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { addGitCredentials, authorizationHeader, parseConfigValues, removeGitCredentials, type GitConfigRecord } from '../../src/private/gitconfig.ts'
import { tokenScopes } from '../../src/private/scopes.ts'

describe('parseConfigValues', () => {
  it('gives the exact values of git config --get-all, whether its lines end in LF or CRLF', () => {
    const header = 'Authorization: Basic eC1hY2Nlc3MtdG9rZW46dG9r'
    expect(parseConfigValues(`X-Custom: kept\n${header}\n`)).toEqual(['X-Custom: kept', header])
    expect(parseConfigValues(`X-Custom: kept\r\n${header}\r\n`)).toEqual(['X-Custom: kept', header])
    expect(parseConfigValues('')).toEqual([])
  })
})

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

  it('hands over every entry written before one fails, so the post step can remove it', async () => {
    const before = await readFile(config, 'utf8')
    const { scopes } = tokenScopes(['git.corp.example.com/team/*'])
    // git refuses a key with a new line in it: a real failure on the second entry.
    const bad = { ...scopes[0]!, pattern: 'bad', url: 'https://bad\nhost' }
    const seen: GitConfigRecord[][] = []
    await expect(addGitCredentials([scopes[0]!, bad], 'u', 'tok-456', { onAdded: (r) => seen.push(r) })).rejects.toThrow(/^git config --global --add [^]* failed: error: invalid key/)
    expect(seen.map((r) => r.map((e) => e.key))).toEqual([['http.https://git.corp.example.com/team.extraheader']])
    expect(git('--get-all', 'http.https://git.corp.example.com/team.extraheader').trim()).toBe(authorizationHeader('u', 'tok-456'))
    expect(await removeGitCredentials(seen.at(-1)!)).toBe(1)
    expect(await readFile(config, 'utf8')).toBe(before)
  })

  it('removes nothing the second time', async () => {
    const { scopes } = tokenScopes(['git.corp.example.com'])
    const records = await addGitCredentials(scopes, 'u', 'p')
    expect(await removeGitCredentials(records)).toBe(1)
    expect(await removeGitCredentials(records)).toBe(0)
  })
})
