// What every backend's source shares: a read must bring exactly its bytes, and a read that stalls
// ends after the idle time, but a reader that is slow itself is no stall.
import { describe, expect, it } from '@jest/globals'
import { PassThrough, Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Exactly, IdleWatch } from '../../src/cache/source.ts'

describe('Exactly', () => {
  it('passes the bytes expected, and names a read that ends early or runs long', async () => {
    const sink = () => new Writable({ write: (_c, _e, done) => done() })
    await pipeline(Readable.from([Buffer.alloc(4), Buffer.alloc(6)]), new Exactly(10, 'part 1'), sink())
    await expect(pipeline(Readable.from([Buffer.alloc(4)]), new Exactly(10, 'part 1'), sink())).rejects.toThrow('part 1 was cut short: 4 of 10 bytes came')
    await expect(pipeline(Readable.from([Buffer.alloc(11)]), new Exactly(10, 'part 2'), sink())).rejects.toThrow('part 2 is longer than the 10 bytes expected')
  })
})

describe('IdleWatch', () => {
  it('fails a source that gives nothing for the idle time', async () => {
    const silent = new PassThrough()
    silent.write(Buffer.alloc(10))
    const started = performance.now()
    const sink = new Writable({ write: (_c, _e, done) => done() })
    await expect(pipeline(silent, new IdleWatch(200, 'the entry'), sink)).rejects.toThrow('no byte of the entry came for 0.2 s')
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('waits on a reader that is slow itself', async () => {
    const bytes = Array.from({ length: 4 }, () => Buffer.alloc(2 << 20))
    let written = 0
    // Each chunk takes longer to take than the idle time: the bytes wait in the watch, not in the source.
    const slow = new Writable({
      highWaterMark: 1,
      write: (chunk: Buffer, _e, done) => {
        written += chunk.length
        setTimeout(done, 150)
      }
    })
    await pipeline(Readable.from(bytes), new IdleWatch(100, 'the entry'), slow)
    expect(written).toBe(8 << 20)
  })
})
