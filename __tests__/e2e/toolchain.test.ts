// A project whose go.mod asks for a newer Go than the machine's: the action gets that toolchain
// through the probed chain, with the real go checking it against a loopback checksum database,
// files it in the tool cache and puts it first on PATH for later steps.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { startChecksumDb, type ChecksumDb } from '../support/checksum-db.ts'
import { buildToolchainModule, tamperedZip, writeToolchainModule, type ToolchainModule } from '../support/fake-toolchain.ts'
import { startGoProxy, type GoProxy } from '../support/goproxy.ts'
import { toolCacheArch } from '../../src/toolchain/arch.ts'
import type { ActionRun } from '../support/runner.ts'
import { createWorld, writeProjectFile, type World } from './world.ts'

const run = promisify(execFile)
const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

interface ToolchainRecord {
  gotoolchain: string
  required: string
  version: string
  source: string
  attempts: { source: string; outcome: string; class: string; detail: string }[]
}

const toolchainOf = (r: ActionRun): ToolchainRecord =>
  (JSON.parse(r.outputs.metrics ?? '{}') as { toolchain: ToolchainRecord }).toolchain

let module: ToolchainModule
let sumdb: ChecksumDb
let world: World
let toolCache: string
let extra: GoProxy[] = []

beforeAll(async () => {
  module = await buildToolchainModule('go1.99.0')
  sumdb = await startChecksumDb({ lines: module.sumLines })
  world = await createWorld({ modules: [v(1), v(2)] })
  await writeToolchainModule(world.proxyRoot, module)
  await appendFile(path.join(world.project, 'go.mod'), '\ntoolchain go1.99.0\n')
}, 300_000)

afterEach(async () => {
  await Promise.all(extra.map((p) => p.close()))
  extra = []
  await rm(toolCache, { recursive: true, force: true })
})

afterAll(async () => {
  await world?.close()
  await sumdb?.close()
})

async function freshToolCache(): Promise<string> {
  toolCache = await mkdtemp(path.join(os.tmpdir(), 'gmp-toolcache-'))
  return toolCache
}

/** A run that lets go switch (GOTOOLCHAIN=auto) and verifies toolchains with the loopback database. */
function runWithToolchains(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return world.run({
    inputs: { 'key-prefix': `tc${Date.now()}`, ...inputs },
    env: { GOTOOLCHAIN: 'auto', GOSUMDB: sumdb.gosumdb, RUNNER_TOOL_CACHE: toolCache, ...env }
  })
}

/** Another proxy over a copy of the world's modules, with the toolchain zip replaced (or left out). */
async function proxyServing(zip: Buffer | null, options: { fault?: 'blackhole' } = {}): Promise<GoProxy> {
  const root = await mkdtemp(path.join(world.base, 'proxy-copy-'))
  await cp(world.proxyRoot, root, { recursive: true })
  if (zip === null) await rm(path.join(root, 'golang.org', 'toolchain'), { recursive: true })
  else await writeToolchainModule(root, module, zip)
  const proxy = await startGoProxy({ root, fault: options.fault })
  extra.push(proxy)
  return proxy
}

const toolchainRequests = (p: GoProxy): string[] =>
  p.requests.filter((r) => r.path.startsWith('/golang.org/toolchain/')).map((r) => r.path)

async function goVersionIn(bin: string): Promise<string> {
  const { stdout } = await run(path.join(bin, 'go'), ['version'], { env: { ...world.env, GOTOOLCHAIN: 'local' } })
  return stdout.trim()
}

describe('a toolchain line newer than the local go', () => {
  it('is fetched through the chain, checked, put first on PATH, and found in the tool cache the next time', async () => {
    await freshToolCache()
    world.proxy.clearRequests()
    const lookups = sumdb.requests.length
    const first = await runWithToolchains({ proxies: world.proxy.url })
    expect(first.main.exitCode).toBe(0)
    expect(first.outputs['go-version']).toBe('1.99.0')
    expect(first.outputs['toolchain-source']).toBe(world.proxy.url)
    expect(Number(first.outputs['toolchain-ms'])).toBeGreaterThan(0)
    // Filed under go's own arch (amd64 → x64), as actions/setup-go names it, not Node's.
    const installed = path.join(toolCache, 'go', '1.99.0', toolCacheArch((await run('go', ['env', 'GOHOSTARCH'], { env: world.env })).stdout.trim()))
    expect(first.addedPath).toEqual([path.join(installed, 'bin')])
    expect(existsSync(`${installed}.complete`)).toBe(true)
    expect(first.exportedEnv.GOTOOLCHAIN).toBe('local')
    // A later step: the go first on PATH is the new toolchain.
    expect(await goVersionIn(first.addedPath[0]!)).toMatch(/^go version go1\.99\.0 /)
    // go itself checked the zip against the checksum database.
    expect(sumdb.requests.slice(lookups)).toContain(`/lookup/golang.org/toolchain@${module.version}`)
    expect(toolchainRequests(world.proxy)).toContain(`/golang.org/toolchain/@v/${module.version}.zip`)
    // The modules were downloaded by the new toolchain too, and the summary says what happened.
    expect(first.outputs.modules).toBe('2')
    expect(first.summary).toContain('the toolchain line of go.mod asks for go1.99.0: 1.99.0 from')
    expect(toolchainOf(first)).toMatchObject({ gotoolchain: 'auto', required: 'go1.99.0', version: '1.99.0' })

    world.proxy.clearRequests()
    const afterFirst = sumdb.requests.length
    await world.emptyModCache()
    const second = await runWithToolchains({ proxies: world.proxy.url })
    expect(second.main.exitCode).toBe(0)
    expect(second.outputs['toolchain-source']).toBe('tool-cache')
    expect(second.outputs['go-version']).toBe('1.99.0')
    expect(second.addedPath).toEqual([path.join(installed, 'bin')])
    expect(toolchainRequests(world.proxy)).toEqual([])
    expect(sumdb.requests.slice(afterFirst).filter((p) => p.includes('toolchain'))).toEqual([])
  })

  it('still arrives when the first proxy of the chain is a black hole, which is never asked for it', async () => {
    await freshToolCache()
    const hole = await proxyServing(module.zip, { fault: 'blackhole' })
    const result = await runWithToolchains({ proxies: `${hole.url}|${world.proxy.url}`, 'probe-timeout': '2' })
    expect(result.main.exitCode).toBe(0)
    expect(result.outputs['toolchain-source']).toBe(world.proxy.url)
    expect(toolchainRequests(hole)).toEqual([])
    expect(toolchainOf(result).attempts).toEqual([expect.objectContaining({ source: world.proxy.url, outcome: 'ok' })])
    expect(await goVersionIn(result.addedPath[0]!)).toMatch(/^go version go1\.99\.0 /)
  })

  it('retries a proxy that fails once with a 503 on the zip, and skips one that lacks the toolchain', async () => {
    await freshToolCache()
    const lacking = await proxyServing(null)
    world.proxy.setFault({ status: 503 }, { times: 1, match: /^\/golang\.org\/toolchain\/.*\.zip$/ })
    const result = await runWithToolchains({ proxies: `${lacking.url}|${world.proxy.url}` })
    expect(result.main.exitCode).toBe(0)
    expect(toolchainOf(result).attempts).toEqual([
      expect.objectContaining({ source: lacking.url, outcome: 'failed', class: 'not-found' }),
      expect.objectContaining({ source: world.proxy.url, outcome: 'failed', class: 'http-5xx' }),
      expect.objectContaining({ source: world.proxy.url, outcome: 'ok' })
    ])
    expect(result.outputs['toolchain-source']).toBe(world.proxy.url)
    expect(await goVersionIn(result.addedPath[0]!)).toMatch(/^go version go1\.99\.0 /)
  })

  it('rejects a zip the checksum database does not vouch for and moves on to the next proxy', async () => {
    await freshToolCache()
    const tampered = await proxyServing(tamperedZip(module))
    const result = await runWithToolchains({ proxies: `${tampered.url}|${world.proxy.url}` })
    expect(result.main.exitCode).toBe(0)
    expect(toolchainRequests(tampered)).toContain(`/golang.org/toolchain/@v/${module.version}.zip`)
    expect(toolchainOf(result).attempts).toEqual([
      expect.objectContaining({ source: tampered.url, outcome: 'failed', class: 'checksum' }),
      expect.objectContaining({ source: world.proxy.url, outcome: 'ok' })
    ])
    expect(result.outputs['toolchain-source']).toBe(world.proxy.url)
    // What is on PATH is the genuine zip's toolchain: it has no extra file.
    expect(existsSync(path.join(result.addedPath[0]!, 'extra'))).toBe(false)
  })

  it('puts nothing on PATH and fails with a diagnosis when the only proxy serves a tampered zip', async () => {
    await freshToolCache()
    const tampered = await proxyServing(tamperedZip(module))
    const result = await runWithToolchains({ proxies: tampered.url, 'download-retries': '2' })
    expect(result.main.exitCode).not.toBe(0)
    expect(result.addedPath).toEqual([])
    expect(result.exportedEnv.GOTOOLCHAIN).toBeUndefined()
    expect(existsSync(path.join(toolCache, 'go'))).toBe(false)
    expect(result.main.stdout).toContain(`::error::Could not get the Go toolchain go1.99.0`)
    expect(result.main.stdout).toMatch(
      new RegExp(`${tampered.url.replace(/[.:/]/g, '\\$&')}: checksum after \\d+ ms: go: download go1\\.99\\.0: .*verifying module: checksum mismatch`)
    )
    expect(result.main.stdout).toContain('checksum: the toolchain served does not match the checksum database')
    // A checksum mismatch is not retried: one zip request only.
    expect(toolchainRequests(tampered).filter((p) => p.endsWith('.zip'))).toHaveLength(1)
    expect(toolchainOf(result)).toMatchObject({ required: 'go1.99.0', source: 'local' })
    expect(result.outputs['go-version']).toMatch(/^1\.\d+/)
    expect(result.outputs['go-version']).not.toBe('1.99.0')
  })

  it('is fetched for a go.mod with a directive the local go does not know, as go would switch for it', async () => {
    // go reads the go and toolchain lines alone to switch; the file is judged by the go it switches to.
    await freshToolCache()
    const original = await readFile(path.join(world.project, 'go.mod'), 'utf8')
    try {
      await writeProjectFile(world, 'go.mod', `${original}\nfrobnicate x\n`)
      const result = await runWithToolchains({ proxies: world.proxy.url })
      expect(result.outputs['toolchain-source']).toBe(world.proxy.url)
      expect(result.outputs['go-version']).toBe('1.99.0')
      // This go1.99.0 is today's go under another name: it rejects the line, in one error.
      expect(result.main.exitCode).toBe(1)
      expect(result.main.stdout).toMatch(/::error::go cannot use app\/go\.mod:\d+: unknown directive: frobnicate\./)
    } finally {
      await writeProjectFile(world, 'go.mod', original)
    }
  })

  it('only warns when GOTOOLCHAIN=local forbids the switch', async () => {
    await freshToolCache()
    world.proxy.clearRequests()
    const result = await runWithToolchains({ proxies: world.proxy.url }, { GOTOOLCHAIN: 'local' })
    expect(result.main.exitCode).toBe(0)
    expect(result.addedPath).toEqual([])
    expect(result.outputs['toolchain-source']).toBe('local')
    expect(result.outputs['go-version']).not.toBe('1.99.0')
    expect(result.main.stdout).toMatch(/::warning title=go-mod-precache%3A toolchain not switched::.*asks for go1\.99\.0, but GOTOOLCHAIN=local keeps go/)
    expect(toolchainRequests(world.proxy)).toEqual([])
  })
})

describe('a go line newer than the local go, with GOTOOLCHAIN=local', () => {
  it('fails at once with go’s words and the fix, instead of retrying what cannot succeed', async () => {
    await freshToolCache()
    const original = await readFile(path.join(world.project, 'go.mod'), 'utf8')
    try {
      await writeProjectFile(world, 'go.mod', original.replace(/^go .*$/m, 'go 1.99.0'))
      const result = await runWithToolchains({ proxies: world.proxy.url }, { GOTOOLCHAIN: 'local' })
      expect(result.main.exitCode).not.toBe(0)
      expect(result.outputs['download-attempts']).toBe('1')
      expect(result.main.stdout).toMatch(/::error::.*go\.mod requires go >= 1\.99\.0 \(running go 1\.\d+\.\d+; GOTOOLCHAIN=local\)/)
      expect(result.main.stdout).toContain('let go switch toolchains (GOTOOLCHAIN=auto)')
      expect(result.addedPath).toEqual([])
    } finally {
      await writeProjectFile(world, 'go.mod', original)
    }
  })
})

describe('a project with no dependencies but a toolchain line', () => {
  it('probes the chain all the same, so a black hole first does not stall the toolchain', async () => {
    await freshToolCache()
    const original = await readFile(path.join(world.project, 'go.mod'), 'utf8')
    const originalSum = await readFile(path.join(world.project, 'go.sum'), 'utf8')
    const originalMain = await readFile(path.join(world.project, 'main.go'), 'utf8')
    const hole = await proxyServing(module.zip, { fault: 'blackhole' })
    try {
      await writeProjectFile(world, 'go.mod', 'module example.com/app\n\ngo 1.22\n\ntoolchain go1.99.0\n')
      await writeProjectFile(world, 'go.sum', '')
      await writeProjectFile(world, 'main.go', 'package main\n\nfunc main() {}\n')
      const result = await runWithToolchains({ proxies: `${hole.url}|${world.proxy.url}`, 'probe-timeout': '2' })
      expect(result.main.exitCode).toBe(0)
      expect(JSON.parse(result.outputs['proxy-report'] ?? '[]')).toEqual([
        expect.objectContaining({ url: hole.url, class: 'timeout' }),
        expect.objectContaining({ url: world.proxy.url, class: 'ok' })
      ])
      expect(result.outputs['toolchain-source']).toBe(world.proxy.url)
      expect(toolchainRequests(hole)).toEqual([])
    } finally {
      await writeProjectFile(world, 'go.mod', original)
      await writeProjectFile(world, 'go.sum', originalSum)
      await writeProjectFile(world, 'main.go', originalMain)
    }
  })
})
