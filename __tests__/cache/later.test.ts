import { describe, expect, it } from '@jest/globals'
import { laterFits, laterKey, laterRestoreKeys, laterUnchanged, reasonNotToSaveLater, selectLaterMembers, type LaterSelection } from '../../src/cache/later.ts'
import type { CacheItem } from '../../src/go/gomodcache.ts'

const dl = (mod: string, v: string, kind: string): CacheItem => ({ rel: `cache/download/${mod}/@v/${v}.${kind}`, id: `${mod}@${v}`, kind })
const dir = (mod: string, v: string): CacheItem => ({ rel: `${mod}@${v}`, id: `${mod}@${v}`, kind: 'dir' })
const whole = (mod: string, v: string): CacheItem[] => [dir(mod, v), ...['zip', 'ziphash', 'mod', 'info'].map((k) => dl(mod, v, k))]

function select(items: CacheItem[], o: Partial<LaterSelection> = {}): string[] {
  return selectLaterMembers({ items, baseline: new Set(), carried: new Set(), inMain: new Set(), layout: 'lean', sumdb: [], ...o })
}

describe('selectLaterMembers', () => {
  it('keeps of a new module version what the layout keeps, with its .ziphash', () => {
    expect(select(whole('example.com/tool', 'v1.0.0'))).toEqual([
      'cache/download/example.com/tool/@v/v1.0.0.info',
      'cache/download/example.com/tool/@v/v1.0.0.mod',
      'cache/download/example.com/tool/@v/v1.0.0.ziphash',
      'example.com/tool@v1.0.0'
    ])
    expect(select(whole('example.com/tool', 'v1.0.0'), { layout: 'zips' })).toContain('cache/download/example.com/tool/@v/v1.0.0.zip')
  })

  it('leaves out what was there when the main step ended, unless it is carried', () => {
    const items = whole('example.com/a', 'v1.0.0')
    const baseline = new Set(items.map((i) => i.rel))
    expect(select(items, { baseline })).toEqual([])
    expect(select(items, { baseline, carried: baseline })).toHaveLength(4)
  })

  it('never keeps a tree without its .ziphash, under a .partial marker, nor locks and temporary files', () => {
    const items = [dir('example.com/a', 'v1.0.0'), dl('example.com/a', 'v1.0.0', 'mod'), dl('example.com/a', 'v1.0.0', 'lock'), dl('example.com/a', 'v1.0.0', 'tmp')]
    expect(select(items)).toEqual(['cache/download/example.com/a/@v/v1.0.0.mod'])
    const partial = [...whole('example.com/b', 'v1.0.0'), dl('example.com/b', 'v1.0.0', 'partial')]
    expect(select(partial)).toEqual(['cache/download/example.com/b/@v/v1.0.0.info', 'cache/download/example.com/b/@v/v1.0.0.mod'])
    // An .info alone is no module go checked.
    expect(select([dl('example.com/c', 'v1.0.0', 'info')])).toEqual([])
  })

  it('leaves out module versions the main entry holds', () => {
    expect(select(whole('example.com/a', 'v1.0.0'), { inMain: new Set(['example.com/a@v1.0.0']) })).toEqual([])
  })

  it('adds new, non-empty checksum database files, only with modules', () => {
    const sumdb = [
      { rel: 'cache/download/sumdb/sum.golang.org/lookup/example.com/tool@v1.0.0', size: 200 },
      { rel: 'cache/download/sumdb/sum.golang.org/tile/8/0/000', size: 0 },
      { rel: 'cache/download/sumdb/sum.golang.org/tile/8/0/001', size: 8192 }
    ]
    const baseline = new Set([sumdb[2]!.rel])
    expect(select(whole('example.com/tool', 'v1.0.0'), { sumdb, baseline })).toContain(sumdb[0]!.rel)
    expect(select(whole('example.com/tool', 'v1.0.0'), { sumdb, baseline }).filter((m) => m.includes('sumdb'))).toEqual([sumdb[0]!.rel])
    expect(select([], { sumdb })).toEqual([])
  })
})

describe('keys and decisions', () => {
  it('saves under a new key per run beside the primary key, looked up by prefix first', () => {
    expect(laterKey('go-mod-Linux-X64-abc', 1700000000000)).toBe('go-mod-Linux-X64-abc-later-1700000000000')
    expect(laterRestoreKeys('go-mod-Linux-X64-abc', ['go-mod-Linux-X64-'])).toEqual(['go-mod-Linux-X64-abc-later-', 'go-mod-Linux-X64-'])
  })

  it('saves after an exact hit, never on save: never, branch-scoped events, or a failed service', () => {
    const d = { policy: 'auto' as const, eventName: 'push', state: 'hit' as const, serviceFailed: false, primaryKey: 'go-mod-Linux-X64-abc' }
    expect(reasonNotToSaveLater(d)).toBeUndefined()
    expect(reasonNotToSaveLater({ ...d, policy: 'never' })).toBe("input 'save' is 'never'")
    expect(reasonNotToSaveLater({ ...d, eventName: 'pull_request' })).toMatch(/pull_request/)
    expect(reasonNotToSaveLater({ ...d, policy: 'always', eventName: 'pull_request' })).toBeUndefined()
    expect(reasonNotToSaveLater({ ...d, serviceFailed: true })).toBe('the cache service already failed in this job')
    expect(reasonNotToSaveLater({ ...d, state: 'preexisting' })).toMatch(/not ours/)
  })

  it('goes without the extras when their key would pass the 512 characters a module cache key may reach', () => {
    const at = 1700000000000
    const longest = 'k'.repeat(512 - laterKey('', at).length)
    expect(laterFits(longest, at)).toBe(true)
    expect(laterFits(`${longest}k`, at)).toBe(false)
    const d = { policy: 'auto' as const, eventName: 'push', state: 'hit' as const, serviceFailed: false }
    expect(reasonNotToSaveLater({ ...d, primaryKey: 'k'.repeat(512) })).toMatch(/pass the cache service's 512 characters/)
  })

  it('is unchanged when nothing beyond the restored extras of the same key is there', () => {
    const restored = new Set(['a', 'b'])
    expect(laterUnchanged(['a'], restored, true)).toBe(true)
    expect(laterUnchanged(['a', 'c'], restored, true)).toBe(false)
    expect(laterUnchanged(['a'], restored, false)).toBe(false)
    expect(laterUnchanged([], restored, false)).toBe(true)
  })
})
