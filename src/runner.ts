import * as core from './host/log.ts'

/** What the runner tells the action about the job, with local fallbacks for runs outside Actions. */
export interface RunnerContext {
  workspace: string
  os: string
  arch: string
  eventName: string
}

/** The process's own values are parameters, so each OS's answer can be tested on any of them. */
export function readRunnerContext(
  env: NodeJS.ProcessEnv = process.env,
  platform: string = process.platform,
  arch: string = process.arch,
  cwd: () => string = process.cwd
): RunnerContext {
  return {
    workspace: env.GITHUB_WORKSPACE || cwd(),
    os: env.RUNNER_OS || runnerOsName(platform),
    arch: env.RUNNER_ARCH || runnerArchName(arch),
    eventName: env.GITHUB_EVENT_NAME || ''
  }
}

/** RUNNER_OS's spelling: it is part of the cache key, so a local run must spell it the same way. */
export function runnerOsName(platform: string): string {
  return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux'
}

export function runnerArchName(arch: string): string {
  return arch === 'arm64' ? 'ARM64' : arch === 'ia32' ? 'X86' : arch === 'arm' ? 'ARM' : 'X64'
}

/** Runs one phase of the pipeline in a collapsible log group. */
export function phase<T>(title: string, fn: () => Promise<T>): Promise<T> {
  return core.group(title, fn)
}
