// Moving and removing on a real file system; the failures this machine cannot produce (a Windows
// lock) come from an injected rename, the rest from real paths.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, statSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { moveDir, removeTree, renameRetrying, tryRemoveTree, type RenameOptions } from '../src/fsutil.ts'
import { LOCK_RETRY_DELAYS_MS } from '../src/oserrors.ts'
import { captureStdout, type Captured } from './support/stdout.ts'
import { pin, undeletable, type Undo } from './support/undeletable.ts'

let base: string
let out: Captured
let undo: Undo | undefined

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'gmp-fsutil-'))
  out = captureStdout()
})

afterEach(async () => {
  out.restore()
  await undo?.()
  undo = undefined
  await rm(base, { recursive: true, force: true })
})

/** A small toolchain-like tree: an executable, a nested file, a read-only directory as go leaves them. */
async function tree(dir: string): Promise<string> {
  await mkdir(path.join(dir, 'bin'), { recursive: true })
  await mkdir(path.join(dir, 'src', 'pkg'), { recursive: true })
  await writeFile(path.join(dir, 'bin', 'go'), '#!/bin/sh\n')
  await chmod(path.join(dir, 'bin', 'go'), 0o755)
  await writeFile(path.join(dir, 'src', 'pkg', 'a.go'), 'package pkg\n')
  return dir
}

async function expectTree(dir: string): Promise<void> {
  expect(await readFile(path.join(dir, 'src', 'pkg', 'a.go'), 'utf8')).toBe('package pkg\n')
  expect((await stat(path.join(dir, 'bin', 'go'))).mode & 0o111).not.toBe(0)
}

/** A rename that fails with `code` the first `times` calls (every call when times is Infinity), then renames. */
function failingRename(code: string, times: number): { calls: () => number; rename: NonNullable<RenameOptions['rename']> } {
  let calls = 0
  return {
    calls: () => calls,
    rename: async (from, to) => {
      calls++
      if (calls <= times) throw Object.assign(new Error(`${code}: rename '${from}' -> '${to}'`), { code, path: from })
      const { rename } = await import('node:fs/promises')
      await rename(from, to)
    }
  }
}

/** Records the waits instead of waiting: no test depends on time. */
function recordedSleep(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = []
  return { waits, sleep: async (ms) => void waits.push(ms) }
}

describe('moveDir', () => {
  it('renames on the same file system, at the first attempt', async () => {
    const from = await tree(path.join(base, 'from'))
    const moved = await moveDir(from, path.join(base, 'to'))
    expect(moved).toEqual({ method: 'renamed', attempts: 1 })
    expect(existsSync(from)).toBe(false)
    await expectTree(path.join(base, 'to'))
  })

  it('copies straight away to another file system (a real EXDEV), and removes the source', async () => {
    if (!existsSync('/dev/shm') || statSync('/dev/shm').dev === statSync(base).dev) return
    const shm = await mkdtemp('/dev/shm/gmp-fsutil-')
    try {
      const from = await tree(path.join(shm, 'from'))
      const { waits, sleep } = recordedSleep()
      const moved = await moveDir(from, path.join(base, 'to'), { sleep })
      expect(moved).toEqual({ method: 'copied', attempts: 1, code: 'EXDEV' })
      expect(waits).toEqual([])
      expect(existsSync(from)).toBe(false)
      await expectTree(path.join(base, 'to'))
    } finally {
      await rm(shm, { recursive: true, force: true })
    }
  })

  it('waits out a Windows lock that passes, then renames', async () => {
    const from = await tree(path.join(base, 'from'))
    const failing = failingRename('EBUSY', 2)
    const { waits, sleep } = recordedSleep()
    const moved = await moveDir(from, path.join(base, 'to'), { platform: 'win32', rename: failing.rename, sleep })
    expect(moved).toEqual({ method: 'renamed', attempts: 3 })
    expect(waits).toEqual(LOCK_RETRY_DELAYS_MS.slice(0, 2))
    await expectTree(path.join(base, 'to'))
  })

  it('copies after the last wait when a Windows lock (EPERM) outlasts them, and removes the source', async () => {
    const from = await tree(path.join(base, 'from'))
    const failing = failingRename('EPERM', Infinity)
    const { waits, sleep } = recordedSleep()
    const retried: string[] = []
    const moved = await moveDir(from, path.join(base, 'to'), {
      platform: 'win32',
      rename: failing.rename,
      sleep,
      onRetry: (code) => retried.push(code)
    })
    expect(moved).toEqual({ method: 'copied', attempts: LOCK_RETRY_DELAYS_MS.length + 1, code: 'EPERM' })
    expect(waits).toEqual(LOCK_RETRY_DELAYS_MS)
    expect(retried).toEqual(LOCK_RETRY_DELAYS_MS.map(() => 'EPERM'))
    expect(existsSync(from)).toBe(false)
    await expectTree(path.join(base, 'to'))
  })

  it('copies at once, without waiting, when Linux refuses the rename for permissions', async () => {
    const from = await tree(path.join(base, 'from'))
    const failing = failingRename('EACCES', Infinity)
    const { waits, sleep } = recordedSleep()
    const moved = await moveDir(from, path.join(base, 'to'), { platform: 'linux', rename: failing.rename, sleep })
    expect(moved).toEqual({ method: 'copied', attempts: 1, code: 'EACCES' })
    expect(failing.calls()).toBe(1)
    expect(waits).toEqual([])
    await expectTree(path.join(base, 'to'))
  })

  it('throws what no fallback helps with, and copies nothing', async () => {
    const from = await tree(path.join(base, 'from'))
    const failing = failingRename('ENOSPC', Infinity)
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      await expect(moveDir(from, path.join(base, 'to'), { platform, rename: failing.rename })).rejects.toMatchObject({ code: 'ENOSPC' })
    }
    expect(existsSync(path.join(base, 'to'))).toBe(false)
    expect(existsSync(from)).toBe(true)
  })

  it('copies a source the real rename refuses, and reports the source it could not remove', async () => {
    const from = await tree(path.join(base, 'parent', 'from'))
    undo = await undeletable(from)
    if (undo === undefined) return
    const moved = await moveDir(from, path.join(base, 'to'))
    expect(moved).toMatchObject({ method: 'copied', attempts: 1, code: expect.stringMatching(/^(EPERM|EACCES)$/) })
    expect(moved.method === 'copied' && moved.sourceLeft?.code).toMatch(/^(EPERM|EACCES)$/)
    await expectTree(path.join(base, 'to'))
  })
})

describe('renameRetrying', () => {
  it('waits out a Windows lock on a file, then renames it', async () => {
    await writeFile(path.join(base, 'result.json.tmp'), '{}')
    const failing = failingRename('EACCES', 1)
    const { waits, sleep } = recordedSleep()
    await renameRetrying(path.join(base, 'result.json.tmp'), path.join(base, 'result.json'), { platform: 'win32', rename: failing.rename, sleep })
    expect(waits).toEqual(LOCK_RETRY_DELAYS_MS.slice(0, 1))
    expect(await readFile(path.join(base, 'result.json'), 'utf8')).toBe('{}')
  })

  it('never copies: a lock that outlasts the waits is thrown, and no half-written file appears', async () => {
    await writeFile(path.join(base, 'result.json.tmp'), '{}')
    const failing = failingRename('EBUSY', Infinity)
    const { sleep } = recordedSleep()
    const moving = renameRetrying(path.join(base, 'result.json.tmp'), path.join(base, 'result.json'), { platform: 'win32', rename: failing.rename, sleep })
    await expect(moving).rejects.toMatchObject({ code: 'EBUSY' })
    expect(failing.calls()).toBe(LOCK_RETRY_DELAYS_MS.length + 1)
    expect(existsSync(path.join(base, 'result.json'))).toBe(false)
  })

  it('does not retry on Linux, where EBUSY does not pass', async () => {
    await writeFile(path.join(base, 'f.tmp'), '{}')
    const failing = failingRename('EBUSY', Infinity)
    await expect(renameRetrying(path.join(base, 'f.tmp'), path.join(base, 'f'), { platform: 'linux', rename: failing.rename })).rejects.toMatchObject({
      code: 'EBUSY'
    })
    expect(failing.calls()).toBe(1)
  })
})

describe('removeTree', () => {
  it('removes a tree go left read-only, and a plain file, and a missing path', async () => {
    const dir = await tree(path.join(base, 'mod', 'example.com', 'a@v1.0.0'))
    await chmod(path.join(dir, 'src', 'pkg'), 0o555)
    await chmod(dir, 0o555)
    expect(await removeTree(path.join(base, 'mod'))).toBe(true)
    expect(existsSync(path.join(base, 'mod'))).toBe(false)
    await writeFile(path.join(base, 'file'), 'x')
    expect(await removeTree(path.join(base, 'file'))).toBe(true)
    expect(existsSync(path.join(base, 'file'))).toBe(false)
    expect(await removeTree(path.join(base, 'missing'))).toBe(true)
    expect(out.warnings()).toEqual([])
  })

  it('warns, naming the path, the file and the code, instead of throwing when a file cannot go', async () => {
    const dir = await tree(path.join(base, 'scratch'))
    const stuck = path.join(dir, 'src', 'pkg', 'a.go')
    undo = await pin(stuck)
    if (undo === undefined) return
    expect(await removeTree(dir)).toBe(false)
    expect(existsSync(stuck)).toBe(true)
    expect(out.warnings()).toEqual([expect.stringContaining(`Could not remove ${dir} (EPERM on ${stuck}); it is left behind and the job goes on.`)])
    expect(await tryRemoveTree(dir)).toEqual({ path: stuck, code: 'EPERM' })
  })
})
