// The optional build cache (GOCACHE): restored in the main step under its own key (the Go version
// is part of it: entries of another toolchain are useless), saved in the post step if the job
// changed it, after dropping every entry this job did not use, so it cannot grow without bound.
import * as core from '../host/log.ts'
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../errors.ts'
import { removeTree } from '../fsutil.ts'
import { extractArchive } from './archive.ts'
import type { CacheBackend } from './backend.ts'
import { sameKey } from './key.ts'
import { runSaveJob } from './saver.ts'

const ENTRY = 'build'

/** What the post step needs to know about the build cache. */
export interface BuildCacheState {
  dir: string
  primaryKey: string
  /** The restored entry was the primary key itself: saving again would only conflict. */
  exactHit: boolean
  /** ms since the epoch when the restore finished. */
  restoredAt: number
  /** Fingerprint of the directory right after the restore. */
  fingerprint: string
  /** Why GOCACHE must not be saved: a failed unpack left files the removal could not take. */
  unclean?: string
}

/** go refreshes an entry's mtime when it uses it only if the mtime is older than this (cmd/go/internal/cache). */
export const GO_MTIME_INTERVAL_MS = 60 * 60 * 1000

export function buildCacheKeys(prefix: string, runnerOs: string, runnerArch: string, goVersion: string, revision: string) {
  const base = `${prefix}-build-${runnerOs}-${runnerArch}-${goVersion}-`
  return { primaryKey: `${base}${revision}`, restoreKeys: [base] }
}

interface Entry {
  file: string
  mtimeMs: number
  size: number
}

/** The cache's action and output files (`<2 hex>/<hash>-a` and `-d`), the only ones worth trimming. */
async function listEntries(dir: string): Promise<Entry[]> {
  const out: Entry[] = []
  let subdirs
  try {
    subdirs = await readdir(dir, { withFileTypes: true })
  } catch {
    return out
  }
  for (const sub of subdirs) {
    if (!sub.isDirectory() || !/^[0-9a-f]{2}$/.test(sub.name)) continue
    for (const name of await readdir(path.join(dir, sub.name))) {
      if (!/-[ad]$/.test(name)) continue
      const file = path.join(dir, sub.name, name)
      const info = await stat(file)
      out.push({ file, mtimeMs: info.mtimeMs, size: info.size })
    }
  }
  return out
}

export async function fingerprint(dir: string): Promise<string> {
  const entries = await listEntries(dir)
  const newest = entries.reduce((m, e) => Math.max(m, e.mtimeMs), 0)
  return `${entries.length}:${entries.reduce((s, e) => s + e.size, 0)}:${Math.round(newest)}`
}

/**
 * Entries not used since (restoredAt - go's mtime interval): this job did not need them. An output
 * (`<id>-d`) named by an action entry that stays, stays too: a build that is up to date reads its
 * action entries but not their outputs, and a later link or test would want them.
 */
export function staleEntries<T extends { file: string; mtimeMs: number }>(entries: T[], restoredAt: number, keptOutputs: ReadonlySet<string> = new Set()): T[] {
  return entries.filter((e) => e.mtimeMs < restoredAt - GO_MTIME_INTERVAL_MS && !keptOutputs.has(outputIdOfFile(e.file) ?? ''))
}

/** The output ID an action entry names: `v1 <action id> <output id> <size> <time>` (cmd/go/internal/cache). */
export function outputIdOfEntry(text: string): string | undefined {
  return /^v1 [0-9a-f]+ ([0-9a-f]+) /.exec(text)?.[1]
}

function outputIdOfFile(file: string): string | undefined {
  return /([0-9a-f]+)-d$/.exec(path.basename(file))?.[1]
}

/** The outputs that the action entries this job used name. */
async function outputsOfFresh(entries: Entry[], restoredAt: number): Promise<Set<string>> {
  const ids = new Set<string>()
  for (const e of entries) {
    if (!e.file.endsWith('-a') || e.mtimeMs < restoredAt - GO_MTIME_INTERVAL_MS) continue
    const id = outputIdOfEntry(await readFile(e.file, 'utf8').catch(() => ''))
    if (id !== undefined) ids.add(id)
  }
  return ids
}

/**
 * Restores GOCACHE; never throws. It runs beside other phases, so its log lines are returned for
 * the caller to print in a group of their own (warnings go out at once).
 */
export async function restoreBuildCache(
  backend: CacheBackend,
  dir: string,
  keys: { primaryKey: string; restoreKeys: string[] },
  timeoutMs: number
): Promise<{ state: BuildCacheState; log: string[] } | undefined> {
  if (!backend.available()) return undefined
  const log: string[] = []
  let matched: string | undefined
  let unclean: string | undefined
  try {
    const fetched = await backend.restore(ENTRY, keys.primaryKey, keys.restoreKeys, timeoutMs)
    if (fetched.outcome === 'restored') {
      try {
        await mkdir(dir, { recursive: true })
        const extracted = await extractArchive(fetched.source, dir)
        matched = fetched.matchedKey
        log.push(`Restored the build cache from ${matched} (${extracted.bytes} bytes, fetched and unpacked in ${extracted.ms} ms).`)
      } catch (err) {
        // go tolerates a missing entry, not a half-written one; what cannot be removed must not be saved.
        if (!(await removeTree(dir))) unclean = `unpacking ${fetched.matchedKey} failed and ${dir} could not be cleaned`
        core.warning(`Unpacking the build cache ${fetched.matchedKey} failed (${errorMessage(err)}); going on without it.`)
      } finally {
        await fetched.source.close()
      }
    } else if (fetched.outcome === 'broken') {
      core.warning(`Restoring the build cache ${fetched.matchedKey} failed (${fetched.why}); going on without it.`)
    } else if (fetched.outcome === 'timeout') {
      core.warning(`The build cache lookup did not answer within cache-timeout (${timeoutMs / 1000} s); going on without it.`)
    } else if (fetched.outcome === 'service-failed') {
      if (!fetched.shown) core.warning(`The build cache lookup failed (${fetched.why}); going on without it.`)
      else log.push(`Build cache not restored: ${fetched.why}.`)
    } else {
      log.push(`No build cache entry for ${keys.primaryKey} or its restore keys.`)
    }
  } catch (err) {
    core.warning(`Build cache restore failed, going on without it: ${errorMessage(err)}`)
  }
  const state: BuildCacheState = {
    dir,
    primaryKey: keys.primaryKey,
    exactHit: matched !== undefined && sameKey(matched, keys.primaryKey),
    restoredAt: Date.now(),
    fingerprint: await fingerprint(dir),
    ...(unclean === undefined ? {} : { unclean })
  }
  return { state, log }
}

/** In the post step: trim what the job did not use, then save if the job changed the cache. */
export async function saveBuildCache(backend: CacheBackend, state: BuildCacheState): Promise<void> {
  if (state.unclean !== undefined) {
    core.info(`Build cache not saved: ${state.unclean}.`)
    return
  }
  if (state.exactHit) {
    core.info(`Build cache ${state.primaryKey} was restored exactly; not saving it again.`)
    return
  }
  if ((await fingerprint(state.dir)) === state.fingerprint) {
    core.info('The job did not change the build cache; not saving.')
    return
  }
  const entries = await listEntries(state.dir)
  const stale = staleEntries(entries, state.restoredAt, await outputsOfFresh(entries, state.restoredAt))
  let kept = 0
  // An entry that cannot be dropped (a scan holds it) is whole: it is saved as it is.
  for (const e of stale) await unlink(e.file).catch(() => kept++)
  core.info(
    `Dropped ${stale.length - kept} of ${entries.length} build cache entries this job did not use${kept > 0 ? ` (${kept} could not be removed and are saved as they are)` : ''}.`
  )
  const members = await readdir(state.dir)
  const outcome = await runSaveJob(backend, { entry: ENTRY, key: state.primaryKey, root: state.dir, members })
  if (outcome.saved) core.info(`Saved the build cache as ${state.primaryKey} in ${outcome.ms} ms (${outcome.sizeBytes} bytes).`)
  else if (outcome.failed) core.warning(`Build cache not saved; the job goes on: ${outcome.skipped}`)
  else core.info(`Build cache not saved: ${outcome.skipped}.`)
}
