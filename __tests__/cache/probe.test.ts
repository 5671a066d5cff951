import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { probeDirectory } from '../../src/cache/probe.ts'
import { canMountHung, mountHung, type HungMount } from '../support/hung.ts'

describe('probeDirectory', () => {
  let base: string
  let mount: HungMount | undefined
  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'gmp-probe-'))
    if (canMountHung) mount = await mountHung(path.join(base, 'hung'))
  })
  afterAll(async () => {
    await mount?.release()
    await rm(base, { recursive: true, force: true })
  })

  it('answers for a directory, and for one that does not exist yet (an empty cache)', async () => {
    expect(await probeDirectory(base, 20_000)).toBe(true)
    expect(await probeDirectory(path.join(base, 'not-yet'), 20_000)).toBe(true)
  })

  // Needs root and FUSE.
  ;(canMountHung ? it : it.skip)('gives up on a directory of a hung mount at the limit', async () => {
    const started = performance.now()
    expect(await probeDirectory(path.join(mount!.dir, 'cache'), 1_500)).toBe(false)
    const waited = performance.now() - started
    expect(waited).toBeGreaterThanOrEqual(1_400)
    expect(waited).toBeLessThan(5_000)
  })
})
