// go.mod and go.work, read with the grammar and rules of golang.org/x/mod/modfile
// (read.go for the syntax, rule.go and work.go for the directives).
//
// A file is a list of statements. A statement is a line of tokens ("require example.com/m v1.2.3")
// or a block that factors out its first token ("require ( … )"). Comments are "//" only;
// a comment at the end of a require line may say "// indirect".

import { ActionError } from '../errors.ts'

export interface Require {
  path: string
  version: string
  /** The line ends with an "// indirect" comment. */
  indirect: boolean
  line: number
}

export interface Exclude {
  path: string
  version: string
  line: number
}

/** What a replace directive points at: another module version, or a directory on disk. */
export type ReplaceTarget =
  | { kind: 'module'; path: string; version: string }
  | { kind: 'dir'; dir: string }

export interface Replace {
  /** The replaced module; without a version every version of it is replaced. */
  old: { path: string; version?: string }
  new: ReplaceTarget
  line: number
}

export interface Retract {
  low: string
  high: string
  /** The comment text on (or above) the directive, "//" removed, lines joined by "\n". */
  rationale: string
  line: number
}

export interface Godebug {
  key: string
  value: string
  line: number
}

export interface ModFile {
  /** The module path; undefined when the file has no module directive. */
  module: string | undefined
  /** The go directive, e.g. "1.22.0". */
  go: string | undefined
  /** The toolchain directive, e.g. "go1.22.3" or "default". */
  toolchain: string | undefined
  godebug: Godebug[]
  require: Require[]
  exclude: Exclude[]
  replace: Replace[]
  retract: Retract[]
  tool: string[]
  ignore: string[]
}

export interface Use {
  /** The module directory, relative to the go.work file unless rooted. */
  dir: string
  line: number
}

export interface WorkFile {
  go: string | undefined
  toolchain: string | undefined
  godebug: Godebug[]
  use: Use[]
  replace: Replace[]
}

export interface FileProblem {
  line: number
  /** 1-based, in characters; shown (as go does) when it is not 1. */
  column?: number
  message: string
}

/** Everything wrong with a go.mod or go.work file; the message lists "file:line: problem" lines. */
export class ModFileError extends ActionError {
  override name = 'ModFileError'
  readonly fileName: string
  readonly problems: readonly FileProblem[]
  constructor(fileName: string, problems: readonly FileProblem[]) {
    super(problems.map(problem => formatProblem(fileName, problem)).join('\n'))
    this.fileName = fileName
    this.problems = problems
  }
}

function formatProblem(fileName: string, problem: FileProblem): string {
  const at = problem.column !== undefined && problem.column > 1 ? `${problem.line}:${problem.column}` : `${problem.line}`
  return `${fileName}:${at}: ${problem.message}`
}

export interface ParseModOptions {
  /** Name used in error messages. Default "go.mod". */
  fileName?: string
  /**
   * Read the file as go reads a dependency's go.mod: only module, go, require, retract and
   * ignore count, unknown directives are skipped, and a loose go version ("1.21.0-custom") is read
   * as its major.minor.
   */
  lax?: boolean
}

/** Parses go.mod text. Throws ModFileError listing every problem with its line number. */
export function parseGoMod(text: string, options: ParseModOptions = {}): ModFile {
  const fileName = options.fileName ?? 'go.mod'
  const strict = options.lax !== true
  const file: ModFile = {
    module: undefined,
    go: undefined,
    toolchain: undefined,
    godebug: [],
    require: [],
    exclude: [],
    replace: [],
    retract: [],
    tool: [],
    ignore: []
  }
  const problems: FileProblem[] = []
  const retracts: RawRetract[] = []
  for (const { verb, line, block } of directives(parseSyntax(text, fileName), GO_MOD_BLOCKS, strict, problems)) {
    const problem =
      verb === 'retract' ? addRawRetract(retracts, line, block, strict) : addModDirective(file, verb, line, strict)
    if (problem !== undefined) problems.push(problemAt(line, problem))
  }
  // Like x/mod, retractions are checked last: their versions belong to the module directive,
  // which may come after them.
  file.retract = checkRetracts(retracts, file.module, problems)
  if (problems.length > 0) throw new ModFileError(fileName, problems)
  return file
}

/** Parses go.work text. Throws ModFileError listing every problem with its line number. */
export function parseGoWork(text: string, fileName = 'go.work'): WorkFile {
  const file: WorkFile = { go: undefined, toolchain: undefined, godebug: [], use: [], replace: [] }
  const problems: FileProblem[] = []
  for (const { verb, line } of directives(parseSyntax(text, fileName), GO_WORK_BLOCKS, true, problems)) {
    const problem = addWorkDirective(file, verb, line)
    if (problem !== undefined) problems.push(problemAt(line, problem))
  }
  if (problems.length > 0) throw new ModFileError(fileName, problems)
  return file
}

/**
 * The module path of go.mod text, found quickly and without judging the rest of the file
 * (as modfile.ModulePath); undefined when there is no module line or its path is malformed.
 */
export function modulePath(text: string): string | undefined {
  for (const rawLine of text.split('\n')) {
    const line = rawLine.split('//')[0]!.trim()
    const match = /^module\s+(\S.*)$/.exec(line)
    if (match === null) continue
    const path = unquoteArg(match[1]!.trim())
    // "module (" opens a block: only the full parser can read that.
    if (path === '(') return modulePathFromBlock(text)
    return typeof path === 'string' ? path : undefined
  }
  return undefined
}

function modulePathFromBlock(text: string): string | undefined {
  try {
    return parseGoMod(text, { lax: true }).module || undefined
  } catch {
    return undefined
  }
}

/**
 * Whether a replacement path names a directory rather than a module: "." or ".." or a path
 * starting with "./" or "../", or a rooted Unix or Windows path, as modfile.IsDirectoryPath.
 */
export function isDirectoryPath(path: string): boolean {
  return (
    path === '.' ||
    path === '..' ||
    /^\.\.?[/\\]/.test(path) ||
    path.startsWith('/') ||
    path.startsWith('\\') ||
    /^[A-Za-z]:/.test(path)
  )
}

/**
 * The canonical form of a semantic version as go writes it in go.mod (module.CanonicalVersion):
 * "v1.2" → "v1.2.0", build metadata dropped except "+incompatible". Undefined when not a version.
 */
export function canonicalVersion(version: string): string | undefined {
  const match = SEMVER.exec(version)
  if (match === null) return undefined
  const [, major, minor = '0', patch = '0', prerelease = '', build = ''] = match
  return `v${major}.${minor}.${patch}${prerelease}${build === '+incompatible' ? build : ''}`
}

const PRERELEASE_ID = '(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)'
const SEMVER = new RegExp(
  `^v(0|[1-9][0-9]*)(?:\\.(0|[1-9][0-9]*)(?:\\.(0|[1-9][0-9]*)` +
    `(-${PRERELEASE_ID}(?:\\.${PRERELEASE_ID})*)?(\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?)?)?$`
)

const GO_VERSION = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/
const LAX_GO_VERSION = /^v?(([1-9][0-9]*)\.(0|[1-9][0-9]*))([^0-9].*)$/
const TOOLCHAIN = /^default$|^go1($|\.)/

const GO_MOD_BLOCKS = new Set(['module', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore'])
const GO_WORK_BLOCKS = new Set(['godebug', 'use', 'replace'])
/** The directives go still reads in a dependency's go.mod. */
const LAX_DIRECTIVES = new Set(['go', 'module', 'retract', 'require', 'ignore'])

// ---------------------------------------------------------------------------------------
// Directives

/** A line of a statement or block, with the verb split off its arguments. */
type DirectiveLine = SyntaxLine & { args: string[] }

interface Directive {
  verb: string
  line: DirectiveLine
  block: SyntaxBlock | undefined
}

/** Flattens statements into (verb, arguments) lines, reporting blocks go does not know. */
function* directives(
  statements: readonly Statement[],
  blockVerbs: ReadonlySet<string>,
  strict: boolean,
  problems: FileProblem[]
): Generator<Directive> {
  for (const statement of statements) {
    if (statement.kind === 'line') {
      const [verb, ...args] = statement.tokens
      if (!strict && !LAX_DIRECTIVES.has(verb!)) continue
      yield { verb: verb!, line: { ...statement, args }, block: undefined }
      continue
    }
    const verb = statement.tokens[0]!
    if (statement.tokens.length > 1 || !blockVerbs.has(verb)) {
      if (strict) problems.push(problemAt(statement, `unknown block type: ${statement.tokens.join(' ')}`))
      continue
    }
    if (!strict && !LAX_DIRECTIVES.has(verb)) continue
    for (const line of statement.lines) yield { verb, line: { ...line, args: line.tokens }, block: statement }
  }
}

/** The directives go.mod and go.work share: go, toolchain, godebug. */
function addVersionDirective(
  file: Pick<ModFile, 'go' | 'toolchain' | 'godebug'>,
  verb: 'go' | 'toolchain' | 'godebug',
  line: DirectiveLine,
  strict: boolean
): string | undefined {
  const { args } = line
  if (verb === 'godebug') return addGodebug(file.godebug, line)
  if (verb === 'go') {
    if (file.go !== undefined) return 'repeated go statement'
    const version = goVersionArg(args, strict)
    if (version.problem !== undefined) return version.problem
    file.go = version.value
    return undefined
  }
  if (file.toolchain !== undefined) return 'repeated toolchain statement'
  const name = toolchainArg(args)
  if (name.problem !== undefined) return name.problem
  file.toolchain = name.value
  return undefined
}

/** Applies one go.mod directive; returns the problem with it, if any. */
function addModDirective(file: ModFile, verb: string, line: DirectiveLine, strict: boolean): string | undefined {
  const { args } = line
  switch (verb) {
    case 'module': {
      if (file.module !== undefined) return 'repeated module statement'
      // A malformed module line still counts as the module statement, as in x/mod.
      file.module = ''
      if (args.length !== 1) return 'usage: module module/path'
      const path = unquoteArg(args[0]!)
      if (typeof path !== 'string') return `invalid quoted string: ${path.problem}`
      file.module = path
      return undefined
    }
    case 'go':
    case 'toolchain':
    case 'godebug':
      return addVersionDirective(file, verb, line, strict)
    case 'require':
    case 'exclude': {
      if (args.length !== 2) return `usage: ${verb} module/path v1.2.3`
      const path = unquoteArg(args[0]!)
      if (typeof path !== 'string') return `invalid quoted string: ${path.problem}`
      const version = versionArg(verb, path, args[1]!)
      if (version.problem !== undefined) return version.problem
      if (verb === 'require') {
        file.require.push({ path, version: version.value, indirect: isIndirect(line), line: line.line })
      } else {
        file.exclude.push({ path, version: version.value, line: line.line })
      }
      return undefined
    }
    case 'replace':
      return addReplace(file.replace, line)
    case 'tool':
    case 'ignore': {
      if (args.length !== 1) return `${verb} directive expects exactly one argument`
      const path = unquoteArg(args[0]!)
      if (typeof path !== 'string') return `invalid quoted string: ${path.problem}`
      file[verb].push(path)
      return undefined
    }
    default:
      return `unknown directive: ${verb}`
  }
}

/** Applies one go.work directive; returns the problem with it, if any. */
function addWorkDirective(file: WorkFile, verb: string, line: DirectiveLine): string | undefined {
  const { args } = line
  switch (verb) {
    case 'go':
    case 'toolchain':
    case 'godebug':
      return addVersionDirective(file, verb, line, true)
    case 'use': {
      if (args.length !== 1) return 'usage: use local/dir'
      const dir = unquoteArg(args[0]!)
      if (typeof dir !== 'string') return `invalid quoted string: ${dir.problem}`
      file.use.push({ dir, line: line.line })
      return undefined
    }
    case 'replace':
      return addReplace(file.replace, line)
    default:
      return `unknown directive: ${verb}`
  }
}

type Checked<T> = { value: T; problem?: undefined } | { value?: undefined; problem: string }

function goVersionArg(args: readonly string[], strict: boolean): Checked<string> {
  if (args.length !== 1) return { problem: 'go directive expects exactly one argument' }
  const version = args[0]!
  if (GO_VERSION.test(version)) return { value: version }
  // A dependency may carry an odd go line ("1.21.0-custom"); go keeps its major.minor.
  const lax = strict ? null : LAX_GO_VERSION.exec(version)
  if (lax) return { value: lax[1]! }
  return { problem: `invalid go version '${version}': must match format 1.23.0` }
}

function toolchainArg(args: readonly string[]): Checked<string> {
  if (args.length !== 1) return { problem: 'toolchain directive expects exactly one argument' }
  const name = args[0]!
  if (!TOOLCHAIN.test(name)) return { problem: `invalid toolchain version '${name}': must match format go1.23.0 or default` }
  return { value: name }
}

function addGodebug(godebug: Godebug[], line: DirectiveLine): string | undefined {
  const setting = line.args[0]
  const equals = setting?.indexOf('=') ?? -1
  if (line.args.length !== 1 || /["`',]/.test(setting!) || equals < 0) return 'usage: godebug key=value'
  godebug.push({ key: setting!.slice(0, equals), value: setting!.slice(equals + 1), line: line.line })
  return undefined
}

/** A version token, unquoted and made canonical. */
function versionArg(verb: string, path: string, token: string): Checked<string> {
  const version = unquoteVersion(verb, path, token)
  if (version.problem !== undefined) return version
  const canonical = canonicalVersion(version.value)
  if (canonical === undefined) {
    return { problem: `${directiveLabel(verb, path)}version ${JSON.stringify(version.value)} invalid: must be of the form v1.2.3` }
  }
  return { value: canonical }
}

function unquoteVersion(verb: string, path: string, token: string): Checked<string> {
  const version = unquoteArg(token)
  if (typeof version === 'string') return { value: version }
  return { problem: `${directiveLabel(verb, path)}version ${JSON.stringify(token)} invalid: ${version.problem}` }
}

function directiveLabel(verb: string, path: string): string {
  return path === '' ? `${verb}: ` : `${verb} ${path}: `
}

function problemAt(at: { line: number; column: number }, message: string): FileProblem {
  return { line: at.line, column: at.column, message }
}

const REPLACE_USAGE =
  'usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory'

function addReplace(replaces: Replace[], line: DirectiveLine): string | undefined {
  const { args } = line
  const arrow = args.length >= 2 && args[1] === '=>' ? 1 : 2
  if (args.length < arrow + 2 || args.length > arrow + 3 || args[arrow] !== '=>') return REPLACE_USAGE
  const oldPath = unquoteArg(args[0]!)
  if (typeof oldPath !== 'string') return `invalid quoted string: ${oldPath.problem}`
  let oldVersion: string | undefined
  if (arrow === 2) {
    const version = versionArg('replace', oldPath, args[1]!)
    if (version.problem !== undefined) return version.problem
    oldVersion = version.value
  }
  const newPath = unquoteArg(args[arrow + 1]!)
  if (typeof newPath !== 'string') return `invalid quoted string: ${newPath.problem}`
  const target = replaceTarget(newPath, args[arrow + 2])
  if (target.problem !== undefined) return target.problem
  replaces.push({
    old: oldVersion === undefined ? { path: oldPath } : { path: oldPath, version: oldVersion },
    new: target.value,
    line: line.line
  })
  return undefined
}

function replaceTarget(path: string, versionToken: string | undefined): Checked<ReplaceTarget> {
  if (versionToken === undefined) {
    if (!isDirectoryPath(path)) {
      return {
        problem: path.includes('@')
          ? "replacement module must match format 'path version', not 'path@version'"
          : 'replacement module without version must be directory path (rooted or starting with . or ..)'
      }
    }
    return { value: { kind: 'dir', dir: path } }
  }
  const version = versionArg('replace', path, versionToken)
  if (version.problem !== undefined) return version
  if (isDirectoryPath(path)) return { problem: `replacement module directory path ${JSON.stringify(path)} cannot have version` }
  return { value: { kind: 'module', path, version: version.value } }
}

/** A retract directive whose versions are not checked yet. */
interface RawRetract {
  low: string
  high: string
  rationale: string
  syntax: SyntaxLine
}

/** Reads the shape of a retract directive; its versions are checked by checkRetracts. */
function addRawRetract(
  retracts: RawRetract[],
  line: DirectiveLine,
  block: SyntaxBlock | undefined,
  strict: boolean
): string | undefined {
  const interval = versionInterval(line.args, token => unquoteVersion('retract', '', token))
  // A dependency's retractions are only advice: go skips the ones it cannot read.
  if (interval.problem !== undefined) return strict ? interval.problem : undefined
  const { low, high, rest } = interval.value
  if (rest.length > 0 && strict) return `unexpected token after version: ${JSON.stringify(rest[0])}`
  retracts.push({ low, high, rationale: rationale(line, block), syntax: line })
  return undefined
}

function checkRetracts(retracts: readonly RawRetract[], modulePath: string | undefined, problems: FileProblem[]): Retract[] {
  if (retracts.length === 0) return []
  if (modulePath === undefined || modulePath === '') {
    problems.push(problemAt(retracts[0]!.syntax, 'no module directive found, so retract cannot be used'))
    return []
  }
  const checked: Retract[] = []
  for (const retract of retracts) {
    const low = versionArg('retract', modulePath, retract.low)
    const high = versionArg('retract', modulePath, retract.high)
    const problem = low.problem ?? high.problem
    if (problem !== undefined) {
      problems.push(problemAt(retract.syntax, problem))
      continue
    }
    checked.push({ low: low.value!, high: high.value!, rationale: retract.rationale, line: retract.syntax.line })
  }
  return checked
}

/** "v1.0.1" or "[v1.0.0, v1.0.5]", and the tokens after it. */
function versionInterval(
  args: readonly string[],
  readVersion: (token: string) => Checked<string>
): Checked<{ low: string; high: string; rest: readonly string[] }> {
  if (args.length === 0 || args[0] === '(') return { problem: "expected '[' or version" }
  if (args[0] !== '[') {
    const version = readVersion(args[0]!)
    if (version.problem !== undefined) return version
    return { value: { low: version.value, high: version.value, rest: args.slice(1) } }
  }
  if (args.length < 2) return { problem: "expected version after '['" }
  const low = readVersion(args[1]!)
  if (low.problem !== undefined) return low
  if (args[2] !== ',') return { problem: "expected ',' after version" }
  if (args.length < 4) return { problem: "expected version after ','" }
  const high = readVersion(args[3]!)
  if (high.problem !== undefined) return high
  if (args[4] !== ']') return { problem: "expected ']' after version" }
  return { value: { low: low.value, high: high.value, rest: args.slice(5) } }
}

/** The comments on a directive, or on its block when the line itself has none. */
function rationale(line: SyntaxLine, block: SyntaxBlock | undefined): string {
  const own = [...line.before, ...line.suffix]
  const comments = own.length === 0 && block !== undefined ? block.before : own
  return comments.map(comment => comment.replace(/^\/\//, '').trim()).join('\n')
}

/** "// indirect", or "// indirect; …" followed by more words. */
function isIndirect(line: SyntaxLine): boolean {
  const comment = line.suffix[0]
  if (comment === undefined) return false
  const words = comment.replace(/^\/\//, '').trim().split(/\s+/).filter(word => word !== '')
  return (words.length === 1 && words[0] === 'indirect') || (words.length > 1 && words[0] === 'indirect;')
}

/**
 * A path or version token: a Go double-quoted string is unquoted; any other quote
 * character is reserved, so 'x' or `x` is an error rather than a name with quotes in it.
 */
function unquoteArg(token: string): string | { problem: string } {
  if (token.startsWith('"')) {
    const value = unquoteGoString(token)
    return value === undefined ? { problem: 'invalid syntax' } : value
  }
  if (/["'`]/.test(token)) return { problem: 'unquoted string cannot contain quote' }
  return token
}

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 0x07,
  b: 0x08,
  f: 0x0c,
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  v: 0x0b,
  '\\': 0x5c,
  '"': 0x22
}

/** Go's strconv.Unquote for a double-quoted literal; undefined when it is malformed. */
function unquoteGoString(literal: string): string | undefined {
  if (literal.length < 2 || !literal.endsWith('"')) return undefined
  const body = literal.slice(1, -1)
  const bytes: number[] = []
  let i = 0
  while (i < body.length) {
    const c = body[i]!
    if (c === '"' || c === '\n') return undefined
    if (c !== '\\') {
      const codePoint = body.codePointAt(i)!
      const char = String.fromCodePoint(codePoint)
      bytes.push(...Buffer.from(char, 'utf8'))
      i += char.length
      continue
    }
    const escape = body[i + 1]
    if (escape === undefined) return undefined
    if (escape in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[escape]!)
      i += 2
      continue
    }
    const numeric = numericEscape(body, i)
    if (numeric === undefined) return undefined
    bytes.push(...numeric.bytes)
    i = numeric.next
  }
  return Buffer.from(bytes).toString('utf8')
}

/** \xHH and \NNN give one byte; \uHHHH and \UHHHHHHHH give a code point's UTF-8. */
function numericEscape(body: string, start: number): { bytes: number[]; next: number } | undefined {
  const kind = body[start + 1]!
  const digits = { x: 2, u: 4, U: 8 }[kind as 'x' | 'u' | 'U'] ?? (/[0-7]/.test(kind) ? 3 : 0)
  if (digits === 0) return undefined
  const textStart = kind === 'x' || kind === 'u' || kind === 'U' ? start + 2 : start + 1
  const text = body.slice(textStart, textStart + digits)
  const radix = digits === 3 ? 8 : 16
  const valid = radix === 8 ? /^[0-7]{3}$/ : new RegExp(`^[0-9A-Fa-f]{${digits}}$`)
  if (!valid.test(text)) return undefined
  const value = parseInt(text, radix)
  const next = textStart + digits
  if (kind === 'u' || kind === 'U') {
    if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return undefined
    return { bytes: [...Buffer.from(String.fromCodePoint(value), 'utf8')], next }
  }
  if (value > 0xff) return undefined
  return { bytes: [value], next }
}

// ---------------------------------------------------------------------------------------
// Syntax: tokens → statements

interface SyntaxLine {
  tokens: string[]
  line: number
  /** Of the first token. */
  column: number
  /** Whole-line comments directly above the line. */
  before: string[]
  /** The comment at the end of the line. */
  suffix: string[]
}

interface SyntaxBlock {
  /** The tokens before "(", normally just the verb. */
  tokens: string[]
  line: number
  column: number
  before: string[]
  lines: SyntaxLine[]
}

type Statement = ({ kind: 'line' } & SyntaxLine) | ({ kind: 'block' } & SyntaxBlock)

function parseSyntax(text: string, fileName: string): Statement[] {
  const nextToken = lexer(text, fileName)
  let lookahead = nextToken()
  const peek = (): Token => lookahead
  const next = (): Token => {
    const token = lookahead
    lookahead = nextToken()
    return token
  }
  const syntaxError = (at: { line: number; column: number }, message: string): never => {
    throw new ModFileError(fileName, [{ line: at.line, column: at.column, message }])
  }

  const statements: Statement[] = []
  let comments: string[] = []

  /** Tokens up to the end of the line; the end-of-line comment, if any, becomes the suffix. */
  const restOfLine = (first: Token): SyntaxLine => {
    const line: SyntaxLine = { tokens: [first.text], line: first.line, column: first.column, before: [], suffix: [] }
    for (;;) {
      const token = next()
      if (isEndOfLine(token)) {
        if (token.kind === 'eolcomment') line.suffix.push(token.text)
        return line
      }
      line.tokens.push(token.text)
    }
  }

  const blockBody = (head: SyntaxLine, before: string[]): SyntaxBlock => {
    const block: SyntaxBlock = { tokens: head.tokens, line: head.line, column: head.column, before, lines: [] }
    let lineComments: string[] = []
    for (;;) {
      const token = peek()
      switch (token.kind) {
        case 'eolcomment':
        case 'newline':
          next()
          break
        case 'comment':
          lineComments.push(next().text)
          break
        case 'eof':
          return syntaxError(token, `syntax error (unterminated block started at ${fileName}:${block.line}:${block.column})`)
        case ')':
          next()
          if (!isEndOfLine(peek())) syntaxError(peek().end, 'syntax error (expected newline after closing paren)')
          next()
          return block
        default: {
          const line = restOfLine(next())
          line.before = lineComments
          lineComments = []
          block.lines.push(line)
        }
      }
    }
  }

  const statement = (first: Token, before: string[]): Statement => {
    const head: SyntaxLine = { tokens: [first.text], line: first.line, column: first.column, before, suffix: [] }
    for (;;) {
      const token = next()
      if (isEndOfLine(token)) {
        if (token.kind === 'eolcomment') head.suffix.push(token.text)
        return { kind: 'line', ...head }
      }
      if (token.kind !== '(') {
        head.tokens.push(token.text)
        continue
      }
      // "verb (" at the end of a line opens a block; "verb ()" is an empty block.
      if (isEndOfLine(peek())) {
        return { kind: 'block', ...blockBody(head, before) }
      }
      if (peek().kind === ')') {
        const close = next()
        if (isEndOfLine(peek())) {
          next()
          return { kind: 'block', tokens: head.tokens, line: head.line, column: head.column, before, lines: [] }
        }
        head.tokens.push(token.text, close.text)
        continue
      }
      head.tokens.push(token.text)
    }
  }

  for (;;) {
    const token = peek()
    if (token.kind === 'eof') return statements
    if (token.kind === 'newline') {
      // A blank line detaches the comments above it from the next statement.
      next()
      comments = []
    } else if (token.kind === 'comment') {
      comments.push(next().text)
    } else {
      statements.push(statement(next(), comments))
      comments = []
    }
  }
}

// ---------------------------------------------------------------------------------------
// Lexer

type TokenKind =
  | 'ident'
  | 'string'
  | 'newline'
  | 'eof'
  /** A comment alone on its line. */
  | 'comment'
  /** A comment after tokens on the same line; it ends the line. */
  | 'eolcomment'
  | '('
  | ')'
  | '['
  | ']'
  | '{'
  | '}'
  | ','

interface Token {
  kind: TokenKind
  text: string
  line: number
  column: number
  /** Where the token ends, which is where x/mod reports an unexpected token. */
  end: { line: number; column: number }
}

function isEndOfLine(token: Token): boolean {
  return token.kind === 'newline' || token.kind === 'eolcomment' || token.kind === 'eof'
}

const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ','])

/** A character the way Go's %#q shows a rune: 'x', or an escape when it is not printable. */
function quoteRune(c: string): string {
  if (/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(c)) return `'${c}'`
  const code = c.codePointAt(0)!
  const hex = code.toString(16).padStart(code > 0xffff ? 8 : 4, '0')
  return code > 0xffff ? `'\\U${hex}'` : `'\\u${hex}'`
}

/** Printable and not space, nor a character that is a token of its own (unicode.IsPrint). */
function isIdentChar(c: string): boolean {
  return !PUNCTUATION.has(c) && /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(c)
}

/**
 * A lexer that reads one token per call, so that (as in x/mod) a syntax error early in the
 * file is reported before a bad character further down. After the end it keeps returning eof.
 */
function lexer(text: string, fileName: string): () => Token {
  let i = 0
  let line = 1
  let column = 1
  let lineHasTokens = false

  const fail = (message: string, at = { line, column }): never => {
    throw new ModFileError(fileName, [{ line: at.line, column: at.column, message }])
  }
  const charAt = (index: number): string => String.fromCodePoint(text.codePointAt(index)!)
  const advance = (): string => {
    const c = charAt(i)
    i += c.length
    if (c === '\n') {
      line++
      column = 1
      lineHasTokens = false
    } else {
      column++
    }
    return c
  }
  const readQuoted = (quote: string, at: { line: number; column: number }): void => {
    advance()
    for (;;) {
      if (i >= text.length) fail('unexpected EOF in string', at)
      if (text[i] === '\n') fail('unexpected newline in string')
      const c = advance()
      if (c === quote) return
      if (c === '\\' && quote !== '`') {
        if (i >= text.length) fail('unexpected EOF in string', at)
        advance()
      }
    }
  }
  const readComment = (): void => {
    while (i < text.length && text[i] !== '\n') advance()
  }
  const readIdent = (): void => {
    while (i < text.length && isIdentChar(charAt(i))) {
      if (text.startsWith('//', i)) return
      if (text.startsWith('/*', i)) fail('mod files must use // comments (not /* */ comments)')
      advance()
    }
  }

  return function nextToken(): Token {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) advance()
    const start = i
    const at = { line, column }
    const token = (kind: TokenKind, tokenText = text.slice(start, i)): Token => ({
      kind,
      text: tokenText,
      ...at,
      end: { line, column }
    })
    if (i >= text.length) return token('eof')

    const c = charAt(i)
    if (text.startsWith('//', i)) {
      const suffix = lineHasTokens
      readComment()
      const comment = token(suffix ? 'eolcomment' : 'comment', text.slice(start, i).replace(/\r$/, ''))
      // The comment takes its newline with it, as in x/mod's lexer.
      if (i < text.length) advance()
      return comment
    }
    if (text.startsWith('/*', i)) return fail('mod files must use // comments (not /* */ comments)')
    if (c === '\n') {
      advance()
      return token('newline')
    }
    lineHasTokens = true
    if (PUNCTUATION.has(c)) {
      advance()
      return token(c as TokenKind)
    }
    if (c === '"' || c === '`') {
      readQuoted(c, at)
      return token('string')
    }
    if (!isIdentChar(c)) return fail(`unexpected input character ${quoteRune(c)}`)
    readIdent()
    return token('ident')
  }
}
