import { describe, expect, it } from '@jest/globals'
import { prunedVersions, selectMembers } from '../../src/cache/layout.ts'
import { isReady, SUMDB_DIR, type CacheItem } from '../../src/go/gomodcache.ts'

/** The items the module cache holds for one version: its extracted directory and its cache/download files. */
function versionItems(modulePath: string, version: string, kinds = ['dir', 'zip', 'ziphash', 'mod', 'info', 'lock']): CacheItem[] {
  const id = `${modulePath}@${version}`
  return kinds.map((kind) => ({ rel: kind === 'dir' ? id : `cache/download/${modulePath}/@v/${version}.${kind}`, id, kind }))
}

const current = versionItems('example.com/a', 'v1.1.0')
const old = versionItems('example.com/a', 'v1.0.0')
// In the module graph (a dependency's go.mod names it) but not built: only its go.mod is needed.
const graphOnly = versionItems('example.com/b', 'v1.0.0')
const keepZip = new Set(['example.com/a@v1.1.0'])
const keepMod = new Set(['example.com/a@v1.1.0', 'example.com/b@v1.0.0'])
const all = [...current, ...old, ...graphOnly]
const dl = (kind: string) => `cache/download/example.com/a/@v/v1.1.0.${kind}`

describe('selectMembers', () => {
  it('lean keeps the tree, .ziphash, .mod and .info of a needed version, and no zip', () => {
    expect(selectMembers(all, 'lean', keepZip, keepMod, false)).toEqual(
      ['example.com/a@v1.1.0', dl('ziphash'), dl('mod'), dl('info'), 'cache/download/example.com/b/@v/v1.0.0.mod', 'cache/download/example.com/b/@v/v1.0.0.info'].sort()
    )
  })

  it('full keeps the zip too; zips keeps no tree', () => {
    const full = selectMembers(all, 'full', keepZip, keepMod, false)
    const zips = selectMembers(all, 'zips', keepZip, keepMod, false)
    expect(full).toContain(dl('zip'))
    expect(full).toContain('example.com/a@v1.1.0')
    expect(zips).toContain(dl('zip'))
    expect(zips.filter((m) => !m.startsWith('cache/'))).toEqual([])
  })

  it('leaves out every file of a version neither built nor in the module graph, and locks in every layout', () => {
    for (const layout of ['lean', 'full', 'zips'] as const) {
      const members = selectMembers(all, layout, keepZip, keepMod, false)
      expect(members.filter((m) => m.includes('v1.0.0') && m.includes('example.com/a'))).toEqual([])
      expect(members.filter((m) => m.endsWith('.lock'))).toEqual([])
    }
  })

  it('leaves out the tree of a version whose extraction did not finish, but keeps its zip', () => {
    const interrupted = [...versionItems('example.com/a', 'v1.1.0', ['dir', 'zip', 'ziphash', 'mod', 'info', 'partial'])]
    const full = selectMembers(interrupted, 'full', keepZip, keepMod, false)
    expect(full).not.toContain('example.com/a@v1.1.0')
    expect(full).toContain(dl('zip'))
    expect(full).not.toContain(dl('partial'))
  })

  it('adds the checksum database cache when there is one', () => {
    expect(selectMembers(current, 'lean', keepZip, keepMod, true)).toContain(SUMDB_DIR)
    expect(selectMembers(current, 'lean', keepZip, keepMod, false)).not.toContain(SUMDB_DIR)
  })
})

describe('prunedVersions', () => {
  it('names each version with a tree or zip that no root needs once, sorted', () => {
    const items = [...versionItems('example.com/z', 'v2.0.0'), ...old, ...versionItems('example.com/a', 'v0.9.0', ['zip']), ...current]
    expect(prunedVersions(items, keepZip)).toEqual(['example.com/a@v0.9.0', 'example.com/a@v1.0.0', 'example.com/z@v2.0.0'])
  })

  it('does not count a version of which only go.mod-level files exist', () => {
    expect(prunedVersions(versionItems('example.com/c', 'v0.1.0', ['mod', 'info', 'lock']), keepZip)).toEqual([])
  })
})

describe('isReady', () => {
  const none = { zip: false, ziphash: false, dir: false, partial: false }
  it('a zip is enough: go extracts it when it builds', () => {
    expect(isReady({ ...none, zip: true })).toBe(true)
  })
  it('a tree needs its .ziphash, which go mod verify checks it by', () => {
    expect(isReady({ ...none, dir: true, ziphash: true })).toBe(true)
    expect(isReady({ ...none, dir: true })).toBe(false)
  })
  it('a tree whose extraction did not finish is not ready', () => {
    expect(isReady({ ...none, dir: true, ziphash: true, partial: true })).toBe(false)
  })
  it('nothing is not ready', () => {
    expect(isReady(none)).toBe(false)
  })
})
