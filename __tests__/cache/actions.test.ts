// The Actions cache client's decisions on plain values: which service a job has, the entry's
// version, the service's key limits, the chunks of an upload, the retries, failures in words.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { uploadShape } from '../../src/cache/actions/artifactcache.ts'
import { blockId, blockListXml } from '../../src/cache/actions/blob.ts'
import { chunksOf, eachInParallel } from '../../src/cache/actions/chunks.ts'
import { totalOf } from '../../src/cache/actions/download.ts'
import { CacheServiceError, describeNetworkError, withRetries, type Answer, type RetryPolicy } from '../../src/cache/actions/http.ts'
import { cacheVersion, isGhes, keyProblem, serviceOf } from '../../src/cache/actions/service.ts'

const URLS = { ACTIONS_RESULTS_URL: 'https://results.example/', ACTIONS_CACHE_URL: 'https://cache.example/', ACTIONS_RUNTIME_TOKEN: 't' }

describe('serviceOf', () => {
  it('takes v2 on github.com when the runner says so, v1 otherwise', () => {
    expect(serviceOf({ ...URLS, ACTIONS_CACHE_SERVICE_V2: 'true' })).toMatchObject({ protocol: 'v2', baseUrl: 'https://results.example/', githubCom: true })
    expect(serviceOf(URLS)).toMatchObject({ protocol: 'v1', baseUrl: 'https://cache.example/' })
    expect(serviceOf({ ...URLS, ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://x.ghe.com' })?.protocol).toBe('v2')
  })

  it('takes v1 on GHES (and act), whatever the flag says', () => {
    expect(serviceOf({ ...URLS, ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://ghes.corp.example' })).toMatchObject({ protocol: 'v1', githubCom: false })
    expect(isGhes('http://127.0.0.1:3000')).toBe(true)
    expect(isGhes('https://github.com')).toBe(false)
    expect(isGhes(undefined)).toBe(false)
  })

  it('is no service without the URL its protocol needs', () => {
    expect(serviceOf({ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_CACHE_URL: 'https://cache.example/' })).toBeUndefined()
    expect(serviceOf({ ACTIONS_RESULTS_URL: 'https://results.example/' })).toBeUndefined()
    expect(serviceOf({})).toBeUndefined()
  })

  it('reads the cache mode as the library does: unknown or unset allows everything', () => {
    const mode = (m: string) => {
      const s = serviceOf({ ...URLS, ACTIONS_CACHE_MODE: m })!
      return [s.readable, s.writable]
    }
    expect(mode('')).toEqual([true, true])
    expect(mode('read')).toEqual([true, false])
    expect(mode(' Write-Only ')).toEqual([false, true])
    expect(mode('none')).toEqual([false, false])
    expect(mode('something-new')).toEqual([true, true])
  })
})

describe('cacheVersion', () => {
  it('differs per entry kind and archive format, and from any version @actions/cache gave the wrapped entries', () => {
    const v = cacheVersion('tar-zstd-3', 'modules-lean')
    expect(v).toMatch(/^[0-9a-f]{64}$/)
    expect(cacheVersion('tar-zstd-3', 'build')).not.toBe(v)
    expect(cacheVersion('tar-zstd-4', 'modules-lean')).not.toBe(v)
    // The library's: the paths, the compression method and its salt, joined by '|'.
    const library = createHash('sha256').update(['go-mod-precache/tar-zstd-3/modules-lean', 'zstd', '1.0'].join('|')).digest('hex')
    expect(v).not.toBe(library)
  })
})

describe('keyProblem', () => {
  it('refuses what the service refuses: over 10 keys, a key over 512 characters, a comma', () => {
    expect(keyProblem(['a', 'b'])).toBeUndefined()
    expect(keyProblem(Array.from({ length: 11 }, (_, i) => `k${i}`))).toBe('a lookup takes at most 10 keys, not 11')
    expect(keyProblem(['x'.repeat(513)])).toContain('longer than 512 characters')
    expect(keyProblem(['a,b'])).toBe('the key a,b contains a comma')
  })
})

describe('uploads in chunks', () => {
  it('cuts a file into chunks, the last one shorter, an empty file into one empty chunk', () => {
    expect(chunksOf(10, 4)).toEqual([
      { index: 0, start: 0, end: 4 },
      { index: 1, start: 4, end: 8 },
      { index: 2, start: 8, end: 10 }
    ])
    expect(chunksOf(8, 4).length).toBe(2)
    expect(chunksOf(0, 4)).toEqual([{ index: 0, start: 0, end: 0 }])
  })

  it('runs at most n at once, and starts none after a failure', async () => {
    let running = 0
    let most = 0
    const started: number[] = []
    const run = eachInParallel([0, 1, 2, 3, 4, 5], 2, async (i) => {
      started.push(i)
      most = Math.max(most, ++running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running--
      if (i === 1) throw new Error('chunk 1 failed')
    })
    await expect(run).rejects.toThrow('chunk 1 failed')
    expect(most).toBe(2)
    expect(started).toEqual([0, 1, 2])
  })

  it("takes the library's variables for v1 chunks, capped as it caps them", () => {
    expect(uploadShape({})).toEqual({ concurrency: 4, chunkBytes: 32 << 20 })
    expect(uploadShape({ CACHE_UPLOAD_CONCURRENCY: '64', CACHE_UPLOAD_CHUNK_SIZE: '256' })).toEqual({ concurrency: 32, chunkBytes: 128 << 20 })
    expect(uploadShape({ CACHE_UPLOAD_CONCURRENCY: 'x', CACHE_UPLOAD_CHUNK_SIZE: '8' })).toEqual({ concurrency: 4, chunkBytes: 8 << 20 })
  })

  it('names Azure blocks with ids of one length, listed in order', () => {
    const ids = [0, 9, 123456].map((i) => blockId('abcd1234', i))
    expect(new Set(ids.map((id) => id.length)).size).toBe(1)
    expect(Buffer.from(ids[1]!, 'base64').toString()).toBe('abcd1234-000009')
    expect(blockListXml(ids.slice(0, 2))).toBe(`<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>${ids[0]}</Latest><Latest>${ids[1]}</Latest></BlockList>`)
  })
})

describe('totalOf', () => {
  it("reads the size a range answer's Content-Range gives", () => {
    expect(totalOf('bytes 0-262143/105000000')).toBe(105000000)
    expect(totalOf('bytes 0-9/*')).toBeUndefined()
    expect(totalOf(undefined)).toBeUndefined()
  })
})

describe('describeNetworkError', () => {
  const err = (code: string, message = code) => Object.assign(new Error(message), { code })
  it('names the host that did not resolve, and what refused, by origin only', () => {
    expect(describeNetworkError(err('ENOTFOUND', 'getaddrinfo ENOTFOUND cache.corp.example'), 'http://cache.corp.example:8080/x?sig=SECRET')).toBe(
      'the host name cache.corp.example did not resolve (DNS: ENOTFOUND)'
    )
    expect(describeNetworkError(err('EAI_AGAIN'), 'http://cache.corp.example/')).toBe('the host name cache.corp.example did not resolve: no DNS server answered (EAI_AGAIN)')
    const refused = describeNetworkError(Object.assign(new AggregateError([err('ECONNREFUSED')]), {}), 'https://blob.example/c/1?sig=SECRET')
    expect(refused).toBe('connection refused by https://blob.example')
    expect(describeNetworkError({ cause: err('ECONNRESET') }, 'http://127.0.0.1:9/')).toBe('the connection to http://127.0.0.1:9 was cut (ECONNRESET)')
  })
})

describe('withRetries', () => {
  const policy: RetryPolicy = { attempts: 3, delayMs: () => 1, retryStatus: (s) => s === 503, retryError: (code) => code !== 'ENOTFOUND' }
  const answer = (status: number): Answer => ({ status, headers: {}, text: '' })

  it('tries again on what the policy retries, and returns the last answer', async () => {
    const statuses = [503, 503, 503, 200]
    let calls = 0
    expect((await withRetries(policy, undefined, async () => answer(statuses[calls++]!))).status).toBe(503)
    expect(calls).toBe(3)
  })

  it('fails at once on what it does not retry', async () => {
    let calls = 0
    const failing = withRetries(policy, undefined, async () => {
      calls++
      throw new CacheServiceError('the host name x did not resolve', undefined, 'ENOTFOUND')
    })
    await expect(failing).rejects.toThrow('did not resolve')
    expect(calls).toBe(1)
  })
})
