// The command (dist/cli.js) run the way a GitLab, Jenkins or Buildkite job runs it: a subprocess
// with no GITHUB_* variable at all, on Node 24 and on Node 22 (from 22.21, the oldest it supports; `npm test`
// installs it into .tmp/tools, GMP_NODE22 names another).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { startForwardProxy } from '../support/forward-proxy.ts'
import { startGoProxy } from '../support/goproxy.ts'
import { repoRoot, runProcess, type StepResult } from '../support/runner.ts'
import { startS3Server } from '../support/s3-server.ts'
import { findTool } from '../support/tools.ts'
import { createWorld, type World } from './world.ts'

const CLI = path.join(repoRoot, 'dist', 'cli.js')
const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

/** The command as a CI job runs it: nothing of the Actions runner in its environment. */
function runCli(nodeBin: string, args: string[], env: Record<string, string | undefined>, cwd: string): Promise<StepResult> {
  const clean = Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && !/^(GITHUB_|RUNNER_|ACTIONS_)/.test(e[0]))
  )
  return runProcess(nodeBin, [CLI, ...args], { cwd, env: clean })
}

describe.each([
  ['Node 24', () => process.execPath],
  ['Node 22', () => findTool('node22')]
])('go-mod-precache on %s', (_name, nodeOf) => {
  let world: World
  let nodeBin: string
  let cacheDir: string
  const cli = (args: string[], env: Record<string, string | undefined> = {}) =>
    runCli(nodeBin, ['--working-directory', 'app', '--mirrors', '', ...args], { ...world.env, ...env }, world.workspace)

  beforeAll(async () => {
    nodeBin = nodeOf()
    world = await createWorld({ modules: [v(1), v(2)] })
    cacheDir = path.join(world.base, 'shared-cache')
  })
  afterAll(() => world.close())

  it('--help lists every input of action.yml with its default, on standard output', async () => {
    const r = await runCli(nodeBin, ['--help'], { PATH: world.env.PATH }, world.workspace)
    expect(r.exitCode).toBe(0)
    const yml = parse(await readFile(path.join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> }
    for (const [name, spec] of Object.entries(yml.inputs)) {
      const d = spec.default === undefined || spec.default === '' ? '' : ` (default: ${String(spec.default)})`
      expect(r.stdout).toContain(`\n  --${name}${d}\n`)
    }
    expect(r.stdout).toContain('--print-env')
    expect(r.stdout).toContain('GO_MOD_PRECACHE_<NAME>')
  })

  it('a bad flag is one clear error, exit 1, nothing on standard output', async () => {
    const r = await runCli(nodeBin, ['--proxy', 'https://x.example'], { PATH: world.env.PATH }, world.workspace)
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toEqual(["error: unknown flag '--proxy'; see go-mod-precache --help."])
  })

  it('a bad value is named by its flag', async () => {
    const r = await cli(['--save', 'sometimes'])
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toContain("error: Flag --save has the value 'sometimes'; expected one of: auto, always, never.")
  })

  it('cold and then warm against a shared-directory cache, flags also read from GO_MOD_PRECACHE_ variables', async () => {
    await world.emptyModCache()
    const cold = await cli(['--background-save', 'false'], { GO_MOD_PRECACHE_CACHE_URL: cacheDir })
    expect(cold.exitCode).toBe(0)
    expect(cold.stdout).toBe('')
    expect(cold.stderr).toMatch(/cache: {5}miss/)
    expect(cold.stderr).toMatch(/Saved the module cache as go-mod-Linux-X64-[0-9a-f]{64}/)
    expect(cold.stderr).not.toMatch(/^::/m)
    // The download phase starts the progress line; off a terminal its last word is one line.
    expect(cold.stderr).toMatch(/^── Download modules ──\n(.*\n)*downloading modules: \d+ of \d+ \(\d/m)

    await world.emptyModCache()
    world.proxy.clearRequests()
    const warm = await cli([], { GO_MOD_PRECACHE_CACHE_URL: cacheDir })
    expect(warm.exitCode).toBe(0)
    // A shared directory stores keys lowercased (as act's cache does) and names the entry it found so.
    expect(warm.stderr).toMatch(/cache: {5}hit from go-mod-linux-x64-[0-9a-f]{64}/)
    expect(world.zipRequests()).toEqual([])
  })

  it('saves to S3 through the forward proxy HTTP_PROXY names (http.Agent proxyEnv, on every Node it accepts)', async () => {
    const server = await startS3Server()
    // s3.test stands for 127.0.0.1 at the proxy only: a direct connection finds no such host.
    const proxy = await startForwardProxy({ hosts: ['s3.test'] })
    try {
      await server.createBucket('cli-proxied')
      await world.emptyModCache()
      const endpoint = `http://s3.test:${server.port}`
      const r = await cli(['--background-save', 'false', '--cache-url', 's3://cli-proxied/ci', '--s3-endpoint', endpoint, '--s3-path-style', 'true'], {
        ...server.env(),
        HTTP_PROXY: proxy.url
      })
      expect(r.exitCode).toBe(0)
      expect(r.stderr).toMatch(/Saved the module cache as go-mod-Linux-X64-[0-9a-f]{64}/)
      expect(proxy.log.filter((l) => l.target.startsWith(`${endpoint}/cli-proxied`)).length).toBeGreaterThan(0)
    } finally {
      await proxy.close()
      await server.close()
    }
  })

  it('a GitLab merge request pipeline is a pull request for save: auto', async () => {
    await world.emptyModCache()
    const r = await cli(['--key-prefix', 'mr', '--cache-url', cacheDir], { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '12' })
    expect(r.exitCode).toBe(0)
    expect(r.stderr).toContain("Not saving: input 'save' is 'auto' and this is a pull_request event.")
  })

  it('without a cache-url there is no cache: cache-state disabled', async () => {
    await world.emptyModCache()
    const r = await cli(['--metrics-file', path.join(world.base, `m-${process.pid}.json`)])
    expect(r.exitCode).toBe(0)
    expect(r.stderr).toMatch(/cache: {5}disabled/)
    expect(JSON.parse(await readFile(path.join(world.base, `m-${process.pid}.json`), 'utf8')).cache.state).toBe('disabled')
  })

  it('survives a black-holed first proxy and names it', async () => {
    const hole = await startGoProxy({ root: world.proxyRoot, fault: 'blackhole' })
    try {
      await world.emptyModCache()
      const r = await cli(['--proxies', `${hole.url}|${world.proxy.url}`, '--probe-timeout', '2'])
      expect(r.exitCode).toBe(0)
      expect(r.stderr).toContain(`warning: Proxy ${hole.url} dropped from the chain: timeout`)
      expect(r.stderr).toContain(`GOPROXY:   ${world.proxy.url}`)
    } finally {
      await hole.close()
    }
  })

  it('fails with exit 1 and a diagnosis naming every proxy and how it failed when all are faulty', async () => {
    const dead = await startGoProxy({ root: world.proxyRoot, fault: { status: 503 } })
    const reset = await startGoProxy({ root: world.proxyRoot, fault: 'reset' })
    try {
      await world.emptyModCache()
      const r = await cli(['--proxies', dead.url, '--mirrors', reset.url, '--download-retries', '1', '--probe-timeout', '2'])
      expect(r.exitCode).toBe(1)
      // The diagnosis is the last thing on standard error.
      const error = r.stderr.slice(r.stderr.lastIndexOf('\nerror: '))
      expect(error).toContain(dead.url)
      expect(error).toContain('http-5xx')
      expect(error).toContain(reset.url)
      expect(error).toContain('reset')
      expect(r.stderr).toMatch(/go-mod-precache: failed/)
    } finally {
      await dead.close()
      await reset.close()
    }
  })

  it('survives a proxy that fails the first download attempt', async () => {
    await world.emptyModCache()
    world.proxy.setFault({ status: 502 }, { match: /\.zip$/, times: 1 })
    try {
      const r = await cli(['--proxies', world.proxy.url])
      expect(r.exitCode).toBe(0)
      expect(r.stderr).toMatch(/modules: {3}2 module versions ready \(download \d+ ms, 2 attempts\)/)
    } finally {
      world.proxy.setFault('ok')
    }
  })

  it('--print-env, evaluated by sh, lets go build offline; --export-file writes the same as dotenv', async () => {
    await world.emptyModCache()
    const exportFile = path.join(world.base, 'build.env')
    const script = `eval "$("$NODE" "$CLI" --working-directory app --mirrors '' --offline true --print-env --export-file "$EXPORT_FILE")" && echo "GOPROXY=$GOPROXY" && cd app && go build -o /dev/null .`
    const sh = await runProcess('/bin/sh', ['-c', script], {
      cwd: world.workspace,
      env: { ...world.env, NODE: nodeBin, CLI, EXPORT_FILE: exportFile, GOFLAGS: '-mod=readonly' }
    })
    expect([sh.exitCode, sh.stderr.split('\n').slice(-6).join('\n')]).toEqual([0, expect.any(String)])
    expect(sh.stdout.trim()).toBe('GOPROXY=off')
    expect(await readFile(exportFile, 'utf8')).toBe('GOPROXY=off\n')
  })
})
