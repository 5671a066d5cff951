// go.sum, read the way cmd/go reads it (cmd/go/internal/modfetch/fetch.go, readGoSum).
//
// Each line is "<module path> <version>[/go.mod] <hash>". A version ending in "/go.mod"
// records the hash of that version's go.mod file alone; a bare version records the hash
// of the whole module zip, which go only writes once it has needed the module's files.

import { ActionError } from '../errors.ts'
import { fileFaultMessage, positionFault, type Position } from './filefault.ts'

export type GoSumKind = 'zip' | 'mod'

export interface GoSumEntry {
  /** Module path, as written (not case-escaped). */
  path: string
  /** Version without the "/go.mod" suffix. */
  version: string
  kind: GoSumKind
  /** e.g. "h1:Rr…=" */
  hash: string
  /** 1-based line in the go.sum file. */
  line: number
}

/**
 * The hash of a zero-length go.mod. An old cmd/go bug wrote it for non-modules; go drops
 * such lines when it reads go.sum, and so do we.
 */
export const EMPTY_GO_MOD_HASH = 'h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY='

const GO_MOD_SUFFIX = '/go.mod'

export class GoSumError extends ActionError {
  override name = 'GoSumError'
}

/**
 * Parses go.sum text. Blank lines are skipped; every line with other than three fields is
 * reported, with its line number, in one GoSumError worded as go's own "malformed go.sum … wrong
 * number of fields" is reported (see filefault.ts).
 */
export function parseGoSum(text: string, fileName = 'go.sum'): GoSumEntry[] {
  const entries: GoSumEntry[] = []
  const problems: Position[] = []
  text.split('\n').forEach((content, index) => {
    const line = index + 1
    const fields = content.trim().split(/\s+/).filter(field => field !== '')
    if (fields.length === 0) return
    if (fields.length !== 3) {
      problems.push({ file: fileName, line, said: `wrong number of fields ${fields.length} (expected "<module> <version>[/go.mod] h1:<hash>")` })
      return
    }
    const [path, versionField, hash] = fields as [string, string, string]
    if (hash === EMPTY_GO_MOD_HASH) return
    entries.push(goSumEntry(path, versionField, hash, line))
  })
  const [first, ...others] = problems
  if (first !== undefined) throw new GoSumError(fileFaultMessage(positionFault(first, ...others), { file: fileName }))
  return entries
}

function goSumEntry(path: string, versionField: string, hash: string, line: number): GoSumEntry {
  if (versionField.endsWith(GO_MOD_SUFFIX)) {
    return { path, version: versionField.slice(0, -GO_MOD_SUFFIX.length), kind: 'mod', hash, line }
  }
  return { path, version: versionField, kind: 'zip', hash, line }
}

/** The go.mod hash go.sum records for path@version, or undefined. */
export function goModHash(entries: readonly GoSumEntry[], path: string, version: string): string | undefined {
  return findHash(entries, path, version, 'mod')
}

function findHash(
  entries: readonly GoSumEntry[],
  path: string,
  version: string,
  kind: GoSumKind
): string | undefined {
  return entries.find(entry => entry.kind === kind && entry.path === path && entry.version === version)?.hash
}
