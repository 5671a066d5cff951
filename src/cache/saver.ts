// Saving an entry in a process of its own: the archive of a planned member list, then the upload.
// The main step starts it and returns, so the build runs while it packs and uploads; the post step
// waits for its result file. The member list is fixed before the start, so whatever a later step
// adds to GOMODCACHE meanwhile stays out of the entry; a member a later step removes makes tar, and
// so the save, fail (a warning), never a partial entry.
import { spawn } from 'node:child_process'
import { host, type RunnerContext } from '../host/host.ts'
import { killTreeOf } from '../process.ts'
import { isSingleExecutable, SAVE_WORKER_MODE } from '../own-process.ts'
import type { BackendConfig } from './select.ts'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import path from 'node:path'
import { errorMessage } from '../errors.ts'
import { cleanupQuietly, countFiles, pathExists, removeTree, renameRetrying, scratchDir } from '../fsutil.ts'
import { createArchive } from './archive.ts'
import type { CacheBackend, Stored } from './backend.ts'

export interface SaveJob {
  /** The entry name (modules-lean, build…). */
  entry: string
  key: string
  /** The directory the members are relative to. */
  root: string
  members: string[]
  /** Where to store it; the background worker makes its own backend of it. Default: the GitHub cache. */
  backend?: BackendConfig
}

export interface SaveOutcome extends Stored {
  /** Files in the entry. */
  files?: number
  /** Packing the archive. */
  archiveMs: number
  /** Archive and upload. */
  ms: number
}

/** Packs and stores one entry. Never throws: every problem is an outcome with a reason. */
export async function runSaveJob(backend: CacheBackend, job: SaveJob): Promise<SaveOutcome> {
  const started = performance.now()
  const ms = () => Math.round(performance.now() - started)
  let archive: string | undefined
  let archiveMs = 0
  try {
    archive = await backend.stagingFile(job.entry)
    const packed = await createArchive(job.root, job.members, archive)
    archiveMs = packed.ms
    const stored = await backend.save(job.entry, job.key, archive)
    return { ...stored, sizeBytes: stored.sizeBytes ?? packed.bytes, files: await countMembers(job), archiveMs, ms: ms() }
  } catch (err) {
    return { saved: false, skipped: `save failed: ${errorMessage(err)}`, failed: true, archiveMs, ms: ms() }
  } finally {
    // The outcome stands whether or not the staging file goes; a leftover is a warning.
    const staged = archive
    if (staged !== undefined) await cleanupQuietly(staged, () => backend.discard(staged))
  }
}

async function countMembers(job: SaveJob): Promise<number> {
  let files = 0
  for (const m of job.members) {
    const full = path.join(job.root, ...m.split('/'))
    const counted = await countFiles(full)
    files += counted.files > 0 ? counted.files : (await pathExists(full)) ? 1 : 0
  }
  return files
}

/** What the post step needs to find a save started in the background. */
export interface BackgroundSave {
  pid: number
  resultFile: string
  logFile: string
  /** ms since the epoch. */
  startedAt: number
}

/** What the worker reads from its job file: the job, where its outcome goes, and where it runs (its scratch files go to the same temp dir). */
export interface WorkerJob {
  job: SaveJob
  resultFile: string
  runner: RunnerContext
}

/** The files of one background save, all in a directory of its own. */
export function saveFiles(dir: string) {
  return {
    jobFile: path.join(dir, 'job.json'),
    resultFile: path.join(dir, 'result.json'),
    logFile: path.join(dir, 'log.txt'),
    /** How the worker ended when it ended without a result (see save-worker.ts). */
    exitFile: path.join(dir, 'exit.json')
  }
}

/** How a process ended: its exit code, or the signal that ended it. */
export type Ended = { code: number; signal?: undefined } | { signal: string; code?: undefined }

/** The worker script beside the entry point that is running (dist/index.js or dist/post.js). */
function workerScript(): string {
  return path.join(path.dirname(process.argv[1] ?? ''), 'save-worker.js')
}

/**
 * The workers this process started, with how each ended once it has: only the parent learns a
 * SIGKILL, and the command waits for its own workers and must stop them when it is stopped.
 */
const ownWorkers = new Map<number, { end?: Ended }>()

/**
 * Starts the worker with the job. Its output goes to a log file, never to this step's pipes: the
 * runner waits for every holder of those to close before it ends the step.
 */
export async function startSave(job: SaveJob, script: string = workerScript()): Promise<BackgroundSave> {
  const files = saveFiles(await scratchDir(`save-${job.entry}-`))
  const described: WorkerJob = { job, resultFile: files.resultFile, runner: host().runner() }
  await writeFile(files.jobFile, JSON.stringify(described))
  const log = openSync(files.logFile, 'a')
  try {
    const child = spawn(process.execPath, [isSingleExecutable() ? SAVE_WORKER_MODE : script, files.jobFile], {
      // The inputs (private-token among them) are none of the worker's business.
      env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_'))),
      detached: true,
      stdio: ['ignore', log, log],
      windowsHide: true
    })
    const record: { end?: Ended } = {}
    child.once('exit', (code, signal) => (record.end = signal !== null ? { signal } : { code: code ?? 0 }))
    // Without a listener, a worker that cannot start would end this process.
    child.once('error', () => undefined)
    child.unref()
    if (child.pid === undefined) throw new Error('the save worker did not start')
    ownWorkers.set(child.pid, record)
    return { pid: child.pid, resultFile: files.resultFile, logFile: files.logFile, startedAt: Date.now() }
  } finally {
    closeSync(log)
  }
}

/**
 * Written by the worker, then renamed into place, so a reader sees all of it or nothing; the
 * rename waits out a scan of the new file on Windows.
 */
export async function writeResult(resultFile: string, outcome: SaveOutcome): Promise<void> {
  await writeFile(`${resultFile}.tmp`, JSON.stringify(outcome))
  await renameRetrying(`${resultFile}.tmp`, resultFile)
}

export type Awaited =
  | { done: true; outcome: SaveOutcome; log: string; waitedMs: number }
  | { done: false; why: string; log: string; waitedMs: number }

/**
 * Waits for a save started in the background, at most timeoutMs; on the limit the worker is
 * stopped. @actions/cache commits an entry only when its upload is complete, so a stopped save
 * leaves none behind.
 */
export async function awaitSave(save: BackgroundSave, timeoutMs: number, pollMs = 100): Promise<Awaited> {
  const begun = performance.now()
  const waited = () => Math.round(performance.now() - begun)
  const readLog = () => readFile(save.logFile, 'utf8').catch(() => '')
  for (;;) {
    // Whether it runs is asked before the result is read: the worker writes its result and then
    // exits, so one that had ended by then has written whatever it was going to write.
    const running = isRunning(save.pid)
    const text = await readFile(save.resultFile, 'utf8').catch(() => undefined)
    if (text !== undefined) {
      const log = await readLog()
      // The worker has nothing left to do there; the command removes the whole temp dir after.
      await waitForEnd(save.pid, GONE_WAIT_MS)
      // The save's outcome is known: its directory going or not changes nothing.
      await removeTree(path.dirname(save.resultFile))
      return { done: true, outcome: JSON.parse(text) as SaveOutcome, log, waitedMs: waited() }
    }
    if (!running) {
      const log = await readLog()
      const end = (await waitForEnd(save.pid, GONE_WAIT_MS)) ?? (await readExitRecord(saveFiles(path.dirname(save.resultFile)).exitFile))
      return { done: false, why: noResultReason(end, log), log, waitedMs: waited() }
    }
    if (waited() >= timeoutMs) {
      // The worker leads its own process group (detached), with its tar: stop them together.
      killTreeOf(save.pid)
      await waitForEnd(save.pid, GONE_WAIT_MS)
      return { done: false, why: `still running after save-timeout (${timeoutMs / 1000} s); stopped`, log: await readLog(), waitedMs: waited() }
    }
    await sleep(pollMs)
  }
}

/** How long to wait for a worker to be gone once it has written its result or been stopped. */
const GONE_WAIT_MS = 10_000

/** How a worker this process started ended, once it has (within ms); undefined for others'. */
async function waitForEnd(pid: number, ms: number): Promise<Ended | undefined> {
  const record = ownWorkers.get(pid)
  if (record === undefined) return undefined
  const deadline = performance.now() + ms
  while (record.end === undefined && performance.now() < deadline) await sleep(20)
  return record.end
}

/** Stops every worker this process started that still runs, and waits (within ms) until each has ended. */
export async function stopStartedSaves(ms = GONE_WAIT_MS): Promise<void> {
  const running = [...ownWorkers].filter(([, r]) => r.end === undefined).map(([pid]) => pid)
  for (const pid of running) killTreeOf(pid)
  await Promise.all(running.map((pid) => waitForEnd(pid, ms)))
}

/** True while a worker this process started has not ended. */
export function startedSavesRunning(): boolean {
  return [...ownWorkers.values()].some((r) => r.end === undefined)
}

async function readExitRecord(file: string): Promise<Ended | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Ended
  } catch {
    return undefined
  }
}

/** Why a worker gave no result: how it ended, and the end of its log (a crash's stack ends there). */
export function noResultReason(end: Ended | undefined, log: string): string {
  const how =
    end === undefined
      ? 'ended without a result or a record of its exit (a SIGKILL, as the out-of-memory killer sends, leaves none)'
      : end.signal !== undefined
        ? `was killed by ${end.signal} without a result`
        : `exited with code ${end.code} without a result`
  // Stack frames and node's version line say less than the error above them.
  const lines = log.split(/\r?\n/).filter((l) => l.trim() !== '' && !/^\s+at |^Node\.js v\d/.test(l))
  const tail = lines.slice(-3).join(' | ')
  return `the save process ${how}; ${tail === '' ? 'its log is empty' : `its log ends: ${tail.length > 600 ? `…${tail.slice(-600)}` : tail}`}`
}

/** A process that has exited but not been reaped (a zombie, when nothing waits for orphans) is not running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
  if (process.platform !== 'linux') return true
  try {
    // /proc/<pid>/stat: "pid (comm) state …"; comm may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return true
  }
}
