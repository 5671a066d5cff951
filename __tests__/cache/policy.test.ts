import { describe, expect, it } from '@jest/globals'
import { reasonNotToSave, shouldVerify } from '../../src/cache/policy.ts'

const base = { policy: 'auto' as const, eventName: 'push', state: 'miss' as const, serviceFailed: false, cacheEmpty: false }

describe('reasonNotToSave', () => {
  it('saves a changed cache on push with the auto policy, after a miss or a partial restore', () => {
    expect(reasonNotToSave(base)).toBeUndefined()
    expect(reasonNotToSave({ ...base, state: 'partial' })).toBeUndefined()
  })

  it.each(['pull_request', 'pull_request_target', 'merge_group'])('does not save on %s with auto', (eventName) => {
    expect(reasonNotToSave({ ...base, eventName })).toBe(`input 'save' is 'auto' and this is a ${eventName} event`)
  })

  it('saves on a pull request when the policy is always', () => {
    expect(reasonNotToSave({ ...base, policy: 'always', eventName: 'pull_request' })).toBeUndefined()
  })

  it('never saves with never', () => {
    expect(reasonNotToSave({ ...base, policy: 'never' })).toBe("input 'save' is 'never'")
  })

  it('does not save after an exact hit, even with always', () => {
    expect(reasonNotToSave({ ...base, policy: 'always', state: 'hit' })).toBe('the restore was an exact hit')
  })

  it('does not save an empty cache', () => {
    expect(reasonNotToSave({ ...base, cacheEmpty: true })).toMatch(/empty/)
    expect(reasonNotToSave({ ...base, noneVouched: true })).toBe('go.sum vouches for none of the module versions')
    expect(reasonNotToSave({ ...base, noneVouched: false })).toBeUndefined()
  })

  it('does not save when the service already failed in this job, nor when there is no service', () => {
    expect(reasonNotToSave({ ...base, state: 'unavailable', serviceFailed: true })).toBe('the cache service already failed in this job')
    expect(reasonNotToSave({ ...base, state: 'disabled' })).toMatch(/not configured/)
  })

  it('does not save a module cache that was there before the step', () => {
    expect(reasonNotToSave({ ...base, policy: 'always', state: 'preexisting' })).toMatch(/had content before/)
  })
})

describe('shouldVerify', () => {
  it('checks partial restores and pre-existing caches by default, exact hits only when asked', () => {
    expect(shouldVerify('partial', 'partial')).toBe(true)
    expect(shouldVerify('partial', 'preexisting')).toBe(true)
    expect(shouldVerify('partial', 'hit')).toBe(false)
    expect(shouldVerify('always', 'hit')).toBe(true)
    expect(shouldVerify('always', 'miss')).toBe(false)
    expect(shouldVerify('never', 'partial')).toBe(false)
  })
})
