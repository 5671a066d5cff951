// The command as one executable (npm run package): run as a CI with no Node runs it, with only
// go, git and tar on PATH. The executable is built afresh first, so it is never one of older code.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import { repoRoot, runProcess } from '../support/runner.ts'
import { startS3Server } from '../support/s3-server.ts'
import { createWorld, type World } from './world.ts'

const EXE = path.join(repoRoot, 'build', `go-mod-precache-${process.platform}-${process.arch}`)
const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

/** Where each tool is on this machine's PATH. */
function which(tool: string): string {
  return execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim()
}

// npm run package builds linux-x64 alone so far.
const packaged = process.platform === 'linux' && process.arch === 'x64' ? describe : describe.skip

packaged('the single executable, with no Node on PATH', () => {
  let world: World
  let bare: string
  let cacheDir: string
  const run = (args: string[], env: Record<string, string> = {}) =>
    runProcess(EXE, args, { cwd: world.workspace, env: { ...cleanEnv(world.env), PATH: bare, ...env } })

  beforeAll(async () => {
    execFileSync('npm', ['run', 'package', '--', `${process.platform}-${process.arch}`], { cwd: repoRoot, stdio: 'ignore' })
    world = await createWorld({ modules: [v(1), v(2)] })
    cacheDir = path.join(world.base, 'shared-cache')
    bare = path.join(world.base, 'bare-path')
    await mkdir(bare)
    for (const tool of ['go', 'git', 'tar']) await symlink(which(tool), path.join(bare, tool))
  }, 600_000)
  afterAll(() => world.close())

  it('finds no node on its PATH', () => {
    expect(() => execFileSync('sh', ['-c', 'command -v node'], { env: { PATH: bare } })).toThrow()
  })

  it('--help is the usage on standard output, exit 0', async () => {
    const r = await run(['--help'])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(/^Usage: go-mod-precache/)
  })

  it('a bad flag is one clear error, exit 1', async () => {
    const r = await run(['--proxy', 'https://x.example'])
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toEqual(["error: unknown flag '--proxy'; see go-mod-precache --help."])
  })

  it('cold with the background save, then warm with an exact hit from the shared directory', async () => {
    const flags = ['--working-directory', 'app', '--mirrors', '', '--cache-url', cacheDir]
    await world.emptyModCache()
    const cold = await run(flags)
    expect(cold.exitCode).toBe(0)
    expect(cold.stderr).toMatch(/cache: {5}miss/)
    expect(cold.stderr).not.toMatch(/save failed|did not start/)

    await world.emptyModCache()
    world.proxy.clearRequests()
    const warm = await run(flags)
    expect(warm.exitCode).toBe(0)
    // Only the worker the cold run started (a hidden mode of the executable) saved this entry.
    expect(warm.stderr).toMatch(/cache: {5}hit from go-mod-linux-x64-[0-9a-f]{64}/)
    expect(world.zipRequests()).toEqual([])
  })

  it('saves to and restores from S3 (the AWS SDK bundled as CommonJS)', async () => {
    const server = await startS3Server()
    try {
      await server.createBucket('single')
      const flags = ['--working-directory', 'app', '--mirrors', '', '--key-prefix', 's3', '--cache-url', 's3://single/ci']
      const s3 = ['--s3-endpoint', `http://127.0.0.1:${server.port}`, '--s3-path-style', 'true']
      await world.emptyModCache()
      const cold = await run([...flags, ...s3, '--background-save', 'false'], server.env())
      expect(cold.exitCode).toBe(0)
      expect(cold.stderr).toMatch(/Saved the module cache as s3-Linux-X64-[0-9a-f]{64}/)

      await world.emptyModCache()
      const warm = await run([...flags, ...s3], server.env())
      expect(warm.exitCode).toBe(0)
      expect(warm.stderr).toMatch(/cache: {5}hit from s3-linux-x64-[0-9a-f]{64}/)
    } finally {
      await server.close()
    }
  })

  it('--print-env, evaluated by sh, lets go build offline', async () => {
    await world.emptyModCache()
    const script = `eval "$("$EXE" --working-directory app --mirrors '' --offline true --print-env)" && echo "GOPROXY=$GOPROXY" && cd app && go build -o /dev/null .`
    const sh = await runProcess('/bin/sh', ['-c', script], {
      cwd: world.workspace,
      env: { ...cleanEnv(world.env), PATH: bare, EXE, GOFLAGS: '-mod=readonly' }
    })
    expect([sh.exitCode, sh.stderr.split('\n').slice(-6).join('\n')]).toEqual([0, expect.any(String)])
    expect(sh.stdout.trim()).toBe('GOPROXY=off')
  })
})

/** The world's go settings without anything of the Actions runner. */
function cleanEnv(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && !/^(GITHUB_|RUNNER_|ACTIONS_)/.test(e[0])))
}
