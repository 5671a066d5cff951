// Which file a bare command name means, decided the way each OS decides it. Pure: the file system
// is asked through a predicate, so Windows' rules run (and are tested) on any OS.
import path from 'node:path'

/** What cmd.exe and Go's os/exec use when PATHEXT is unset or empty. */
export const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD'

export type LookPath =
  /** POSIX: spawn the name itself; execvp searches PATH, with its own rules for permissions. */
  | { kind: 'search'; command: string }
  /** Windows: the program file found; spawn that path. */
  | { kind: 'found'; file: string }
  /**
   * Windows: the first match is a script (.cmd, .bat, or another PATHEXT type) that only a shell
   * runs; laterExe is a program of that name further on PATH, if any.
   */
  | { kind: 'script'; file: string; laterExe?: string }
  | { kind: 'missing' }

export interface LookPathInput {
  platform: NodeJS.Platform
  /** PATH as the child would get it; '' when unset. */
  path: string
  /** PATHEXT as the child would get it; '' when unset. Windows only. */
  pathext: string
  isFile: (file: string) => boolean
}

/** Extensions CreateProcess starts without a shell. */
const PROGRAM_EXTENSIONS = new Set(['.exe', '.com'])

/**
 * Finds a command name (without extension) as cmd.exe would: each PATH directory in order, each
 * PATHEXT extension in order within it. Unlike cmd.exe and Node's own spawn on Windows, the
 * current directory is not searched first (nor is a relative PATH entry): a go.exe checked into
 * the repository must not run in place of the installed one (Go's os/exec refuses that too).
 */
export function lookPath(name: string, input: LookPathInput): LookPath {
  if (input.platform !== 'win32') return { kind: 'search', command: name }
  let script: string | undefined
  for (const dir of splitWindowsPath(input.path)) {
    if (!path.win32.isAbsolute(dir)) continue
    for (const ext of pathExtensions(input.pathext)) {
      const file = path.win32.join(dir, name + ext)
      if (!input.isFile(file)) continue
      if (PROGRAM_EXTENSIONS.has(ext)) return script === undefined ? { kind: 'found', file } : { kind: 'script', file: script, laterExe: file }
      script ??= file
    }
  }
  return script === undefined ? { kind: 'missing' } : { kind: 'script', file: script }
}

/**
 * PATH split as Windows splits it (Go's filepath.SplitList): on ';' outside double quotes, the
 * quotes removed (they let a directory name hold ';'); empty entries dropped.
 */
export function splitWindowsPath(value: string): string[] {
  const entries: string[] = []
  let current = ''
  let quoted = false
  for (const c of value) {
    if (c === '"') quoted = !quoted
    else if (c === ';' && !quoted) {
      entries.push(current)
      current = ''
    } else current += c
  }
  entries.push(current)
  return entries.filter((e) => e !== '')
}

/** PATHEXT lowercased, each entry with its leading dot, as Go's os/exec reads it. */
export function pathExtensions(value: string): string[] {
  const exts = (value === '' ? DEFAULT_PATHEXT : value)
    .toLowerCase()
    .split(';')
    .filter((e) => e !== '')
    .map((e) => (e.startsWith('.') ? e : `.${e}`))
  return exts.length > 0 ? exts : pathExtensions(DEFAULT_PATHEXT)
}

/**
 * An environment variable's value. Windows matches names without regard to case: the variable is
 * often spelled Path there, and PATHEXT may be too.
 */
export function envValue(env: Record<string, string | undefined>, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== 'win32') return env[name]
  const upper = name.toUpperCase()
  for (const [key, value] of Object.entries(env)) if (key.toUpperCase() === upper && value !== undefined) return value
  return undefined
}
