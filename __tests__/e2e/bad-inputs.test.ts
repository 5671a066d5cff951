// Inputs a new user gets wrong, run as the action runs: each fails the step with one error that
// names the input (or the go.mod, go.work or go.sum), before the cache service receives a save.
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

  it.each([
    ['app/go.mod', 'is a file (name the directory that holds it)'],
    ['app/go.mod/sub', 'does not exist (a part of the path is a file)'],
    ['nowhere', 'does not exist']
  ])('working-directory: %j fails naming the input, the path and a directory as the expected form', async (dir, why) => {
    const lookups = world.cache.requests.length
    const run = await world.run({ inputs: { 'working-directory': dir } })
    expect(run.main.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      `::error::Input 'working-directory' points at ${path.join(world.workspace, dir)}, which ${why}; expected a directory inside the repository, such as '.' or 'backend'.`
    ])
    expect(run.log).not.toMatch(/ENOTDIR|spawn/)
    expect(world.proxy.requests).toEqual([])
    expect(world.cache.requests.length).toBe(lookups)
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

describe('project files', () => {
  let world: World
  let goSum: string
  let goMod: string
  let uploads: number
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
    goSum = await readFile(path.join(world.project, 'go.sum'), 'utf8')
    goMod = await readFile(path.join(world.project, 'go.mod'), 'utf8')
  })
  afterAll(() => world.close())
  beforeEach(async () => {
    await world.emptyModCache()
    await writeFile(path.join(world.project, 'go.sum'), goSum)
    await writeFile(path.join(world.project, 'go.mod'), goMod)
    await rm(path.join(world.project, 'go.work'), { force: true })
    world.proxy.clearRequests()
    uploads = world.cache.uploads()
  })

  describe('a go.sum that does not vouch for the modules', () => {
    // The test world sets -mod=mod, with which go build would add the lines itself.
    const strict = { GOFLAGS: '-mod=readonly' }

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

  describe('a project file go cannot use fails the step at once, naming the file and the fix', () => {
    // The test world turns workspaces off; these tests need go to read go.work.
    const withWorkspace = { GOWORK: undefined }

    /** One error and no warning, at most one attempt of go, no retry, no module fetched, nothing saved. */
    function expectOneUnretriedError(run: ActionRun, error: string | RegExp, attempts = '1'): void {
      expect(run.main.exitCode).toBe(1)
      expect(errors(run)).toHaveLength(1)
      if (typeof error === 'string') expect(errors(run)[0]).toBe(`::error::${error}`)
      else expect(errors(run)[0].replace(/^::error::/, '')).toMatch(error)
      expect(run.log).not.toMatch(/^::warning/m)
      expect(run.outputs['download-attempts']).toBe(attempts)
      expect(run.log).not.toMatch(/Attempt 2 of/)
      expect(world.zipRequests()).toEqual([])
      expect(world.cache.uploads()).toBe(uploads)
    }

    it("a go.work whose use names a missing directory: names go.work and the directory", async () => {
      await writeFile(path.join(world.project, 'go.work'), 'go 1.22\n\nuse (\n\t.\n\t./missing\n)\n')
      const run = await world.run({ inputs: { 'key-prefix': 'workuse', 'download-retries': '3' }, env: withWorkspace })
      expectOneUnretriedError(
        run,
        'go cannot use app/go.work: a use directive names app/missing, which has no go.mod (go: cannot load module missing listed in go.work file: open missing/go.mod: no such file or directory). ' +
          'Fix: delete app/missing from the use directives of app/go.work, or commit the go.mod of the module that belongs there. Not retried: no download fixes a file. Nothing was saved to the cache.'
      )
    })

    it('a go.work with a directive it cannot hold: names go.work and its line', async () => {
      await writeFile(path.join(world.project, 'go.work'), 'go 1.22\n\nuse .\nrequire example.com/fixture/m001 v1.0.0\n')
      const run = await world.run({ inputs: { 'key-prefix': 'worksyntax', 'download-retries': '3' }, env: withWorkspace })
      expectOneUnretriedError(
        run,
        'go cannot use app/go.work:4: unknown directive: require. Fix: correct or delete that line; a directive of a newer Go needs that Go, installed before this step (actions/setup-go). Not retried: no download fixes a file. Nothing was saved to the cache.'
      )
    })

    it('a go.mod with a malformed require line: names go.mod and its line', async () => {
      await writeFile(path.join(world.project, 'go.mod'), `${goMod}\nrequire example.com/fixture/m003\n`)
      const line = `${goMod}\nrequire`.split('\n').length
      const run = await world.run({ inputs: { 'key-prefix': 'modsyntax', 'download-retries': '3' } })
      expectOneUnretriedError(
        run,
        `go cannot use app/go.mod:${line}: usage: require module/path v1.2.3. Fix: correct that line as go says, and commit the file. Not retried: no download fixes a file. Nothing was saved to the cache.`
      )
    })

    it('a replace directive naming a directory that is not there: names go.mod and the directory', async () => {
      await writeFile(path.join(world.project, 'go.mod'), `${goMod}\nreplace example.com/fixture/m001 => ../nowhere\n`)
      const run = await world.run({ inputs: { 'key-prefix': 'replace', 'download-retries': '3' } })
      expectOneUnretriedError(
        run,
        /^go cannot use app\/go\.mod: a replace directive sends example\.com\/fixture\/m001@v1\.0\.0 to nowhere, which has no go\.mod \(go: .*\)\. Fix: check out nowhere before this step, or correct the replace directive for example\.com\/fixture\/m001@v1\.0\.0 \(=> \.\.\/nowhere\) in app\/go\.mod\. Not retried/
      )
    })

    it('a go.sum with a malformed line: names go.sum and its line, and leaves it as it was', async () => {
      const broken = `${goSum}example.com/fixture/m003 v1.0.0/go.mod\n`
      await writeFile(path.join(world.project, 'go.sum'), broken)
      const run = await world.run({ inputs: { 'key-prefix': 'sumsyntax', 'download-retries': '3' } })
      expectOneUnretriedError(
        run,
        `go cannot use app/go.sum:${broken.split('\n').length - 1}: wrong number of fields 2 (expected "<module> <version>[/go.mod] h1:<hash>"). Fix: delete that line (or the whole go.sum), run \`go mod tidy\`, and commit go.sum. Not retried: no download fixes a file. Nothing was saved to the cache.`,
        // go.sum is read before go runs: go never got to it.
        '0'
      )
      expect(await readFile(path.join(world.project, 'go.sum'), 'utf8')).toBe(broken)
    })

    it('after a partial restore, a go.mod go cannot read is the same one error', async () => {
      const first = await world.run({ inputs: { 'key-prefix': 'partial', 'background-save': 'false' } })
      expect(first.main.exitCode).toBe(0)
      await world.emptyModCache()
      await writeFile(path.join(world.project, 'go.mod'), `${goMod}\nfrobnicate x\n`)
      const line = `${goMod}\nfrobnicate`.split('\n').length
      uploads = world.cache.uploads()
      world.proxy.clearRequests()
      const run = await world.run({ inputs: { 'key-prefix': 'partial', 'download-retries': '3' } })
      expect(run.outputs['cache-hit']).toBe('false')
      expect(run.log).toContain('Restored the module cache from partial-')
      expectOneUnretriedError(
        run,
        new RegExp(`^go cannot use app/go\\.mod:${line}: unknown directive: frobnicate\\. Fix: correct or delete that line`)
      )
    })
  })
})
