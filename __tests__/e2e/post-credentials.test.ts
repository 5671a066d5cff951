// The post step removes the private-module credentials the main step wrote whatever fails before
// it gets there: a token must never outlive the job in the runner's git config.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createWorld, type World } from './world.ts'

const TOKEN = 'ghs_postStepTestToken0123456789'

describe('the post step and private-module credentials', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [{ path: 'example.com/fixture/m001', version: 'v1.0.0' }] })
  })
  afterAll(async () => world?.close())

  it('removes them even when an earlier part of the post step fails', async () => {
    const gitconfig = path.join(world.env.HOME!, '.gitconfig')
    let during = ''
    const run = await world.run({
      inputs: { private: 'git.corp.example/team/*', 'private-token': TOKEN },
      between: async ({ state }) => {
        during = await readFile(gitconfig, 'utf8')
        // A state the post step cannot read makes its first part throw.
        state['module-save'] = '{not json'
      }
    })
    expect(run.main.exitCode).toBe(0)
    expect(during).toContain('[http "https://git.corp.example/team"]')
    expect(during).toContain('extraheader')
    expect(run.post?.exitCode).toBe(1)
    expect(run.post?.stdout).toContain('Removed 1 credential entry from the global git config.')
    expect(await readFile(gitconfig, 'utf8').catch(() => '')).not.toContain('extraheader')
    // Only the mask command, which the runner takes out of the log, names it.
    expect(run.log.split('\n').filter((l) => l.includes(TOKEN) && !l.startsWith('::add-mask::'))).toEqual([])
  })
})
