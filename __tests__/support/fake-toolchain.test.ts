// The loopback toolchain and checksum database behave as the real ones do for cmd/go: it switches
// to the served toolchain after checking it, and refuses a zip the database does not vouch for.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startChecksumDb, type ChecksumDb } from './checksum-db.ts'
import { buildToolchainModule, removeRoot, tamperedZip, toolchainProxyRoot, type ToolchainModule } from './fake-toolchain.ts'
import { goEnv, removeTree, runGo } from './fixtures.ts'
import { startGoProxy } from './goproxy.ts'

let module: ToolchainModule
let sumdb: ChecksumDb

beforeAll(async () => {
  module = await buildToolchainModule('go1.99.0')
  sumdb = await startChecksumDb({ lines: module.sumLines })
}, 300_000)

afterAll(async () => {
  await sumdb?.close()
})

async function switchThrough(zip: Buffer): Promise<{ code: number; stdout: string; stderr: string; zips: number }> {
  const root = await toolchainProxyRoot(module, zip)
  const proxy = await startGoProxy({ root })
  const base = await mkdtemp(path.join(os.tmpdir(), 'gmp-switch-'))
  try {
    const env = goEnv(base, { GOTOOLCHAIN: module.toolchain, GOPROXY: proxy.url, GOSUMDB: sumdb.gosumdb })
    const result = await runGo(['version'], { cwd: base, env })
    return { ...result, zips: proxy.requests.filter((r) => r.path.endsWith('.zip')).length }
  } finally {
    await proxy.close()
    await removeTree(base)
    await removeRoot(root)
  }
}

describe('a toolchain switch against the loopback proxy and checksum database', () => {
  it('downloads the toolchain, checks it against the database, and runs it', async () => {
    const before = sumdb.requests.length
    const result = await switchThrough(module.zip)
    const [goos, goarch] = module.version.split('.').at(-1)!.split('-')
    expect(result.stderr).toBe(`go: downloading go1.99.0 (${goos}/${goarch})\n`)
    expect(result.stdout).toMatch(/^go version go1\.99\.0 /)
    expect(result.code).toBe(0)
    expect(result.zips).toBe(1)
    expect(sumdb.requests.slice(before)).toContain(`/lookup/golang.org/toolchain@${module.version}`)
  })

  it('refuses a zip whose checksum the database does not vouch for, and runs nothing', async () => {
    const result = await switchThrough(tamperedZip(module))
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/checksum mismatch/)
    expect(result.stderr).toMatch(/SECURITY ERROR/)
    expect(result.stdout).toBe('')
  })

  it('refuses a toolchain the database has no record of', async () => {
    const other = await buildToolchainModule('go1.99.1')
    const root = await toolchainProxyRoot(other)
    const proxy = await startGoProxy({ root })
    const base = await mkdtemp(path.join(os.tmpdir(), 'gmp-switch-'))
    try {
      const env = goEnv(base, { GOTOOLCHAIN: other.toolchain, GOPROXY: proxy.url, GOSUMDB: sumdb.gosumdb })
      const result = await runGo(['version'], { cwd: base, env })
      expect(result.code).not.toBe(0)
      expect(result.stderr).toMatch(/verifying module: golang\.org\/toolchain@v0\.0\.1-go1\.99\.1\..*lookup.*404 Not Found/)
      expect(result.stdout).toBe('')
    } finally {
      await proxy.close()
      await removeTree(base)
      await removeRoot(root)
    }
  }, 300_000)
})
