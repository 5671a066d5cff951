// Go version numbers as cmd/go reads and orders them (internal/gover): "1.21" is a language
// version, older than its first release candidate "1.21rc1", older than the release "1.21.0".
// Before Go 1.21 the first release had no patch number: "1.20" is the release 1.20.0.

export interface GoVersion {
  major: string
  minor: string
  patch: string
  /** '' for a release or a language version, else 'alpha', 'beta' or 'rc'. */
  kind: string
  pre: string
}

/** Parses a version without the "go" prefix; undefined when it is not one. */
export function parseGoVersion(text: string): GoVersion | undefined {
  const m = /^(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)|([a-z]+)((?:0|[1-9]\d*)?))?)?$/.exec(text)
  if (m === null) return undefined
  const [, major = '', minor, patch, kind, pre] = m
  if (minor === undefined) return { major, minor: '0', patch: '0', kind: '', pre: '' }
  if (patch !== undefined) return { major, minor, patch, kind: '', pre: '' }
  if (kind !== undefined) return { major, minor, patch: '', kind, pre: pre ?? '' }
  return { major, minor, patch: compareInt(minor, '21') < 0 ? '0' : '', kind: '', pre: '' }
}

export function isValidGoVersion(text: string): boolean {
  return parseGoVersion(text) !== undefined
}

/** cmd/go's order; an invalid version sorts before every valid one. */
export function compareGoVersions(a: string, b: string): number {
  const x = parseGoVersion(a)
  const y = parseGoVersion(b)
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1
  return (
    compareInt(x.major, y.major) ||
    compareInt(x.minor, y.minor) ||
    compareInt(x.patch, y.patch) ||
    (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0) ||
    compareInt(x.pre, y.pre)
  )
}

/** A language version ("1.22"), which names no toolchain of its own from Go 1.21 on. */
export function isLanguageVersion(text: string): boolean {
  const v = parseGoVersion(text)
  return v !== undefined && v.patch === '' && v.kind === '' && v.pre === ''
}

/**
 * The version a toolchain name stands for: "go1.22.3" and "go1.22.3-custom" → "1.22.3".
 * Undefined for anything else, as cmd/go's gover.FromToolchain.
 */
export function versionOfToolchain(name: string): string | undefined {
  if (/[\\/]/.test(name) || !name.startsWith('go')) return undefined
  const v = name.slice(2).split(/[ \t-]/, 1)[0] ?? ''
  return isValidGoVersion(v) ? v : undefined
}

/** The version `go version` or GOVERSION reports ("go1.26.8", "go1.26.8 X:nocoverageredesign"). */
export function versionOfGoVersion(goversion: string): string | undefined {
  return versionOfToolchain(goversion.trim().split(/\s+/)[0] ?? '')
}

/**
 * The version under which the tool cache (and actions/setup-go) files a Go release:
 * "1.22.3" as is, "1.22rc1" as "1.22.0-rc.1", "1.20" as "1.20.0".
 */
export function toolCacheVersion(version: string): string {
  const v = parseGoVersion(version)
  if (v === undefined) return version
  if (v.kind !== '') return `${v.major}.${v.minor}.0-${v.kind}${v.pre === '' ? '' : `.${v.pre}`}`
  return `${v.major}.${v.minor}.${v.patch || '0'}`
}

function compareInt(a: string, b: string): number {
  if (a === b) return 0
  if (a.length !== b.length) return a.length < b.length ? -1 : 1
  return a < b ? -1 : 1
}
