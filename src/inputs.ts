import { host } from './host/host.ts'
import { InputError } from './errors.ts'
import { checkProxyUrl, redactUrl } from './go/goproxy.ts'
import { CACHE_LAYOUTS, type CacheLayout } from './cache/layout.ts'
import type { BackendInputs, CacheLocation } from './cache/select.ts'
import { parsePatterns } from './private/scopes.ts'
import type { PrivateOptions } from './private/setup.ts'

import { RESTORE_POLICIES, SAVE_POLICIES, VERIFY_POLICIES, type RestorePolicy, type SavePolicy, type VerifyPolicy } from './cache/policy.ts'

export { RESTORE_POLICIES, SAVE_POLICIES, VERIFY_POLICIES, type RestorePolicy, type SavePolicy, type VerifyPolicy }

/** Every `with:` value, typed and validated. The only module that knows input names. */
export interface Inputs extends BackendInputs {
  workingDirectory: string
  /** Globs, relative to the working directory; empty means the default set. */
  cacheDependencyPath: string[]
  keyPrefix: string
  save: SavePolicy
  /** auto: skip the restore when the history shows downloading is faster and a proxy is healthy. */
  restore: RestorePolicy
  /** The primary chain in GOPROXY syntax; '' means go env's GOPROXY. */
  proxies: string
  /** Fallback proxy URLs, in the order given. */
  mirrors: string[]
  probeTimeoutMs: number
  /** undefined: keep `direct` when the primary chain has it. */
  allowDirect: boolean | undefined
  downloadRetries: number
  downloadTimeoutMs: number
  /** Module path patterns of private modules (GOPRIVATE syntax). */
  privatePatterns: string[]
  privateToken: string
  privateUser: string
  verify: VerifyPolicy
  cacheTimeoutMs: number
  /** '' means the default place under RUNNER_TEMP. */
  metricsFile: string
  summary: boolean
  offline: boolean
  cacheBuild: boolean
  cacheLayout: CacheLayout
  /** Save in a process of its own that the post step waits for. */
  backgroundSave: boolean
  saveTimeoutMs: number
  /** Keep a history of runs in the cache (and decide restores from it). */
  history: boolean
}

/** How inputs are read: the host's options in the pipeline, a plain record in tests. */
export type InputSource = (name: string) => string

export function readInputs(get: InputSource = (name) => host().getInput(name)): Inputs {
  return {
    workingDirectory: get('working-directory').trim() || '.',
    cacheDependencyPath: parseLines(get('cache-dependency-path')),
    keyPrefix: parseKeyPrefix(get('key-prefix')),
    save: parseChoice('save', get('save'), SAVE_POLICIES, 'auto'),
    restore: parseChoice('restore', get('restore'), RESTORE_POLICIES, 'auto'),
    proxies: get('proxies').trim(),
    mirrors: parseMirrors(get('mirrors')),
    probeTimeoutMs: parseSeconds('probe-timeout', get('probe-timeout'), 3),
    allowDirect: parseOptionalBoolean('allow-direct', get('allow-direct')),
    downloadRetries: parseCount('download-retries', get('download-retries'), 3),
    downloadTimeoutMs: parseSeconds('download-timeout', get('download-timeout'), 600),
    privatePatterns: parsePatterns(get('private')),
    privateToken: get('private-token').trim(),
    privateUser: get('private-user').trim() || 'x-access-token',
    verify: parseChoice('verify', get('verify'), VERIFY_POLICIES, 'partial'),
    cacheTimeoutMs: parseSeconds('cache-timeout', get('cache-timeout'), 10),
    metricsFile: get('metrics-file').trim(),
    summary: parseOptionalBoolean('summary', get('summary')) ?? true,
    offline: parseOptionalBoolean('offline', get('offline')) ?? false,
    cacheBuild: parseOptionalBoolean('cache-build', get('cache-build')) ?? false,
    cacheLayout: parseChoice('cache-layout', get('cache-layout'), CACHE_LAYOUTS, 'lean'),
    backgroundSave: parseOptionalBoolean('background-save', get('background-save')) ?? true,
    saveTimeoutMs: parseSeconds('save-timeout', get('save-timeout'), 600),
    history: parseOptionalBoolean('history', get('history')) ?? true,
    cacheLocation: parseCacheUrl(get('cache-url')),
    s3Endpoint: parseEndpoint(get('s3-endpoint')),
    s3Region: parseRegion(get('s3-region')),
    s3PathStyle: parseOptionalBoolean('s3-path-style', get('s3-path-style')),
    cacheMaxSizeBytes: parseSize('cache-max-size', get('cache-max-size'), '10GB')
  }
}

/** What the private-module setup takes of the inputs. */
export function privateOptions(inputs: Inputs): PrivateOptions {
  return { patterns: inputs.privatePatterns, user: inputs.privateUser, token: inputs.privateToken }
}

/**
 * Comma or newline separated proxy URLs, read as GOPROXY entries are ("https://" added to a bare
 * host); `direct` and `off` belong in `proxies`, not here. A duplicate is kept once.
 */
export function parseMirrors(value: string): string[] {
  const mirrors: string[] = []
  for (const raw of value.split(/[,\n]/)) {
    const entry = raw.trim()
    if (entry === '' || entry.startsWith('#')) continue
    if (entry === 'direct' || entry === 'off' || entry.includes('|')) {
      throw new InputError(
        `Input 'mirrors' has the entry '${redactUrl(entry)}'; ${MIRRORS_FORM} ('direct' and 'off' belong in 'proxies').`
      )
    }
    const checked = checkProxyUrl(entry)
    if ('problem' in checked) {
      const readAs = checked.readAs === undefined ? '' : ` (read as ${redactUrl(checked.readAs)})`
      throw new InputError(`Input 'mirrors' has the entry '${redactUrl(entry)}'${readAs}, which ${checked.problem}; ${MIRRORS_FORM}.`)
    }
    if (!/^https?:\/\//i.test(checked.url)) {
      throw new InputError(`Input 'mirrors' has the entry '${redactUrl(entry)}', which is not an http(s) URL; ${MIRRORS_FORM}.`)
    }
    if (!mirrors.includes(checked.url)) mirrors.push(checked.url)
  }
  return mirrors
}

const MIRRORS_FORM = 'expected proxy URLs such as https://goproxy.io, separated by commas or new lines'

export function parseSeconds(name: string, value: string, fallback: number): number {
  const v = value.trim()
  if (v === '') return fallback * 1000
  const seconds = Number(v)
  if (!/^\d+(\.\d+)?$/.test(v) || !Number.isFinite(seconds) || seconds <= 0) {
    throw new InputError(`Input '${name}' has the value '${v}'; expected a positive number of seconds, such as ${fallback}.`)
  }
  return Math.round(seconds * 1000)
}

export function parseCount(name: string, value: string, fallback: number): number {
  const v = value.trim()
  if (v === '') return fallback
  if (!/^\d+$/.test(v) || Number(v) > 100) {
    throw new InputError(`Input '${name}' has the value '${v}'; expected a whole number from 0 to 100, such as ${fallback}.`)
  }
  return Number(v)
}

export function parseOptionalBoolean(name: string, value: string): boolean | undefined {
  const v = value.trim().toLowerCase()
  if (v === '') return undefined
  if (v === 'true') return true
  if (v === 'false') return false
  throw new InputError(`Input '${name}' has the value '${value.trim()}'; expected true or false (or empty for the default).`)
}

/** Non-empty, trimmed lines; `#` starts a comment line. */
export function parseLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

export function parseChoice<T extends string>(
  name: string,
  value: string,
  choices: readonly T[],
  fallback: T
): T {
  const v = value.trim().toLowerCase()
  if (v === '') return fallback
  if ((choices as readonly string[]).includes(v)) return v as T
  throw new InputError(
    `Input '${name}' has the value '${value.trim()}'; expected one of: ${choices.join(', ')}.`
  )
}

function parseKeyPrefix(value: string): string {
  const prefix = value.trim() || 'go-mod'
  // The cache service refuses commas in keys; whitespace makes keys hard to read in logs.
  if (/[,\s]/.test(prefix)) {
    throw new InputError(
      `Input 'key-prefix' has the value '${prefix}'; expected a single word without commas or spaces, such as 'go-mod'.`
    )
  }
  return prefix
}

const CACHE_URL_FORM =
  "expected empty (the GitHub Actions cache), s3://BUCKET/PREFIX (S3-compatible storage), or file:///PATH or an absolute path (a directory the runners share)"

/**
 * `cache-url`: empty, s3://BUCKET[/PREFIX], file:///PATH, or an absolute path (POSIX, or a Windows
 * drive or UNC path). Credentials never belong in it: they come from the AWS environment.
 */
export function parseCacheUrl(value: string, platform: NodeJS.Platform = process.platform): CacheLocation {
  const v = value.trim()
  if (v === '') return { kind: 'github' }
  const bad = (why: string) => new InputError(`Input 'cache-url' has the value '${redactUrl(v)}', which ${why}; ${CACHE_URL_FORM}.`)
  const s3 = /^s3:\/\/([^/]*)(?:\/(.*))?$/i.exec(v)
  if (s3) {
    const bucket = s3[1]!
    if (bucket.includes('@')) throw bad('holds credentials (give them as AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a role)')
    // S3's bucket naming rules: 3 to 63 lower-case letters, digits, dots and hyphens.
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw bad(`has '${bucket}' as its bucket, which is not a valid bucket name`)
    return { kind: 's3', bucket, prefix: (s3[2] ?? '').replace(/^\/+|\/+$/g, '') }
  }
  if (/^file:/i.test(v)) {
    let url: URL
    try {
      url = new URL(v)
    } catch {
      throw bad('is not a valid file URL')
    }
    if (url.host !== '') throw bad('has a host; a file URL of a shared directory is file:///PATH')
    const decoded = decodeURIComponent(url.pathname)
    // file:///C:/cache is C:/cache on Windows.
    const root = /^\/[A-Za-z]:/.test(decoded) ? decoded.slice(1) : decoded
    return { kind: 'dir', root: platform === 'win32' ? root.replace(/\//g, '\\') : root }
  }
  if (v.startsWith('/') || /^[A-Za-z]:[\\/]/.test(v) || v.startsWith('\\\\')) {
    if (platform !== 'win32' && !v.startsWith('/')) throw bad('is a Windows path on a runner that is not Windows')
    return { kind: 'dir', root: v }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) throw bad(`has the scheme '${v.slice(0, v.indexOf(':'))}'`)
  throw bad('is neither a URL nor an absolute path')
}

function parseEndpoint(value: string): string {
  const v = value.trim()
  if (v === '') return ''
  let url: URL | undefined
  try {
    url = new URL(v)
  } catch {
    url = undefined
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.host === '') {
    throw new InputError(`Input 's3-endpoint' has the value '${redactUrl(v)}'; expected an http(s) URL such as https://minio.example:9000.`)
  }
  if (url.username !== '' || url.password !== '') {
    throw new InputError(`Input 's3-endpoint' holds credentials; give them as AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY instead.`)
  }
  return v.replace(/\/+$/, '')
}

function parseRegion(value: string): string {
  const v = value.trim()
  if (v !== '' && !/^[a-z0-9-]+$/.test(v)) {
    throw new InputError(`Input 's3-region' has the value '${v}'; expected a region name such as us-east-1 or auto.`)
  }
  return v
}

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4
}

/** A size such as 10GB, 512 MiB or 1073741824 (bytes); KB, MB, GB are powers of 1000, KiB, MiB, GiB of 1024. */
export function parseSize(name: string, value: string, fallback: string): number {
  const v = value.trim() === '' ? fallback : value.trim()
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(v)
  const unit = SIZE_UNITS[(m?.[2] ?? 'x').toLowerCase()]
  const bytes = m && unit !== undefined ? Math.floor(Number(m[1]) * unit) : NaN
  if (!Number.isFinite(bytes) || bytes <= 0) {
    throw new InputError(`Input '${name}' has the value '${v}'; expected a size such as ${fallback}, 500MB or 2GiB.`)
  }
  return bytes
}
