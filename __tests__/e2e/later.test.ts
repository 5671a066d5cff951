// What a later step of the job adds to GOMODCACHE (here `go install tool@version`, which go only
// does after checking the module) is saved by the post step in an entry of its own and restored
// beside the module cache, so the next run with the same key fetches nothing and the tool installs
// with GOPROXY=off. The same scenario runs on the GitHub cache service, S3 (gofakes3) and a shared
// directory; the rules on what is never saved run on the GitHub cache service.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { foldKey } from '../../src/cache/key.ts'
import { listEntry } from '../support/archive.ts'
import { runGo, writeModule } from '../support/fixtures.ts'
import { startS3Server, type S3Server } from '../support/s3-server.ts'
import type { ActionRun, RunOptions } from '../support/runner.ts'
import { createWorld, type World } from './world.ts'

const m = (n: number, version = 'v1.0.0') => ({ path: `example.com/fixture/m00${n}`, version })
const TOOL = { path: 'example.com/tool', version: 'v1.0.0', files: { 'cmd/tool/main.go': 'package main\n\nfunc main() {}\n' } }
const TOOL_PKG = `${TOOL.path}/cmd/tool@${TOOL.version}`

function warnings(run: ActionRun): string[] {
  return run.log.split('\n').filter((l) => l.startsWith('::warning'))
}

/** Requests for the tool's module of any kind (.info, .mod, .zip, the version list). */
function toolRequests(world: World): string[] {
  return world.proxy.requests.map((r) => r.path).filter((p) => p.startsWith(`/${TOOL.path}/@v/`))
}

/** A later step that installs the tool through the exported GOPROXY. */
function installTool(world: World, result: { code: number; stderr: string }) {
  return async ({ env }: { env: Record<string, string> }) => {
    const r = await runGo(['install', TOOL_PKG], { cwd: world.project, env: { ...world.env, ...env, GOBIN: path.join(world.base, 'bin') } })
    Object.assign(result, { code: r.code, stderr: r.stderr })
  }
}

/**
 * Builds the tool from the module cache alone, in a module that requires it. (`GOPROXY=off go
 * install tool@version` cannot work from any module cache: go asks the proxy for the module's
 * latest version to look for a deprecation notice, and fails without one.)
 */
async function buildToolOffline(world: World): Promise<{ code: number; stderr: string }> {
  const dir = path.join(world.base, 'tool-user')
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'go.mod'), `module example.com/tooluser\n\ngo 1.22\n\nrequire ${TOOL.path} ${TOOL.version}\n`)
  const r = await runGo(['build', '-o', path.join(world.base, 'bin', 'tool-offline'), `${TOOL.path}/cmd/tool`], { cwd: dir, env: { ...world.env, GOPROXY: 'off' } })
  return { code: r.code, stderr: r.stderr }
}

function savedLaterKey(run: ActionRun): string | undefined {
  return /Saved \d+ module versions?(?: \(and the go\.mod files of \d+ more\))? later steps added as (\S+) in/.exec(run.post?.stdout ?? '')?.[1]
}

interface Place {
  inputs: Record<string, string>
  env: Record<string, string>
  close(): Promise<void>
}

describe.each([
  ['the GitHub cache service', async (): Promise<Place> => ({ inputs: {}, env: {}, close: async () => undefined })],
  [
    'S3-compatible storage',
    async (): Promise<Place> => {
      const server: S3Server = await startS3Server()
      await server.createBucket('go-cache')
      return { inputs: { 'cache-url': 's3://go-cache/fleet', 's3-endpoint': server.url }, env: server.env(), close: () => server.close() }
    }
  ],
  [
    'a shared directory',
    async (world?: World): Promise<Place> => ({ inputs: { 'cache-url': `file://${path.join(world!.base, 'shared-cache')}` }, env: {}, close: async () => undefined })
  ]
] as const)('modules a later step adds, on %s', (_name, make) => {
  let world: World
  let place: Place
  const run = (between: RunOptions['between'], inputs: Record<string, string> = {}) =>
    world.run({ inputs: { ...place.inputs, ...inputs }, env: place.env, between })

  beforeAll(async () => {
    world = await createWorld({ modules: [m(1), m(2)], extraVersions: [m(2, 'v1.1.0')] })
    await mkdir(path.join(world.base, 'bin'), { recursive: true })
    await writeModule(world.proxyRoot, TOOL)
    place = await make(world)
  })
  afterAll(async () => {
    await place.close()
    await world.close()
  })

  it('are saved by the post step, and the next run with the same key restores them and fetches nothing', async () => {
    await world.emptyModCache()
    const installed = { code: -1, stderr: '' }
    const first = await run(installTool(world, installed))
    expect(installed.code).toBe(0)
    expect([first.main.exitCode, first.post?.exitCode, warnings(first)]).toEqual([0, 0, []])
    expect(savedLaterKey(first)).toMatch(new RegExp(`^${first.outputs['cache-primary-key']}-later-\\d+$`))
    expect(first.post?.stdout).toContain(`${TOOL.path}@${TOOL.version}`)

    await world.emptyModCache()
    world.proxy.clearRequests()
    const again = { code: -1, stderr: '' }
    const second = await run(installTool(world, again))
    expect([second.outputs['cache-state'], warnings(second)]).toEqual(['hit', []])
    expect([again.code, again.stderr]).toEqual([0, ''])
    // Only the version list, which go asks for on every install by version and no cache keeps.
    expect(toolRequests(world)).toEqual([`/${TOOL.path}/@v/list`])
    expect(world.zipRequests()).toEqual([])
    expect(await buildToolOffline(world)).toEqual({ code: 0, stderr: '' })
    // Nothing new: no second entry.
    expect(savedLaterKey(second)).toBeUndefined()
    expect(second.post?.stdout).toContain('Later steps added no module versions to GOMODCACHE beyond those restored: nothing to save.')
  })

  it('after a dependency bump, the tool a later step used again is carried over to the new key', async () => {
    await world.require([m(1), m(2, 'v1.1.0')])
    await world.emptyModCache()
    world.proxy.clearRequests()
    const used = { code: -1, stderr: '' }
    const bumped = await run(installTool(world, used))
    expect([bumped.outputs['cache-state'], warnings(bumped)]).toEqual(['partial', []])
    expect([used.code, used.stderr]).toEqual([0, ''])
    expect(toolRequests(world)).toEqual([`/${TOOL.path}/@v/list`])
    // Left out of the module cache entry, but kept: not reported as pruned.
    expect(bumped.main.stdout).not.toMatch(/Pruned .*example\.com\/tool/)
    expect(savedLaterKey(bumped)).toMatch(new RegExp(`^${bumped.outputs['cache-primary-key']}-later-\\d+$`))
    expect(bumped.post?.stdout).toContain(`${TOOL.path}@${TOOL.version}`)

    // The same key again, with a later step that does not use the tool: it comes from the
    // carried-over entry, and a restore from the same key keeps it whether or not it is used.
    await world.emptyModCache()
    const next = await run(undefined)
    expect(next.outputs['cache-state']).toBe('hit')
    // S3 and the shared directory store keys lowercased, as act's cache does.
    expect(foldKey(next.main.stdout)).toContain(`from ${foldKey(savedLaterKey(bumped)!)}`)
    expect(await buildToolOffline(world)).toEqual({ code: 0, stderr: '' })
  })

  it('after another bump, a restored tool no later step read is not carried over to the new key', async () => {
    await world.require([m(1), m(2)])
    await world.emptyModCache()
    const installed = { code: -1, stderr: '' }
    const r = await run(installTool(world, installed), { 'key-prefix': 'unused' })
    expect([r.outputs['cache-state'], installed.code]).toEqual(['miss', 0])
    const savedKey = savedLaterKey(r)
    expect(savedKey).toBeDefined()
    await world.require([m(1), m(2, 'v1.1.0')])
    await world.emptyModCache()
    const bumped = await run(undefined, { 'key-prefix': 'unused' })
    expect([bumped.outputs['cache-state'], warnings(bumped)]).toEqual(['partial', []])
    expect(foldKey(bumped.main.stdout)).toContain(foldKey(`Restored 1 module version later steps added, from ${savedKey}`))
    expect(savedLaterKey(bumped)).toBeUndefined()
    expect(bumped.post?.stdout).toContain('Later steps added no module versions to GOMODCACHE beyond those restored: nothing to save.')
  })
})

describe('what is never saved of what later steps add', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [m(1)], extraVersions: [m(3), m(4)] })
    await writeModule(world.proxyRoot, TOOL)
  })
  afterAll(() => world.close())

  const laterEntries = () => world.cache.entries().filter((e) => /-later-\d+$/.test(e.key))

  it('a module whose extraction a killed step left unfinished (.partial), and locks and temporary files', async () => {
    await world.emptyModCache()
    const installed = { code: -1, stderr: '' }
    const r = await world.run({
      inputs: { 'key-prefix': 'killed' },
      between: async (exported) => {
        await installTool(world, installed)(exported)
        // m003 as a killed go leaves it: checked zip and .ziphash, a tree half extracted under
        // its .partial marker, a lock and a temporary zip.
        const env = { ...world.env, ...exported.env }
        expect((await runGo(['mod', 'download', `${m(3).path}@${m(3).version}`], { cwd: world.project, env })).code).toBe(0)
        const download = path.join(world.modCache, 'cache', 'download', 'example.com', 'fixture', 'm003', '@v')
        await writeFile(path.join(download, 'v1.0.0.partial'), '')
        await writeFile(path.join(download, 'v1.0.0.lock'), '')
        await writeFile(path.join(download, 'v1.0.0.zip4242.tmp'), 'half')
        await mkdir(path.join(world.modCache, 'example.com', 'fixture', 'm003@v1.0.0'), { recursive: true })
        await writeFile(path.join(world.modCache, 'example.com', 'fixture', 'm003@v1.0.0', 'go.mod'), 'module example.com/fixture/m003\n')
      }
    })
    expect([installed.code, r.post?.exitCode, warnings(r)]).toEqual([0, 0, []])
    const [entry] = laterEntries()
    expect(entry?.key).toBe(savedLaterKey(r))
    const members = await listEntry(entry!.path)
    expect(members).toContain('example.com/tool@v1.0.0')
    expect(members).toContain('cache/download/example.com/tool/@v/v1.0.0.ziphash')
    expect(members.filter((p) => p.includes('m003@v1.0.0'))).toEqual([])
    expect(members.filter((p) => /\.(partial|lock|tmp)$/.test(p))).toEqual([])
    // Its go.mod, checked by go before it was written, is kept.
    expect(members).toContain('cache/download/example.com/fixture/m003/@v/v1.0.0.mod')
  })

  it.each([
    ["save: 'never'", { save: 'never' }, {}, "input 'save' is 'never'"],
    ['a pull_request event (save: auto)', {}, { GITHUB_EVENT_NAME: 'pull_request' }, "input 'save' is 'auto' and this is a pull_request event"]
  ])('nothing on %s', async (_what, inputs: Record<string, string>, env: Record<string, string>, reason) => {
    await world.emptyModCache()
    const before = laterEntries().length
    const installed = { code: -1, stderr: '' }
    const r = await world.run({ inputs: { 'key-prefix': `nosave${before}${inputs.save ?? ''}`, ...inputs }, env, between: installTool(world, installed) })
    expect([installed.code, r.post?.exitCode]).toEqual([0, 0])
    expect(r.main.stdout).toContain(`Modules later steps add are not saved: ${reason}.`)
    expect(laterEntries().length).toBe(before)
  })

  it('nothing, and no wait, when the cache service already failed in this job', async () => {
    await world.emptyModCache()
    const before = world.cache.requests.length
    world.cache.setFault('down')
    const installed = { code: -1, stderr: '' }
    const r = await world.run({ inputs: { 'key-prefix': 'failing', 'cache-timeout': '5' }, between: installTool(world, installed) })
    world.cache.setFault('none')
    expect([installed.code, r.main.exitCode, r.post?.exitCode]).toEqual([0, 0, 0])
    expect(r.main.stdout).toContain('Modules later steps add are not saved: the cache service already failed in this job.')
    expect(r.post?.stdout ?? '').not.toContain('Save modules later steps added')
    expect(world.cache.requests.length).toBeGreaterThan(before)
    expect(laterEntries().filter((e) => e.key.startsWith('failing'))).toEqual([])
  })
})
