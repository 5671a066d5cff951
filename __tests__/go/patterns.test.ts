import { describe, expect, it } from '@jest/globals'
import {
  BadPatternError,
  effectiveGoNoProxy,
  isPrivate,
  malformedPatterns,
  matchPrefixPatterns,
  noProxy,
  pathMatch
} from '../../src/go/patterns.ts'

/** Go's own table for path.Match (src/path/match_test.go): pattern, name, match, bad pattern. */
const GO_PATH_MATCH_TABLE: [string, string, boolean, boolean][] = [
  ['abc', 'abc', true, false],
  ['*', 'abc', true, false],
  ['*c', 'abc', true, false],
  ['a*', 'a', true, false],
  ['a*', 'abc', true, false],
  ['a*', 'ab/c', false, false],
  ['a*/b', 'abc/b', true, false],
  ['a*/b', 'a/c/b', false, false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/f', true, false],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true, false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false, false],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false, false],
  ['a*b?c*x', 'abxbbxdbxebxczzx', true, false],
  ['a*b?c*x', 'abxbbxdbxebxczzy', false, false],
  ['ab[c]', 'abc', true, false],
  ['ab[b-d]', 'abc', true, false],
  ['ab[e-g]', 'abc', false, false],
  ['ab[^c]', 'abc', false, false],
  ['ab[^b-d]', 'abc', false, false],
  ['ab[^e-g]', 'abc', true, false],
  ['a\\*b', 'a*b', true, false],
  ['a\\*b', 'ab', false, false],
  ['a?b', 'a☺b', true, false],
  ['a[^a]b', 'a☺b', true, false],
  ['a???b', 'a☺b', false, false],
  ['a[^a][^a][^a]b', 'a☺b', false, false],
  ['[a-ζ]*', 'α', true, false],
  ['*[a-ζ]', 'A', false, false],
  ['a?b', 'a/b', false, false],
  ['a*b', 'a/b', false, false],
  ['[\\]a]', ']', true, false],
  ['[\\-]', '-', true, false],
  ['[x\\-]', 'x', true, false],
  ['[x\\-]', '-', true, false],
  ['[x\\-]', 'z', false, false],
  ['[\\-x]', 'x', true, false],
  ['[\\-x]', '-', true, false],
  ['[\\-x]', 'a', false, false],
  ['[]a]', ']', false, true],
  ['[-]', '-', false, true],
  ['[x-]', 'x', false, true],
  ['[x-]', '-', false, true],
  ['[x-]', 'z', false, true],
  ['[-x]', 'x', false, true],
  ['[-x]', '-', false, true],
  ['[-x]', 'a', false, true],
  ['\\', 'a', false, true],
  ['[a-b-c]', 'a', false, true],
  ['[', 'a', false, true],
  ['[^', 'a', false, true],
  ['[^bc', 'a', false, true],
  ['a[', 'a', false, true],
  ['a[', 'ab', false, true],
  ['a[', 'x', false, true],
  ['a/b[', 'x', false, true],
  ['*x', 'xxx', true, false]
]

describe('pathMatch', () => {
  it.each(GO_PATH_MATCH_TABLE.filter(([, , , bad]) => !bad))('%j against %j gives %j', (pattern, name, want) => {
    expect(pathMatch(pattern, name)).toBe(want)
  })

  it.each(GO_PATH_MATCH_TABLE.filter(([, , , bad]) => bad))('rejects the malformed pattern %j (name %j)', (pattern, name) => {
    expect(() => pathMatch(pattern, name)).toThrow(BadPatternError)
  })

  it('names the malformed pattern in the error', () => {
    expect(() => pathMatch('a[', 'x')).toThrow('syntax error in pattern "a["')
  })

  it('matches characters outside the Basic Multilingual Plane as one character', () => {
    expect(pathMatch('a?b', 'a\u{1F600}b')).toBe(true)
    expect(pathMatch('a??b', 'a\u{1F600}b')).toBe(false)
  })
})

describe('matchPrefixPatterns', () => {
  // golang.org/x/mod/module TestMatchPrefixPatterns, plus the trailing-slash rule of today's x/mod.
  it.each([
    ['*/quote', 'rsc.io/quote', true],
    ['*/quo', 'rsc.io/quote', false],
    ['*/quo??', 'rsc.io/quote', true],
    ['*/quo*', 'rsc.io/quote', true],
    ['*quo*', 'rsc.io/quote', false],
    ['rsc.io', 'rsc.io/quote', true],
    ['*.io', 'rsc.io/quote', true],
    ['rsc.io/', 'rsc.io/quote', true],
    ['rsc', 'rsc.io/quote', false],
    ['rsc*', 'rsc.io/quote', true],

    ['rsc.io', 'rsc.io/quote/v3', true],
    ['*/quote', 'rsc.io/quote/v3', true],
    ['*/quote/*', 'rsc.io/quote/v3', true],
    ['*/v3', 'rsc.io/quote/v3', false],
    ['*/*/v3', 'rsc.io/quote/v3', true],
    ['*/*/*', 'rsc.io/quote/v3', true],
    ['*/*/*', 'rsc.io/quote', false],

    ['*/*/*,,', 'rsc.io/quote', false],
    ['*/*/*,,*/quote', 'rsc.io/quote', true],
    [',,*/quote', 'rsc.io/quote', true]
  ])('%j matches %j: %j', (globs, target, want) => {
    expect(matchPrefixPatterns(globs, target)).toBe(want)
  })

  it('matches a whole element, not a string prefix', () => {
    expect(matchPrefixPatterns('github.com/acme', 'github.com/acme-corp/tool')).toBe(false)
    expect(matchPrefixPatterns('github.com/acme', 'github.com/acme/tool')).toBe(true)
  })

  it('skips a malformed glob and still tries the others', () => {
    expect(matchPrefixPatterns('[,example.com', 'example.com/m')).toBe(true)
    expect(matchPrefixPatterns('example.com/[', 'example.com/m')).toBe(false)
  })

  it('matches nothing for an empty list', () => {
    expect(matchPrefixPatterns('', 'example.com/m')).toBe(false)
    expect(matchPrefixPatterns(',,,', 'example.com/m')).toBe(false)
  })

  it('does not trim spaces: " example.com" is a different glob', () => {
    expect(matchPrefixPatterns('corp.example, example.com', 'example.com/m')).toBe(false)
  })
})

describe('malformedPatterns', () => {
  it('lists the globs go would silently ignore', () => {
    expect(malformedPatterns('example.com,a[,*.corp,\\,[x-]')).toEqual(['a[', '\\', '[x-]'])
  })

  it('judges a glob after dropping its trailing slash, as matching does', () => {
    // The glob x\/ ends in an escaped slash, but go first drops the '/' and is left with x\.
    expect(malformedPatterns('x\\/')).toEqual(['x\\'])
  })

  it('finds none in a well-formed list', () => {
    expect(malformedPatterns('*.corp.example,github.com/acme/*,,')).toEqual([])
  })
})

describe('GOPRIVATE and GONOPROXY', () => {
  const env = { GOPRIVATE: '*.corp.example,github.com/acme' }

  it('lets GONOPROXY default to GOPRIVATE', () => {
    expect(effectiveGoNoProxy(env)).toBe(env.GOPRIVATE)
    expect(noProxy('git.corp.example/team/svc', env)).toBe(true)
    expect(noProxy('github.com/acme/tool/v2', env)).toBe(true)
    expect(noProxy('github.com/other/tool', env)).toBe(false)
  })

  it('treats an empty GONOPROXY as unset, as go env does', () => {
    expect(effectiveGoNoProxy({ ...env, GONOPROXY: '' })).toBe(env.GOPRIVATE)
  })

  it('lets an explicit GONOPROXY replace GOPRIVATE for proxy decisions only', () => {
    const split = { ...env, GONOPROXY: 'none.invalid' }
    expect(noProxy('github.com/acme/tool', split)).toBe(false)
    expect(noProxy('none.invalid/x', split)).toBe(true)
    expect(isPrivate('github.com/acme/tool', split)).toBe(true)
  })

  it('leaves proxy decisions to GOPRIVATE when only GONOSUMDB is set', () => {
    const split = { ...env, GONOSUMDB: 'sum.skip.example' }
    expect(noProxy('github.com/acme/tool', split)).toBe(true)
    expect(noProxy('sum.skip.example/x', split)).toBe(false)
  })

  it('finds nothing private when no variable is set', () => {
    expect(isPrivate('github.com/acme/tool', {})).toBe(false)
    expect(noProxy('github.com/acme/tool', {})).toBe(false)
  })
})
