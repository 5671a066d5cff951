// Real processes, no mocks: what a timeout, a signal and a normal exit do to a child and the
// processes it started (go starting git, here sh starting sleep).
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ActionError } from '../../src/errors.ts'
import { GO_NOT_FOUND, outputLines, runCommand, runGo } from '../../src/go/command.ts'
import { verifyDetail } from '../../src/go/verify.ts'

const posix = process.platform === 'win32' ? describe.skip : describe

/**
 * Whether pid is a live process. A killed process whose parent died too may stay a zombie here
 * (PID 1 of a container need not reap orphans): a zombie runs nothing and holds no files.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return process.platform !== 'linux'
  }
}

/** Polls until check holds; a generous deadline, so a slow machine fails nothing. */
async function eventually(check: () => boolean | Promise<boolean>, what: string, deadlineMs = 30_000): Promise<void> {
  const until = Date.now() + deadlineMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`still not ${what} after ${deadlineMs} ms`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

const killed: number[] = []
// A failed test must not leave a 300 s sleep behind.
afterAll(() => {
  for (const pid of killed) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone
    }
  }
})

posix('runCommand with a time limit', () => {
  it('kills the grandchildren too, and returns although one of them held the output pipe', async () => {
    // sleep inherits sh's stdout: if it outlived the kill, the pipe would stay open and runCommand
    // would not return until sleep ended.
    const result = await runCommand('sh', ['-c', 'sleep 300 & echo $!; wait'], { timeoutMs: 1500 })
    expect(result.timedOut).toBe(true)
    const grandchild = Number(result.stdout.trim())
    expect(grandchild).toBeGreaterThan(0)
    killed.push(grandchild)
    await eventually(() => !alive(grandchild), 'gone')
  })

  it('kills a grandchild that is a node process as well', async () => {
    const script = 'require("child_process").spawn(process.execPath, ["-e", "setTimeout(() => {}, 300000)"], { stdio: "ignore" }).pid'
    const result = await runCommand(process.execPath, ['-e', `console.log(${script}); setTimeout(() => {}, 300000)`], { timeoutMs: 1500 })
    expect(result.timedOut).toBe(true)
    const grandchild = Number(result.stdout.trim())
    expect(grandchild).toBeGreaterThan(0)
    killed.push(grandchild)
    await eventually(() => !alive(grandchild), 'gone')
  })
})

posix('runCommand without a time limit reached', () => {
  it('keeps stdout, stderr and the exit code of a detached child', async () => {
    const result = await runCommand('sh', ['-c', 'echo out; echo err >&2; exit 3'], { timeoutMs: 60_000 })
    expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false })
  })

  it('passes the environment changes to the child', async () => {
    const result = await runCommand('sh', ['-c', 'printf %s "$H2_PROBE"'], { env: { H2_PROBE: 'seen' } })
    expect(result.stdout).toBe('seen')
  })

  it('leaves no signal listener behind once the child is gone', async () => {
    const before = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => process.listenerCount(s))
    const running = runCommand('sh', ['-c', 'exit 0'])
    expect(process.listenerCount('SIGINT')).toBe(before[0]! + 1)
    await running
    expect(['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => process.listenerCount(s))).toEqual(before)
  })
})

posix('a signal that ends the action', () => {
  it('stops the detached child and its grandchildren first, then ends the process by that signal', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'h2-signal-'))
    try {
      const pidFile = path.join(dir, 'pid')
      const command = new URL('../../src/go/command.ts', import.meta.url).href
      const script = `import { runCommand } from ${JSON.stringify(command)}
await runCommand('sh', ['-c', 'sleep 300 & echo $! > ${pidFile}; wait'])`
      const action = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] })
      let stderr = ''
      action.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      const ended = new Promise<NodeJS.Signals | null>((resolve) => action.on('exit', (_code, signal) => resolve(signal)))
      const readPid = async () => Number((await readFile(pidFile, 'utf8').catch(() => '')).trim())
      await eventually(async () => (await readPid()) > 0 || action.exitCode !== null, 'started')
      const grandchild = await readPid()
      expect(stderr).toBe('')
      expect(grandchild).toBeGreaterThan(0)
      killed.push(grandchild)
      action.kill('SIGTERM')
      expect(await ended).toBe('SIGTERM')
      await eventually(() => !alive(grandchild), 'gone')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('runGo', () => {
  it('says go is missing when PATH holds no go', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'h2-nogo-'))
    try {
      const run = runGo(['version'], { env: { PATH: empty } })
      await expect(run).rejects.toBeInstanceOf(ActionError)
      await expect(run).rejects.toThrow(GO_NOT_FOUND)
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })

  it('runs the go on PATH', async () => {
    const result = await runGo(['env', 'GOVERSION'], { env: { GOTOOLCHAIN: 'local' } })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(/^go\d/)
  })
})

describe('output of Windows tools', () => {
  it('splits CRLF lines without a trailing \\r', () => {
    expect(outputLines('go: a\r\ngo: b\r\n')).toEqual(['go: a', 'go: b', ''])
    expect(outputLines('one\ntwo')).toEqual(['one', 'two'])
  })

  it('joins the first lines of go mod verify into one line, CRLF or not', () => {
    const text = 'example.com/a v1.0.0: dir has been modified (C:\\m\\a@v1.0.0)\r\nexample.com/b v1.0.0: missing ziphash\r\n'
    expect(verifyDetail(text)).toBe('example.com/a v1.0.0: dir has been modified (C:\\m\\a@v1.0.0); example.com/b v1.0.0: missing ziphash')
  })
})
