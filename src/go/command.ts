import { spawn } from 'node:child_process'
import path from 'node:path'
import { ActionError } from '../errors.ts'
import { isRunnableFile } from '../fsutil.ts'
import { detachForTreeKill, killTree, stopTreeOnSignal } from '../process.ts'
import { envValue, lookPath, type LookPath } from './lookpath.ts'

export const GO_NOT_FOUND =
  'go not found on PATH: add actions/setup-go (or install Go) before this step'

/**
 * No network for modules. GOPROXY=off alone still fetches private (GONOPROXY) modules directly:
 * a go-get=1 request to their host, then git. GONOPROXY set to a pattern no module path matches
 * sends them to the disabled proxy too, and GOVCS forbids every VCS tool.
 */
export const OFFLINE: Record<string, string> = { GOPROXY: 'off', GONOPROXY: 'none.invalid', GOVCS: '*:off' }

export interface GoResult {
  exitCode: number
  stdout: string
  stderr: string
  /** The run was killed because it exceeded its time limit. */
  timedOut: boolean
}

export interface GoRunOptions {
  cwd?: string
  /** Variables added to (or, when undefined, removed from) the inherited environment. */
  env?: Record<string, string | undefined>
  /** Kill go, and what it started, after this many milliseconds: cmd/go has no overall request timeout. */
  timeoutMs?: number
}

/** Runs the `go` on PATH and returns its exit code and output; never throws for a non-zero exit. */
export async function runGo(args: string[], options: GoRunOptions = {}): Promise<GoResult> {
  const env = mergeEnv(process.env, options.env ?? {})
  try {
    return await spawnCaptured(goCommand(env), args, env, options)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new ActionError(GO_NOT_FOUND)
    throw err
  }
}

/**
 * What to spawn for `go` with this environment. On Windows that is the go.exe found through PATH
 * and PATHEXT, as the user's own steps (run by a shell) would find it; POSIX spawns the name.
 * Throws an ActionError when Windows' first match is a script: Node starts .cmd and .bat files
 * only through a shell (EINVAL otherwise, since CVE-2024-27980), and go's arguments are not
 * handed to cmd.exe, whose quoting is that CVE.
 */
export function goCommand(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
  isFile: (file: string) => boolean = (file) => isRunnableFile(file, platform)
): string {
  const found = lookPath('go', {
    platform,
    path: envValue(env, 'PATH', platform) ?? '',
    pathext: envValue(env, 'PATHEXT', platform) ?? '',
    isFile
  })
  switch (found.kind) {
    case 'search':
      return found.command
    case 'found':
      return found.file
    case 'missing':
      throw new ActionError(GO_NOT_FOUND)
    case 'script':
      throw new ActionError(goScriptMessage(found))
  }
}

export function goScriptMessage(found: Extract<LookPath, { kind: 'script' }>): string {
  const dir = path.win32.dirname(found.file)
  const ext = path.win32.extname(found.file)
  const later =
    found.laterExe === undefined
      ? ''
      : ` ${found.laterExe} is further on PATH: moving its directory ahead of ${dir} is enough.`
  return (
    `go on PATH is ${found.file}, a ${ext} wrapper: this action starts go without a shell, and Windows starts only .exe and .com files that way. ` +
    `Fix: put a real go.exe first on PATH (actions/setup-go does), or add the directory of the go.exe the wrapper runs to PATH ahead of ${dir}.${later}`
  )
}

/**
 * Runs a tool on PATH without echoing its command line (arguments may hold a credential);
 * rejects with the spawn error (code ENOENT when the tool is missing).
 */
export function runCommand(tool: string, args: string[], options: GoRunOptions = {}): Promise<GoResult> {
  return spawnCaptured(tool, args, mergeEnv(process.env, options.env ?? {}), options)
}

function spawnCaptured(tool: string, args: string[], env: Record<string, string>, options: GoRunOptions): Promise<GoResult> {
  return new Promise((resolve, reject) => {
    // Detached (POSIX): the child leads a process group that a timeout kills whole, git with it.
    // The price: a terminal's Ctrl-C, sent to the foreground group, no longer reaches it, and
    // stopTreeOnSignal makes up for that.
    const child = spawn(tool, args, {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: detachForTreeKill(process.platform),
      windowsHide: true
    })
    const untrack = stopTreeOnSignal(child)
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            killTree(child)
          }, options.timeoutMs)
    const settle = () => {
      clearTimeout(timer)
      untrack()
    }
    child.on('error', (err) => {
      settle()
      reject(err)
    })
    child.on('close', (code) => {
      settle()
      resolve({ exitCode: code ?? 1, stdout, stderr, timedOut })
    })
  })
}

/** A tool's output as lines, without the '\r' of a CRLF line end (Windows tools write those). */
export function outputLines(text: string): string[] {
  return text.split(/\r?\n/)
}

/**
 * The inherited environment with changes applied. Windows matches variable names without regard
 * to case: a change to PATH replaces the base's Path rather than sitting beside it (with both,
 * which one the child sees is up to chance).
 */
export function mergeEnv(
  base: NodeJS.ProcessEnv,
  changes: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform
): Record<string, string> {
  const key = (name: string) => (platform === 'win32' ? name.toUpperCase() : name)
  const env = new Map<string, [string, string]>()
  for (const [k, v] of Object.entries(base)) if (v !== undefined) env.set(key(k), [k, v])
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) env.delete(key(k))
    else env.set(key(k), [k, v])
  }
  return Object.fromEntries(env.values())
}
