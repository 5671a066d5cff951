import { describe, expect, it } from '@jest/globals'
import { DOWNLOAD_GOMAXPROCS, downloadGoMaxProcs } from '../../src/go/parallelism.ts'

describe('the GOMAXPROCS of a download', () => {
  it('is raised to the download floor on a runner with few cores', () => {
    expect(downloadGoMaxProcs(undefined, 2)).toBe(String(DOWNLOAD_GOMAXPROCS))
    expect(DOWNLOAD_GOMAXPROCS).toBeGreaterThan(4)
  })

  it('raises a GOMAXPROCS the job set lower: the download waits on the network, not the cores', () => {
    expect(downloadGoMaxProcs('2', 2)).toBe(String(DOWNLOAD_GOMAXPROCS))
  })

  it('keeps a higher value, from the job or from the cores', () => {
    expect(downloadGoMaxProcs('100', 2)).toBe('100')
    expect(downloadGoMaxProcs(undefined, 96)).toBe('96')
  })

  it('ignores a value that is not a number', () => {
    expect(downloadGoMaxProcs('many', 2)).toBe(String(DOWNLOAD_GOMAXPROCS))
    expect(downloadGoMaxProcs('', 2)).toBe(String(DOWNLOAD_GOMAXPROCS))
  })
})
