// Private modules end to end: a git host at https://git.corp.test (gitserver.ts) that wants a
// token, a loopback GOPROXY with the public modules, the Actions cache service, and a project that
// requires all of them. It all runs in a network and mount namespace of its own (netns.ts), where
// git.corp.test is 127.0.0.1 and the git host listens on port 443, so the module path needs no port.
// Imported, this file runs the scenario that way; run as a script (inside the namespace), it does
// the work and prints what every run saw as JSON on its last stdout line.
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractEntry, listEntry, readHistoryEntry } from './archive.ts'
import { promisify } from 'node:util'
import { startCacheService } from './cache-service.ts'
import { goEnv, removeTree, tidyConsumer, writeConsumer, writeModule, type ModuleVersion } from './fixtures.ts'
import { createModuleRepo, startGitServer, type GitRequestLog } from './gitserver.ts'
import { startGoProxy } from './goproxy.ts'
import { lastJsonLine, runInNetworkNamespace } from './netns.ts'
import { actionDefaults, inputVariable, repoRoot, runAction, runProcess, type StepResult } from './runner.ts'

const run = promisify(execFile)

export const GIT_HOST = 'git.corp.test'
export const PRIVATE_MODULE: ModuleVersion = { path: `${GIT_HOST}/team/lib`, version: 'v1.0.0' }
export const PUBLIC_MODULES: ModuleVersion[] = [
  { path: 'example.com/fixture/m001', version: 'v1.0.0' },
  { path: 'example.com/fixture/m002', version: 'v1.0.0' }
]
export const PRIVATE_PATTERN = `${GIT_HOST}/team/*`
export const TOKEN_USER = 'x-access-token'

/** What the module proxy was asked, seen by a relay in front of it: the proxy itself logs no headers. */
export interface RelayedRequest {
  method: string
  path: string
  authorization?: string
}

/** The global git config: `git config --global --list` and the file's bytes. */
export interface GitConfigSnapshot {
  list: string
  file: string
}

export interface PrivateRunResult {
  name: string
  main: StepResult
  post: StepResult
  outputs: Record<string, string>
  exportedEnv: Record<string, string>
  state: Record<string, string>
  summary: string
  metricsFile: string
  gitRequests: GitRequestLog[]
  proxyRequests: RelayedRequest[]
  /** The global git config before the main step, between main and post, and after post. */
  gitConfig: { before: GitConfigSnapshot; during: GitConfigSnapshot; after: GitConfigSnapshot }
}

export interface CacheArchiveScan {
  key: string
  /** The members of the action's archive in the stored entry. */
  members: string[]
  /** Regular files extracted from it and read. */
  filesScanned: number
  /** Extracted files (and member names) containing any of the secrets. */
  leaks: string[]
}

/** The command (dist/cli.js) run for the private module as a CI job would: no GITHUB_* variable. */
export interface PrivateCliResult {
  exitCode: number
  stdout: string
  stderr: string
  gitRequests: GitRequestLog[]
  gitConfig: { before: GitConfigSnapshot; after: GitConfigSnapshot }
}

export interface PrivateScenarioResult {
  cli: PrivateCliResult
  keep: {
    kept: { exitCode: number; stdout: string; stderr: string }
    keptConfig: GitConfigSnapshot
    cleanup: { exitCode: number; stdout: string; stderr: string }
    afterCleanup: GitConfigSnapshot
  }
  token: string
  wrongToken: string
  network: { interfaces: string[]; hosts: string }
  gitUrl: string
  runs: PrivateRunResult[]
  archives: CacheArchiveScan[]
}

interface RunSpec {
  name: string
  inputs: Record<string, string>
}

const SELF = fileURLToPath(import.meta.url)

/** Runs the whole scenario in a network namespace where git.corp.test is 127.0.0.1. */
export async function runPrivateScenario(timeoutMs = 110_000): Promise<PrivateScenarioResult> {
  const result = await runInNetworkNamespace([process.execPath, '--experimental-strip-types', SELF], {
    hosts: { [GIT_HOST]: '127.0.0.1' },
    timeoutMs
  })
  if (result.exitCode !== 0) {
    throw new Error(`the private-module scenario failed (exit ${result.exitCode})\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`)
  }
  return lastJsonLine<PrivateScenarioResult>(result)
}

export function basicCredentials(user: string, token: string): string {
  return Buffer.from(`${user}:${token}`).toString('base64')
}

/** Relays every request to target and records it with its Authorization header. */
async function startRecordingRelay(target: string): Promise<{ url: string; log: RelayedRequest[]; close(): Promise<void> }> {
  const log: RelayedRequest[] = []
  const agent = new http.Agent({ keepAlive: false })
  const upstream = new URL(target)
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://relay').pathname
    let decoded = pathname
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      // keep it as sent
    }
    const authorization = req.headers.authorization
    log.push({ method: req.method ?? 'GET', path: decoded, ...(authorization === undefined ? {} : { authorization }) })
    const forward = http.request(
      new URL(req.url ?? '/', upstream),
      { method: req.method, headers: { ...req.headers, host: upstream.host }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    forward.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' })
      res.end(`relay failed: ${err.message}\n`)
    })
    req.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      agent.destroy()
    }
  }
}

/** Writes a user's global git config, with an entry in the very section the action adds to. */
async function writeUserGitConfig(env: Record<string, string>): Promise<void> {
  const entries: [string, string][] = [
    ['user.name', 'Runner User'],
    ['user.email', 'runner@corp.test'],
    ['core.autocrlf', 'input'],
    ['http.https://git.corp.test/team.postBuffer', '1048576'],
    ['http.https://other.corp.test/.extraheader', 'X-Trace: keep-me'],
    ['url.https://git.corp.test/.insteadOf', 'corp:']
  ]
  for (const [key, value] of entries) await run('git', ['config', '--global', '--add', key, value], { env })
}

async function snapshotGitConfig(env: Record<string, string>): Promise<GitConfigSnapshot> {
  const list = await run('git', ['config', '--global', '--list'], { env }).then(
    (r) => r.stdout,
    (err: { stdout?: string }) => err.stdout ?? ''
  )
  const file = await readFile(env.GIT_CONFIG_GLOBAL!, 'utf8').catch(() => '')
  return { list, file }
}

/** The post step alone, as the runner starts it: the main step's inputs and env, plus STATE_*. */
function runPostStep(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
  state: Record<string, string>,
  runnerTemp: string
): Promise<StepResult> {
  const postEnv: Record<string, string> = {
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    ...env
  }
  for (const [name, value] of Object.entries(inputs)) postEnv[inputVariable(name)] = value
  for (const [name, value] of Object.entries(state)) postEnv[`STATE_${name}`] = value
  return runProcess(process.execPath, [path.join(repoRoot, 'dist', 'post.js')], { cwd: workspace, env: postEnv })
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.join(entry.parentPath, entry.name))
  }
  return out
}

/** Lists a stored cache entry, extracts the action's archive in it, and reads every file looking for the secrets. */
async function scanArchive(key: string, archive: string, secrets: string[]): Promise<CacheArchiveScan> {
  if (key.includes('-history-')) {
    // A history entry is JSON: no module path of a private module, no secret, may be in it.
    const text = await readHistoryEntry(archive)
    const leaks = [...secrets, PRIVATE_MODULE.path, GIT_HOST].filter((s) => text.includes(s)).map((s) => `history holds ${s.slice(0, 8)}…`)
    return { key, members: ['history.json'], filesScanned: 1, leaks }
  }
  const members = await listEntry(archive)
  const into = await mkdtemp(path.join(os.tmpdir(), 'private-archive-'))
  try {
    await extractEntry(archive, into)
    const leaks = members.filter((m) => secrets.some((s) => m.includes(s)))
    const files = await listFiles(into)
    for (const file of files) {
      const content = await readFile(file)
      if (secrets.some((s) => content.includes(s))) leaks.push(path.relative(into, file))
    }
    return { key, members, filesScanned: files.length, leaks }
  } finally {
    await removeTree(into)
  }
}

async function runScenario(): Promise<PrivateScenarioResult> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'gmp-private-'))
  const token = `ghs_${randomBytes(18).toString('hex')}`
  const wrongToken = `ghs_${randomBytes(18).toString('hex')}`
  const repos = path.join(base, 'repos')
  await createModuleRepo(repos, { modulePath: PRIVATE_MODULE.path, repoPath: 'team/lib', versions: [PRIVATE_MODULE.version] })
  const git = await startGitServer({ host: GIT_HOST, root: repos, user: TOKEN_USER, token, port: 443 })
  const proxyRoot = path.join(base, 'proxy')
  for (const m of PUBLIC_MODULES) await writeModule(proxyRoot, m)
  const proxy = await startGoProxy({ root: proxyRoot })
  const relay = await startRecordingRelay(proxy.url)
  const cache = await startCacheService()
  try {
    const tls = { SSL_CERT_FILE: git.caCertPath, GIT_SSL_CAINFO: git.caCertPath, GIT_CONFIG_NOSYSTEM: '1' }
    const env = goEnv(path.join(base, 'go'), { GOPROXY: relay.url, ...tls })
    env.GIT_CONFIG_GLOBAL = path.join(env.HOME!, '.gitconfig')
    await writeUserGitConfig(env)

    const workspace = path.join(base, 'workspace')
    const project = path.join(workspace, 'app')
    await writeConsumer(project, { modulePath: 'example.com/app', requires: [PRIVATE_MODULE, ...PUBLIC_MODULES] })
    // go writes go.sum with the token at hand, given to git in the environment only.
    const tidyEnv = goEnv(path.join(base, 'tidy'), {
      GOPROXY: proxy.url,
      GOPRIVATE: PRIVATE_PATTERN,
      ...tls,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `http.${git.url}/team.extraheader`,
      GIT_CONFIG_VALUE_0: `Authorization: Basic ${basicCredentials(TOKEN_USER, token)}`
    })
    await tidyConsumer(project, tidyEnv)

    const specs: RunSpec[] = [
      { name: 'token', inputs: { private: PRIVATE_PATTERN, 'private-token': token, 'key-prefix': 'private' } },
      { name: 'token-again', inputs: { private: PRIVATE_PATTERN, 'private-token': token, 'key-prefix': 'private' } },
      { name: 'no-token', inputs: { private: PRIVATE_PATTERN, 'key-prefix': 'no-token' } },
      { name: 'wrong-token', inputs: { private: PRIVATE_PATTERN, 'private-token': wrongToken, 'key-prefix': 'wrong-token' } }
    ]
    const runs: PrivateRunResult[] = []
    for (const spec of specs) {
      // Emptied in place, not renamed: the cache version hashes GOMODCACHE's path.
      await removeTree(env.GOMODCACHE!)
      await mkdir(env.GOMODCACHE!, { recursive: true })
      git.clearRequests()
      relay.log.length = 0
      const metricsFile = path.join(base, 'metrics', `${spec.name}.json`)
      const inputs = { ...(await actionDefaults()), 'working-directory': 'app', proxies: relay.url, mirrors: '', 'metrics-file': metricsFile, ...spec.inputs }
      const stepEnv = { ...env, ...cache.env('v2') }
      const before = await snapshotGitConfig(env)
      // One RUNNER_TEMP for the job, as on a runner: the main step's background save lives there.
      const runnerTemp = path.join(base, 'runner-temp', spec.name)
      await mkdir(runnerTemp, { recursive: true })
      const main = await runAction({ workspace, inputs, env: stepEnv, post: false, runnerTemp })
      const during = await snapshotGitConfig(env)
      const post = await runPostStep(workspace, inputs, stepEnv, main.state, runnerTemp)
      const after = await snapshotGitConfig(env)
      runs.push({
        name: spec.name,
        main: main.main,
        post,
        outputs: main.outputs,
        exportedEnv: main.exportedEnv,
        state: main.state,
        summary: main.summary,
        metricsFile: await readFile(metricsFile, 'utf8').catch(() => ''),
        gitRequests: [...git.requests],
        proxyRequests: [...relay.log],
        gitConfig: { before, during, after }
      })
    }

    // The command: the private module downloaded with the token, which is gone from git's config when it exits.
    await removeTree(env.GOMODCACHE!)
    await mkdir(env.GOMODCACHE!, { recursive: true })
    git.clearRequests()
    const cliBefore = await snapshotGitConfig(env)
    const cliRun = await runCommandLine(
      [path.join(repoRoot, 'dist', 'cli.js'), '--working-directory', 'app', '--proxies', relay.url, '--mirrors', '', '--private', PRIVATE_PATTERN],
      { ...env, GO_MOD_PRECACHE_PRIVATE_TOKEN: token },
      workspace
    )
    const cli: PrivateCliResult = { ...cliRun, gitRequests: [...git.requests], gitConfig: { before: cliBefore, after: await snapshotGitConfig(env) } }
    // --keep-credentials leaves the token for later commands of the job; cleanup takes it out.
    const kept = await runCommandLine(
      [path.join(repoRoot, 'dist', 'cli.js'), '--working-directory', 'app', '--proxies', relay.url, '--mirrors', '', '--private', PRIVATE_PATTERN, '--keep-credentials'],
      { ...env, GO_MOD_PRECACHE_PRIVATE_TOKEN: token },
      workspace
    )
    const keptConfig = await snapshotGitConfig(env)
    const cleanup = await runCommandLine([path.join(repoRoot, 'dist', 'cli.js'), 'cleanup'], env, workspace)
    const keep = { kept, keptConfig, cleanup, afterCleanup: await snapshotGitConfig(env) }

    const secrets = [token, basicCredentials(TOKEN_USER, token), wrongToken, basicCredentials(TOKEN_USER, wrongToken)]
    const archives: CacheArchiveScan[] = []
    for (const entry of cache.entries()) archives.push(await scanArchive(entry.key, entry.path, secrets))
    return {
      cli,
      keep,
      token,
      wrongToken,
      network: { interfaces: Object.keys(os.networkInterfaces()), hosts: await readFile('/etc/hosts', 'utf8') },
      gitUrl: git.url,
      runs,
      archives
    }
  } finally {
    await cache.close()
    await relay.close()
    await proxy.close()
    await git.close()
    await removeTree(base)
  }
}

/** node, the given arguments, an environment with nothing of the Actions runner in it. */
async function runCommandLine(args: string[], env: Record<string, string>, cwd: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(env).filter(([k]) => !/^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_)/.test(k)))
  return runProcess(process.execPath, args, { cwd, env: clean })
}

if (process.argv[1] === SELF) {
  const result = await runScenario()
  process.stdout.write('\n' + JSON.stringify(result) + '\n')
}
