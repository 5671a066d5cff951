// GOMODCACHE as go lays it out on disk, in one place: each module version's extracted tree
// (<escaped path>@<escaped version>) and its files under cache/download (<escaped path>/@v/
// <version>.zip, .ziphash, .mod, .info, .lock, and .partial while an extraction is under way),
// and the checksum database's answers under cache/download/sumdb. What the cache keeps of it is
// decided in cache/; the facts of go's layout are here.
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { pathExists } from '../fsutil.ts'
import { escapePath, escapeVersion, unescapePath, unescapeVersion } from './escape.ts'

/** The module files go downloads (zips, hashes, go.mod files), relative to GOMODCACHE. */
export const DOWNLOAD_DIR = 'cache/download'

/** The checksum database cache; kept whole by every layout, so go need not ask sum.golang.org again. */
export const SUMDB_DIR = 'cache/download/sumdb'


/** One thing in the module cache that belongs to a module version. */
export interface CacheItem {
  /** Relative to GOMODCACHE, '/'-separated. */
  rel: string
  /** module@version, unescaped. */
  id: string
  /** 'dir' for an extracted module; else the file's extension in cache/download (zip, ziphash, mod, info, lock, partial…). */
  kind: string
}

/** Lists extracted module directories and per-version files in cache/download. */
export async function listModCache(modCache: string): Promise<{ items: CacheItem[]; hasVcs: boolean }> {
  const items: CacheItem[] = []
  await walkExtracted(modCache, '', items)
  await walkDownload(path.join(modCache, ...DOWNLOAD_DIR.split('/')), '', items)
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
    if (rel === '' && e.name === 'sumdb') continue // the checksum database cache: see SUMDB_DIR
    const child = rel === '' ? e.name : `${rel}/${e.name}`
    if (e.name !== '@v') {
      await walkDownload(root, child, out)
      continue
    }
    for (const f of await entries(path.join(root, child))) {
      if (!f.isFile() || f.name === 'list' || f.name === 'list.lock') continue
      const parsed = parseDownloadFile(f.name)
      const id = parsed === undefined ? undefined : safeId(rel, parsed.version)
      if (id !== undefined) out.push({ rel: `${DOWNLOAD_DIR}/${child}/${f.name}`, id, kind: parsed!.kind })
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

/**
 * go's marker of an extraction that did not finish, for a path inside an extracted module
 * directory (`<escaped path>@<escaped version>/…`): go removes such a directory and extracts
 * it again. undefined for paths outside one (cache/…).
 */
export function partialMarkerFor(rel: string): string | undefined {
  if (rel === 'cache' || rel.startsWith('cache/')) return undefined
  const m = /^([^@]+)@([^/]+)(?:\/|$)/.exec(rel)
  return m ? `${DOWNLOAD_DIR}/${m[1]}/@v/${m[2]}.partial` : undefined
}

/** What is on disk for one module version, as far as building it goes. */
export interface ModuleFiles {
  zip: boolean
  ziphash: boolean
  /** The extracted tree exists. */
  dir: boolean
  /** go's marker of an extraction that did not finish. */
  partial: boolean
}

/**
 * Whether a module version is ready for a build and for go mod verify without a download: its
 * zip (go extracts it on demand), or a complete tree with the .ziphash that verify checks it by.
 */
export function isReady(f: ModuleFiles): boolean {
  return f.zip || (f.dir && !f.partial && f.ziphash)
}

/**
 * A module version's file under cache/download (zip, ziphash, mod, info, partial), for its path and
 * version as go lists them: cache/download is in GOPROXY layout.
 */
export function downloadFile(modCache: string, modulePath: string, version: string, kind: string): string {
  return path.join(modCache, ...DOWNLOAD_DIR.split('/'), ...escapePath(modulePath).split('/'), '@v', `${escapeVersion(version)}.${kind}`)
}

/** What is on disk for a module version (path and version as go lists them, unescaped). */
export async function moduleFilesOf(modCache: string, modulePath: string, version: string): Promise<ModuleFiles> {
  const file = (kind: string) => pathExists(downloadFile(modCache, modulePath, version, kind))
  const [zip, ziphash, dir, partial] = await Promise.all([
    file('zip'),
    file('ziphash'),
    pathExists(path.join(modCache, ...`${escapePath(modulePath)}@${escapeVersion(version)}`.split('/'))),
    file('partial')
  ])
  return { zip, ziphash, dir, partial }
}

/** module@version (escaped, as on disk) of each module directory or cache/download file among rels. */
export function moduleIds(rels: readonly string[]): string[] {
  const ids = new Set<string>()
  for (const r of rels) {
    const dir = /^([^@]+@[^/]+)$/.exec(r)
    const file = /^cache\/download\/(.+)\/@v\/(.+)\.(?:mod|zip|ziphash|info)$/.exec(r)
    if (dir) ids.add(dir[1]!)
    else if (file && !r.startsWith(`${SUMDB_DIR}/`)) ids.add(`${file[1]}@${file[2]}`)
  }
  return [...ids]
}

/** Files of the checksum database cache, relative to GOMODCACHE, with their sizes. */
export async function listSumdb(modCache: string): Promise<{ rel: string; size: number }[]> {
  const root = path.join(modCache, ...SUMDB_DIR.split('/'))
  const list = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => [])
  const out: { rel: string; size: number }[] = []
  for (const e of list) {
    if (!e.isFile()) continue
    const full = path.join(e.parentPath, e.name)
    out.push({ rel: path.relative(modCache, full).split(path.sep).join('/'), size: (await stat(full)).size })
  }
  return out
}

