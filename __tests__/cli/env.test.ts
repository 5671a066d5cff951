import { describe, expect, it } from '@jest/globals'
import { ciEvent, dotenvLines, envNameOf, exportLines, helpText, resolveInputs } from '../../src/cli/env.ts'

describe('flags, variables and inputs', () => {
  const specs = [
    { name: 'key-prefix', default: 'go-mod', description: 'First part of the cache key.' },
    { name: 'cache-url', default: '', description: 'Where cache entries live.' }
  ]

  it('names each input\'s variable', () => {
    expect(envNameOf('key-prefix')).toBe('GO_MOD_PRECACHE_KEY_PREFIX')
  })

  it('takes the flag, else the variable, else the default', () => {
    expect(resolveInputs(specs, { 'key-prefix': 'flag' }, { GO_MOD_PRECACHE_KEY_PREFIX: 'env' })).toEqual({ 'key-prefix': 'flag', 'cache-url': '' })
    expect(resolveInputs(specs, {}, { GO_MOD_PRECACHE_KEY_PREFIX: 'env', GO_MOD_PRECACHE_CACHE_URL: '/c' })).toEqual({ 'key-prefix': 'env', 'cache-url': '/c' })
    expect(resolveInputs(specs, { 'cache-url': '' }, { GO_MOD_PRECACHE_CACHE_URL: '/c' })['cache-url']).toBe('')
  })

  it('lists every input with its default in --help', () => {
    const help = helpText(specs)
    expect(help).toContain('\n  --key-prefix (default: go-mod)\n      First part of the cache key.\n')
    expect(help).toContain('\n  --cache-url\n      Where cache entries live.\n')
  })
})

describe('what is handed on', () => {
  it('writes shell exports that survive quotes, with the directories added last first on PATH', () => {
    expect(exportLines({ GOPROXY: "https://a|direct", ODD: "it's" }, ['/first/bin', '/second/bin'])).toEqual([
      "export GOPROXY='https://a|direct'",
      "export ODD='it'\\''s'",
      `export PATH='/second/bin:/first/bin:'"$PATH"`
    ])
  })

  it('writes dotenv lines with the whole PATH, and one line per variable', () => {
    expect(dotenvLines({ GOPROXY: 'off', NOTE: 'a\nb' }, ['/go/bin'], '/usr/bin:/bin')).toEqual(['GOPROXY=off', 'NOTE=a b', 'PATH=/go/bin:/usr/bin:/bin'])
    expect(dotenvLines({}, ['C:\\go\\bin'], 'C:\\Windows', ';')).toEqual(['PATH=C:\\go\\bin;C:\\Windows'])
  })
})

describe('ciEvent', () => {
  it.each([
    [{ CI_PIPELINE_SOURCE: 'merge_request_event' }, 'pull_request'],
    [{ CI_PIPELINE_SOURCE: 'push' }, 'push'],
    [{ BUILDKITE_PULL_REQUEST: '42' }, 'pull_request'],
    [{ BUILDKITE_PULL_REQUEST: 'false' }, 'push'],
    [{ CHANGE_ID: '7' }, 'pull_request'],
    [{}, 'push']
  ])('reads %j as %s', (env, event) => {
    expect(ciEvent(env)).toBe(event)
  })
})
