import { describe, expect, it } from '@jest/globals'
import { mergePatternList, parsePatterns, tokenScopes } from '../../src/private/scopes.ts'

describe('tokenScopes', () => {
  it('scopes a token to the literal prefix of each pattern', () => {
    const { scopes, unscoped } = tokenScopes(['github.com/acme/*', 'git.corp.example.com', 'gitlab.com/team/lib'])
    expect(scopes.map((s) => s.url)).toEqual([
      'https://github.com/acme',
      'https://git.corp.example.com',
      'https://gitlab.com/team/lib'
    ])
    expect(unscoped).toEqual([])
  })

  it('cannot scope a pattern whose host has a wildcard', () => {
    const { scopes, unscoped } = tokenScopes(['*.corp.example.com', 'github.com/acme'])
    expect(unscoped).toEqual(['*.corp.example.com'])
    expect(scopes.map((s) => s.prefix)).toEqual(['github.com/acme'])
  })

  it('stops at the first element with a wildcard', () => {
    expect(tokenScopes(['github.com/acme/lib-*/v2']).scopes[0].prefix).toBe('github.com/acme')
  })

  it('keeps the widest of nested prefixes so each URL gets one credential', () => {
    const { scopes } = tokenScopes(['github.com/acme/lib', 'github.com/acme', 'github.com/acme-other'])
    expect(scopes.map((s) => s.prefix)).toEqual(['github.com/acme', 'github.com/acme-other'])
  })

  it('lower-cases the host for matching', () => {
    expect(tokenScopes(['GitHub.com/Acme']).scopes[0].host).toBe('github.com')
  })
})

describe('parsePatterns and mergePatternList', () => {
  it('splits on commas and new lines and drops trailing slashes', () => {
    expect(parsePatterns('github.com/acme/*, git.corp.example.com/\n\n# note\n')).toEqual([
      'github.com/acme/*',
      'git.corp.example.com'
    ])
  })

  it('keeps no carriage return from a list with CRLF line ends', () => {
    expect(parsePatterns('github.com/acme/*\r\ngit.corp.example.com/\r\n# note\r\n')).toEqual(['github.com/acme/*', 'git.corp.example.com'])
  })

  it('merges into an existing GOPRIVATE without duplicates', () => {
    expect(mergePatternList('a.example, b.example', ['b.example', 'c.example'])).toBe('a.example,b.example,c.example')
    expect(mergePatternList('', ['c.example'])).toBe('c.example')
  })
})
