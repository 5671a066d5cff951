// Pruning the module cache before it is saved: every module version that no module root needs
// any more goes, so the cache does not grow with each dependency bump.
import { readdir, rmdir, unlink } from 'node:fs/promises'
import path from 'node:path'
import { unescapePath, unescapeVersion } from '../go/escape.ts'
import { makeDirWritable, removeTree } from '../fsutil.ts'

/** One thing in the module cache that belongs to a module version. */
export interface CacheItem {
  /** Relative to GOMODCACHE, '/'-separated. */
  rel: string
  /** module@version, unescaped. */
  id: string
  /** 'dir' for an extracted module; else the file's extension in cache/download (zip, ziphash, mod, info, lock, partial…). */
  kind: string
}

export interface PrunePlan {
  remove: string[]
  /** Module versions whose zip or extracted directory is removed. */
  prunedVersions: string[]
}

/**
 * keepZip: versions whose files a build needs (everything of theirs stays);
 * keepMod: versions of the module graph whose go.mod (and .info) must stay.
 * cache/vcs (clones made for direct fetches) is dropped: builds need only the zips and go.mod
 * files, and clones are large.
 */
export function planPrune(items: CacheItem[], keepZip: Set<string>, keepMod: Set<string>, hasVcs: boolean): PrunePlan {
  const remove: string[] = []
  const pruned = new Set<string>()
  for (const item of items) {
    if (keepZip.has(item.id)) continue
    if ((item.kind === 'mod' || item.kind === 'info') && keepMod.has(item.id)) continue
    remove.push(item.rel)
    if (item.kind === 'dir' || item.kind === 'zip') pruned.add(item.id)
  }
  if (hasVcs) remove.push('cache/vcs')
  return { remove, prunedVersions: [...pruned].sort() }
}

/** Lists extracted module directories and per-version files in cache/download. */
export async function listModCache(modCache: string): Promise<{ items: CacheItem[]; hasVcs: boolean }> {
  const items: CacheItem[] = []
  await walkExtracted(modCache, '', items)
  await walkDownload(path.join(modCache, 'cache', 'download'), '', items)
  let hasVcs = false
  try {
    hasVcs = (await readdir(path.join(modCache, 'cache', 'vcs'))).length > 0
  } catch {
    // no clones
  }
  return { items, hasVcs }
}

async function entries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true })
  } catch {
    return []
  }
}

async function walkExtracted(root: string, rel: string, out: CacheItem[]): Promise<void> {
  for (const e of await entries(path.join(root, rel))) {
    if (!e.isDirectory()) continue
    const child = rel === '' ? e.name : `${rel}/${e.name}`
    if (rel === '' && e.name === 'cache') continue
    const at = e.name.indexOf('@')
    if (at >= 0) {
      const id = safeId(`${rel === '' ? '' : `${rel}/`}${e.name.slice(0, at)}`, e.name.slice(at + 1))
      if (id !== undefined) out.push({ rel: child, id, kind: 'dir' })
      continue
    }
    await walkExtracted(root, child, out)
  }
}

async function walkDownload(root: string, rel: string, out: CacheItem[]): Promise<void> {
  for (const e of await entries(path.join(root, rel))) {
    if (!e.isDirectory()) continue
    if (rel === '' && e.name === 'sumdb') continue // the checksum database cache stays
    const child = rel === '' ? e.name : `${rel}/${e.name}`
    if (e.name !== '@v') {
      await walkDownload(root, child, out)
      continue
    }
    for (const f of await entries(path.join(root, child))) {
      if (!f.isFile() || f.name === 'list' || f.name === 'list.lock') continue
      const parsed = parseDownloadFile(f.name)
      const id = parsed === undefined ? undefined : safeId(rel, parsed.version)
      if (id !== undefined) out.push({ rel: `cache/download/${child}/${f.name}`, id, kind: parsed!.kind })
    }
  }
}

/**
 * A cache/download file name as version and kind. Only the final extension is the kind: a
 * version may itself end in ".mod" or ".info" (v1.0.0-rc.mod is valid). go's temporary files
 * (v1.0.0.zip123456.tmp) are of kind "tmp".
 */
export function parseDownloadFile(name: string): { version: string; kind: string } | undefined {
  const temp = /^(.+)\.(?:zip|ziphash|mod|info)\d*\.tmp$/.exec(name)
  if (temp) return { version: temp[1], kind: 'tmp' }
  const final = /^(.+)\.(zip|ziphash|mod|info|lock|partial)$/.exec(name)
  return final ? { version: final[1], kind: final[2] } : undefined
}

function safeId(escapedPath: string, escapedVersion: string): string | undefined {
  try {
    return `${unescapePath(escapedPath)}@${unescapeVersion(escapedVersion)}`
  } catch {
    return undefined
  }
}

/** Carries out a plan; returns how many entries went. */
export async function applyPrune(modCache: string, plan: PrunePlan): Promise<number> {
  for (const rel of plan.remove) {
    const target = path.join(modCache, ...rel.split('/'))
    // Only the parent: walking it whole again for every pruned version made pruning quadratic.
    await makeDirWritable(path.dirname(target))
    if (rel.startsWith('cache/download/')) await unlink(target).catch(() => undefined)
    else await removeTree(target)
  }
  await removeEmptyDirs(modCache, true)
  return plan.remove.length
}

async function removeEmptyDirs(dir: string, isRoot: boolean): Promise<boolean> {
  let empty = true
  for (const e of await entries(dir)) {
    if (e.isDirectory() && (await removeEmptyDirs(path.join(dir, e.name), false))) continue
    empty = false
  }
  if (empty && !isRoot) {
    await rmdir(dir).catch(() => undefined)
    return true
  }
  return false
}
