import { describe, expect, it } from '@jest/globals'
import { computeCacheKeys, hashFiles } from '../../src/cache/key.ts'

const file = (p: string, c: string) => ({ path: p, content: Buffer.from(c) })

describe('computeCacheKeys', () => {
  const inputs = { prefix: 'go-mod', runnerOs: 'Linux', runnerArch: 'X64', files: [file('go.sum', 'a')] }

  it('builds <prefix>-<os>-<arch>-<hash> with the hash-less restore key', () => {
    const keys = computeCacheKeys(inputs)
    expect(keys.primaryKey).toMatch(/^go-mod-Linux-X64-[0-9a-f]{64}$/)
    expect(keys.primaryKey).toBe(`go-mod-Linux-X64-${keys.hash}`)
    expect(keys.restoreKeys).toEqual(['go-mod-Linux-X64-'])
  })

  it('changes when a dependency file changes', () => {
    const other = computeCacheKeys({ ...inputs, files: [file('go.sum', 'b')] })
    expect(other.primaryKey).not.toBe(computeCacheKeys(inputs).primaryKey)
  })
})

describe('hashFiles', () => {
  it('does not depend on the order the files were found in', () => {
    expect(hashFiles([file('a', '1'), file('b', '2')])).toBe(hashFiles([file('b', '2'), file('a', '1')]))
  })

  it('depends on the paths, not only the contents', () => {
    expect(hashFiles([file('a/go.sum', 'x')])).not.toBe(hashFiles([file('b/go.sum', 'x')]))
  })

  it('keeps file boundaries apart', () => {
    expect(hashFiles([file('a', 'xy'), file('b', '')])).not.toBe(hashFiles([file('a', 'x'), file('b', 'y')]))
  })
})
