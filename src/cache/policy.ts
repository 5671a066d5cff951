import type { CacheState } from './modcache.ts'

/** The values of the save, restore and verify inputs: what the cache policy decides with. */
export const SAVE_POLICIES = ['auto', 'always', 'never'] as const
export type SavePolicy = (typeof SAVE_POLICIES)[number]
export const RESTORE_POLICIES = ['auto', 'always', 'never'] as const
export type RestorePolicy = (typeof RESTORE_POLICIES)[number]
export const VERIFY_POLICIES = ['partial', 'always', 'never'] as const
export type VerifyPolicy = (typeof VERIFY_POLICIES)[number]

/** Events whose caches are scoped to a temporary ref and would only crowd out the default branch's. */
export const BRANCH_SCOPED_EVENTS = ['pull_request', 'pull_request_target', 'merge_group']

export interface SaveDecisionInputs {
  policy: SavePolicy
  eventName: string
  state: CacheState
  /** The cache service already failed in this job. */
  serviceFailed: boolean
  cacheEmpty: boolean
  /** go.sum vouches for none of the module versions had: there is nothing to save. */
  noneVouched?: boolean
}

/** Returns undefined to save, or the reason not to. */
export function reasonNotToSave(d: SaveDecisionInputs): string | undefined {
  if (d.state === 'disabled') return 'the cache service is not configured for this job'
  if (d.serviceFailed) return 'the cache service already failed in this job'
  if (d.state === 'hit') return 'the restore was an exact hit'
  if (d.state === 'preexisting') return 'GOMODCACHE had content before this step, which is not ours to save'
  if (d.policy === 'never') return "input 'save' is 'never'"
  if (d.policy === 'auto' && BRANCH_SCOPED_EVENTS.includes(d.eventName)) {
    return `input 'save' is 'auto' and this is a ${d.eventName} event`
  }
  if (d.cacheEmpty) return 'the module cache is empty (no requirements)'
  if (d.noneVouched) return 'go.sum vouches for none of the module versions'
  return undefined
}

/** `partial` checks what a restore-key hit (or a pre-existing cache) brought in; `always` every restore. */
export function shouldVerify(policy: VerifyPolicy, state: CacheState): boolean {
  if (policy === 'never') return false
  if (policy === 'always') return state === 'hit' || state === 'partial' || state === 'preexisting'
  return state === 'partial' || state === 'preexisting'
}
