import * as core from '@actions/core'
import { InputError } from './errors.ts'
import { checkProxyUrl, redactUrl } from './go/goproxy.ts'
import { CACHE_LAYOUTS, type CacheLayout } from './cache/layout.ts'
import { parsePatterns } from './private/scopes.ts'

export const SAVE_POLICIES = ['auto', 'always', 'never'] as const
export type SavePolicy = (typeof SAVE_POLICIES)[number]
export const RESTORE_POLICIES = ['auto', 'always', 'never'] as const
export type RestorePolicy = (typeof RESTORE_POLICIES)[number]
export const VERIFY_POLICIES = ['partial', 'always', 'never'] as const
export type VerifyPolicy = (typeof VERIFY_POLICIES)[number]

/** Every `with:` value, typed and validated. The only module that knows input names. */
export interface Inputs {
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

/** How inputs are read: `core.getInput` in the action, a plain record in tests. */
export type InputSource = (name: string) => string

export function readInputs(get: InputSource = (name) => core.getInput(name)): Inputs {
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
    history: parseOptionalBoolean('history', get('history')) ?? true
  }
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
