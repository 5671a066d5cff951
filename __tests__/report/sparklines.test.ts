import { describe, expect, it } from '@jest/globals'
import { sparklines } from '../../src/report/sparklines.ts'

describe('sparklines', () => {
  it('draws every series on one scale, the largest value the tallest bar', () => {
    expect(sparklines([[0, 50, 100], [100, 100, undefined]])).toEqual(['▁▅█', '██░'])
  })

  it('draws all-zero series flat', () => {
    expect(sparklines([[0, 0], []])).toEqual(['▁▁', ''])
  })
})
