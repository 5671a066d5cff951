import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mendLine, quietLine, TIMED_OUT, watchCacheLog, type CacheLog } from '../../src/cache/observe.ts'

const fresh = (): CacheLog => ({ warnings: [] })

describe('mendLine', () => {
  it('turns the ::error:: @actions/cache writes for a failing service into a ::warning:: and records its text', () => {
    const log = fresh()
    const line = '::error::Failed to restore: Failed to GetCacheEntryDownloadURL: Received non-retryable error: 503'
    expect(mendLine(line, log)).toBe('::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Received non-retryable error: 503')
    expect(log.warnings).toEqual(['Failed to restore: Failed to GetCacheEntryDownloadURL: Received non-retryable error: 503'])
  })

  it('records a warning written with a Windows line end (os.EOL) without its \\r, and passes the line on whole', () => {
    const log = fresh()
    expect(mendLine('::warning::Cache service responded with 503\r', log)).toBe('::warning::Cache service responded with 503\r')
    expect(log.warnings).toEqual(['Cache service responded with 503'])
  })

  it('leaves every other error alone: only the cache library\'s own are mended', () => {
    const log: CacheLog = { warnings: [] }
    expect(mendLine('::error::go mod download failed after 1 attempt', log)).toBe('::error::go mod download failed after 1 attempt')
    expect(log.warnings).toEqual([])
  })

  it('keeps the properties of an ::error with parameters and records only the message', () => {
    const log = fresh()
    expect(mendLine('::error title=Cache::Failed to save: 500', log)).toBe('::warning title=Cache::Failed to save: 500')
    expect(log.warnings).toEqual(['Failed to save: 500'])
  })

  it('records a warning as it is', () => {
    const log = fresh()
    expect(mendLine('::warning::Failed to restore: tar exited with 2', log)).toBe('::warning::Failed to restore: tar exited with 2')
    expect(log.warnings).toEqual(['Failed to restore: tar exited with 2'])
  })

  it('leaves info, debug and notice lines alone and records no warning for them', () => {
    const log = fresh()
    for (const line of [
      'Cache not found for keys: go-mod-Linux-X64-abc, go-mod-Linux-X64-',
      '::debug::Resolved Keys:',
      '::notice::not a problem',
      'go: ::error:: inside a line is not a command'
    ]) {
      expect(mendLine(line, log)).toBe(line)
    }
    expect(log).toEqual({ warnings: [] })
  })

  it('reads the archive size from "Cache Size: ~N MB (B B)"', () => {
    const log = fresh()
    expect(mendLine('Cache Size: ~12 MB (12582912 B)', log)).toBe('Cache Size: ~12 MB (12582912 B)')
    expect(log.sizeBytes).toBe(12582912)
  })

  it('reads the archive size from "::debug::File Size: N", and a later size replaces an earlier one', () => {
    const log = fresh()
    mendLine('::debug::File Size: 4096', log)
    expect(log.sizeBytes).toBe(4096)
    mendLine('Cache Size: ~0 MB (5120 B)', log)
    expect(log.sizeBytes).toBe(5120)
  })

  it('takes "File Size" only as the debug command at the start of a line', () => {
    const log = fresh()
    mendLine('go: File Size: 99', log)
    mendLine('  ::debug::File Size: 99', log)
    expect(log.sizeBytes).toBeUndefined()
  })
})

describe('watchCacheLog', () => {
  const realWrite = process.stdout.write
  let written: string[]

  // Everything goes to a capture instead of the test's stdout, where a ::warning:: would be a
  // real annotation in CI.
  beforeEach(() => {
    written = []
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      return true
    }) as typeof process.stdout.write
  })
  afterEach(() => {
    process.stdout.write = realWrite
  })

  it('mends whole lines even when a chunk ends in the middle of one, and returns the value and the log', async () => {
    const { value, log } = await watchCacheLog(async () => {
      process.stdout.write('Cache Size: ~1 MB (1048')
      process.stdout.write('576 B)\n::err')
      process.stdout.write(Buffer.from('or::Failed to restore: 503\nlast line without newline'))
      return 'matched-key'
    })
    expect(value).toBe('matched-key')
    expect(log).toEqual({ warnings: ['Failed to restore: 503'], sizeBytes: 1048576 })
    expect(written.join('')).toBe('Cache Size: ~1 MB (1048576 B)\n::warning::Failed to restore: 503\nlast line without newline')
  })

  it('stops mending once the watched call is done', async () => {
    await watchCacheLog(async () => undefined)
    process.stdout.write('::error::the download failed\n')
    expect(written).toEqual(['::error::the download failed\n'])
  })

  it('puts stdout back when the watched call throws', async () => {
    await expect(
      watchCacheLog(async () => {
        process.stdout.write('::error::Failed to restore: boom\n')
        throw new Error('tar failed')
      })
    ).rejects.toThrow('tar failed')
    process.stdout.write('::error::the download failed\n')
    expect(written.join('')).toBe('::warning::Failed to restore: boom\n::error::the download failed\n')
  })

  it('after the time limit, makes the abandoned call\'s own failure a debug line until it settles, and touches nothing else', async () => {
    let finish!: () => void
    const gaveUp = new Promise<void>((resolve) => (finish = resolve))
    const { value, log } = await watchCacheLog(async () => {
      await gaveUp
      process.stdout.write('::error::Failed to restore: Cache service responded with 503\n')
      return 'late'
    }, 20)
    expect(value).toBe(TIMED_OUT)
    process.stdout.write('::error::go mod download failed after 1 attempt\n')
    finish()
    await new Promise((resolve) => setTimeout(resolve, 10))
    process.stdout.write('::error::Failed to save: written after the call settled\n')
    expect(written.join('')).toBe(
      '::error::go mod download failed after 1 attempt\n::debug::Failed to restore: Cache service responded with 503\n::error::Failed to save: written after the call settled\n'
    )
    expect(log.warnings).toEqual([])
  })
})

describe('watchCacheLog, quiet', () => {
  const realWrite = process.stdout.write
  afterEach(() => {
    process.stdout.write = realWrite
  })

  it('records the library\'s failure for the caller to report and writes it as a debug line; other warnings pass untouched', async () => {
    const written: string[] = []
    process.stdout.write = ((chunk: string) => (written.push(chunk), true)) as typeof process.stdout.write
    const { log } = await watchCacheLog(
      async () => {
        process.stdout.write('::error::Failed to restore: connect ECONNREFUSED 127.0.0.1:9\n')
        // Another phase's warning, printed while the lookup runs.
        process.stdout.write('::warning::Not read for the toolchain choice: go.work\n')
        process.stdout.write('Cache not found for input keys: k\n')
      },
      undefined,
      { quiet: true }
    )
    expect(log.warnings).toEqual(['Failed to restore: connect ECONNREFUSED 127.0.0.1:9'])
    expect(written.join('')).toBe(
      '::debug::Failed to restore: connect ECONNREFUSED 127.0.0.1:9\n::warning::Not read for the toolchain choice: go.work\nCache not found for input keys: k\n'
    )
  })

  it("records why the library's attempts failed, from its debug lines, and leaves the lines as they are", async () => {
    const written: string[] = []
    process.stdout.write = ((chunk: string) => (written.push(chunk), true)) as typeof process.stdout.write
    const line = '::debug::getCacheEntry - Attempt 1 of 2 failed with error: getaddrinfo ENOTFOUND cache.corp.example\n'
    const { log } = await watchCacheLog(async () => void process.stdout.write(line), undefined, { quiet: true })
    expect(log.attemptErrors).toEqual(['getaddrinfo ENOTFOUND cache.corp.example'])
    expect(log.warnings).toEqual([])
    expect(written.join('')).toBe(line)
  })

  it('ends the wait at the first attempt giveUpOn names, while a later retry is still pending, and keeps that call quiet', async () => {
    const written: string[] = []
    process.stdout.write = ((chunk: string) => (written.push(chunk), true)) as typeof process.stdout.write
    let retry: (v: string) => void = () => {}
    const retried = new Promise<string>((resolve) => (retry = resolve))
    const { value, log } = await watchCacheLog(
      async () => {
        process.stdout.write('::debug::getCacheEntry - Attempt 1 of 2 failed with error: connect ECONNREFUSED 127.0.0.1:9\n')
        process.stdout.write('::debug::getCacheEntry - Attempt 1 of 2 failed with error: getaddrinfo ENOTFOUND cache.corp.example\n')
        return retried
      },
      // Far beyond the test's own limit: only giving up ends this wait.
      600_000,
      { quiet: true, giveUpOn: (e) => e.includes('ENOTFOUND') }
    )
    expect(value).toBe(TIMED_OUT)
    expect(log.attemptErrors).toEqual(['connect ECONNREFUSED 127.0.0.1:9', 'getaddrinfo ENOTFOUND cache.corp.example'])
    // The abandoned call's own failure, when it comes, is a debug line.
    process.stdout.write('::error::Failed to restore: getaddrinfo ENOTFOUND cache.corp.example\n')
    retry('done')
    await retried
    await new Promise((resolve) => setImmediate(resolve))
    expect(written.at(-1)).toBe('::debug::Failed to restore: getaddrinfo ENOTFOUND cache.corp.example\n')
  })
})

describe('quietLine', () => {
  it.each([
    ['::error::Failed to restore: Cache service responded with 503', '::debug::Failed to restore: Cache service responded with 503'],
    ['::warning::Failed to save: Unable to reserve cache', '::debug::Failed to save: Unable to reserve cache'],
    ['::error::go mod download failed', '::error::go mod download failed'],
    ['Failed to restore: plain text', 'Failed to restore: plain text']
  ])('%s', (line, quiet) => {
    expect(quietLine(line)).toBe(quiet)
  })
})
