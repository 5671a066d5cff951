// Where the run happens, as the place tells it: the workspace, the OS and arch the cache keys name,
// the event the save policy judges, the commit, the job's temp dir and the tool cache. The runner
// gives them as variables (readRunnerContext); the command gives its own (see cli.ts).
import os from 'node:os'
import path from 'node:path'

export interface RunnerContext {
  workspace: string
  os: string
  arch: string
  eventName: string
  /** The commit being built; '' when the place does not say. */
  commit: string
  /** The job's temp dir; '' when there is none (scratch files go to the system's, and no metrics file is written by default). */
  temp: string
  /** Where toolchains are filed, as tc.find and actions/setup-go look for them. */
  toolCache: string
}

/** The runner's variables, with local fallbacks; the process's own values are parameters, so each OS's answer can be tested on any of them. */
export function readRunnerContext(
  env: NodeJS.ProcessEnv = process.env,
  platform: string = process.platform,
  arch: string = process.arch,
  cwd: () => string = process.cwd,
  tmpdir: () => string = os.tmpdir
): RunnerContext {
  return {
    workspace: env.GITHUB_WORKSPACE || cwd(),
    os: env.RUNNER_OS || runnerOsName(platform),
    arch: env.RUNNER_ARCH || runnerArchName(arch),
    eventName: env.GITHUB_EVENT_NAME || '',
    commit: env.GITHUB_SHA || '',
    temp: env.RUNNER_TEMP || '',
    toolCache: env.RUNNER_TOOL_CACHE || path.join(env.RUNNER_TEMP || tmpdir(), 'go-mod-precache-tools')
  }
}

/** RUNNER_OS's spelling: it is part of the cache key, so a local run must spell it the same way. */
export function runnerOsName(platform: string): string {
  return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux'
}

export function runnerArchName(arch: string): string {
  return arch === 'arm64' ? 'ARM64' : arch === 'ia32' ? 'X86' : arch === 'arm' ? 'ARM' : 'X64'
}
