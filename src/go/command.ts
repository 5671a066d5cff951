import * as exec from '@actions/exec'
import { ActionError } from '../errors.ts'

export const GO_NOT_FOUND =
  'go not found on PATH: add actions/setup-go (or install Go) before this step'

export interface GoResult {
  exitCode: number
  stdout: string
  stderr: string
}

export interface GoRunOptions {
  cwd?: string
  /** Variables added to (or, when undefined, removed from) the inherited environment. */
  env?: Record<string, string | undefined>
  /** Echo go's output to the log as it runs. */
  echo?: boolean
}

/** Runs the `go` on PATH and returns its exit code and output; never throws for a non-zero exit. */
export async function runGo(args: string[], options: GoRunOptions = {}): Promise<GoResult> {
  try {
    const result = await exec.getExecOutput('go', args, {
      cwd: options.cwd,
      env: mergeEnv(process.env, options.env ?? {}),
      ignoreReturnCode: true,
      silent: !options.echo
    })
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr }
  } catch (err) {
    // @actions/exec looks the tool up on PATH itself and throws before spawning when it is absent.
    if (err instanceof Error && /Unable to locate executable file/.test(err.message)) {
      throw new ActionError(GO_NOT_FOUND)
    }
    throw err
  }
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
