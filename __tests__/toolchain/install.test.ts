// The tool cache side of toolchains, on real directories and a real go binary built under a new name.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { LOCK_RETRY_DELAYS_MS } from '../../src/oserrors.ts'
import { toolCacheArch } from '../../src/toolchain/arch.ts'
import { findInToolCache, goBinaryVersion, localGoHostArch, moveIntoToolCache } from '../../src/toolchain/install.ts'
import { fakeGoBinary } from '../support/fake-toolchain.ts'
import { captureStdout } from '../support/stdout.ts'
import { pin } from '../support/undeletable.ts'

let toolCache: string
let fakeGo: string
/** The arch a switch from this machine's go files its toolchain under, and findInToolCache looks under. */
let arch: string
const saved = process.env.RUNNER_TOOL_CACHE

beforeAll(async () => {
  fakeGo = await fakeGoBinary('go1.99.0')
  arch = toolCacheArch((await localGoHostArch())!)
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
    const target = await moveIntoToolCache(source, '1.99.0', arch)
    expect(target).toBe(path.join(toolCache, 'go', '1.99.0', arch))
    expect(existsSync(source)).toBe(false)
    expect(existsSync(`${target}.complete`)).toBe(true)
    expect(await readFile(path.join(target, 'VERSION'), 'utf8')).toBe('go1.99.0\n')
    expect(await findInToolCache('go1.99.0', '1.99.0')).toBe(target)
  })

  it('replaces an earlier copy of the same version', async () => {
    const first = await moveIntoToolCache(await unpacked(toolCache), '1.99.0', arch)
    await writeFile(path.join(first, 'stale'), 'from before')
    const second = await moveIntoToolCache(await unpacked(toolCache), '1.99.0', arch)
    expect(second).toBe(first)
    expect(existsSync(path.join(second, 'stale'))).toBe(false)
  })

  it('copies when the toolchain is on another file system, and removes the source', async () => {
    // /dev/shm is a tmpfs: a rename from there into the temp directory fails with EXDEV.
    const shm = await mkdtemp('/dev/shm/gmp-tc-')
    try {
      const source = await unpacked(shm)
      const target = await moveIntoToolCache(source, '1.99.0', arch)
      expect(target).toBe(path.join(toolCache, 'go', '1.99.0', arch))
      expect(existsSync(source)).toBe(false)
      expect(await goBinaryVersion(path.join(target, 'bin', 'go'))).toBe('go1.99.0')
      expect(existsSync(`${target}.complete`)).toBe(true)
    } finally {
      await rm(shm, { recursive: true, force: true })
    }
  })

  it('copies a toolchain a Windows lock keeps from being renamed, once the waits are spent, and files it complete', async () => {
    const source = await unpacked(toolCache)
    const waits: number[] = []
    const locked = async () => {
      throw Object.assign(new Error('EBUSY: resource busy or locked, rename'), { code: 'EBUSY' })
    }
    const out = captureStdout()
    let target: string
    try {
      target = await moveIntoToolCache(source, '1.99.0', arch, { platform: 'win32', rename: locked, sleep: async (ms) => void waits.push(ms) })
    } finally {
      out.restore()
    }
    expect(waits).toEqual(LOCK_RETRY_DELAYS_MS)
    expect(out.text()).toContain(`Copied the toolchain to ${target} after ${LOCK_RETRY_DELAYS_MS.length + 1} rename attempts (EBUSY).`)
    expect(existsSync(source)).toBe(false)
    expect(existsSync(`${target}.complete`)).toBe(true)
    expect(await findInToolCache('go1.99.0', '1.99.0')).toBe(target)
  })

  it('files under the arch it is given, and the lookup under another arch finds nothing', async () => {
    const other = arch === 'x64' ? 'arm64' : 'x64'
    const target = await moveIntoToolCache(await unpacked(toolCache), '1.99.0', other)
    expect(target).toBe(path.join(toolCache, 'go', '1.99.0', other))
    expect(await findInToolCache('go1.99.0', '1.99.0', other)).toBe(target)
    expect(await findInToolCache('go1.99.0', '1.99.0', arch)).toBeUndefined()
    expect(await findInToolCache('go1.99.0', '1.99.0')).toBeUndefined()
  })

  it('refuses to file over an earlier copy it cannot remove, naming the path and the code', async () => {
    const first = await moveIntoToolCache(await unpacked(toolCache), '1.99.0', arch)
    const stuck = path.join(first, 'VERSION')
    const undo = await pin(stuck)
    if (undo === undefined) return // needs root and chattr
    try {
      await expect(moveIntoToolCache(await unpacked(toolCache), '1.99.0', arch)).rejects.toThrow(
        `Could not replace ${first} in the tool cache (EPERM on ${stuck}): a file or directory in it is not writable by this user, or is immutable.`
      )
      // The marker went first: the half-removed copy is not found as complete.
      expect(await findInToolCache('go1.99.0', '1.99.0')).toBeUndefined()
    } finally {
      await undo()
    }
  })
})

describe('findInToolCache', () => {
  it('finds nothing in an empty tool cache', async () => {
    expect(await findInToolCache('go1.99.0', '1.99.0')).toBeUndefined()
  })

  it('looks under the arch of the go on PATH, which is the one go downloads toolchains for', async () => {
    expect(arch).toBe(toolCacheArch((await localGoHostArch())!))
    const target = await moveIntoToolCache(await unpacked(toolCache), '1.99.0', arch)
    expect(await findInToolCache('go1.99.0', '1.99.0')).toBe(target)
  })

  it('passes over a copy whose go reports another version than the one it is filed under', async () => {
    const out = captureStdout()
    await moveIntoToolCache(await unpacked(toolCache), '1.98.0', arch)
    expect(existsSync(path.join(toolCache, 'go', '1.98.0', arch, 'bin', 'go'))).toBe(true)
    try {
      expect(await findInToolCache('go1.98.0', '1.98.0')).toBeUndefined()
    } finally {
      out.restore()
    }
    expect(out.warnings()).toEqual([expect.stringContaining("its go reports 'go1.99.0' instead of go1.98.0")])
  })

  it('passes over a copy without the .complete marker, as an interrupted copy', async () => {
    const target = await moveIntoToolCache(await unpacked(toolCache), '1.99.0', arch)
    await rm(`${target}.complete`)
    expect(await findInToolCache('go1.99.0', '1.99.0')).toBeUndefined()
  })
})
