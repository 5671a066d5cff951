import * as glob from '@actions/glob'
import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ActionError, errorMessage, InputError } from './errors.ts'

/** The files whose content decides what the module cache must hold. */
export const DEFAULT_DEPENDENCY_GLOBS = [
  '**/go.mod',
  '**/go.sum',
  '**/go.work',
  '**/go.work.sum',
  '!**/vendor/**',
  '!**/testdata/**',
  '!**/node_modules/**',
  '!**/.git/**'
]

export interface DependencyFile {
  /** Relative to the working directory, with `/` separators on every OS. */
  path: string
  content: Buffer
}

export interface DependencyFiles {
  workingDirectory: string
  files: DependencyFile[]
  /** Directories (relative, `.` for the working directory) in which to run `go mod download`. */
  roots: string[]
}

export async function findDependencyFiles(
  workingDirectory: string,
  patterns: string[]
): Promise<DependencyFiles> {
  assertWorkingDirectory(workingDirectory)
  const globs = (patterns.length > 0 ? patterns : DEFAULT_DEPENDENCY_GLOBS).map((p) =>
    anchorPattern(workingDirectory, p)
  )
  const globber = await glob.create(globs.join('\n'), {
    followSymbolicLinks: false,
    matchDirectories: false
  })
  const found = await globber.glob()
  const files: DependencyFile[] = []
  for (const file of found) {
    files.push({ path: relativeSlashPath(workingDirectory, file), content: await readFile(file) })
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const roots = moduleRoots(files.map((f) => f.path))
  if (roots.length === 0) {
    const shown = patterns.length > 0 ? patterns.join(', ') : 'the default globs'
    throw new ActionError(
      `No go.mod or go.work found in ${workingDirectory} with ${shown}: set 'working-directory' to the directory of your go.mod, or 'cache-dependency-path' to globs that match it.`
    )
  }
  return { workingDirectory, files, roots }
}

/** Throws when the working directory is not a directory: go would fail to start there, saying only ENOTDIR. */
export function assertWorkingDirectory(dir: string): void {
  const problem = workingDirectoryProblem(dir)
  if (problem !== undefined) {
    throw new InputError(
      `Input 'working-directory' points at ${dir}, which ${problem}; expected a directory inside the repository, such as '.' or 'backend'.`
    )
  }
}

function workingDirectoryProblem(dir: string): string | undefined {
  try {
    const stat = statSync(dir)
    if (stat.isDirectory()) return undefined
    return stat.isFile() ? 'is a file (name the directory that holds it)' : 'is not a directory'
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return 'does not exist'
    if (code === 'ENOTDIR') return 'does not exist (a part of the path is a file)'
    return `cannot be read (${code ?? errorMessage(err)})`
  }
}

/**
 * Globs are relative to the working directory; `!` exclusions stay exclusions. `p` is the path
 * flavour of the runner's OS (path.win32 on Windows, where @actions/glob takes either separator).
 */
export function anchorPattern(dir: string, pattern: string, p: path.PlatformPath = path): string {
  const negated = pattern.startsWith('!')
  const body = negated ? pattern.slice(1) : pattern
  const anchored = p.isAbsolute(body) ? body : p.join(dir, body)
  return negated ? `!${anchored}` : anchored
}

/** `p` with `/` separators whatever the OS, so keys and roots are spelled the same everywhere. */
export function toSlash(file: string, p: path.PlatformPath = path): string {
  // Windows takes both separators: a path may hold a mix of them.
  return p.sep === '\\' ? file.replace(/\\/g, '/') : file
}

/** A file found under the working directory, relative to it with `/` separators. */
export function relativeSlashPath(dir: string, file: string, p: path.PlatformPath = path): string {
  return toSlash(p.relative(dir, file), p)
}

/**
 * Where `go mod download` must run: each go.work directory covers every module below it (go finds
 * the workspace by walking up); every other go.mod directory is a root of its own.
 */
export function moduleRoots(files: string[]): string[] {
  const dirOf = (f: string): string => path.posix.dirname(f)
  const workspaces = files.filter((f) => path.posix.basename(f) === 'go.work').map(dirOf)
  const modules = files.filter((f) => path.posix.basename(f) === 'go.mod').map(dirOf)
  const inWorkspace = (dir: string): boolean =>
    workspaces.some((w) => w === '.' || dir === w || dir.startsWith(`${w}/`))
  const roots = new Set([...workspaces, ...modules.filter((m) => !inWorkspace(m))])
  return [...roots].sort()
}
