// The per-OS meaning of file-system error codes, as plain values: Windows, macOS and Linux inputs.
import { describe, expect, it } from '@jest/globals'
import { cleanupWarning, LOCK_RETRY_DELAYS_MS, leftoverOf, removalCause, renameFallback, rmRetryOptions } from '../src/oserrors.ts'

describe('renameFallback', () => {
  it.each([
    // A scan, the indexer or an open handle on Windows: wait, then copy.
    ['EPERM', 'win32', 'retry'],
    ['EACCES', 'win32', 'retry'],
    ['EBUSY', 'win32', 'retry'],
    ['EXDEV', 'win32', 'copy'],
    ['ENOENT', 'win32', 'fail'],
    ['ENOSPC', 'win32', 'fail'],
    // POSIX: permissions and mount points do not pass with time; a copy may still do it.
    ['EXDEV', 'linux', 'copy'],
    ['EACCES', 'linux', 'copy'],
    ['EPERM', 'linux', 'copy'],
    ['EBUSY', 'linux', 'copy'],
    ['ENOENT', 'linux', 'fail'],
    ['ENOTEMPTY', 'linux', 'fail'],
    ['EXDEV', 'darwin', 'copy'],
    ['EACCES', 'darwin', 'copy'],
    ['EPERM', 'darwin', 'copy'],
    ['ENOSPC', 'darwin', 'fail']
  ] as const)('%s on %s: %s', (code, platform, expected) => {
    expect(renameFallback(code, platform)).toBe(expected)
  })

  it('fails an error without a code on every platform', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) expect(renameFallback(undefined, platform)).toBe('fail')
  })
})

describe('the waits for a lock', () => {
  it('grow and add up to 2-5 s for a rename, long enough for an antivirus scan', () => {
    const total = LOCK_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThanOrEqual(2000)
    expect(total).toBeLessThanOrEqual(5000)
    expect([...LOCK_RETRY_DELAYS_MS].sort((a, b) => a - b)).toEqual(LOCK_RETRY_DELAYS_MS)
  })

  // fs.rm waits retryDelay × n before the n-th retry.
  const totalWait = ({ maxRetries, retryDelay }: { maxRetries: number; retryDelay: number }) => (retryDelay * maxRetries * (maxRetries + 1)) / 2

  it('span a scan for a removal on Windows', () => {
    const options = rmRetryOptions('win32')
    expect(options.maxRetries).toBeGreaterThanOrEqual(5)
    expect(totalWait(options)).toBeGreaterThanOrEqual(2000)
    expect(totalWait(options)).toBeLessThanOrEqual(5000)
  })

  it('stay short on Linux and macOS, where nothing locks a file', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      expect(rmRetryOptions(platform).maxRetries).toBeGreaterThan(0)
      expect(totalWait(rmRetryOptions(platform))).toBeLessThan(1000)
    }
  })
})

describe('removalCause', () => {
  it('names the lock holders on Windows', () => {
    for (const code of ['EBUSY', 'EPERM', 'EACCES']) expect(removalCause(code, 'win32')).toMatch(/antivirus/)
  })
  it('names permissions on Linux and macOS, and mount points for EBUSY', () => {
    expect(removalCause('EACCES', 'linux')).toMatch(/not writable/)
    expect(removalCause('EPERM', 'darwin')).toMatch(/not writable|immutable/)
    expect(removalCause('EBUSY', 'linux')).toMatch(/mount point/)
  })
  it('names a writer for ENOTEMPTY anywhere, and nothing for a code it knows nothing of', () => {
    expect(removalCause('ENOTEMPTY', 'win32')).toMatch(/writing/)
    expect(removalCause('ENOTEMPTY', 'linux')).toMatch(/writing/)
    expect(removalCause('EIO', 'linux')).toBe('')
  })
})

describe('cleanupWarning', () => {
  it('names the path, the code and the file it failed on, and says the job goes on', () => {
    const text = cleanupWarning('C:\\t\\scratch', { path: 'C:\\t\\scratch\\bin\\go.exe', code: 'EBUSY' }, 'win32')
    expect(text).toBe(
      'Could not remove C:\\t\\scratch (EBUSY on C:\\t\\scratch\\bin\\go.exe); it is left behind and the job goes on. Likely cause: another process holds a file in it open: an antivirus scan, the search indexer, or a program started from it.'
    )
  })
  it('leaves out the file when it is the path itself, and the cause when none is known', () => {
    expect(cleanupWarning('/t/x', { path: '/t/x', code: 'EIO' }, 'linux')).toBe('Could not remove /t/x (EIO); it is left behind and the job goes on.')
  })
})

describe('leftoverOf', () => {
  it('takes the path and code of a file-system error', () => {
    const err = Object.assign(new Error('busy'), { code: 'EBUSY', path: '/t/x/file' })
    expect(leftoverOf('/t/x', err)).toEqual({ path: '/t/x/file', code: 'EBUSY' })
  })
  it('falls back to the target and "unknown" for anything else', () => {
    expect(leftoverOf('/t/x', new Error('boom'))).toEqual({ path: '/t/x', code: 'unknown' })
    expect(leftoverOf('/t/x', 'a string')).toEqual({ path: '/t/x', code: 'unknown' })
  })
})
