// GOPRIVATE, GONOPROXY and GONOSUMDB matching, as cmd/go does it
// (golang.org/x/mod/module MatchPrefixPatterns over Go's path.Match).
//
// Each variable is a comma-separated list of globs. A glob with N slashes is matched
// against the first N+1 elements of the module path, so "github.com/acme" covers
// "github.com/acme/tool/v2" and "*.corp.example" covers every module on those hosts.

/** Thrown by pathMatch for a malformed glob, as Go's path.ErrBadPattern. */
export class BadPatternError extends Error {
  override name = 'BadPatternError'
  constructor(pattern: string) {
    super(`syntax error in pattern ${JSON.stringify(pattern)}`)
  }
}

/** The variables that decide which module paths are private. */
export interface PrivateModuleEnv {
  GOPRIVATE?: string
  GONOPROXY?: string
  GONOSUMDB?: string
}

/**
 * Whether any path prefix of target matches one of the comma-separated globs.
 * Empty and malformed globs are ignored and a trailing '/' on a glob is dropped, as in cmd/go.
 */
export function matchPrefixPatterns(globs: string, target: string): boolean {
  for (const glob of splitGlobs(globs)) {
    const prefix = leadingElements(target, countSlashes(glob) + 1)
    if (prefix === undefined) continue
    try {
      if (pathMatch(glob, prefix)) return true
    } catch (err) {
      if (!(err instanceof BadPatternError)) throw err
    }
  }
  return false
}

/** The globs of a comma-separated list that go silently ignores because they are malformed. */
export function malformedPatterns(globs: string): string[] {
  return splitGlobs(globs).filter(glob => {
    try {
      pathMatch(glob, '')
      return false
    } catch (err) {
      if (err instanceof BadPatternError) return true
      throw err
    }
  })
}

/** GONOPROXY as go uses it: its own value when set, GOPRIVATE otherwise. */
export function effectiveGoNoProxy(env: PrivateModuleEnv): string {
  return env.GONOPROXY || env.GOPRIVATE || ''
}

/** Whether the module path matches GOPRIVATE. */
export function isPrivate(modulePath: string, env: PrivateModuleEnv): boolean {
  return matchPrefixPatterns(env.GOPRIVATE ?? '', modulePath)
}

/** Whether go fetches the module directly from its origin, bypassing GOPROXY. */
export function noProxy(modulePath: string, env: PrivateModuleEnv): boolean {
  return matchPrefixPatterns(effectiveGoNoProxy(env), modulePath)
}

/** The non-empty globs of a list, each without its trailing '/'. */
function splitGlobs(globs: string): string[] {
  return globs
    .split(',')
    .map(glob => (glob.endsWith('/') ? glob.slice(0, -1) : glob))
    .filter(glob => glob !== '')
}

function countSlashes(s: string): number {
  let n = 0
  for (const c of s) if (c === '/') n++
  return n
}

/** The first `count` '/'-separated elements of target, or undefined when it has fewer. */
function leadingElements(target: string, count: number): string | undefined {
  let slashesToPass = count - 1
  for (let i = 0; i < target.length; i++) {
    if (target[i] !== '/') continue
    if (slashesToPass === 0) return target.slice(0, i)
    slashesToPass--
  }
  return slashesToPass === 0 ? target : undefined
}

// ---------------------------------------------------------------------------------------
// path.Match: '*' matches any run of non-'/' characters, '?' one non-'/' character,
// '[...]' a character class (with '^' negation and 'a-z' ranges), '\\' escapes the next
// character. The whole name must match. Characters are Unicode code points, as Go's runes.

const SLASH = 0x2f
const STAR = 0x2a
const QUESTION = 0x3f
const BACKSLASH = 0x5c
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const CARET = 0x5e
const DASH = 0x2d

type Runes = readonly number[]

/**
 * Go's path.Match: whether name matches the shell pattern. Throws BadPatternError when the
 * pattern is malformed, even when the mismatch is already known (as Go reports it).
 */
export function pathMatch(pattern: string, name: string): boolean {
  try {
    return matchRunes(toRunes(pattern), toRunes(name))
  } catch (err) {
    if (err === MALFORMED) throw new BadPatternError(pattern)
    throw err
  }
}

const MALFORMED = Symbol('malformed pattern')

function toRunes(s: string): number[] {
  return Array.from(s, c => c.codePointAt(0)!)
}

function matchRunes(pattern: Runes, name: Runes): boolean {
  let rest = pattern
  let remaining = name
  nextChunk: while (rest.length > 0) {
    const { star, chunk, after } = scanChunk(rest)
    rest = after
    // A trailing star matches the rest of the name unless it crosses a '/'.
    if (star && chunk.length === 0) return !remaining.includes(SLASH)

    const here = matchChunk(chunk, remaining)
    // The last chunk must consume the whole name; otherwise the star may still help.
    if (here !== undefined && (here.length === 0 || rest.length > 0)) {
      remaining = here
      continue
    }
    if (star) {
      // Let the star swallow i+1 characters, never a '/'.
      for (let i = 0; i < remaining.length && remaining[i] !== SLASH; i++) {
        const after = matchChunk(chunk, remaining.slice(i + 1))
        if (after === undefined) continue
        if (rest.length === 0 && after.length > 0) continue
        remaining = after
        continue nextChunk
      }
    }
    // No match; still report a malformed remainder of the pattern, as Go does.
    while (rest.length > 0) {
      const next = scanChunk(rest)
      rest = next.after
      matchChunk(next.chunk, [])
    }
    return false
  }
  return remaining.length === 0
}

interface Chunk {
  star: boolean
  chunk: Runes
  after: Runes
}

/** Splits off leading stars and the literal/class/'?' run up to the next unbracketed star. */
function scanChunk(pattern: Runes): Chunk {
  let start = 0
  while (start < pattern.length && pattern[start] === STAR) start++
  const star = start > 0
  let inClass = false
  for (let i = start; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === BACKSLASH) {
      if (i + 1 < pattern.length) i++
    } else if (c === OPEN_BRACKET) {
      inClass = true
    } else if (c === CLOSE_BRACKET) {
      inClass = false
    } else if (c === STAR && !inClass) {
      return { star, chunk: pattern.slice(start, i), after: pattern.slice(i) }
    }
  }
  return { star, chunk: pattern.slice(start), after: [] }
}

/**
 * Matches a star-free chunk against the start of s and returns what is left of s, or
 * undefined on mismatch. After a mismatch the chunk is still read to the end so that a
 * malformed pattern is always reported.
 */
function matchChunk(chunk: Runes, s: Runes): Runes | undefined {
  let ci = 0
  let si = 0
  let failed = false
  while (ci < chunk.length) {
    failed = failed || si >= s.length
    const c = chunk[ci]!
    if (c === OPEN_BRACKET) {
      const r = failed ? -1 : s[si++]!
      const cls = matchClass(chunk, ci + 1, r)
      ci = cls.next
      failed = failed || !cls.matched
    } else if (c === QUESTION) {
      if (!failed) failed = s[si++] === SLASH
      ci++
    } else {
      if (c === BACKSLASH) {
        ci++
        if (ci >= chunk.length) throw MALFORMED
      }
      if (!failed) failed = chunk[ci] !== s[si++]
      ci++
    }
  }
  return failed ? undefined : s.slice(si)
}

/** Reads a character class starting just after '['; reports whether r is in it. */
function matchClass(chunk: Runes, start: number, r: number): { matched: boolean; next: number } {
  let i = start
  let negated = false
  if (i < chunk.length && chunk[i] === CARET) {
    negated = true
    i++
  }
  let inRange = false
  let ranges = 0
  for (;;) {
    if (i < chunk.length && chunk[i] === CLOSE_BRACKET && ranges > 0) {
      i++
      break
    }
    const lo = classChar(chunk, i)
    let hi = lo
    i = lo.next
    if (chunk[i] === DASH) {
      hi = classChar(chunk, i + 1)
      i = hi.next
    }
    inRange = inRange || (lo.rune <= r && r <= hi.rune)
    ranges++
  }
  return { matched: inRange !== negated, next: i }
}

/** One (possibly escaped) character of a class; a class must never end right after it. */
function classChar(chunk: Runes, start: number): { rune: number; next: number } {
  let i = start
  if (i >= chunk.length || chunk[i] === DASH || chunk[i] === CLOSE_BRACKET) throw MALFORMED
  if (chunk[i] === BACKSLASH) {
    i++
    if (i >= chunk.length) throw MALFORMED
  }
  const rune = chunk[i]!
  i++
  if (i >= chunk.length) throw MALFORMED
  return { rune, next: i }
}
