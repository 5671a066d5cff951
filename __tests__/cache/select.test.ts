import { describe, expect, it } from '@jest/globals'
import { backendConfigOf } from '../../src/cache/select.ts'
import { InputError } from '../../src/errors.ts'
import { parseCacheUrl, parseSize, readInputs } from '../../src/inputs.ts'

const from = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('parseCacheUrl', () => {
  it.each([
    ['', 'linux', { kind: 'github' }],
    ['s3://go-cache', 'linux', { kind: 's3', bucket: 'go-cache', prefix: '' }],
    ['s3://go-cache/team/repo/', 'linux', { kind: 's3', bucket: 'go-cache', prefix: 'team/repo' }],
    ['file:///mnt/cache/go', 'linux', { kind: 'dir', root: '/mnt/cache/go' }],
    ['file:///mnt/go%20cache', 'darwin', { kind: 'dir', root: '/mnt/go cache' }],
    ['/cache/go', 'linux', { kind: 'dir', root: '/cache/go' }],
    ['file:///D:/cache/go', 'win32', { kind: 'dir', root: 'D:\\cache\\go' }],
    ['D:\\cache\\go', 'win32', { kind: 'dir', root: 'D:\\cache\\go' }],
    ['\\\\fileserver\\share\\go', 'win32', { kind: 'dir', root: '\\\\fileserver\\share\\go' }]
  ] as const)('reads %j on %s', (value, platform, expected) => {
    expect(parseCacheUrl(value, platform)).toEqual(expected)
  })

  it.each([
    ['gs://bucket/x', /has the scheme 'gs'/],
    ['s3://', /has '' as its bucket, which is not a valid bucket name/],
    ['s3://Go_Cache/x', /has 'Go_Cache' as its bucket/],
    ['s3://AKIAXXXX:hunter2@bucket/x', /holds credentials \(give them as AWS_ACCESS_KEY_ID/],
    ['file://server/share', /has a host; a file URL of a shared directory is file:\/\/\/PATH/],
    ['relative/dir', /is neither a URL nor an absolute path/],
    ['D:\\cache', /is a Windows path on a runner that is not Windows/]
  ])('refuses %j, naming the input and the forms it takes', (value, why) => {
    const read = () => parseCacheUrl(value, 'linux')
    expect(read).toThrow(InputError)
    expect(read).toThrow(why)
    expect(read).toThrow(/^Input 'cache-url' has the value '.*'.*; expected empty \(the GitHub Actions cache\), s3:\/\/BUCKET\/PREFIX/)
    expect(read).not.toThrow(/hunter2/)
  })
})

describe('parseSize', () => {
  it.each([
    ['', 10e9],
    ['500MB', 500e6],
    ['2GiB', 2 * 1024 ** 3],
    ['1.5 GB', 1.5e9],
    ['1048576', 1048576],
    ['64kib', 65536]
  ])('reads %j as %d bytes', (value, bytes) => {
    expect(parseSize('cache-max-size', value, '10GB')).toBe(bytes)
  })

  it.each(['10 XB', '-1GB', '0', 'lots'])('refuses %j', (value) => {
    expect(() => parseSize('cache-max-size', value, '10GB')).toThrow(
      `Input 'cache-max-size' has the value '${value}'; expected a size such as 10GB, 500MB or 2GiB.`
    )
  })
})

describe('the s3 inputs', () => {
  it('refuses an endpoint that is not an http(s) URL, or holds credentials', () => {
    expect(() => readInputs(from({ 's3-endpoint': 'minio:9000' }))).toThrow(/^Input 's3-endpoint' has the value 'minio:9000'; expected an http\(s\) URL/)
    expect(() => readInputs(from({ 's3-endpoint': 'https://key:secret@minio.example' }))).toThrow(/^Input 's3-endpoint' holds credentials/)
    expect(() => readInputs(from({ 's3-region': 'EU West' }))).toThrow(/^Input 's3-region' has the value 'EU West'/)
  })
})

describe('backendConfigOf', () => {
  const s3 = (values: Record<string, string>, env: NodeJS.ProcessEnv = {}) => {
    const config = backendConfigOf(readInputs(from({ 'cache-url': 's3://go-cache/repo', ...values })), env)
    if (config.kind !== 's3') throw new Error(`expected an s3 configuration, got ${config.kind}`)
    return config
  }

  it('is the GitHub cache without a cache-url, and a directory with its size limit', () => {
    expect(backendConfigOf(readInputs(from({})), {})).toEqual({ kind: 'github' })
    expect(backendConfigOf(readInputs(from({ 'cache-url': '/cache/go', 'cache-max-size': '1GB' })), {})).toEqual({
      kind: 'dir',
      root: '/cache/go',
      maxSizeBytes: 1e9
    })
  })

  it('turns path style on when an endpoint is given, by the input or the SDK variables, unless told otherwise', () => {
    expect(s3({})).toEqual({ kind: 's3', bucket: 'go-cache', prefix: 'repo', pathStyle: false })
    expect(s3({ 's3-endpoint': 'http://127.0.0.1:9000/', 's3-region': 'auto' })).toEqual({
      kind: 's3',
      bucket: 'go-cache',
      prefix: 'repo',
      endpoint: 'http://127.0.0.1:9000',
      region: 'auto',
      pathStyle: true
    })
    expect(s3({}, { AWS_ENDPOINT_URL_S3: 'http://minio:9000' }).pathStyle).toBe(true)
    expect(s3({}, { AWS_ENDPOINT_URL: 'http://minio:9000' }).pathStyle).toBe(true)
    expect(s3({ 's3-endpoint': 'http://127.0.0.1:9000', 's3-path-style': 'false' }).pathStyle).toBe(false)
  })
})
