import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/errors.ts'
import { parseLines, readInputs } from '../src/inputs.ts'

const from = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('readInputs', () => {
  it('falls back to the documented defaults for empty values', () => {
    expect(readInputs(from({}))).toEqual({
      workingDirectory: '.',
      cacheDependencyPath: [],
      keyPrefix: 'go-mod',
      save: 'auto',
      restore: 'auto',
      proxies: '',
      mirrors: [],
      probeTimeoutMs: 3000,
      allowDirect: undefined,
      downloadRetries: 3,
      downloadTimeoutMs: 600_000,
      privatePatterns: [],
      privateToken: '',
      privateUser: 'x-access-token',
      verify: 'partial',
      cacheTimeoutMs: 10_000,
      metricsFile: '',
      summary: true,
      offline: false,
      cacheBuild: false,
      cacheLayout: 'lean',
      backgroundSave: true,
      saveTimeoutMs: 600_000,
      history: true,
      cacheLocation: { kind: 'github' },
      s3Endpoint: '',
      s3Region: '',
      s3PathStyle: undefined,
      cacheMaxSizeBytes: 10e9
    })
  })

  it('takes each cache layout, and names the input and the choices for anything else', () => {
    for (const layout of ['lean', 'full', 'zips']) expect(readInputs(from({ 'cache-layout': layout })).cacheLayout).toBe(layout)
    expect(() => readInputs(from({ 'cache-layout': 'trees' }))).toThrow("Input 'cache-layout' has the value 'trees'; expected one of: lean, full, zips.")
  })

  it('accepts save policies in any case', () => {
    expect(readInputs(from({ save: 'Always' })).save).toBe('always')
    expect(readInputs(from({ save: ' never ' })).save).toBe('never')
  })

  it('rejects an unknown save policy, naming the input and the choices', () => {
    expect(() => readInputs(from({ save: 'sometimes' }))).toThrow(InputError)
    expect(() => readInputs(from({ save: 'sometimes' }))).toThrow(
      "Input 'save' has the value 'sometimes'; expected one of: auto, always, never."
    )
  })

  it('rejects a key prefix with a comma or a space', () => {
    expect(() => readInputs(from({ 'key-prefix': 'a,b' }))).toThrow(/Input 'key-prefix'.*without commas/)
    expect(() => readInputs(from({ 'key-prefix': 'a b' }))).toThrow(/Input 'key-prefix'/)
  })

  it('reads cache-dependency-path one glob per line', () => {
    const inputs = readInputs(from({ 'cache-dependency-path': 'a/go.sum\r\n\n  # note\n b/go.sum \n' }))
    expect(inputs.cacheDependencyPath).toEqual(['a/go.sum', 'b/go.sum'])
  })
})

describe('parseLines', () => {
  it('drops blank and comment lines', () => {
    expect(parseLines('\n# x\n y \n')).toEqual(['y'])
  })
})

describe('proxy and download inputs', () => {
  it('reads mirrors separated by commas or new lines, adding https:// where the scheme is missing', () => {
    const inputs = readInputs(from({ mirrors: 'https://goproxy.cn/, goproxy.io\nhttp://127.0.0.1:8080' }))
    expect(inputs.mirrors).toEqual(['https://goproxy.cn', 'https://goproxy.io', 'http://127.0.0.1:8080'])
  })

  it('refuses direct among the mirrors, saying where it belongs', () => {
    expect(() => readInputs(from({ mirrors: 'https://a.example,direct' }))).toThrow(
      /Input 'mirrors' has the entry 'direct'.*belong in 'proxies'/
    )
  })

  it.each([
    ['not a url', /entry 'not a url', which contains white space/],
    ['https://goproxy.io https://goproxy.cn', /entry 'https:\/\/goproxy.io https:\/\/goproxy.cn', which contains white space/],
    ['https://', /entry 'https:\/\/', which is not a valid URL/],
    ['https:///go', /entry 'https:\/\/\/go', which has no host/],
    ['goproxy', /entry 'goproxy', which is not a URL: single words are reserved/],
    ['ftp://mirror.example', /entry 'ftp:\/\/mirror.example', which has scheme "ftp"/],
    ['file:///srv/goproxy', /entry 'file:\/\/\/srv\/goproxy', which is not an http\(s\) URL/]
  ])('refuses the mirror %j, naming the input and the entry', (mirror, message) => {
    const read = () => readInputs(from({ mirrors: `https://ok.example,${mirror}` }))
    expect(read).toThrow(InputError)
    expect(read).toThrow(message)
    expect(read).toThrow(/^Input 'mirrors' has the entry .*expected proxy URLs such as https:\/\/goproxy.io, separated by commas or new lines\.$/)
  })

  it('keeps the credentials of a bad mirror out of its error', () => {
    const read = () => readInputs(from({ mirrors: 'https://user:hunter2@ bad.example' }))
    expect(read).toThrow(/'https:\/\/\*\*\*@ bad.example'/)
    expect(read).not.toThrow(/hunter2/)
  })

  it('keeps a mirror given twice once', () => {
    expect(readInputs(from({ mirrors: 'https://goproxy.cn,goproxy.cn/\nhttps://goproxy.io' })).mirrors).toEqual([
      'https://goproxy.cn',
      'https://goproxy.io'
    ])
  })

  it('reads seconds as milliseconds and rejects what is not a positive number', () => {
    expect(readInputs(from({ 'probe-timeout': '1.5' })).probeTimeoutMs).toBe(1500)
    expect(() => readInputs(from({ 'probe-timeout': '0' }))).toThrow(
      "Input 'probe-timeout' has the value '0'; expected a positive number of seconds, such as 3."
    )
    expect(() => readInputs(from({ 'download-timeout': '10m' }))).toThrow(/Input 'download-timeout'/)
  })

  it('reads retries as a whole number', () => {
    expect(readInputs(from({ 'download-retries': '0' })).downloadRetries).toBe(0)
    expect(() => readInputs(from({ 'download-retries': '-1' }))).toThrow(/Input 'download-retries'.*whole number/)
  })

  it('reads allow-direct as true, false or unset', () => {
    expect(readInputs(from({ 'allow-direct': 'FALSE' })).allowDirect).toBe(false)
    expect(() => readInputs(from({ 'allow-direct': 'yes' }))).toThrow(/Input 'allow-direct'.*true or false/)
  })

  it('reads private patterns and defaults the private user', () => {
    const inputs = readInputs(from({ private: 'github.com/acme/*\ngit.corp.example.com', 'private-token': ' t ' }))
    expect(inputs.privatePatterns).toEqual(['github.com/acme/*', 'git.corp.example.com'])
    expect(inputs.privateToken).toBe('t')
    expect(inputs.privateUser).toBe('x-access-token')
  })
})
