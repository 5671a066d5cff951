import { describe, expect, it } from '@jest/globals'
import { escapePath, escapeVersion, modulePathProblem, unescapePath, unescapeVersion } from '../../src/go/escape.ts'

describe('escapePath', () => {
  it('leaves an all-lowercase module path unchanged', () => {
    expect(escapePath('golang.org/x/mod')).toBe('golang.org/x/mod')
  })

  it('writes each uppercase letter as ! and its lowercase form', () => {
    expect(escapePath('github.com/Azure/azure-sdk-for-go')).toBe('github.com/!azure/azure-sdk-for-go')
    expect(escapePath('github.com/BurntSushi/TOML')).toBe('github.com/!burnt!sushi/!t!o!m!l')
  })

  it('keeps the other punctuation cmd/go allows in path elements', () => {
    expect(escapePath('example.com/a_b/c~d/e+f/g-h.i')).toBe('example.com/a_b/c~d/e+f/g-h.i')
  })

  it.each([
    ['example.com/a!b', 'invalid char "!"'],
    ['', 'empty string'],
    ['example.com/', 'trailing slash'],
    ['/example.com', 'leading slash'],
    ['example.com//x', 'double slash'],
    ['example.com/../x', 'double dot'],
    ['example.com/.hidden', 'leading dot'],
    ['example.com/x.', 'trailing dot'],
    ['localhost/x', 'missing dot in first path element'],
    ['Example.com/x', 'invalid char "E" in first path element'],
    ['-example.com/x', 'leading dash in first path element'],
    ['example.com/x y', 'invalid char " "'],
    ['example.com/é', 'invalid char "é"'],
    ['example.com/con.go', 'disallowed as path element component on Windows'],
    ['example.com/m/v1', 'invalid version'],
    ['example.com/m/v02', 'invalid version'],
    ['example.com/m/v2.1', 'invalid version'],
    ['gopkg.in/yaml', 'invalid version'],
    ['gopkg.in/yaml.v02', 'invalid version']
  ])('rejects the malformed module path %j (%s)', (path, problem) => {
    expect(() => escapePath(path)).toThrow(problem)
  })

  it('accepts major version suffixes cmd/go accepts', () => {
    expect(escapePath('example.com/m/v2')).toBe('example.com/m/v2')
    expect(escapePath('example.com/m/v10')).toBe('example.com/m/v10')
    expect(escapePath('gopkg.in/yaml.v3')).toBe('gopkg.in/yaml.v3')
    expect(escapePath('gopkg.in/check.v0')).toBe('gopkg.in/check.v0')
    expect(escapePath('gopkg.in/x.v1-unstable')).toBe('gopkg.in/x.v1-unstable')
  })
})

describe('modulePathProblem', () => {
  it('is undefined for a valid module path and names the problem otherwise', () => {
    expect(modulePathProblem('github.com/Azure/go-autorest/v14')).toBeUndefined()
    expect(modulePathProblem('github.com/a!b')).toBe('invalid char "!"')
  })
})

describe('unescapePath', () => {
  it('turns !x back into the uppercase letter', () => {
    expect(unescapePath('github.com/!azure/azure-sdk-for-go')).toBe('github.com/Azure/azure-sdk-for-go')
    expect(unescapePath('github.com/!burnt!sushi/toml')).toBe('github.com/BurntSushi/toml')
  })

  it.each([
    ['github.com/Azure/x', 'an uppercase letter is never written unescaped'],
    ['github.com/!/x', '! must be followed by a lowercase letter'],
    ['github.com/!1x', '! must be followed by a lowercase letter'],
    ['github.com/x!', 'a trailing ! escapes nothing'],
    ['github.com/!!x', 'a ! cannot escape another !'],
    ['!example.com/x', 'the first path element cannot hold an uppercase letter']
  ])('rejects %j: %s', (escaped) => {
    expect(() => unescapePath(escaped)).toThrow('invalid escaped module path')
  })

  it('round-trips with escapePath', () => {
    for (const path of ['github.com/Azure/azure-sdk-for-go/v68', 'example.com/ABC/def/GhI', 'gopkg.in/Yaml.v2']) {
      expect(unescapePath(escapePath(path))).toBe(path)
    }
  })
})

describe('escapeVersion', () => {
  it('leaves a lowercase semantic version unchanged', () => {
    expect(escapeVersion('v1.2.3')).toBe('v1.2.3')
    expect(escapeVersion('v0.0.0-20240101000000-abcdef123456')).toBe('v0.0.0-20240101000000-abcdef123456')
  })

  it('escapes uppercase letters in prerelease and build parts and in queries', () => {
    expect(escapeVersion('v1.0.0-RC1')).toBe('v1.0.0-!r!c1')
    expect(escapeVersion('v2.0.0+incompatible')).toBe('v2.0.0+incompatible')
    expect(escapeVersion('Master')).toBe('!master')
  })

  it.each([
    ['v1.0.0-a!b', "contains '!'"],
    ['', 'empty path element'],
    ['v1/2', 'invalid char "/"'],
    ['v1.', 'trailing dot'],
    ['..', 'invalid path element'],
    ['v1:2', 'invalid char ":"']
  ])('rejects the version %j (%s)', (version, problem) => {
    expect(() => escapeVersion(version)).toThrow(problem)
  })
})

describe('unescapeVersion', () => {
  it('turns !x back into the uppercase letter', () => {
    expect(unescapeVersion('v1.0.0-!r!c1')).toBe('v1.0.0-RC1')
    expect(unescapeVersion('v1.2.3')).toBe('v1.2.3')
  })

  it.each(['v1.0.0-RC1', 'v1.0.0-!', 'v1.0.0-!1', 'v1/2', ''])('rejects %j', (escaped) => {
    expect(() => unescapeVersion(escaped)).toThrow('invalid escaped version')
  })
})
