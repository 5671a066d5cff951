import type { SavePolicy } from '../inputs.ts'

/** Events whose caches are scoped to a temporary ref and would only crowd out the default branch's. */
export const BRANCH_SCOPED_EVENTS = ['pull_request', 'pull_request_target', 'merge_group']

export interface SaveDecisionInputs {
  policy: SavePolicy
  eventName: string
  exactHit: boolean
  cacheEmpty: boolean
  cacheUnavailable: boolean
}

/** Returns undefined to save, or the reason not to. */
export function reasonNotToSave(d: SaveDecisionInputs): string | undefined {
  if (d.cacheUnavailable) return 'the cache service is not available'
  if (d.exactHit) return 'the restore was an exact hit'
  if (d.policy === 'never') return "input 'save' is 'never'"
  if (d.policy === 'auto' && BRANCH_SCOPED_EVENTS.includes(d.eventName)) {
    return `input 'save' is 'auto' and this is a ${d.eventName} event`
  }
  if (d.cacheEmpty) return 'the module cache is empty (no requirements)'
  return undefined
}
