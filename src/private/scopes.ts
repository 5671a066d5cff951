// Where a private-module token may go: for each GOPRIVATE-style pattern with an exact host, the
// URL prefix up to the first element with a wildcard. Pure.

export interface TokenScope {
  pattern: string
  host: string
  /** host plus the literal path elements, e.g. github.com/acme */
  prefix: string
  /** https://prefix: git sends the credential to URLs under it, matched on '/' boundaries. */
  url: string
}

export interface ScopeResult {
  scopes: TokenScope[]
  /** Patterns whose host has a wildcard: a token cannot be scoped to them. */
  unscoped: string[]
}

const GLOB = /[*?[\\]/

/** Comma or newline separated patterns, trimmed, trailing slashes dropped. */
export function parsePatterns(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((p) => p.trim().replace(/\/+$/, ''))
    .filter((p) => p !== '' && !p.startsWith('#'))
}

export function tokenScopes(patterns: string[]): ScopeResult {
  const scopes: TokenScope[] = []
  const unscoped: string[] = []
  for (const pattern of patterns) {
    const elements = pattern.split('/').filter((e) => e !== '')
    const host = elements[0] ?? ''
    if (host === '' || GLOB.test(host)) {
      unscoped.push(pattern)
      continue
    }
    const literal: string[] = []
    for (const e of elements) {
      if (GLOB.test(e)) break
      literal.push(e)
    }
    const prefix = literal.join('/')
    if (!scopes.some((s) => s.prefix === prefix)) {
      scopes.push({ pattern, host: host.toLowerCase(), prefix, url: `https://${prefix}` })
    }
  }
  // A wider prefix covers a narrower one: keep the widest, so one credential serves each URL.
  const widest = scopes.filter(
    (s) => !scopes.some((o) => o !== s && (s.prefix === o.prefix ? false : s.prefix.startsWith(`${o.prefix}/`)))
  )
  return { scopes: widest, unscoped }
}

/** Merges patterns into an existing comma-separated list, without duplicates, keeping its order. */
export function mergePatternList(existing: string, added: string[]): string {
  const list = existing.split(',').map((p) => p.trim()).filter((p) => p !== '')
  for (const p of added) if (!list.includes(p)) list.push(p)
  return list.join(',')
}
