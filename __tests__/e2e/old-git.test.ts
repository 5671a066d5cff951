// private-token with a git older than 2.30, which cannot remove an entry by its exact value
// (git config --fixed-value): the step must fail before the token is written anywhere. The git
// first on PATH is a fake that prints 'git version 2.25.1' and records every call it gets.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ActionRun } from '../support/runner.ts'
import { createWorld, type World } from './world.ts'

const TOKEN = 'ghs_old-git-e2e-token'
const USER_CONFIG = '[user]\n\tname = Runner User\n'

describe('private-token with git 2.25.1 on PATH', () => {
  let world: World
  let fakeGit: string
  let calls: string
  let gitConfig: string
  let run: ActionRun

  beforeAll(async () => {
    world = await createWorld({ modules: [{ path: 'example.com/fixture/m001', version: 'v1.0.0' }] })
    const bin = path.join(world.base, 'old-git-bin')
    await mkdir(bin)
    calls = path.join(world.base, 'old-git-calls')
    await writeFile(calls, '')
    fakeGit = path.join(bin, 'git')
    await writeFile(
      fakeGit,
      `#!/bin/sh\nprintf '%s\\n' "$*" >> '${calls}'\nif [ "$1" = "--version" ]; then echo 'git version 2.25.1'; fi\nexit 0\n`
    )
    await chmod(fakeGit, 0o755)
    gitConfig = path.join(world.base, 'gitconfig')
    await writeFile(gitConfig, USER_CONFIG)
    run = await world.run({
      inputs: { private: 'git.corp.test/team/*', 'private-token': TOKEN },
      env: { PATH: `${bin}:${world.env.PATH}`, GIT_CONFIG_GLOBAL: gitConfig }
    })
  })
  afterAll(() => world.close())

  it('fails the step with the git found, its version and what to do', () => {
    expect(run.main.exitCode).toBe(1)
    const error = run.main.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
    expect(error).toBe(
      `::error::private-token needs git 2.30 or newer, which can remove the credential again in the post step (git config --fixed-value), and ${fakeGit} is git 2.25.1. No credential was written. Install git 2.30 or newer before this step, or drop private-token and fetch the private modules through a module proxy that can read them (put it in 'proxies' and set GONOPROXY=none so go asks it).`
    )
  })

  it('asked git only its version: no config call, so nothing was written, and nothing for the post step to remove', async () => {
    expect((await readFile(calls, 'utf8')).split('\n').filter((l) => l !== '')).toEqual(['--version'])
    expect(await readFile(gitConfig, 'utf8')).toBe(USER_CONFIG)
    expect(run.state).not.toHaveProperty('git-credentials')
    expect(run.post?.exitCode).toBe(0)
  })

  it('prints the token nowhere but the mask command', () => {
    const lines = run.log.split('\n').filter((l) => !l.startsWith('::add-mask::'))
    expect(lines.filter((l) => l.includes(TOKEN))).toEqual([])
    expect(JSON.stringify(run.outputs)).not.toContain(TOKEN)
  })
})
