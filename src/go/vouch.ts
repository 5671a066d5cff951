// Whether go.sum vouches for what go mod download fetched. Without a go.sum line go checks a
// module against the checksum database, downloads it, and adds only its go.mod line to go.sum:
// the download succeeds and the user's go build fails with "missing go.sum entry". So go.sum is
// read before go runs, and the module list go prints is checked against it afterwards.
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ActionError } from '../errors.ts'
import { workUses } from './golines.ts'
import { parseGoSum, type GoSumEntry } from './gosum.ts'

/** The go.sum files of the roots as they were before go ran, and which of them do not exist. */
export interface GoSums {
  entries: GoSumEntry[]
  /** As shown: relative to the repository, `/`-separated. */
  files: string[]
  missing: string[]
  /** By absolute path, each existing file's text (to put back what go mod download added), or null for a missing one. */
  texts: Map<string, string | null>
}

/**
 * Reads each root's go.sum; a workspace root (one with go.work) has go.work.sum and the go.sum
 * of every module it uses. A go.work go cannot read is left to go to report.
 */
export async function readGoSums(workingDirectory: string, roots: readonly string[], repository = workingDirectory): Promise<GoSums> {
  const sums: GoSums = { entries: [], files: [], missing: [], texts: new Map() }
  const add = async (relative: string, optional: boolean) => {
    const file = path.resolve(workingDirectory, relative)
    if (sums.texts.has(file)) return
    const shown = path.relative(repository, file).split(path.sep).join('/')
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch {
      if (!optional) {
        sums.missing.push(shown)
        sums.texts.set(file, null)
      }
      return
    }
    sums.files.push(shown)
    sums.texts.set(file, text)
    sums.entries.push(...parseGoSum(text, shown))
  }
  for (const root of roots) {
    const work = await readFile(path.resolve(workingDirectory, root, 'go.work'), 'utf8').catch(() => undefined)
    if (work === undefined) {
      await add(path.posix.join(root, 'go.sum'), false)
      continue
    }
    await add(path.posix.join(root, 'go.work.sum'), true)
    for (const dir of workUses(work)) if (!path.isAbsolute(dir)) await add(path.posix.join(root, dir.replace(/\\/g, '/'), 'go.sum'), false)
  }
  return sums
}

/**
 * Puts the go.sum files back as they were before go ran: go mod download adds the go.mod lines
 * it fetched, and the repository's go.sum is the user's to change.
 */
export async function restoreGoSums(sums: GoSums): Promise<void> {
  for (const [file, text] of sums.texts) {
    if (text === null) await rm(file, { force: true })
    else await writeFile(file, text)
  }
}

export interface Unvouched {
  /** module@version without a "/go.mod" line: go cannot load the module graph. */
  noGoMod: string[]
  /** module@version without a zip line: go build fails if it imports a package from it. */
  noZip: string[]
}

/** The module versions go.sum has no line for, per kind. Pure. */
export function unvouched(modules: readonly { Path: string; Version: string }[], entries: readonly GoSumEntry[]): Unvouched {
  const lines = new Set(entries.map((e) => `${e.path} ${e.version} ${e.kind}`))
  const noGoMod: string[] = []
  const noZip: string[] = []
  for (const m of modules) {
    if (!lines.has(`${m.Path} ${m.Version} mod`)) noGoMod.push(`${m.Path}@${m.Version}`)
    if (!lines.has(`${m.Path} ${m.Version} zip`)) noZip.push(`${m.Path}@${m.Version}`)
  }
  return { noGoMod, noZip }
}

/** Thrown when the module graph needs go.mod files go.sum does not vouch for. */
export class GoSumMissingError extends ActionError {
  override name = 'GoSumMissingError'
}

/** The error for versions whose go.mod go.sum has no line for, naming the go.sum files at fault. */
export function goSumError(sums: GoSums, noGoMod: readonly string[]): GoSumMissingError {
  const shown = noGoMod.slice(0, 5).join(', ') + (noGoMod.length > 5 ? `, and ${noGoMod.length - 5} more` : '')
  const where =
    sums.missing.length > 0
      ? `${sums.missing.join(', ')} ${sums.missing.length === 1 ? 'does' : 'do'} not exist`
      : `${sums.files.join(', ')} ${sums.files.length === 1 ? 'has' : 'have'} no line for them`
  return new GoSumMissingError(
    `go.sum does not vouch for ${noGoMod.length} module version${noGoMod.length === 1 ? '' : 's'} the build needs (${shown}): ${where}. go build would fail with "missing go.sum entry". Fix: run \`go mod tidy\` and commit go.sum. Nothing was saved to the cache.`
  )
}
