import { describe, expect, it } from '@jest/globals'
import { buildCacheKeys, GO_MTIME_INTERVAL_MS, outputIdOfEntry, staleEntries } from '../../src/cache/buildcache.ts'

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
      { file: '/c/aa/aa01-a', mtimeMs: restoredAt + 5000 },
      { file: '/c/bb/bb02-a', mtimeMs: restoredAt - GO_MTIME_INTERVAL_MS / 2 },
      { file: '/c/cc/cc03-a', mtimeMs: restoredAt - 3 * GO_MTIME_INTERVAL_MS }
    ]
    expect(staleEntries(entries, restoredAt).map((e) => e.file)).toEqual(['/c/cc/cc03-a'])
  })

  it('keeps an old output that a kept action entry names, and only that one', () => {
    const restoredAt = 10 * GO_MTIME_INTERVAL_MS
    const old = restoredAt - 3 * GO_MTIME_INTERVAL_MS
    const entries = [
      { file: '/c/d1/d1aa-d', mtimeMs: old },
      { file: '/c/d2/d2bb-d', mtimeMs: old }
    ]
    expect(staleEntries(entries, restoredAt, new Set(['d1aa'])).map((e) => e.file)).toEqual(['/c/d2/d2bb-d'])
  })
})

describe('outputIdOfEntry', () => {
  it('reads the output ID of an action entry as cmd/go writes it', () => {
    const action = 'a'.repeat(64)
    const output = '0123456789abcdef'.repeat(4)
    expect(outputIdOfEntry(`v1 ${action} ${output}                 1234  1733000000000000000\n`)).toBe(output)
  })
  it('reads nothing from anything else', () => {
    expect(outputIdOfEntry('')).toBeUndefined()
    expect(outputIdOfEntry('v2 aa bb 1 2\n')).toBeUndefined()
  })
})
