// A cleanup that fails (on Windows, a file a scan holds open) is a warning and never turns a restore
// or a save that worked into an error, and what it left is never saved. The failures are real:
// files made immutable (root) that rm cannot take; the backends are small stand-ins of the interface.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createArchive } from '../../src/cache/archive.ts'
import type { CacheBackend, Fetched, Stored } from '../../src/cache/backend.ts'
import { restoreBuildCache, saveBuildCache, type BuildCacheState } from '../../src/cache/buildcache.ts'
import { selectMembers } from '../../src/cache/layout.ts'
import { cleanModCache, restoreModCache, uncleanedPaths } from '../../src/cache/modcache.ts'
import { listModCache, partialMarkerFor } from '../../src/go/gomodcache.ts'
import { awaitSave, runSaveJob } from '../../src/cache/saver.ts'
import { withoutUncleaned } from '../../src/cache/tidy.ts'
import { sourceOf } from '../support/source.ts'
import { captureStdout, type Captured } from '../support/stdout.ts'
import { pin, type Undo } from '../support/undeletable.ts'

let base: string
let out: Captured
let undos: Undo[]

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'gmp-cleanup-'))
  out = captureStdout()
  undos = []
})

afterEach(async () => {
  out.restore()
  for (const undo of undos) await undo()
  await rm(base, { recursive: true, force: true })
})

/** Pins a file so no removal can take it; false where this machine cannot (not root, no chattr). */
async function stuck(file: string): Promise<boolean> {
  const undo = await pin(file)
  if (undo !== undefined) undos.push(undo)
  return undo !== undefined
}

/** A backend that restores `archive` (when given), stores whatever it is handed, and whose discard fails. */
function backendWithFailingDiscard(archive?: { file: string; key: string }): CacheBackend & { saved: string[]; discarded: string[]; sources: { closed(): boolean }[] } {
  const saved: string[] = []
  const discarded: string[] = []
  const sources: { closed(): boolean }[] = []
  return {
    name: 'a test backend',
    saved,
    discarded,
    sources,
    available: () => true,
    async restore(): Promise<Fetched> {
      if (archive === undefined) return { outcome: 'miss' }
      const source = await sourceOf(archive.file)
      sources.push(source)
      return { outcome: 'restored', matchedKey: archive.key, source }
    },
    async save(_entry, key): Promise<Stored> {
      saved.push(key)
      return { saved: true, sizeBytes: 1 }
    },
    async stagingFile(entry) {
      await mkdir(path.join(base, 'stage'), { recursive: true })
      return path.join(base, 'stage', `${entry}.tzst`)
    },
    async discard(file) {
      discarded.push(file)
      throw Object.assign(new Error(`EBUSY: resource busy or locked, unlink '${file}'`), { code: 'EBUSY', path: file })
    }
  }
}

/** A module cache as go leaves it: extracted trees read-only, their files in cache/download. */
async function modCacheWith(root: string, versions: string[]): Promise<void> {
  for (const v of versions) {
    const [mod, version] = v.split('@') as [string, string]
    const dir = path.join(root, ...mod.split('/'))
    await mkdir(path.join(`${dir}@${version}`), { recursive: true })
    await writeFile(path.join(`${dir}@${version}`, 'go.mod'), `module ${mod}\n`)
    await writeFile(path.join(`${dir}@${version}`, 'a.go'), 'package a\n')
    await chmod(`${dir}@${version}`, 0o555)
    const dl = path.join(root, 'cache', 'download', ...mod.split('/'), '@v')
    await mkdir(dl, { recursive: true })
    for (const ext of ['mod', 'info', 'ziphash']) await writeFile(path.join(dl, `${version}.${ext}`), ext)
  }
}

describe('partialMarkerFor', () => {
  it("names go's marker of an unfinished extraction for a path inside an extracted module, escaped as it is", () => {
    expect(partialMarkerFor('github.com/!azure/sdk@v1.2.3/x/y.go')).toBe('cache/download/github.com/!azure/sdk/@v/v1.2.3.partial')
    expect(partialMarkerFor('example.com/a@v1.0.0')).toBe('cache/download/example.com/a/@v/v1.0.0.partial')
  })
  it('names none for cache/ and for directories above the modules', () => {
    expect(partialMarkerFor('cache/download/example.com/a/@v/v1.0.0.zip')).toBeUndefined()
    expect(partialMarkerFor('cache')).toBeUndefined()
    expect(partialMarkerFor('example.com')).toBeUndefined()
  })
})

describe('withoutUncleaned', () => {
  const members = ['cache/download/example.com/a/@v/v1.0.0.mod', 'cache/download/sumdb', 'example.com/a@v1.0.0', 'example.com/a@v1.0.0-rc.1', 'example.com/b@v1.0.0']

  it('keeps every member when nothing was left behind', () => {
    expect(withoutUncleaned(members, [])).toEqual({ members, uncleaned: [] })
  })

  it('drops a member that is a leftover, holds one, or lies below one, and nothing that only shares a prefix', () => {
    const leftovers = ['example.com/a@v1.0.0/a.go', 'cache/download/example.com/a/@v/v1.0.0.mod', 'cache/download/sumdb/sum.golang.org/latest']
    expect(withoutUncleaned(members, leftovers)).toEqual({
      members: ['example.com/a@v1.0.0-rc.1', 'example.com/b@v1.0.0'],
      uncleaned: ['cache/download/example.com/a/@v/v1.0.0.mod', 'cache/download/sumdb', 'example.com/a@v1.0.0']
    })
    expect(withoutUncleaned(['example.com/a@v1.0.0/sub'], ['example.com/a@v1.0.0']).members).toEqual([])
  })
})

describe('cleanModCache', () => {
  it('empties a module cache go left read-only, and records nothing', async () => {
    const modCache = path.join(base, 'mod')
    await modCacheWith(modCache, ['example.com/a@v1.0.0'])
    expect(await cleanModCache(modCache)).toBe(true)
    expect(existsSync(modCache)).toBe(true)
    expect(uncleanedPaths(modCache)).toEqual([])
    expect(out.warnings()).toEqual([])
  })

  it('warns instead of throwing when a file cannot go, marks its version partial, and keeps it out of the save', async () => {
    const modCache = path.join(base, 'mod')
    await modCacheWith(modCache, ['example.com/a@v1.0.0', 'example.com/b@v1.0.0'])
    const locked = path.join(modCache, 'example.com', 'a@v1.0.0', 'a.go')
    if (!(await stuck(locked))) return // needs root and chattr

    expect(await cleanModCache(modCache)).toBe(false)
    expect(out.warnings()).toEqual([
      `Could not remove ${modCache} (EPERM on ${locked}); it is left behind and the job goes on. Likely cause: a file or directory in it is not writable by this user, or is immutable. 1 paths stay in GOMODCACHE (the first: example.com/a@v1.0.0/a.go); the module versions they belong to are extracted again when needed and are left out of this job's cache entry.`
    ])
    expect(uncleanedPaths(modCache)).toEqual(['example.com/a@v1.0.0/a.go'])
    // go removes and extracts again a directory with this marker, instead of trusting what is left.
    expect(existsSync(path.join(modCache, 'cache', 'download', 'example.com', 'a', '@v', 'v1.0.0.partial'))).toBe(true)

    // go fills the cache again (here: b as it was, and a's files beside the leftover).
    await modCacheWith(modCache, ['example.com/b@v1.0.0'])
    const { items } = await listModCache(modCache)
    const needed = new Set(['example.com/a@v1.0.0', 'example.com/b@v1.0.0'])
    const planned = selectMembers(items, 'lean', needed, new Set(), false)
    expect(planned).not.toContain('example.com/a@v1.0.0')
    expect(withoutUncleaned(planned, uncleanedPaths(modCache)).members).toContain('example.com/b@v1.0.0')
    expect(withoutUncleaned(planned, uncleanedPaths(modCache)).members.some((m) => m.startsWith('example.com/a@'))).toBe(false)
  })
})

describe('restoreModCache', () => {
  it("restores from the backend's source and closes it, without a staging file to discard", async () => {
    const source = path.join(base, 'source')
    await modCacheWith(source, ['example.com/a@v1.0.0'])
    const file = path.join(base, 'entry.tzst')
    await createArchive(source, ['example.com/a@v1.0.0', 'cache/download/example.com/a/@v/v1.0.0.mod'], file)
    const backend = backendWithFailingDiscard({ file, key: 'k-1' })
    const modCache = path.join(base, 'mod')
    const restored = await restoreModCache(backend, { modCache, layout: 'lean', primaryKey: 'k-1', restoreKeys: [], timeoutMs: 5000 })
    expect(restored).toMatchObject({ state: 'hit', serviceFailed: false, matchedKey: 'k-1' })
    expect(await readFile(path.join(modCache, 'example.com', 'a@v1.0.0', 'a.go'), 'utf8')).toBe('package a\n')
    expect(backend.sources.map((s) => s.closed())).toEqual([true])
    expect(backend.discarded).toEqual([])
    expect(out.warnings()).toEqual([])
  })
})

describe('runSaveJob', () => {
  it('reports a save that worked as saved when the staging file cannot be discarded', async () => {
    const root = path.join(base, 'mod')
    await modCacheWith(root, ['example.com/a@v1.0.0'])
    const backend = backendWithFailingDiscard()
    const outcome = await runSaveJob(backend, { entry: 'modules-lean', key: 'k-2', root, members: ['example.com/a@v1.0.0'] })
    expect(outcome).toMatchObject({ saved: true, files: 2 })
    expect(outcome.failed).toBeUndefined()
    expect(backend.saved).toEqual(['k-2'])
    expect(out.warnings()).toEqual([expect.stringContaining(`Could not remove ${path.join(base, 'stage', 'modules-lean.tzst')} (EBUSY)`)])
  })
})

describe('awaitSave', () => {
  it('returns the outcome when the directory of a finished save cannot be removed', async () => {
    const dir = path.join(base, 'save-modules')
    await mkdir(dir)
    const resultFile = path.join(dir, 'result.json')
    const logFile = path.join(dir, 'log.txt')
    await writeFile(logFile, 'worker log\n')
    await writeFile(resultFile, JSON.stringify({ saved: true, archiveMs: 1, ms: 2 }))
    if (!(await stuck(logFile))) return // needs root and chattr
    const awaited = await awaitSave({ pid: process.pid, resultFile, logFile, startedAt: Date.now() }, 10_000)
    expect(awaited).toMatchObject({ done: true, outcome: { saved: true }, log: 'worker log\n' })
    expect(out.warnings()).toEqual([expect.stringContaining(`Could not remove ${dir} (EPERM on ${logFile})`)])
  })
})

describe('the build cache', () => {
  it('is not saved after a failed unpack that left files the removal could not take', async () => {
    const dir = path.join(base, 'gocache')
    await mkdir(path.join(dir, 'aa'), { recursive: true })
    const locked = path.join(dir, 'aa', 'aa01-d')
    await writeFile(locked, 'half written')
    if (!(await stuck(locked))) return // needs root and chattr
    const garbage = path.join(base, 'build.tzst')
    await writeFile(garbage, 'not an archive')
    const backend = backendWithFailingDiscard({ file: garbage, key: 'b-1' })
    const restored = await restoreBuildCache(backend, dir, { primaryKey: 'b-2', restoreKeys: ['b-'] }, 5000)
    expect(restored?.state.unclean).toBe(`unpacking b-1 failed and ${dir} could not be cleaned`)
    // Two warnings, none thrown: the leftover, the failed unpack; the source is closed.
    expect(out.warnings()).toEqual([expect.stringContaining(`Could not remove ${dir} (EPERM on ${locked})`), expect.stringContaining('Unpacking the build cache b-1 failed')])
    expect(backend.sources.map((s) => s.closed())).toEqual([true])
    await writeFile(path.join(dir, 'aa', 'aa02-d'), 'new output')
    await saveBuildCache(backend, restored!.state)
    expect(backend.saved).toEqual([])
    expect(out.text()).toContain(`Build cache not saved: unpacking b-1 failed and ${dir} could not be cleaned.`)
  })

  it('is saved as before when the unpack worked, whatever its state says of cleaning', async () => {
    const state: BuildCacheState = { dir: path.join(base, 'gocache'), primaryKey: 'b-3', exactHit: false, restoredAt: Date.now(), fingerprint: 'none' }
    await mkdir(path.join(state.dir, 'aa'), { recursive: true })
    await writeFile(path.join(state.dir, 'aa', 'aa01-d'), 'output')
    const backend = backendWithFailingDiscard()
    await saveBuildCache(backend, state)
    expect(backend.saved).toEqual(['b-3'])
  })
})
