// The module cache end to end: the bundled action, the real go, the loopback module proxy and the
// loopback Actions cache service. Each scenario looks at what reached the cache service and at what
// the saved archive holds, not only at the step's outputs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { chmod, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Stored } from '../../src/cache/backend.ts'
import { githubBackend } from '../../src/cache/github.ts'
import { readRunnerContext } from '../../src/host/context.ts'
import { extractEntry, listEntry, readEntryFile } from '../support/archive.ts'
import { captureStdout } from '../support/stdout.ts'
import type { CacheRequest } from '../support/cache-service.ts'
import { removeTree, runGo, type FixtureModule, type ModuleVersion } from '../support/fixtures.ts'
import { repoRoot } from '../support/runner.ts'
import { createWorld, type World } from './world.ts'

const m = (n: number, version = 'v1.0.0'): ModuleVersion => ({ path: `example.com/fixture/m00${n}`, version })
const id = (v: ModuleVersion) => `${v.path}@${v.version}`
const SAVE_WORKER = path.join(repoRoot, 'dist', 'save-worker.js')

// One build cache for every world of this file: the runtime is compiled once, not per world.
let goCache = ''
beforeAll(async () => {
  goCache = await mkdtemp(path.join(os.tmpdir(), 'gmp-cache-e2e-gocache-'))
})
afterAll(() => removeTree(goCache))

/** Requests that create, upload or commit an entry, on either protocol. */
function writeRequests(requests: CacheRequest[]): CacheRequest[] {
  return requests.filter(
    (r) =>
      /CreateCacheEntry|FinalizeCacheEntryUpload/.test(r.path) ||
      r.method === 'PUT' ||
      r.method === 'PATCH' ||
      (r.method === 'POST' && r.path.startsWith('/_apis/artifactcache/caches'))
  )
}

async function goOffline(world: World, args: string[], flags = '-mod=readonly') {
  return runGo(args, { cwd: world.project, env: { ...world.env, GOCACHE: goCache, GOPROXY: 'off', GOFLAGS: flags } })
}

/** module@version of every extracted directory and every zip a cache archive holds. */
async function archivedVersions(archive: string): Promise<{ dirs: string[]; ziphashes: string[] }> {
  const members = await listEntry(archive)
  const dirs = members.filter((p) => !p.startsWith('cache/') && /@[^/]+$/.test(p)).sort()
  const ziphashes = members
    .map((p) => /^cache\/download\/(.+)\/@v\/([^/]+)\.ziphash$/.exec(p))
    .filter((x) => x !== null)
    .map((x) => `${x[1]}@${x[2]}`)
    .sort()
  return { dirs, ziphashes }
}

function warnings(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::warning'))
}

describe('five dependency bumps, each restored from the entry before', () => {
  let world: World
  // m004 requires m005 v1.0.0 while the app requires m005 v1.0.1. m004 says go 1.16, so its module
  // graph is not pruned: go needs the go.mod of m005 v1.0.0, and no other file of it.
  const m004: FixtureModule = { ...m(4), requires: [m(5)], goVersion: '1.16' }
  let required: ModuleVersion[] = [m(1), m(2), m(3), m004, m(5, 'v1.0.1')]
  let lastKey = ''

  beforeAll(async () => {
    world = await createWorld({
      modules: required,
      extraVersions: [m(5), ...[1, 2, 3, 4, 5].map((i) => m(1, `v1.0.${i}`)), m(3, 'v1.0.1'), m(3, 'v1.0.2')]
    })
  })
  afterAll(() => world.close())

  it('a cold run saves the build list and prunes nothing', async () => {
    expect(await readFile(path.join(world.project, 'go.sum'), 'utf8')).toContain('example.com/fixture/m005 v1.0.0/go.mod h1:')
    const run = await world.run()
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['cache-state']).toBe('miss')
    expect(run.outputs.pruned).toBe('0')
    expect(world.cache.uploads()).toBe(1)
    lastKey = run.outputs['cache-primary-key']
  })

  it('each bump restores the previous entry, fetches only the new versions and prunes the old ones', async () => {
    for (let i = 1; i <= 5; i++) {
      const bumped = [m(1, `v1.0.${i}`), ...(i % 2 === 0 ? [m(3, `v1.0.${i / 2}`)] : [])]
      required = required.map((r) => bumped.find((b) => b.path === r.path) ?? r)
      await world.require(required)
      await world.emptyModCache()
      const run = await world.run()
      const where = `bump ${i}`
      expect([where, run.main.exitCode]).toEqual([where, 0])
      expect([where, run.outputs['cache-state'], run.outputs['cache-matched-key']]).toEqual([where, 'partial', lastKey])
      expect([where, world.zipRequests().sort()]).toEqual([where, bumped.map((b) => `/${b.path}/@v/${b.version}.zip`).sort()])
      expect([where, run.outputs.pruned]).toEqual([where, String(bumped.length)])
      expect(run.outputs['cache-primary-key']).not.toBe(lastKey)
      lastKey = run.outputs['cache-primary-key']
    }
    expect(world.cache.uploads()).toBe(6)
  })

  it('the last saved archive holds the current versions and no directory or zip of an old one', async () => {
    const last = world.cache.entries().at(-1)!
    expect(last.key).toBe(lastKey)
    const current = [m(1, 'v1.0.5'), m(2), m(3, 'v1.0.2'), m(4), m(5, 'v1.0.1')].map(id).sort()
    expect(await archivedVersions(last.path)).toEqual({ dirs: current, ziphashes: current })
    // The graph-only version keeps its go.mod.
    const members = await listEntry(last.path)
    expect(members).toContain('cache/download/example.com/fixture/m005/@v/v1.0.0.mod')
  })

  it('a fresh restore of the last archive verifies and builds with GOPROXY=off', async () => {
    await world.emptyModCache()
    world.proxy.clearRequests()
    await extractEntry(world.cache.entries().at(-1)!.path, world.modCache)
    const verify = await goOffline(world, ['mod', 'verify'])
    expect([verify.code, verify.stderr]).toEqual([0, ''])
    const build = await goOffline(world, ['build', './...'])
    expect([build.code, build.stderr]).toEqual([0, ''])
    expect(world.proxy.requests).toEqual([])
  })
})

describe('a module cache that go filled before the step', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [m(1), m(2)] })
  })
  afterAll(() => world.close())

  it('is used as it is: no restore, no save, cache-state preexisting', async () => {
    const filled = await runGo(['mod', 'download'], { cwd: world.project, env: { ...world.env, GOCACHE: goCache } })
    expect(filled.code).toBe(0)
    const extracted = path.join(world.modCache, 'example.com', 'fixture', 'm001@v1.0.0')
    expect((await stat(extracted)).mode & 0o222).toBe(0) // go made it read-only
    world.proxy.clearRequests()

    const run = await world.run()
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['cache-state']).toBe('preexisting')
    expect(run.log).toContain('go mod verify: all modules verified.')
    expect(world.zipRequests()).toEqual([])
    expect(world.cache.requests).toEqual([])
    expect(world.cache.uploads()).toBe(0)
    expect((await stat(extracted)).mode & 0o222).toBe(0)
  })
})

describe('a corrupt cache archive', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [m(1), m(2)] })
  })
  afterAll(() => world.close())

  it('is a warning: the modules are downloaded afresh and go build works', async () => {
    const good = await world.run()
    expect(good.main.exitCode).toBe(0)
    expect(world.cache.uploads()).toBe(1)
    const key = good.outputs['cache-primary-key']

    await world.emptyModCache()
    world.proxy.clearRequests()
    world.cache.setFault('corrupt')
    const run = await world.run()
    expect(run.main.exitCode).toBe(0)
    // The damage shows while the archive streams into the unpacking, as a failed unpack.
    expect(warnings(run.main.stdout).join('\n')).toContain(`::warning::Unpacking ${key} failed (`)
    expect(warnings(run.main.stdout).join('\n')).toContain('the modules are downloaded afresh')
    expect(run.outputs['cache-hit']).toBe('false')
    expect(run.outputs['cache-state']).toBe('miss')
    expect(world.zipRequests().sort()).toEqual([m(1), m(2)].map((v) => `/${v.path}/@v/${v.version}.zip`))
    const build = await goOffline(world, ['build', './...'])
    expect([build.code, build.stderr]).toEqual([0, ''])
  })
})


/** Saves dir whole as another job's entry of the lean layout would be, with the action's own save worker. */
async function saveAsAnotherJob(world: World, dir: string, key: string): Promise<string> {
  // Without a temp dir in the job, the staging archive would go under the system's temp directory.
  const runnerTemp = await mkdtemp(path.join(world.base, 'other-job-'))
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: world.base,
    GITHUB_WORKSPACE: world.workspace,
    RUNNER_TEMP: runnerTemp,
    ...world.cache.env('v2')
  }
  const jobFile = path.join(runnerTemp, 'job.json')
  const resultFile = path.join(runnerTemp, 'result.json')
  await writeFile(jobFile, JSON.stringify({ job: { entry: 'modules-lean', key, root: dir, members: await readdir(dir) }, resultFile, runner: readRunnerContext(env) }))
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SAVE_WORKER, jobFile], { cwd: world.workspace, env })
    let log = ''
    child.stdout.on('data', (d: Buffer) => (log += d.toString()))
    child.stderr.on('data', (d: Buffer) => (log += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`save worker exited ${code}:\n${log}`))))
  })
}

/** Stores bytes as another job's entry would be stored, through the action's own client of the cache service. */
async function storeAsAnotherJob(world: World, entry: string, key: string, bytes: Buffer): Promise<Stored> {
  const backend = githubBackend(world.cache.env('v2'), await mkdtemp(path.join(world.base, 'other-job-')))
  const staging = await backend.stagingFile(entry)
  await writeFile(staging, bytes)
  // The client masks the signed upload URL: those lines are no business of the test's output.
  const quiet = captureStdout()
  try {
    return await backend.save(entry, key, staging)
  } finally {
    quiet.restore()
  }
}

describe("an entry whose archive is fetched whole but cannot be unpacked", () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [m(1), m(2)] })
  })
  afterAll(() => world.close())

  it('cleans GOMODCACHE, downloads afresh, and saves a good entry of its own', async () => {
    const good = await world.run({ inputs: { 'key-prefix': 'source' } })
    expect(good.post?.exitCode).toBe(0)
    // Another job's entry under a restore key of ours: the action's archive cut in half, stored
    // exactly where the action stores its own.
    const archive = await readFile(world.cache.entries()[0]!.path)
    const stored = await storeAsAnotherJob(world, 'modules-lean', 'halved-Linux-X64-from-another-job', archive.subarray(0, Math.floor(archive.length / 2)))
    expect(stored).toMatchObject({ saved: true })

    await world.emptyModCache()
    world.proxy.clearRequests()
    const run = await world.run({ inputs: { 'key-prefix': 'halved' } })
    expect(run.main.exitCode).toBe(0)
    expect(warnings(run.main.stdout).join('\n')).toMatch(/::warning::Unpacking halved-Linux-X64-from-another-job failed \(the archive is \d+ bytes, its header says \d+: cut short or damaged\); GOMODCACHE was cleaned and the modules are downloaded afresh\./)
    expect(run.outputs['cache-state']).toBe('miss')
    expect(world.zipRequests().sort()).toEqual([m(1), m(2)].map((v) => `/${v.path}/@v/${v.version}.zip`))
    expect((await goOffline(world, ['mod', 'verify'])).code).toBe(0)
    expect(world.cache.entries().map((e) => e.key)).toContain(run.outputs['cache-primary-key'])
  })
})

describe('a restored module cache whose files were modified', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [m(1), m(2)] })
  })
  afterAll(() => world.close())

  it('fails go mod verify: a warning, a fresh download, and the saved entry has the original bytes', async () => {
    const cold = await world.run()
    expect(cold.main.exitCode).toBe(0)
    const source = path.join(world.modCache, 'example.com', 'fixture', 'm001@v1.0.0', 'm001.go')
    const original = await readFile(source)
    // Another job's module cache, with one byte of an extracted file changed, saved under a key the
    // restore keys of the prefix 'tampered' match.
    await chmod(path.dirname(source), 0o755)
    await chmod(source, 0o644)
    const tampered = Buffer.from(original)
    tampered[tampered.length - 2] = tampered[tampered.length - 2]! ^ 0x20
    await writeFile(source, tampered)
    await saveAsAnotherJob(world, world.modCache, 'tampered-Linux-X64-from-another-job')
    expect(world.cache.entries().map((e) => e.key)).toContain('tampered-Linux-X64-from-another-job')

    await world.emptyModCache()
    world.proxy.clearRequests()
    const run = await world.run({ inputs: { 'key-prefix': 'tampered' } })
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['cache-state']).toBe('partial')
    expect(run.outputs['cache-matched-key']).toBe('tampered-Linux-X64-from-another-job')
    const warning = warnings(run.main.stdout).find((w) => w.includes('go mod verify')) ?? ''
    expect(warning).toMatch(/^::warning::go mod verify found modified files .*example\.com\/fixture\/m001 v1\.0\.0: dir has been modified/)
    expect(world.zipRequests().sort()).toEqual([m(1), m(2)].map((v) => `/${v.path}/@v/${v.version}.zip`))

    const saved = world.cache.entries().at(-1)!
    expect(saved.key).toBe(run.outputs['cache-primary-key'])
    expect(saved.key).toMatch(/^tampered-Linux-X64-[0-9a-f]{64}$/)
    expect(await readEntryFile(saved.path, path.relative(world.modCache, source))).toEqual(original)
  })
})

describe('runs that must not upload', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [m(1)] })
  })
  afterAll(() => world.close())

  /** Runs in an emptied module cache; returns the run and the cache requests it made. */
  async function runFresh(options: Parameters<World['run']>[0] = {}) {
    await world.emptyModCache()
    const before = world.cache.requests.length
    const run = await world.run(options)
    return { run, requests: world.cache.requests.slice(before) }
  }

  it("save: never looks the entry up and uploads nothing", async () => {
    const { run, requests } = await runFresh({ inputs: { save: 'never' } })
    expect(run.main.exitCode).toBe(0)
    expect(run.log).toContain("Not saving: input 'save' is 'never'.")
    expect(requests.some((r) => r.path.includes('GetCacheEntryDownloadURL'))).toBe(true)
    expect(writeRequests(requests)).toEqual([])
    expect(world.cache.entries()).toEqual([])
  })

  it('save: auto on a pull_request event uploads nothing', async () => {
    const { run, requests } = await runFresh({ env: { GITHUB_EVENT_NAME: 'pull_request' } })
    expect(run.main.exitCode).toBe(0)
    expect(run.log).toContain("Not saving: input 'save' is 'auto' and this is a pull_request event.")
    expect(requests.some((r) => r.path.includes('GetCacheEntryDownloadURL'))).toBe(true)
    expect(writeRequests(requests)).toEqual([])
    expect(world.cache.entries()).toEqual([])
  })

  it('an exact hit uploads nothing', async () => {
    const first = await runFresh()
    expect(writeRequests(first.requests).length).toBeGreaterThan(0) // the same world does upload when it should
    const { run, requests } = await runFresh()
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['cache-state']).toBe('hit')
    expect(run.log).toContain('Not saving: the restore was an exact hit.')
    expect(writeRequests(requests)).toEqual([])
    expect(world.cache.uploads()).toBe(1)
  })
})

describe('a cache service that answers 503 to everything, with cache-timeout: 3', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [m(1), m(2)] })
    world.cache.setFault('down')
  })
  afterAll(() => world.close())

  it('warns, goes on without the cache, and makes only a few lookup requests', async () => {
    const run = await world.run({ inputs: { 'cache-timeout': '3' } })
    expect(run.main.exitCode).toBe(0)
    expect(warnings(run.main.stdout)).toContain(
      '::warning::The Actions cache service did not answer within cache-timeout (3 s); going on without the cache.'
    )
    expect(run.outputs['cache-state']).toBe('unavailable')
    expect(run.log).toContain('Not saving: the cache service already failed in this job.')
    expect(run.outputs.modules).toBe('2')
    // The client makes at most 5 attempts per call, and none after the lookup is given up.
    const paths = world.cache.requests.map((r) => r.path)
    expect(paths.length).toBeGreaterThanOrEqual(1)
    expect(paths.length).toBeLessThanOrEqual(5)
    expect(new Set(paths)).toEqual(new Set(['/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL']))
  })

  // The lookup abandoned at cache-timeout keeps running in the background; nothing the step writes
  // afterwards, the failed download's diagnosis included, may be turned into a ::warning::.
  it('a download that fails after the lookup timed out is still reported as an ::error::', async () => {
    world.proxy.setFault({ status: 404 }, { match: /\.zip$/ })
    try {
      await world.emptyModCache()
      const run = await world.run({ inputs: { 'cache-timeout': '3', 'download-retries': '0', 'key-prefix': 'fails' } })
      expect(run.main.exitCode).toBe(1)
      const diagnosis = run.main.stdout.split('\n').find((l) => /^::(error|warning)::go mod download failed/.test(l)) ?? ''
      expect(diagnosis).toMatch(/^::error::go mod download failed after 1 attempt/)
    } finally {
      world.proxy.setFault('ok')
    }
  })
})
