import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createWorld, type World } from './world.ts'

const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

describe('inputs, missing go and an empty project', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1)] })
  })
  afterAll(() => world.close())

  it('rejects an unknown save policy with an error naming the input and the choices', async () => {
    const run = await world.run({ inputs: { save: 'sometimes' } })
    expect(run.main.exitCode).toBe(1)
    expect(run.main.stdout).toContain(
      "::error::Input 'save' has the value 'sometimes'; expected one of: auto, always, never."
    )
    expect(world.proxy.requests).toEqual([])
  })

  it('rejects a key prefix with a comma', async () => {
    const run = await world.run({ inputs: { 'key-prefix': 'go,mod' } })
    expect(run.main.exitCode).toBe(1)
    expect(run.main.stdout).toMatch(/::error::Input 'key-prefix' has the value 'go,mod'/)
  })

  it('names the missing working directory', async () => {
    const run = await world.run({ inputs: { 'working-directory': 'nowhere' } })
    expect(run.main.exitCode).toBe(1)
    expect(run.main.stdout).toMatch(/::error::Input 'working-directory' points at .*nowhere, which does not exist/)
  })

  it('fails with the setup-go hint when go is not on PATH', async () => {
    const run = await world.run({ env: { PATH: '/usr/bin:/bin' } })
    expect(run.main.exitCode).toBe(1)
    expect(run.main.stdout).toContain(
      '::error::go not found on PATH: add actions/setup-go (or install Go) before this step'
    )
  })

  it('succeeds with nothing to do for a module without requirements, and saves nothing', async () => {
    const dir = path.join(world.workspace, 'empty')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'go.mod'), 'module example.com/empty\n\ngo 1.22\n')
    await writeFile(path.join(dir, 'main.go'), 'package main\n\nfunc main() {}\n')
    const uploads = world.cache.uploads()
    const run = await world.run({ inputs: { 'working-directory': 'empty' } })
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs.modules).toBe('0')
    expect(run.outputs['cache-hit']).toBe('false')
    expect(run.log).toMatch(/Not saving: the module cache is empty/)
    expect(world.cache.uploads()).toBe(uploads)
  })

  it('does not save on a pull_request event with save: auto', async () => {
    const uploads = world.cache.uploads()
    const run = await world.run({ env: { GITHUB_EVENT_NAME: 'pull_request' } })
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs.modules).toBe('1')
    expect(run.log).toContain("Not saving: input 'save' is 'auto' and this is a pull_request event.")
    expect(world.cache.uploads()).toBe(uploads)
  })

  it('fails with go\'s own words when a module cannot be downloaded', async () => {
    world.proxy.setFault({ status: 404 }, { match: /\.zip$/ })
    try {
      await world.emptyModCache()
      const run = await world.run({ inputs: { 'key-prefix': 'other', 'download-retries': '0' } })
      expect(run.main.exitCode).toBe(1)
      const error = run.main.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
      expect(error).toMatch(/^::error::go mod download failed after 1 attempt:.*example\.com\/fixture\/m001@v1\.0\.0.*404 Not Found/)
      expect(run.outputs['download-attempts']).toBe('1')
      expect(run.outputs['cache-hit']).toBe('false')
    } finally {
      world.proxy.setFault('ok')
    }
  })
})

describe('a save that loses the race to another job', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1)] })
    world.cache.setFault('exists')
  })
  afterAll(() => world.close())

  it('is reported as info, not as a warning, and the job succeeds', async () => {
    const run = await world.run({ inputs: { 'metrics-file': path.join(world.base, 'race.json') } })
    expect(run.main.exitCode).toBe(0)
    expect(run.post?.exitCode).toBe(0)
    // The background save's log appears in the post step, which waited for it.
    expect(run.post?.stdout).toMatch(/another job may be creating this cache/)
    expect(run.log).not.toMatch(/^::warning/m)
    const completed = JSON.parse(await readFile(run.outputs['metrics-file'], 'utf8'))
    expect(completed.cache).toMatchObject({ saveMode: 'background', saved: false })
    expect(completed.cache.saveMs).toBeGreaterThan(0)
    expect(world.cache.entries()).toEqual([])
  })

  it('saved in the main step instead with background-save false: the same info, the outcome in the outputs', async () => {
    await world.emptyModCache()
    const run = await world.run({ inputs: { 'background-save': 'false' } })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.stdout).toMatch(/another job may be creating this cache/)
    expect(run.log).not.toMatch(/^::warning/m)
    expect(run.outputs['save-ms']).not.toBe('0')
    expect(JSON.parse(run.outputs.metrics).cache).toMatchObject({ saveMode: 'main', saved: false })
    expect(run.state).not.toHaveProperty('module-save')
  })
})

describe('a cache service that is down', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
    world.cache.setFault('down')
  })
  afterAll(() => world.close())

  it('warns and the job still succeeds with every module downloaded', async () => {
    const run = await world.run({ inputs: { 'cache-timeout': '10' } })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.stdout).toMatch(/::warning::/)
    expect(run.outputs['cache-hit']).toBe('false')
    expect(run.outputs.modules).toBe('2')
    expect(world.zipRequests()).toHaveLength(2)
    expect(world.cache.entries()).toEqual([])
  }, 180_000)
})
