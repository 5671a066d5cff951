// Turning go's failures on private modules into what to change. Pure.
import type { GoFailure } from '../go/failure.ts'
import { matchPrefixPatterns } from '../go/patterns.ts'

export interface PrivateContext {
  /** The merged GOPRIVATE. */
  goprivate: string
  /** The `private` input's patterns. */
  patterns: string[]
  hasToken: boolean
}

/** One sentence per module whose failure looks like a private-module setup problem. */
export function explainPrivateFailures(failures: GoFailure[], ctx: PrivateContext): string[] {
  const out = new Map<string, string>()
  for (const f of failures) {
    const module = f.module
    if (module === undefined || out.has(module)) continue
    const path = module.split('@')[0]
    const isPrivate = ctx.goprivate !== '' && matchPrefixPatterns(ctx.goprivate, path)
    const shown = ctx.patterns.length > 0 ? ctx.patterns.join(', ') : '(none)'
    if (isPrivate && f.class === 'auth' && !ctx.hasToken) {
      out.set(module, `${module} is private (GOPRIVATE=${ctx.goprivate}) and git asked for credentials, but no private-token was given: add \`private-token: \${{ secrets.YOUR_TOKEN }}\`.`)
    } else if (isPrivate && f.class === 'auth') {
      out.set(module, `The host rejected private-token for ${module} (401/403): check that the token can read that repository and that private-user fits the host.`)
    } else if (!isPrivate && (f.class === 'not-found' || f.class === 'sumdb' || f.class === 'auth')) {
      out.set(module, `${module} could not be fetched (${f.class}) and matches none of the private patterns [${shown}]: if it is private, add its path (or a pattern such as ${suggestPattern(path)}) to \`private\`.`)
    }
  }
  return [...out.values()]
}

/** host/owner/* for hosts with owner/repo paths, else the host itself. */
export function suggestPattern(path: string): string {
  const parts = path.split('/')
  return parts.length >= 3 ? `${parts[0]}/${parts[1]}/*` : parts[0]
}
