// The I/O of the extras entry (see later.ts): its lookup beside the main restore, its merge into the
// restored module cache, the listing of GOMODCACHE when the main step ends, and the save in the
// post step of what later steps added since.
import * as core from '../host/log.ts'
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../errors.ts'
import { unescapePath, unescapeVersion } from '../go/escape.ts'
import { DOWNLOAD_DIR, listModCache, listSumdb, moduleIds, SUMDB_DIR } from '../go/gomodcache.ts'
import { capitalize } from '../text.ts'
import { isEmptyDir, pathExists, removeTree, scratchDir } from '../fsutil.ts'
import { extractArchive } from './archive.ts'
import type { CacheBackend, Fetched } from './backend.ts'
import { keyHasPrefix } from './key.ts'
import type { CacheLayout } from './layout.ts'
import { laterEntry, laterFits, laterKey, laterPrefix, laterRestoreKeys, laterUnchanged, restoresLater, selectLaterMembers } from './later.ts'
import type { RestoreResult } from './modcache.ts'
import { runSaveJob } from './saver.ts'

/** How far back a restore sets the access time of what it merged: more than the day after which relatime updates it on a read. */
const UNREAD_AGE_MS = 2 * 24 * 3600_000

export interface LaterRestore {
  /** Relative paths the restore put into GOMODCACHE. */
  rels: string[]
  /** module@version of each module version it brought whole (a tree or a zip). */
  modules: string[]
  /** The extras were saved beside this run's primary key: all of them stay. */
  sameKey: boolean
  /** The lookup failed: nothing is saved into the cache in this job. */
  serviceFailed: boolean
  /** When the access times were set back (ms since the epoch); 0 when they were not. */
  unreadSince: number
}

const NONE: LaterRestore = { rels: [], modules: [], sameKey: false, serviceFailed: false, unreadSince: 0 }

/**
 * Starts the lookup beside the main restore, so an exact hit waits for no second round trip. None
 * when GOMODCACHE already has content: that is neither restored over nor saved.
 */
export function fetchLater(backend: CacheBackend, modCache: string, layout: CacheLayout, keys: { primaryKey: string; restoreKeys: string[] }, timeoutMs: number): Promise<Fetched | undefined> | undefined {
  if (!backend.available() || !laterFits(keys.primaryKey)) return undefined
  const fetching = isEmptyDir(modCache).then((empty) =>
    empty ? backend.restore(laterEntry(layout), laterPrefix(keys.primaryKey), laterRestoreKeys(keys.primaryKey, keys.restoreKeys), timeoutMs) : undefined
  )
  fetching.catch(() => undefined)
  return fetching
}

/**
 * Merges the extras into a module cache the main restore filled. It is unpacked beside it first
 * and moved in a module version at a time, so a failed unpack leaves no half tree go would trust,
 * and nothing the main entry brought is overwritten. Never throws.
 */
export async function restoreLater(backend: CacheBackend, fetching: Promise<Fetched | undefined> | undefined, restored: RestoreResult, modCache: string, primaryKey: string): Promise<LaterRestore> {
  const fetched = await fetching?.catch((err: unknown) => ({ outcome: 'service-failed' as const, why: errorMessage(err) }))
  if (fetched === undefined) return NONE
  if (!restoresLater(restored.state)) {
    if (fetched.outcome === 'restored') await fetched.source.close()
    core.info(`Modules later steps added: not restored, as the module cache was not (${restored.state}).`)
    return { ...NONE, serviceFailed: fetched.outcome === 'timeout' || fetched.outcome === 'service-failed' }
  }
  switch (fetched.outcome) {
    case 'timeout':
    case 'service-failed':
      core.warning(`${capitalize(backend.name)} failed in the lookup of the modules later steps added (${fetched.outcome === 'timeout' ? 'no answer within cache-timeout' : fetched.why}); they are fetched again if needed.`)
      return { ...NONE, serviceFailed: true }
    case 'miss':
      core.info('Modules later steps added: no entry yet.')
      return NONE
    case 'broken':
      core.warning(`Restoring the modules later steps added (${fetched.matchedKey}) failed (${fetched.why}); they are fetched again if needed.`)
      return { ...NONE, serviceFailed: !fetched.corrupt }
  }
  const started = performance.now()
  let scratch: string | undefined
  try {
    await mkdir(path.join(modCache, 'cache'), { recursive: true })
    // Inside GOMODCACHE, so each move is a rename on one file system; go ignores it.
    scratch = await mkdtemp(path.join(modCache, 'cache', '.later-'))
    // The source was opened beside the main restore; its reads start now.
    await extractArchive(fetched.source, scratch)
    const rels: string[] = []
    await mergeInto(scratch, modCache, '', rels)
    const sameKey = keyHasPrefix(fetched.matchedKey, laterPrefix(primaryKey))
    const unreadSince = sameKey ? 0 : await setUnread(modCache, rels, scratch)
    core.info(`Restored ${describeModules(rels)} later steps added, from ${fetched.matchedKey} (${fetched.source.sizeBytes} bytes, fetched, unpacked and merged in ${Math.round(performance.now() - started)} ms).`)
    return { rels, modules: wholeModules(rels), sameKey, serviceFailed: false, unreadSince }
  } catch (err) {
    core.warning(`Unpacking the modules later steps added (${fetched.matchedKey}) failed (${errorMessage(err)}); they are fetched again if needed.`)
    return NONE
  } finally {
    if (scratch !== undefined) await removeTree(scratch)
    await fetched.source.close()
  }
}

/**
 * Moves what src holds into dst where dst has nothing yet: an extracted module directory
 * (`path@version` outside cache/) as a whole, each file of cache/ on its own.
 */
async function mergeInto(src: string, dst: string, rel: string, moved: string[]): Promise<void> {
  for (const e of await readdir(path.join(src, ...rel.split('/')), { withFileTypes: true })) {
    const child = rel === '' ? e.name : `${rel}/${e.name}`
    const inCache = child === 'cache' || child.startsWith('cache/')
    if (e.isDirectory() && (inCache || !e.name.includes('@'))) {
      await mergeInto(src, dst, child, moved)
      continue
    }
    const to = path.join(dst, ...child.split('/'))
    if (await pathExists(to)) continue
    await mkdir(path.dirname(to), { recursive: true })
    await moveUnit(path.join(src, ...child.split('/')), to, e.isDirectory())
    moved.push(child)
  }
}

/** Linux moves a directory to another parent only with write permission on it; go leaves module trees read-only. */
async function moveUnit(from: string, to: string, isDir: boolean): Promise<void> {
  const mode = isDir ? (await stat(from)).mode & 0o7777 : undefined
  if (mode !== undefined && (mode & 0o200) === 0) await chmod(from, mode | 0o200)
  await rename(from, to)
  if (mode !== undefined && (mode & 0o200) === 0) await chmod(to, mode)
}

/** module@version (escaped, as on disk) of the module versions rels hold whole: a tree or a zip. */
function wholeIds(rels: readonly string[]): string[] {
  return moduleIds(rels.filter((r) => !r.startsWith('cache/') || r.endsWith('.zip')))
}

/** The same, unescaped, as go lists module versions. */
function wholeModules(rels: readonly string[]): string[] {
  return wholeIds(rels).flatMap((id) => {
    const at = id.lastIndexOf('@')
    try {
      return [`${unescapePath(id.slice(0, at))}@${unescapeVersion(id.slice(at + 1))}`]
    } catch {
      return []
    }
  })
}

/** How many module versions rels hold whole, and how many more only by their go.mod. */
function describeModules(rels: readonly string[]): string {
  const whole = new Set(wholeIds(rels))
  const modOnly = moduleIds(rels).filter((id) => !whole.has(id)).length
  return `${whole.size} module version${whole.size === 1 ? '' : 's'}${modOnly > 0 ? ` (and the go.mod files of ${modOnly} more)` : ''}`
}

/**
 * Sets back the access time of the merged files, so that a read by a later step shows (relatime
 * updates an access time older than a day). Returns when that was, or 0 when this file system does
 * not record reads (noatime), tried on a file of its own in scratch.
 */
async function setUnread(modCache: string, rels: readonly string[], scratch: string): Promise<number> {
  const now = Date.now()
  const back = new Date(now - UNREAD_AGE_MS)
  const probe = path.join(scratch, 'atime-probe')
  await writeFile(probe, 'probe')
  await utimes(probe, back, (await stat(probe)).mtime)
  await readFile(probe)
  if ((await stat(probe)).atimeMs < now - UNREAD_AGE_MS / 2) {
    core.info('This file system does not record reads: restored modules of another key are not carried over.')
    return 0
  }
  for (const r of rels.filter((r) => r.startsWith(`${DOWNLOAD_DIR}/`))) {
    const file = path.join(modCache, ...r.split('/'))
    await utimes(file, back, (await stat(file)).mtime).catch(() => undefined)
  }
  return now
}

/** The restored files a later step read since the restore set their access times back. */
async function readSince(modCache: string, rels: readonly string[], since: number): Promise<Set<string>> {
  const read = new Set<string>()
  if (since === 0) return read
  for (const r of rels.filter((r) => r.startsWith(`${DOWNLOAD_DIR}/`) && !r.startsWith(`${SUMDB_DIR}/`))) {
    const info = await stat(path.join(modCache, ...r.split('/'))).catch(() => undefined)
    if (info !== undefined && info.atimeMs > since - UNREAD_AGE_MS / 2) read.add(r)
  }
  // Everything of a module version a later step read stays: its tree, its files.
  // and the checksum database's answers go with them.
  const ids = new Set(moduleIds([...read]))
  if (ids.size === 0) return read
  return new Set(rels.filter((r) => r.startsWith(`${SUMDB_DIR}/`) || moduleIds([r]).some((id) => ids.has(id))))
}

/**
 * The paths that were there when the main step ended: those whose inode last changed before then.
 * go writes each new file (and makes each new tree read-only) after; reads change no ctime, and
 * nothing can set it back. A file system with coarse times may miss a new path: it is then only
 * not saved.
 */
async function existedAt(modCache: string, rels: readonly string[], ms: number): Promise<Set<string>> {
  const old = new Set<string>()
  for (const rel of rels) {
    const info = await stat(path.join(modCache, ...rel.split('/'))).catch(() => undefined)
    if (info === undefined || info.ctimeMs <= ms) old.add(rel)
  }
  return old
}

/** What the main step leaves the post step, in a file of its own (the lists can be long). */
interface LaterBaseline {
  modCache: string
  layout: CacheLayout
  primaryKey: string
  /** When the main step was done with GOMODCACHE (ms since the epoch): what changed later is new. */
  mainEndedAt: number
  inMain: string[]
  restored: LaterRestore
}

/**
 * Leaves the post step what it needs to tell what later steps added: the time, not a listing, so
 * the main step spends nothing on it. Returns the file it is in, for the post step's record. With
 * a reason not to save, says so and leaves nothing. A problem is a warning.
 */
export async function keepLaterBaseline(o: Omit<LaterBaseline, 'mainEndedAt'>, skip: string | undefined): Promise<string | undefined> {
  if (skip !== undefined) {
    core.info(`Modules later steps add are not saved: ${skip}.`)
    return undefined
  }
  try {
    const file = path.join(await scratchDir('later-'), 'baseline.json')
    await writeFile(file, JSON.stringify({ ...o, mainEndedAt: Date.now() } satisfies LaterBaseline))
    return file
  } catch (err) {
    core.warning(`Modules later steps add will not be saved; the job goes on: ${errorMessage(err)}`)
    return undefined
  }
}

/**
 * In the post step: saves what later steps added (and what stays of the restored extras) under a
 * new key, unless that is nothing new, or `skip` says the cache already failed. Never throws.
 */
/** `backend` is made only when there is something to save. */
export async function saveLater(backendOf: () => Promise<CacheBackend>, stateFile: string, skip: string | undefined): Promise<void> {
  if (skip !== undefined) {
    core.info(`Modules later steps added are not saved: ${skip}.`)
    return
  }
  try {
    const b = JSON.parse(await readFile(stateFile, 'utf8')) as LaterBaseline
    const { items } = await listModCache(b.modCache)
    const restored = new Set(b.restored.rels)
    const carried = b.restored.sameKey ? restored : await readSince(b.modCache, b.restored.rels, b.restored.unreadSince)
    const sumdb = await listSumdb(b.modCache)
    const members = selectLaterMembers({
      items,
      baseline: await existedAt(b.modCache, [...items.map((i) => i.rel), ...sumdb.map((f) => f.rel)], b.mainEndedAt),
      carried,
      inMain: new Set(b.inMain),
      layout: b.layout,
      sumdb
    })
    if (laterUnchanged(members, restored, b.restored.sameKey)) {
      core.info(`Later steps added no module versions to GOMODCACHE${restored.size > 0 ? ' beyond those restored' : ''}: nothing to save.`)
      return
    }
    const key = laterKey(b.primaryKey, Date.now())
    const backend = await backendOf()
    const outcome = await runSaveJob(backend, { entry: laterEntry(b.layout), key, root: b.modCache, members })
    if (outcome.saved) {
      core.info(`Saved ${describeModules(members)} later steps added as ${key} in ${outcome.ms} ms (${outcome.sizeBytes} bytes): ${wholeModules(members).sort().join(', ')}.`)
      const trimmed = await backend.trim?.(laterEntry(b.layout), laterPrefix(b.primaryKey), 1)
      for (const p of trimmed?.problems ?? []) core.info(`Older entries of modules later steps added not all removed: ${p}`)
    } else if (outcome.failed) core.warning(`Modules later steps added not saved; the job goes on: ${outcome.skipped}`)
    else core.info(`Modules later steps added not saved as ${key}: ${outcome.skipped}.`)
  } catch (err) {
    core.warning(`Modules later steps added not saved; the job goes on: ${errorMessage(err)}`)
  } finally {
    await removeTree(path.dirname(stateFile))
  }
}
