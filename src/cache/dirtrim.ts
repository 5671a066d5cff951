// The trim of a cache directory: remove the files of a key prefix but the newest few.
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { tryRemoveTree } from '../fsutil.ts'
import type { Trimmed } from './backend.ts'
import { keyHasPrefix } from './key.ts'
import { beyondNewest, type Dated } from './retention.ts'

/**
 * Removes the entries in dir (an entry kind's directory) whose key starts with keyPrefix, all but
 * the newest `keep` by mtime. keyOf decodes a file name to its key (undefined for a name that is
 * no entry: a temporary file of a save in progress is never touched). Never rejects.
 */
export async function trimFiles(dir: string, keyPrefix: string, keep: number, keyOf: (name: string) => string | undefined): Promise<Trimmed> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return { removed: [], problems: code === 'ENOENT' ? [] : [`${dir} cannot be listed (${code ?? String(err)})`] }
  }
  const entries: (Dated & { file: string })[] = []
  for (const name of names) {
    const key = keyOf(name)
    if (key === undefined || !keyHasPrefix(key, keyPrefix)) continue
    const file = path.join(dir, name)
    try {
      const info = await stat(file)
      if (info.isFile()) entries.push({ key, file, timeMs: info.mtimeMs })
    } catch {
      // Removed by another job since the listing.
    }
  }
  const trimmed: Trimmed = { removed: [], problems: [] }
  for (const old of beyondNewest(entries, keep)) {
    const left = await tryRemoveTree(old.file)
    if (left === undefined) trimmed.removed.push(old.key)
    else trimmed.problems.push(`${old.file} (${left.code})`)
  }
  return trimmed
}
