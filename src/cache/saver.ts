// Saving an entry in a process of its own: the archive of a planned member list, then the upload.
// The main step starts it and returns, so the build runs while it packs and uploads; the post step
// waits for its result file. The member list is fixed before the start, so whatever a later step
// adds to GOMODCACHE meanwhile stays out of the entry; a member a later step removes makes tar, and
// so the save, fail (a warning), never a partial entry.
import { spawn } from 'node:child_process'
import { killTreeOf } from '../process.ts'
import type { BackendConfig } from './select.ts'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
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

/** The worker script beside the entry point that is running (dist/index.js or dist/post.js). */
function workerScript(): string {
  return path.join(path.dirname(process.argv[1] ?? ''), 'save-worker.js')
}

/**
 * Starts the worker with the job. Its output goes to a log file, never to this step's pipes: the
 * runner waits for every holder of those to close before it ends the step.
 */
export async function startSave(job: SaveJob): Promise<BackgroundSave> {
  const dir = await scratchDir(`save-${job.entry}-`)
  const jobFile = path.join(dir, 'job.json')
  const resultFile = path.join(dir, 'result.json')
  const logFile = path.join(dir, 'log.txt')
  await writeFile(jobFile, JSON.stringify({ job, resultFile }))
  const log = openSync(logFile, 'a')
  try {
    const child = spawn(process.execPath, [workerScript(), jobFile], {
      // The inputs (private-token among them) are none of the worker's business.
      env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_'))),
      detached: true,
      stdio: ['ignore', log, log],
      windowsHide: true
    })
    child.unref()
    if (child.pid === undefined) throw new Error('the save worker did not start')
    return { pid: child.pid, resultFile, logFile, startedAt: Date.now() }
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
  const started = performance.now()
  const waited = () => Math.round(performance.now() - started)
  const readLog = () => readFile(save.logFile, 'utf8').catch(() => '')
  for (;;) {
    const text = await readFile(save.resultFile, 'utf8').catch(() => undefined)
    if (text !== undefined) {
      const log = await readLog()
      // The save's outcome is known: its directory going or not changes nothing.
      await removeTree(path.dirname(save.resultFile))
      return { done: true, outcome: JSON.parse(text) as SaveOutcome, log, waitedMs: waited() }
    }
    if (!isRunning(save.pid)) {
      return { done: false, why: 'the save process ended without a result', log: await readLog(), waitedMs: waited() }
    }
    if (waited() >= timeoutMs) {
      // The worker leads its own process group (detached), with its tar: stop them together.
      killTreeOf(save.pid)
      return { done: false, why: `still running after save-timeout (${timeoutMs / 1000} s); stopped`, log: await readLog(), waitedMs: waited() }
    }
    await new Promise((r) => setTimeout(r, pollMs))
  }
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

