// The command removes the temp dir it makes for itself (when the CI gives no RUNNER_TEMP) on every
// way it ends: done, failed, or stopped by SIGINT or SIGTERM, and never while a background save it
// started still works in it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startGoProxy } from '../support/goproxy.ts'
import { repoRoot, runProcess } from '../support/runner.ts'
import { start, until } from '../support/started.ts'
import { createWorld, type World } from './world.ts'

const CLI = path.join(repoRoot, 'dist', 'cli.js')
const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

/** Running, as a parent sees it: a zombie (exited, not yet reaped by whoever adopted it) is not. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat[stat.lastIndexOf(')') + 2] !== 'Z'
  } catch {
    return false
  }
}

describe('the command leaves no temp dir of its own behind', () => {
  let world: World
  let tmp: string
  const env = () => ({ ...world.env, TMPDIR: tmp })
  const args = (...more: string[]) => [CLI, '--working-directory', 'app', '--mirrors', '', '--proxies', world.proxy.url, '--probe-timeout', '30', ...more]
  const left = async () => (await readdir(tmp)).filter((n) => n.startsWith('go-mod-precache-'))

  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
  })
  afterAll(() => world.close())
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(world.base, 'tmp-'))
    await world.emptyModCache()
    world.proxy.setFault('ok')
    world.proxy.clearRequests()
  })

  it('when it is done, after the background save it waited for', async () => {
    const cache = path.join(world.base, `cache-${path.basename(tmp)}`)
    const r = await runProcess(process.execPath, args('--cache-url', cache), { cwd: world.workspace, env: env() })
    expect(r.exitCode).toBe(0)
    expect(r.stderr).toMatch(/Saved the module cache as go-mod-Linux-X64-/)
    // The default metrics file went with the temp dir: the summary does not point at it.
    expect(r.stderr).not.toMatch(/^ {2}metrics:/m)
    expect(await left()).toEqual([])
  })

  it('when it fails, on a module that cannot be fetched', async () => {
    world.proxy.setFault({ status: 404 }, { match: /\.zip$/ })
    const r = await runProcess(process.execPath, args('--download-retries', '0'), { cwd: world.workspace, env: env() })
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toMatch(/go-mod-precache: failed/)
    expect(await left()).toEqual([])
  })

  it.each(['SIGINT', 'SIGTERM'] as const)('when %s stops it in the middle of the download', async (signal) => {
    // A proxy that takes each zip request and never answers: go is in the middle of the download.
    const stalling = await startGoProxy({ root: world.proxyRoot })
    stalling.setFault('blackhole', { match: /\.zip$/ })
    try {
      const run = start(process.execPath, [...args(), '--proxies', stalling.url], { cwd: world.workspace, env: env() })
      await until('a zip request', () => stalling.requests.some((q) => q.path.endsWith('.zip')) || run.child.exitCode !== null)
      expect((await left()).length).toBe(1)
      run.child.kill(signal)
      const ended = await run.ended
      expect({ ...ended, stderr: run.out.stderr.slice(-300) }).toEqual({ code: null, signal, stderr: expect.any(String) })
      expect(await left()).toEqual([])
    } finally {
      await stalling.close()
    }
  })
})

describe('a signal while a background save works in the temp dir', () => {
  let base: string
  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'gmp-held-'))
  })
  afterAll(() => rm(base, { recursive: true, force: true }))

  it.each(['SIGINT', 'SIGTERM'] as const)('%s stops the save, waits for it to end, then removes the dir', async (signal) => {
    const dir = path.join(base, signal)
    await mkdir(dir)
    // A save that keeps writing in the temp dir: a removal before it ends would leave its file behind.
    const worker = path.join(base, `worker-${signal}.mjs`)
    await writeFile(
      worker,
      "import { appendFileSync, mkdirSync } from 'node:fs'\n" +
        "const busy = process.env.RUNNER_TEMP + '/go-mod-precache/busy'\n" +
        "setInterval(() => { mkdirSync(process.env.RUNNER_TEMP + '/go-mod-precache', { recursive: true }); appendFileSync(busy, 'x') }, 5)\n"
    )
    const holder = start(process.execPath, [path.join(repoRoot, '__tests__', 'support', 'held-temp.ts'), dir, worker], { cwd: base, env: { ...process.env } as Record<string, string> })
    await until('the worker', () => /WORKER \d+/.test(holder.out.stdout))
    const pid = Number(/WORKER (\d+)/.exec(holder.out.stdout)![1])
    await until('the worker writing', () => readdirOrEmpty(path.join(dir, 'go-mod-precache')).includes('busy'))
    holder.child.kill(signal)
    expect(await holder.ended).toEqual({ code: null, signal })
    expect(alive(pid)).toBe(false)
    // Nothing was written there after the removal: the save had ended before it.
    await new Promise((r) => setTimeout(r, 200))
    expect(readdirOrEmpty(base).filter((n) => n === signal)).toEqual([])
  })
})

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
