import { createHash } from 'node:crypto'

export interface KeyInputs {
  prefix: string
  runnerOs: string
  runnerArch: string
  files: { path: string; content: Buffer }[]
}

export interface CacheKeys {
  primaryKey: string
  restoreKeys: string[]
  /** sha256 over the dependency files' paths and contents. */
  hash: string
}

/**
 * `<prefix>-<os>-<arch>-<hash>`; the restore key is the same without the hash, so any earlier
 * cache of the same platform can seed a partial restore.
 */
export function computeCacheKeys(inputs: KeyInputs): CacheKeys {
  const hash = hashFiles(inputs.files)
  const base = `${inputs.prefix}-${inputs.runnerOs}-${inputs.runnerArch}-`
  return { primaryKey: `${base}${hash}`, restoreKeys: [base], hash }
}

/** Order-independent: the files are hashed sorted by path; the path is part of the hash. */
export function hashFiles(files: { path: string; content: Buffer }[]): string {
  const sha = createHash('sha256')
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const file of sorted) {
    sha.update(`${file.path}\0${file.content.length}\0`)
    sha.update(file.content)
  }
  return sha.digest('hex')
}
