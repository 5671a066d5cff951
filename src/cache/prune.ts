// Listing the module cache by module version, so that a save can leave out every version no
// module root needs any more and the cache does not grow with each dependency bump.
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { unescapePath, unescapeVersion } from '../go/escape.ts'

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
