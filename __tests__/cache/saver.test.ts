// Waiting for a save in a process of its own: a worker that ends without a result is reported with
// how it ended (its exit code or the signal, learnt as its parent or from the record the worker
// leaves) and the end of its log, never as a save that silently did not happen.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { awaitSave, noResultReason, saveFiles, startSave, type SaveJob } from '../../src/cache/saver.ts'
import { repoRoot } from '../support/runner.ts'
import { captureStdout, type Captured } from '../support/stdout.ts'

let base: string
let out: Captured
let savedRunnerTemp: string | undefined

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'gmp-saver-'))
  savedRunnerTemp = process.env.RUNNER_TEMP
  process.env.RUNNER_TEMP = path.join(base, 'runner-temp')
  out = captureStdout()
})

afterEach(async () => {
  out.restore()
  if (savedRunnerTemp === undefined) delete process.env.RUNNER_TEMP
  else process.env.RUNNER_TEMP = savedRunnerTemp
  await rm(base, { recursive: true, force: true })
})

const job: SaveJob = { entry: 'modules-lean', key: 'k-1', root: '/nonexistent', members: [] }

async function script(name: string, text: string): Promise<string> {
  const file = path.join(base, name)
  await writeFile(file, text)
  return file
}

describe('noResultReason', () => {
  it('names the exit code, the signal, or the missing record, and the last lines of the log', () => {
    expect(noResultReason({ code: 3 }, 'one\ntwo\n\nthree\nfour\n')).toBe('the save process exited with code 3 without a result; its log ends: two | three | four')
    expect(noResultReason({ signal: 'SIGKILL' }, '')).toBe('the save process was killed by SIGKILL without a result; its log is empty')
    expect(noResultReason(undefined, 'packing\r\n')).toBe(
      'the save process ended without a result or a record of its exit (a SIGKILL, as the out-of-memory killer sends, leaves none); its log ends: packing'
    )
    expect(noResultReason({ code: 1 }, `${'x'.repeat(2000)}\n`)).toMatch(/its log ends: …x{600}$/)
  })
})

describe('awaitSave', () => {
  it('reports a worker it started that is killed by a signal with the signal and its log', async () => {
    const killed = await script('killed.mjs', "console.error('packing modules-lean'); process.kill(process.pid, 'SIGKILL')\n")
    const save = await startSave(job, killed)
    const waited = await awaitSave(save, 60_000, 20)
    expect(waited).toMatchObject({ done: false, why: 'the save process was killed by SIGKILL without a result; its log ends: packing modules-lean' })
  })

  it('reports a worker that exits without a result with its exit code', async () => {
    const exits = await script('exits.mjs', "console.error('no space left on device'); process.exit(7)\n")
    const waited = await awaitSave(await startSave(job, exits), 60_000, 20)
    expect(waited).toMatchObject({ done: false, why: 'the save process exited with code 7 without a result; its log ends: no space left on device' })
  })

  it('takes the result of a worker that wrote it and ended, however late it is looked at', async () => {
    const writes = await script(
      'writes.mjs',
      "import { readFileSync, writeFileSync } from 'node:fs'\n" +
        "const { resultFile } = JSON.parse(readFileSync(process.argv[2], 'utf8'))\n" +
        "writeFileSync(resultFile, JSON.stringify({ saved: true, archiveMs: 1, ms: 2 }))\n"
    )
    const save = await startSave(job, writes)
    // Ended well before the wait starts: its liveness and its result are both settled.
    await new Promise((r) => setTimeout(r, 1500))
    const waited = await awaitSave(save, 60_000, 20)
    expect(waited).toMatchObject({ done: true, outcome: { saved: true } })
    expect(existsSync(path.dirname(save.resultFile))).toBe(false)
  })

  it('learns from the record the worker leaves how it ended when it was started by another process', async () => {
    // The post step of the Actions runner waits for a worker the main step started: not its child.
    const dir = path.join(base, 'save-modules-lean-x')
    await mkdir(dir)
    const files = saveFiles(dir)
    await writeFile(files.jobFile, '{ not json')
    const worker = path.join(repoRoot, 'src', 'save-worker.ts')
    const shell = spawn('sh', ['-c', `"$0" "$1" "$2" >"$3" 2>&1 & echo $!`, process.execPath, worker, files.jobFile, files.logFile], { stdio: ['ignore', 'pipe', 'inherit'] })
    let pidText = ''
    shell.stdout.on('data', (d: Buffer) => (pidText += d.toString()))
    await new Promise((r) => shell.on('close', r))
    const waited = await awaitSave({ pid: Number(pidText.trim()), resultFile: files.resultFile, logFile: files.logFile, startedAt: Date.now() }, 60_000, 20)
    expect(waited.done).toBe(false)
    expect(!waited.done && waited.why).toMatch(/^the save process exited with code 1 without a result; its log ends: .*SyntaxError.*JSON/)
  })
})
