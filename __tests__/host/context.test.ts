import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { readRunnerContext, runnerArchName, runnerOsName } from '../../src/host/context.ts'

describe('readRunnerContext', () => {
  const nowhere = () => '/local/checkout'
  const systemTemp = () => '/tmp'

  it("takes the runner's own values on every OS", () => {
    const env = {
      GITHUB_WORKSPACE: 'D:\\a\\repo\\repo',
      RUNNER_OS: 'Windows',
      RUNNER_ARCH: 'X64',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SHA: 'deadbeef',
      RUNNER_TEMP: 'D:\\a\\_temp',
      RUNNER_TOOL_CACHE: 'C:\\hostedtoolcache\\windows'
    }
    expect(readRunnerContext(env, 'linux', 'arm64', nowhere, systemTemp)).toEqual({
      workspace: 'D:\\a\\repo\\repo',
      os: 'Windows',
      arch: 'X64',
      eventName: 'push',
      commit: 'deadbeef',
      temp: 'D:\\a\\_temp',
      toolCache: 'C:\\hostedtoolcache\\windows'
    })
  })

  it('spells the OS and arch as RUNNER_OS and RUNNER_ARCH do when run outside Actions, so cache keys match', () => {
    expect(readRunnerContext({}, 'win32', 'x64', () => 'C:\\src\\app', systemTemp)).toMatchObject({ workspace: 'C:\\src\\app', os: 'Windows', arch: 'X64', eventName: '' })
    expect(readRunnerContext({}, 'darwin', 'arm64', nowhere)).toMatchObject({ workspace: '/local/checkout', os: 'macOS', arch: 'ARM64' })
    expect(readRunnerContext({}, 'linux', 'x64', nowhere)).toMatchObject({ os: 'Linux', arch: 'X64' })
  })

  it('has no temp dir or commit without the runner, and files toolchains under the temp dir there is', () => {
    expect(readRunnerContext({}, 'linux', 'x64', nowhere, systemTemp)).toMatchObject({ commit: '', temp: '', toolCache: path.join('/tmp', 'go-mod-precache-tools') })
    expect(readRunnerContext({ RUNNER_TEMP: '/job/temp' }, 'linux', 'x64', nowhere, systemTemp)).toMatchObject({
      temp: '/job/temp',
      toolCache: path.join('/job/temp', 'go-mod-precache-tools')
    })
  })

  it('names every platform and arch the runner has', () => {
    expect(['win32', 'darwin', 'linux'].map(runnerOsName)).toEqual(['Windows', 'macOS', 'Linux'])
    expect(['x64', 'arm64', 'ia32', 'arm'].map(runnerArchName)).toEqual(['X64', 'ARM64', 'X86', 'ARM'])
  })
})
