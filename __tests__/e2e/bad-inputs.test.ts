// Inputs a new user gets wrong, run as the action runs: each fails the step with one error that
// names the input (or go.sum), before the cache service receives a save.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ActionRun } from '../support/runner.ts'
import { createWorld, type World } from './world.ts'

const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

function errors(run: ActionRun): string[] {
  return run.main.stdout.split('\n').filter((l) => l.startsWith('::error'))
}

describe('bad inputs fail the step with one error, and nothing is saved', () => {
  let world: World
  let uploads: number
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
  })
  afterAll(() => world.close())
  beforeEach(async () => {
    await world.emptyModCache()
    world.proxy.clearRequests()
    uploads = world.cache.uploads()
  })

  it.each([
    ['not a url', "Input 'mirrors' has the entry 'not a url', which contains white space"],
    ['https://', "Input 'mirrors' has the entry 'https://', which is not a valid URL"],
    ['https:///go', "Input 'mirrors' has the entry 'https:///go', which has no host"]
  ])('mirrors: %j is refused before any cache lookup or proxy request', async (mirror, message) => {
    const lookups = world.cache.requests.length
    const run = await world.run({ inputs: { mirrors: `${world.proxy.url}\n${mirror}` } })
    expect(run.main.exitCode).toBe(1)
    expect(errors(run)).toEqual([expect.stringContaining(`::error::${message}`)])
    expect(errors(run)[0]).toMatch(/expected proxy URLs such as https:\/\/goproxy\.io, separated by commas or new lines\.$/)
    expect(world.proxy.requests).toEqual([])
    expect(world.cache.requests.length).toBe(lookups)
  })

  it('proxies: two URLs separated by a space are refused, naming the input', async () => {
    const run = await world.run({ inputs: { proxies: `${world.proxy.url} https://goproxy.io` } })
    expect(run.main.exitCode).toBe(1)
    expect(errors(run)).toEqual([expect.stringMatching(/^::error::Input 'proxies': GOPROXY entry ".*" contains white space/)])
    expect(world.proxy.requests).toEqual([])
    expect(world.cache.uploads()).toBe(uploads)
  })

  it('key-prefix: a key longer than the cache service takes fails, naming the input and the limit', async () => {
    const lookups = world.cache.requests.length
    const run = await world.run({ inputs: { 'key-prefix': 'k'.repeat(440) } })
    expect(run.main.exitCode).toBe(1)
    // 440 + "-Linux-X64-" + 64 hex digits
    expect(errors(run)).toEqual([
      `::error::Input 'key-prefix' (440 characters) makes the cache key ${440 + '-Linux-X64-'.length + 64} characters long; the cache service allows at most 512. Expected a key-prefix of at most 437 characters, such as 'go-mod'.`
    ])
    expect(world.cache.requests.length).toBe(lookups)
    expect(world.cache.uploads()).toBe(uploads)
  })

  it('key-prefix: the longest prefix that fits runs and saves', async () => {
    const run = await world.run({ inputs: { 'key-prefix': 'k'.repeat(437) } })
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['cache-primary-key']?.length).toBe(512)
    expect(world.cache.uploads()).toBe(uploads + 1)
    expect(world.cache.entries().at(-1)?.key).toBe(run.outputs['cache-primary-key'])
  })
})

describe('a go.sum that does not vouch for the modules', () => {
  let world: World
  let goSum: string
  let uploads: number
  // The test world sets -mod=mod, with which go build would add the lines itself.
  const strict = { GOFLAGS: '-mod=readonly' }
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
    goSum = await readFile(path.join(world.project, 'go.sum'), 'utf8')
  })
  afterAll(() => world.close())
  beforeEach(async () => {
    await world.emptyModCache()
    await writeFile(path.join(world.project, 'go.sum'), goSum)
    uploads = world.cache.uploads()
  })

  it('no go.sum: fails naming go.sum and go mod tidy, saves nothing, and leaves no go.sum behind', async () => {
    await rm(path.join(world.project, 'go.sum'))
    const run = await world.run({ inputs: { 'key-prefix': 'nosum' }, env: strict })
    expect(run.main.exitCode).toBe(1)
    expect(errors(run)).toHaveLength(1)
    expect(errors(run)[0]).toMatch(
      /^::error::go\.sum does not vouch for 2 module versions the build needs \(example\.com\/fixture\/m001@v1\.0\.0, example\.com\/fixture\/m002@v1\.0\.0\): app\/go\.sum does not exist\. .*Fix: run `go mod tidy` and commit go\.sum\. Nothing was saved to the cache\./
    )
    expect(world.cache.uploads()).toBe(uploads)
    // go mod download wrote a go.sum; the repository is left as it was.
    await expect(readFile(path.join(world.project, 'go.sum'), 'utf8')).rejects.toThrow(/ENOENT/)
    expect(run.post?.exitCode).toBe(0)
  })

  it('a go.sum without the go.mod line of one module: fails naming it, and go.sum is put back', async () => {
    const without = goSum.split('\n').filter((l) => !l.startsWith('example.com/fixture/m002 v1.0.0/go.mod ')).join('\n')
    await writeFile(path.join(world.project, 'go.sum'), without)
    const run = await world.run({ inputs: { 'key-prefix': 'halfsum' }, env: strict })
    expect(run.main.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      expect.stringMatching(/^::error::go\.sum does not vouch for 1 module version the build needs \(example\.com\/fixture\/m002@v1\.0\.0\): app\/go\.sum has no line for them\./)
    ])
    expect(world.cache.uploads()).toBe(uploads)
    expect(await readFile(path.join(world.project, 'go.sum'), 'utf8')).toBe(without)
  })

  it('a go.sum without the content hash of one module: warns, succeeds, and keeps that module out of the entry', async () => {
    const without = goSum.split('\n').filter((l) => !/^example\.com\/fixture\/m002 v1\.0\.0 h1:/.test(l)).join('\n')
    await writeFile(path.join(world.project, 'go.sum'), without)
    const run = await world.run({ inputs: { 'key-prefix': 'nozipsum', 'background-save': 'false' }, env: strict })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.stdout).toMatch(/::warning::go\.sum \(app\/go\.sum\) has no hash of the content of example\.com\/fixture\/m002@v1\.0\.0: go build fails if it imports a package from them/)
    expect(world.cache.uploads()).toBe(uploads + 1)
    const entry = world.cache.entries().at(-1)!
    expect(entry.key).toBe(run.outputs['cache-primary-key'])
    const { listEntry } = await import('../support/archive.ts')
    const members = await listEntry(entry.path)
    expect(members.some((m) => m.startsWith('example.com/fixture/m001@v1.0.0/'))).toBe(true)
    expect(members.some((m) => m.startsWith('example.com/fixture/m002@v1.0.0/'))).toBe(false)
  })

  it('with GOFLAGS=-mod=mod, a missing go.sum is a warning: go build adds the lines, nothing unvouched is saved', async () => {
    await rm(path.join(world.project, 'go.sum'))
    const run = await world.run({ inputs: { 'key-prefix': 'modmod', 'background-save': 'false' }, env: { GOFLAGS: '-mod=mod' } })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.stdout).toMatch(/::warning::go\.sum does not vouch for 2 module versions .* GOFLAGS has -mod=mod/)
    expect(errors(run)).toEqual([])
    expect(run.log).toContain('Not saving: go.sum vouches for none of the module versions.')
    expect(world.cache.uploads()).toBe(uploads)
  })

  it('a module without requirements needs no go.sum, and passes', async () => {
    await writeFile(path.join(world.project, 'go.mod'), 'module example.com/app\n\ngo 1.22\n')
    await rm(path.join(world.project, 'go.sum'))
    try {
      const run = await world.run({ inputs: { 'key-prefix': 'noreq' }, env: strict })
      expect(run.main.exitCode).toBe(0)
      expect(errors(run)).toEqual([])
      expect(run.outputs.modules).toBe('0')
    } finally {
      await world.require([v(1), v(2)])
    }
  })
})
