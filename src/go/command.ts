import { spawn } from 'node:child_process'
import { ActionError } from '../errors.ts'

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
  /** Kill go after this many milliseconds: cmd/go itself has no overall request timeout. */
  timeoutMs?: number
}

/** Runs the `go` on PATH and returns its exit code and output; never throws for a non-zero exit. */
export async function runGo(args: string[], options: GoRunOptions = {}): Promise<GoResult> {
  try {
    return await runCommand('go', args, options)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new ActionError(GO_NOT_FOUND)
    throw err
  }
}

/**
 * Runs a tool on PATH without echoing its command line (arguments may hold a credential);
 * rejects with the spawn error (code ENOENT when the tool is missing).
 */
export function runCommand(tool: string, args: string[], options: GoRunOptions = {}): Promise<GoResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, {
      cwd: options.cwd,
      env: mergeEnv(process.env, options.env ?? {}),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true
    })
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
            child.kill('SIGKILL')
          }, options.timeoutMs)
    child.on('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ exitCode: code ?? 1, stdout, stderr, timedOut })
    })
  })
}

export function mergeEnv(
  base: NodeJS.ProcessEnv,
  changes: Record<string, string | undefined>
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(base)) if (v !== undefined) env[k] = v
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  return env
}
