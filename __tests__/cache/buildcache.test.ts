import { describe, expect, it } from '@jest/globals'
import { buildCacheKeys, GO_MTIME_INTERVAL_MS, staleEntries } from '../../src/cache/buildcache.ts'

describe('buildCacheKeys', () => {
  it('puts the Go version in the key and in the restore key', () => {
    expect(buildCacheKeys('go-mod', 'Linux', 'X64', 'go1.26.8', 'abc')).toEqual({
      primaryKey: 'go-mod-build-Linux-X64-go1.26.8-abc',
      restoreKeys: ['go-mod-build-Linux-X64-go1.26.8-']
    })
  })
})

describe('staleEntries', () => {
  it('drops entries go did not refresh during the job, keeping those within its refresh interval', () => {
    const restoredAt = 10 * GO_MTIME_INTERVAL_MS
    const entries = [
      { name: 'used', mtimeMs: restoredAt + 5000 },
      { name: 'recent', mtimeMs: restoredAt - GO_MTIME_INTERVAL_MS / 2 },
      { name: 'old', mtimeMs: restoredAt - 3 * GO_MTIME_INTERVAL_MS }
    ]
    expect(staleEntries(entries, restoredAt).map((e) => e.name)).toEqual(['old'])
  })
})
