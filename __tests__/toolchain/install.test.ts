// The tool cache side of toolchains, on real directories and a real go binary built under a new name.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { findInToolCache, goBinaryVersion, moveIntoToolCache } from '../../src/toolchain/install.ts'
import { fakeGoBinary } from '../support/fake-toolchain.ts'

let toolCache: string
let fakeGo: string
const saved = process.env.RUNNER_TOOL_CACHE

beforeAll(async () => {
  fakeGo = await fakeGoBinary('go1.99.0')
}, 300_000)

beforeEach(async () => {
  toolCache = await mkdtemp(path.join(os.tmpdir(), 'gmp-tc-unit-'))
  process.env.RUNNER_TOOL_CACHE = toolCache
})

afterAll(async () => {
  if (saved === undefined) delete process.env.RUNNER_TOOL_CACHE
  else process.env.RUNNER_TOOL_CACHE = saved
  await rm(toolCache, { recursive: true, force: true })
})

/** An unpacked toolchain directory in `parent` whose bin/go is the go1.99.0 build. */
async function unpacked(parent: string): Promise<string> {
  const dir = await mkdtemp(path.join(parent, 'unpacked-'))
  await mkdir(path.join(dir, 'bin'))
  await copyFile(fakeGo, path.join(dir, 'bin', 'go'))
  await chmod(path.join(dir, 'bin', 'go'), 0o755)
  await writeFile(path.join(dir, 'VERSION'), 'go1.99.0\n')
  return dir
}

describe('moveIntoToolCache', () => {
  it('renames the toolchain into <tool cache>/go/<version>/<arch> and marks it complete', async () => {
    const source = await unpacked(toolCache)
    const target = await moveIntoToolCache(source, '1.99.0')
    expect(target).toBe(path.join(toolCache, 'go', '1.99.0', os.arch()))
    expect(existsSync(source)).toBe(false)
    expect(existsSync(`${target}.complete`)).toBe(true)
    expect(await readFile(path.join(target, 'VERSION'), 'utf8')).toBe('go1.99.0\n')
    expect(await findInToolCache('go1.99.0', '1.99.0')).toBe(target)
  })

  it('replaces an earlier copy of the same version', async () => {
    const first = await moveIntoToolCache(await unpacked(toolCache), '1.99.0')
    await writeFile(path.join(first, 'stale'), 'from before')
    const second = await moveIntoToolCache(await unpacked(toolCache), '1.99.0')
    expect(second).toBe(first)
    expect(existsSync(path.join(second, 'stale'))).toBe(false)
  })

  it('copies with the tool cache library when the toolchain is on another file system', async () => {
    // /dev/shm is a tmpfs: a rename from there into the temp directory fails with EXDEV.
    const shm = await mkdtemp('/dev/shm/gmp-tc-')
    try {
      const source = await unpacked(shm)
      const target = await moveIntoToolCache(source, '1.99.0')
      expect(target).toBe(path.join(toolCache, 'go', '1.99.0', os.arch()))
      expect(existsSync(path.join(source, 'VERSION'))).toBe(true)
      expect(await goBinaryVersion(path.join(target, 'bin', 'go'))).toBe('go1.99.0')
      expect(existsSync(`${target}.complete`)).toBe(true)
    } finally {
      await rm(shm, { recursive: true, force: true })
    }
  })
})

describe('findInToolCache', () => {
  it('finds nothing in an empty tool cache', async () => {
    expect(await findInToolCache('go1.99.0', '1.99.0')).toBeUndefined()
  })

  it('passes over a copy whose go reports another version than the one it is filed under', async () => {
    await moveIntoToolCache(await unpacked(toolCache), '1.98.0')
    expect(existsSync(path.join(toolCache, 'go', '1.98.0', os.arch(), 'bin', 'go'))).toBe(true)
    expect(await findInToolCache('go1.98.0', '1.98.0')).toBeUndefined()
  })

  it('passes over a copy without the .complete marker, as an interrupted copy', async () => {
    const target = await moveIntoToolCache(await unpacked(toolCache), '1.99.0')
    await rm(`${target}.complete`)
    expect(await findInToolCache('go1.99.0', '1.99.0')).toBeUndefined()
  })
})
