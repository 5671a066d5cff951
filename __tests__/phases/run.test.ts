import { describe, expect, it } from '@jest/globals'
import { need, newRun } from '../../src/phases/run.ts'

describe('need', () => {
  it('names every part a phase asks for that no earlier phase filled', () => {
    const run = newRun()
    run.historyKey = 'h-1'
    expect(() => need(run, 'historyKey', 'goEnv', 'deps')).toThrow('The run has no goEnv, deps yet: a phase runs before the one that fills it.')
  })

  it('takes a part filled with undefined as filled: that phase ran and found nothing', () => {
    const run = newRun()
    run.buildKeys = undefined
    expect(need(run, 'buildKeys').buildKeys).toBeUndefined()
  })
})
