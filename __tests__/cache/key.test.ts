import { describe, expect, it } from '@jest/globals'
import { assertKeyLengths, computeCacheKeys, foldKey, hashFiles, keyHasPrefix, MAX_KEY_LENGTH, sameKey } from '../../src/cache/key.ts'
import { InputError } from '../../src/errors.ts'

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

describe('assertKeyLengths', () => {
  const keysOf = (prefix: string) => {
    const modules = computeCacheKeys({ prefix, runnerOs: 'Windows', runnerArch: 'ARM64', files: [file('go.sum', 'a')] })
    return [modules.primaryKey, `${prefix}-build-Windows-ARM64-go1.26rc1-${'f'.repeat(40)}`]
  }

  it('takes a prefix whose longest key is exactly the limit', () => {
    const longestSuffix = Math.max(...keysOf('p').map((k) => k.length - 1))
    const prefix = 'p'.repeat(MAX_KEY_LENGTH - longestSuffix)
    expect(Math.max(...keysOf(prefix).map((k) => k.length))).toBe(MAX_KEY_LENGTH)
    expect(() => assertKeyLengths(prefix, keysOf(prefix))).not.toThrow()
  })

  it('refuses one character more, naming key-prefix, the length, the limit and the room left', () => {
    const longestSuffix = Math.max(...keysOf('p').map((k) => k.length - 1))
    const room = MAX_KEY_LENGTH - longestSuffix
    const prefix = 'p'.repeat(room + 1)
    const check = () => assertKeyLengths(prefix, keysOf(prefix))
    expect(check).toThrow(InputError)
    expect(check).toThrow(
      `Input 'key-prefix' (${room + 1} characters) makes the cache key 513 characters long; the cache service allows at most 512. Expected a key-prefix of at most ${room} characters, such as 'go-mod'.`
    )
  })
})

describe('comparing keys as the cache services do', () => {
  const key = 'go-mod-Linux-X64-0a1b'

  it('takes keys that differ only in case for one key, as act answers with the key it lowercased', () => {
    expect(sameKey(key, 'go-mod-linux-x64-0a1b')).toBe(true)
    expect(sameKey('GO-MOD-LINUX-X64-0A1B', key)).toBe(true)
    expect(sameKey(key, key)).toBe(true)
  })

  it('still tells different keys apart', () => {
    expect(sameKey(key, 'go-mod-Linux-X64-0a1c')).toBe(false)
    expect(sameKey(key, 'go-mod-Linux-X64-0a1')).toBe(false)
    expect(sameKey(key, `${key} `)).toBe(false)
    // Accents count, as in @actions/cache's comparison.
    expect(sameKey('go-mod-é', 'go-mod-e')).toBe(false)
    expect(sameKey('go-mod-É', 'go-mod-é')).toBe(true)
  })

  it('matches a restore key as a prefix ignoring case, and only as a prefix', () => {
    expect(keyHasPrefix('go-mod-linux-x64-0a1b', 'go-mod-Linux-X64-')).toBe(true)
    expect(keyHasPrefix(key, 'GO-MOD-')).toBe(true)
    expect(keyHasPrefix(key, '')).toBe(true)
    expect(keyHasPrefix(key, 'go-mod-Linux-ARM64-')).toBe(false)
    expect(keyHasPrefix('go-mod-Linux-', key)).toBe(false)
    expect(keyHasPrefix(key, 'mod-Linux')).toBe(false)
  })

  it('folds a key to one stored form, so names made from it never differ by case', () => {
    expect(foldKey(key)).toBe('go-mod-linux-x64-0a1b')
    expect(foldKey('GO-MOD-LINUX-X64-0A1B')).toBe(foldKey(key))
    expect(foldKey(foldKey(key))).toBe(foldKey(key))
  })
})
