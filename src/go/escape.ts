// Case-escaping of module paths and versions, as cmd/go does it
// (golang.org/x/mod/module EscapePath and friends).
//
// Module caches and GOPROXY URLs must work on case-insensitive file systems,
// so every uppercase letter is written as '!' followed by its lowercase form:
// github.com/Azure/azure-sdk-for-go → github.com/!azure/azure-sdk-for-go.
// '!' itself is therefore never allowed in a module path or version.

const WINDOWS_RESERVED = new Set([
  'CON',
  'PRN',
  'AUX',
  'NUL',
  ...Array.from({ length: 9 }, (_, i) => `COM${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `LPT${i + 1}`)
])

const FILE_NAME_PUNCTUATION = "!#$%&()+,-.=@[]^_{}~ "

function isAsciiAlnum(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

function isUpper(c: string): boolean {
  return c >= 'A' && c <= 'Z'
}

/** A character allowed in an import path element: ASCII letters, digits and `+-._~`. */
function isPathChar(c: string): boolean {
  return isAsciiAlnum(c) || '+-._~'.includes(c)
}

/** A character allowed in a file name, which is what a version must be. */
function isFileNameChar(c: string): boolean {
  if (c.codePointAt(0)! < 0x80) return isAsciiAlnum(c) || FILE_NAME_PUNCTUATION.includes(c)
  return /^\p{L}$/u.test(c)
}

/** A character allowed in the first path element, by convention a lowercase domain name. */
function isFirstElementChar(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c === '-' || c === '.'
}

/** Why a single path element (or a version, when fileName is true) is invalid, or undefined. */
function elementProblem(elem: string, fileName: boolean): string | undefined {
  if (elem === '') return 'empty path element'
  if (/^\.+$/.test(elem)) return `invalid path element "${elem}"`
  if (elem.startsWith('.') && !fileName) return 'leading dot in path element'
  if (elem.endsWith('.')) return 'trailing dot in path element'
  const charOK = fileName ? isFileNameChar : isPathChar
  for (const c of elem) {
    if (!charOK(c)) return `invalid char ${JSON.stringify(c)}`
  }
  const short = elem.split('.')[0]!.toUpperCase()
  if (WINDOWS_RESERVED.has(short)) return `"${short}" disallowed as path element component on Windows`
  return undefined
}

/**
 * Whether the last element is a well-formed major version suffix: "/vN" with N ≥ 2,
 * no leading zero and no dots; gopkg.in paths end in ".vN" instead.
 */
function majorSuffixOK(path: string): boolean {
  if (path.startsWith('gopkg.in/')) return /\.v(0|[1-9][0-9]*)(-unstable)?$/.test(path)
  const m = /\/v([0-9.]+)$/.exec(path)
  if (m === null) return true
  const n = m[1]!
  return !n.includes('.') && !n.startsWith('0') && n !== '1'
}

/** Why a module path is malformed (cmd/go's CheckPath), or undefined when it is valid. */
export function modulePathProblem(path: string): string | undefined {
  if (path === '') return 'empty string'
  if (path.includes('..')) return 'double dot'
  if (path.includes('//')) return 'double slash'
  if (path.endsWith('/')) return 'trailing slash'
  if (path.startsWith('/')) return 'leading slash'
  const elems = path.split('/')
  for (const elem of elems) {
    const problem = elementProblem(elem, false)
    if (problem !== undefined) return problem
  }
  const first = elems[0]!
  if (!first.includes('.')) return 'missing dot in first path element'
  if (first.startsWith('-')) return 'leading dash in first path element'
  for (const c of first) {
    if (!isFirstElementChar(c)) return `invalid char ${JSON.stringify(c)} in first path element`
  }
  if (!majorSuffixOK(path)) return 'invalid version'
  return undefined
}

/** Why a version cannot be used in a file name or URL, or undefined when it can. */
function versionProblem(version: string): string | undefined {
  if (version.includes('!')) return "contains '!'"
  return elementProblem(version, true)
}

function escapeString(s: string): string {
  let out = ''
  for (const c of s) {
    if (c.codePointAt(0)! >= 0x80) throw new Error(`cannot case-escape non-ASCII ${JSON.stringify(s)}`)
    out += isUpper(c) ? '!' + c.toLowerCase() : c
  }
  return out
}

/** The inverse of escapeString, or undefined when `escaped` is not a valid escaped form. */
function unescapeString(escaped: string): string | undefined {
  let out = ''
  let bang = false
  for (const c of escaped) {
    if (c.codePointAt(0)! >= 0x80) return undefined
    if (bang) {
      if (c < 'a' || c > 'z') return undefined
      out += c.toUpperCase()
      bang = false
    } else if (c === '!') {
      bang = true
    } else if (isUpper(c)) {
      return undefined
    } else {
      out += c
    }
  }
  return bang ? undefined : out
}

/** The escaped form of a module path; throws when the path is malformed. */
export function escapePath(path: string): string {
  const problem = modulePathProblem(path)
  if (problem !== undefined) throw new Error(`malformed module path "${path}": ${problem}`)
  return escapeString(path)
}

/** The module path for an escaped path; throws when it is not a valid escaped module path. */
export function unescapePath(escaped: string): string {
  const path = unescapeString(escaped)
  if (path === undefined) throw new Error(`invalid escaped module path "${escaped}"`)
  const problem = modulePathProblem(path)
  if (problem !== undefined) throw new Error(`invalid escaped module path "${escaped}": ${problem}`)
  return path
}

/**
 * The escaped form of a version. Versions need not be semantic versions here
 * (a query such as "master" travels the same way) but must be valid file names.
 */
export function escapeVersion(version: string): string {
  const problem = versionProblem(version)
  if (problem !== undefined) throw new Error(`disallowed version string "${version}": ${problem}`)
  return escapeString(version)
}

/** The version for an escaped version; throws when it is not a valid escaped version. */
export function unescapeVersion(escaped: string): string {
  const version = unescapeString(escaped)
  if (version === undefined) throw new Error(`invalid escaped version "${escaped}"`)
  const problem = elementProblem(version, true)
  if (problem !== undefined) throw new Error(`invalid escaped version "${escaped}": ${problem}`)
  return version
}
