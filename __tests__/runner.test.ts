import { describe, expect, it } from '@jest/globals'
import { readRunnerContext, runnerArchName, runnerOsName } from '../src/runner.ts'

describe('readRunnerContext', () => {
  const nowhere = () => '/local/checkout'

  it("takes the runner's own values on every OS", () => {
    const env = { GITHUB_WORKSPACE: 'D:\\a\\repo\\repo', RUNNER_OS: 'Windows', RUNNER_ARCH: 'X64', GITHUB_EVENT_NAME: 'push' }
    expect(readRunnerContext(env, 'linux', 'arm64', nowhere)).toEqual({ workspace: 'D:\\a\\repo\\repo', os: 'Windows', arch: 'X64', eventName: 'push' })
  })

  it('spells the OS and arch as RUNNER_OS and RUNNER_ARCH do when run outside Actions, so cache keys match', () => {
    expect(readRunnerContext({}, 'win32', 'x64', () => 'C:\\src\\app')).toEqual({ workspace: 'C:\\src\\app', os: 'Windows', arch: 'X64', eventName: '' })
    expect(readRunnerContext({}, 'darwin', 'arm64', nowhere)).toMatchObject({ workspace: '/local/checkout', os: 'macOS', arch: 'ARM64' })
    expect(readRunnerContext({}, 'linux', 'x64', nowhere)).toMatchObject({ os: 'Linux', arch: 'X64' })
  })

  it('names every platform and arch the runner has', () => {
    expect(['win32', 'darwin', 'linux'].map(runnerOsName)).toEqual(['Windows', 'macOS', 'Linux'])
    expect(['x64', 'arm64', 'ia32', 'arm'].map(runnerArchName)).toEqual(['X64', 'ARM64', 'X86', 'ARM'])
  })
})
