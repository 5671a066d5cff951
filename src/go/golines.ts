// The few lines of go.mod and go.work the pipeline needs, read the way cmd/go reads them before it
// judges the rest of the file. cmd/go picks its toolchain from the first `go` and `toolchain` lines
// alone (gover.GoModLookup), so a file with a directive from a newer Go, or a syntax error further
// down, still switches toolchains; the newer go then reports what is wrong in its own words.
// Pure: text in, strings out; nothing here rejects a file.

/** Go's unicode.IsSpace at both ends, as bytes.TrimSpace trims (JavaScript's trim also takes U+FEFF). */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/gu

/**
 * The value of the first line that starts with `key` and a space or tab, its comment dropped, as
 * cmd/go's gover.GoModLookup; '' when there is none. For verbs that are never in a block: go,
 * toolchain.
 */
export function goModLookup(text: string, key: 'go' | 'toolchain'): string {
  for (const raw of text.split('\n')) {
    const line = raw.replace(GO_SPACE, '')
    if (!line.startsWith(key) || (line[key.length] !== ' ' && line[key.length] !== '\t')) continue
    return line.slice(key.length).split('//', 1)[0]!.replace(GO_SPACE, '')
  }
  return ''
}

/** The go and toolchain lines of a go.mod or go.work; a line without a value counts as absent. */
export function goAndToolchain(text: string): { go?: string; toolchain?: string } {
  const go = goModLookup(text, 'go')
  const toolchain = goModLookup(text, 'toolchain')
  return { ...(go === '' ? {} : { go }), ...(toolchain === '' ? {} : { toolchain }) }
}

/** The directories a go.work uses (`use ./a`, or one per line in `use ( … )`), unquoted. */
export function workUses(text: string): string[] {
  return directiveArgs(text, 'use')
    .filter((args) => args.length === 1)
    .map((args) => args[0]!)
}

/** The module versions a go.mod requires (`require m v`, or one per line in `require ( … )`). */
export function requires(text: string): { path: string; version: string }[] {
  return directiveArgs(text, 'require')
    .filter((args) => args.length === 2)
    .map(([path, version]) => ({ path: path!, version: version! }))
}

/**
 * The arguments of each `verb` directive, alone on its line or factored into a block, as x/mod's
 * reader splits them: tokens separated by spaces, `//` comments dropped, "quoted" tokens
 * unquoted. A line with a token go would refuse (a bad quote) is left out.
 */
function directiveArgs(text: string, verb: string): string[][] {
  const found: string[][] = []
  let block: string | undefined
  for (const line of text.split('\n')) {
    const tokens = tokenize(line)
    if (block !== undefined) {
      if (tokens[0] === ')') block = undefined
      else if (tokens.length > 0 && block === verb) push(found, tokens)
      continue
    }
    // "verb (" at the end of a line opens a block; "verb ()" is an empty one.
    if (tokens.length === 2 && tokens[1] === '(') block = tokens[0]
    else if (tokens.length > 1 && tokens[0] === verb && !(tokens.length === 3 && tokens[1] === '(' && tokens[2] === ')')) {
      push(found, tokens.slice(1))
    }
  }
  return found
}

function push(found: string[][], tokens: readonly string[]): void {
  const args = tokens.map(unquote)
  if (args.every((a): a is string => a !== undefined)) found.push(args)
}

/** A quoted string, a punctuation token, a run of other printable characters up to `//`, or `//`. */
const TOKEN = /"(?:[^"\\]|\\.)*"?|`[^`]*`?|[()[\]{},]|(?:(?!\/\/)[^\s()[\]{},])+|\/\//gu

function tokenize(line: string): string[] {
  const tokens: string[] = []
  for (const [token] of line.matchAll(TOKEN)) {
    if (token === '//') break
    tokens.push(token)
  }
  return tokens
}

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"' }

/**
 * A token as x/mod's parseString takes it: a Go "quoted" string unquoted (strconv.Unquote), a
 * bare token as it is; undefined for a malformed string or another quote character.
 */
function unquote(token: string): string | undefined {
  if (!token.startsWith('"')) return /["'`]/.test(token) ? undefined : token
  const body = /^"((?:[^"\\\n]|\\(?:x[\da-fA-F]{2}|[0-7]{3}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|[abfnrtv\\"]))*)"$/u.exec(token)?.[1]
  if (body === undefined) return undefined
  const bytes: number[] = []
  for (const [, escape, plain] of body.matchAll(/\\(x..|[0-7]{3}|u.{4}|U.{8}|.)|([^\\]+)/gu)) {
    if (plain !== undefined) bytes.push(...Buffer.from(plain))
    else if (escape!.length === 1) bytes.push(ESCAPES[escape!]!.charCodeAt(0))
    else if (escape![0] === 'u' || escape![0] === 'U') {
      const code = parseInt(escape!.slice(1), 16)
      if (code > 0x10ffff || (code >= 0xd800 && code < 0xe000)) return undefined
      bytes.push(...Buffer.from(String.fromCodePoint(code)))
    } else {
      const byte = escape![0] === 'x' ? parseInt(escape!.slice(1), 16) : parseInt(escape!, 8)
      if (byte > 0xff) return undefined
      bytes.push(byte)
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
