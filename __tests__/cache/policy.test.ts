import { describe, expect, it } from '@jest/globals'
import { reasonNotToSave } from '../../src/cache/policy.ts'

const base = { policy: 'auto' as const, eventName: 'push', exactHit: false, cacheEmpty: false, cacheUnavailable: false }

describe('reasonNotToSave', () => {
  it('saves a changed cache on push with the auto policy', () => {
    expect(reasonNotToSave(base)).toBeUndefined()
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
    expect(reasonNotToSave({ ...base, policy: 'always', exactHit: true })).toBe('the restore was an exact hit')
  })

  it('does not save an empty cache', () => {
    expect(reasonNotToSave({ ...base, cacheEmpty: true })).toMatch(/empty/)
  })

  it('does not save when the cache service is unavailable', () => {
    expect(reasonNotToSave({ ...base, cacheUnavailable: true })).toMatch(/not available/)
  })
})
