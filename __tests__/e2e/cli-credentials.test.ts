// The command takes the private-token it wrote into the global git config out again whichever way
// it ends: stopped by a signal in the middle of the download (where no post phase runs), or failed,
// even with --keep-credentials. Only its own entries go; what the user had there stays.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { startGoProxy, type GoProxy } from '../support/goproxy.ts'
import { repoRoot, runProcess } from '../support/runner.ts'
import { start, until } from '../support/started.ts'
import { createWorld, type World } from './world.ts'

const CLI = path.join(repoRoot, 'dist', 'cli.js')
const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })
const TOKEN = 'glpat-cli-credentials-test-token'
const KEY = 'http.https://git.corp.test/acme.extraheader'
const HEADER = `Authorization: Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`
const USERS_HEADER = 'Authorization: Bearer the-users-own'

describe('the command leaves no private-token in the global git config', () => {
  let world: World
  let stalling: GoProxy
  let home: string
  let gitConfig: string
  const env = (more: Record<string, string> = {}) => ({
    ...world.env,
    HOME: home,
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    GIT_CONFIG_GLOBAL: gitConfig,
    TMPDIR: home,
    GO_MOD_PRECACHE_PRIVATE_TOKEN: TOKEN,
    ...more
  })
  const args = (proxy: GoProxy, ...more: string[]) => [CLI, '--working-directory', 'app', '--mirrors', '', '--proxies', proxy.url, '--private', 'git.corp.test/acme/*', ...more]
  /** The values of the token's key, and the user's other entry, as git reads them. */
  const entries = () => ({ [KEY]: gitGetAll(gitConfig, KEY), 'user.name': gitGetAll(gitConfig, 'user.name') })
  const usersOnly = { [KEY]: [USERS_HEADER], 'user.name': ['Someone'] }

  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
    // A proxy that takes each zip request and never answers: go is in the middle of the download.
    stalling = await startGoProxy({ root: world.proxyRoot })
    stalling.setFault('blackhole', { match: /\.zip$/ })
  })
  afterAll(async () => {
    await stalling.close()
    await world.close()
  })
  beforeEach(async () => {
    home = await mkdtemp(path.join(world.base, 'home-'))
    gitConfig = path.join(home, '.gitconfig')
    // What the user had before: an entry under the very key the token goes to, and another.
    await writeFile(gitConfig, `[user]\n\tname = Someone\n[http "https://git.corp.test/acme"]\n\textraheader = ${USERS_HEADER}\n`)
    await world.emptyModCache()
    world.proxy.setFault('ok')
    stalling.clearRequests()
  })

  it.each([
    ['SIGTERM', 'in a temp dir of its own', {}],
    ['SIGINT', 'in the RUNNER_TEMP the CI gives', { RUNNER_TEMP: 'runner-temp' }],
    ['SIGHUP', 'with --keep-credentials', {}]
  ] as const)('when %s stops it in the middle of the download, %s', async (signal, _how, more) => {
    const extra: Record<string, string> = {}
    if ('RUNNER_TEMP' in more) {
      extra.RUNNER_TEMP = path.join(home, more.RUNNER_TEMP)
      await mkdir(extra.RUNNER_TEMP)
    }
    const flags = signal === 'SIGHUP' ? ['--keep-credentials'] : []
    const run = start(process.execPath, args(stalling, ...flags), { cwd: world.workspace, env: env(extra) })
    await until('a zip request', () => stalling.requests.some((q) => q.path.endsWith('.zip')) || run.child.exitCode !== null)
    // The token is in the config while go downloads: what follows is its removal.
    expect(entries()).toEqual({ [KEY]: [USERS_HEADER, HEADER], 'user.name': ['Someone'] })
    run.child.kill(signal)
    const ended = await run.ended
    expect({ ...ended, stderr: run.out.stderr.slice(-400) }).toEqual({ code: null, signal, stderr: expect.any(String) })
    expect(entries()).toEqual(usersOnly)
    expect(await readFile(gitConfig, 'utf8')).not.toContain(TOKEN)
    // Removed once: the pipeline, going on after go was stopped, does not remove them again.
    expect(run.out.stderr.match(/Removed \d+ credential entr.*/g)).toEqual(['Removed 1 credential entry from the global git config.'])
    expect(run.out.stderr).not.toContain(TOKEN)
  })

  it.each([
    ['', []],
    [' with --keep-credentials', ['--keep-credentials']]
  ])('when it fails%s, on a module that cannot be fetched', async (_how, flags) => {
    world.proxy.setFault({ status: 404 }, { match: /\.zip$/ })
    const r = await runProcess(process.execPath, [...args(world.proxy, ...flags), '--download-retries', '0'], { cwd: world.workspace, env: env() })
    expect({ exitCode: r.exitCode, failed: /go-mod-precache: failed/.test(r.stderr) }).toEqual({ exitCode: 1, failed: true })
    expect(entries()).toEqual(usersOnly)
    // Nothing is left for a later cleanup to find: a failed run hands no credentials over.
    expect(existsSync(path.join(home, '.local', 'state', 'go-mod-precache', 'credentials.json'))).toBe(false)
    expect(r.stderr.match(/Removed \d+ credential entr/g)).toEqual(['Removed 1 credential entr'])
  })
})

function gitGetAll(file: string, key: string): string[] {
  try {
    return execFileSync('git', ['config', '--file', file, '--get-all', key], { encoding: 'utf8' }).split('\n').filter((l) => l !== '')
  } catch {
    return []
  }
}
