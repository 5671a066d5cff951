import * as core from '@actions/core'

/** What the runner tells the action about the job, with local fallbacks for runs outside Actions. */
export interface RunnerContext {
  workspace: string
  os: string
  arch: string
  eventName: string
}

export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    os: env.RUNNER_OS || runnerOsName(process.platform),
    arch: env.RUNNER_ARCH || runnerArchName(process.arch),
    eventName: env.GITHUB_EVENT_NAME || ''
  }
}

function runnerOsName(platform: string): string {
  return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux'
}

function runnerArchName(arch: string): string {
  return arch === 'arm64' ? 'ARM64' : arch === 'ia32' ? 'X86' : arch === 'arm' ? 'ARM' : 'X64'
}

/** Runs one phase of the pipeline in a collapsible log group. */
export function phase<T>(title: string, fn: () => Promise<T>): Promise<T> {
  return core.group(title, fn)
}
