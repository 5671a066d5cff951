// go's failures that lie in a file of the project: a go.mod, go.work or go.sum go cannot read, or
// a use or replace directive naming a directory without a go.mod. No download or retry fixes
// them. Pure: go's stderr in, the fault out; and the fault with its paths resolved, in words.

/** Where the file at fault is, when go printed its path (relative to where go ran, or absolute). */
export interface Printed {
  printed: string
  line?: number
}

/** The file at fault, when go did not print its path: the go.work it uses, or else its go.mod. */
export interface InUse {
  inUse: 'go.work' | 'go.work or go.mod'
}

export interface FileFault {
  file: Printed | InUse
  /** What is wrong, mostly in go's words; `{dir}` stands for the directory's name shown to the user. */
  said: string
  /** The directory a use or replace directive names, as go printed it. */
  dir?: string
  /** What to change; `{file}` and `{dir}` stand for the names shown to the user. */
  fix: string
}

/** Messages of go's go.mod/go.work/go.sum reader (x/mod/modfile) that only an edit fixes. */
const SYNTAX =
  /unknown directive|unknown block type|^usage: |syntax error|unexpected (newline|EOF|token)|invalid (go|toolchain) version|invalid language version|invalid toolchain name|invalid quoted string|unquoted string|repeated \w+ statement|expects exactly one argument|^expected |^replacement (directory|module)|wrong number of fields|appears multiple times in workspace|^unknown godebug/

// Paths may hold spaces, and on Windows a drive letter's colon.
const POSITION = /^(.+?):(\d+)(?::\d+)?: (.*)$/
/** A missing file, as go prints it on POSIX systems and on Windows. */
const NOT_EXIST = '(?:no such file or directory|The system cannot find the (?:file|path) specified\\.)'

/** The first fault of this kind in what go printed, or undefined when there is none. */
export function fileFaultOf(stderr: string): FileFault | undefined {
  const lines = stderr.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^go: /, '')
    const fault = faultAt(line, lines.slice(i + 1))
    if (fault !== undefined) return fault
  }
  return undefined
}

function faultAt(line: string, rest: string[]): FileFault | undefined {
  // "errors parsing go.mod:" (or go.work, or a workspace module's go.mod), "malformed go.sum:",
  // "error loading go.work:", each followed by file:line: message lines.
  if (/(errors parsing|error loading) .+:$|^malformed go\.sum:$/.test(line)) {
    const positions: Position[] = []
    for (const next of rest) {
      const m = POSITION.exec(next)
      if (m === null) {
        // go's usage text goes on in an indented line.
        const last = positions.at(-1)
        if (/^\s/.test(next) && last !== undefined) last.said += ` ${next.trim()}`
        else break
        continue
      }
      // A version go failed to look up is a network matter, not a file's.
      if (!SYNTAX.test(m[3])) return undefined
      positions.push({ file: m[1], line: Number(m[2]), said: m[3] })
    }
    const [first, ...others] = positions
    return first === undefined ? undefined : positionFault(first, ...others)
  }
  let m = /error reading (.+?): missing module declaration/.exec(line)
  if (m !== null) {
    return { file: { printed: m[1] }, said: 'missing module declaration', fix: 'add a module line naming the module path, e.g. `go mod edit -module=example.com/mymodule` in its directory' }
  }
  m = new RegExp(`^cannot load module (.+?) listed in go\\.work file: open .+: ${NOT_EXIST}$`).exec(line)
  if (m !== null) {
    return {
      file: { inUse: 'go.work' },
      said: `a use directive names {dir}, which has no go.mod (go: ${line})`,
      dir: m[1],
      fix: 'delete {dir} from the use directives of {file}, or commit the go.mod of the module that belongs there'
    }
  }
  m = /^module (\S+) listed in go\.work file requires go >= (\S+), but go\.work lists go \S+;/.exec(line)
  if (m !== null) {
    return { file: { inUse: 'go.work' }, said: line.replace(/; to update it:$/, ''), fix: `raise the go line of {file} to ${m[2]} (\`go work use\` does it), and commit it` }
  }
  m = /^module (\S+) appears multiple times in workspace$/.exec(line)
  if (m !== null) {
    return { file: { inUse: 'go.work' }, said: line, fix: `keep one use directive in {file} for a directory of module ${m[1]}: two directories declare that module path` }
  }
  m = new RegExp(`^(\\S+@\\S+) \\(replaced by (.+?)\\): reading .+?: open (.+)[\\\\/]go\\.mod: ${NOT_EXIST}$`).exec(line)
  if (m !== null) {
    return {
      file: { inUse: 'go.work or go.mod' },
      said: `a replace directive sends ${m[1]} to {dir}, which has no go.mod (go: ${line})`,
      dir: m[3],
      fix: `check out {dir} before this step, or correct the replace directive for ${m[1]} (=> ${m[2]}) in {file}`
    }
  }
  m = /^(\S+)@(\S+): parsing go\.mod:$/.exec(line)
  const declared = m === null ? null : /^\s+module declares its path as: (\S+)$/.exec(rest[0] ?? '')
  if (m !== null && declared !== null && /^\s+but was required as: /.test(rest[1] ?? '')) {
    return {
      file: { inUse: 'go.work or go.mod' },
      said: `${m[1]}@${m[2]} declares its path as ${declared[1]}`,
      fix: `require ${declared[1]} instead, and commit {file}; when a dependency requires the old path, a replace directive in {file} can send it to the new one`
    }
  }
  m = /^invalid toolchain "[^"]*" in (.+)$/.exec(line)
  if (m !== null) {
    return { file: { printed: m[1] }, said: line, fix: 'write the toolchain line as a release such as go1.23.0 (or default), or delete it' }
  }
  return undefined
}

/** A problem go's reader found at a line of a file. */
export interface Position {
  file: string
  line: number
  said: string
}

/** The fault of the first position; the others are said after it, by line when in the same file. */
export function positionFault(first: Position, ...others: Position[]): FileFault {
  const said = [first.said, ...others.map((p) => (p.file === first.file ? `line ${p.line}: ${p.said}` : `${p.file}:${p.line}: ${p.said}`))]
  return { file: { printed: first.file, line: first.line }, said: said.join('; '), fix: syntaxFix(first.file, first.said) }
}

function syntaxFix(file: string, said: string): string {
  if (/go\.sum$/.test(file)) return 'delete that line (or the whole go.sum), run `go mod tidy`, and commit go.sum'
  if (/go\.work\.sum$/.test(file)) return 'delete that line (or the whole go.work.sum: go writes the lines it needs again), and commit it'
  if (/appears multiple times/.test(said)) return 'delete the repeated use directive'
  if (/unknown directive/.test(said)) {
    return 'correct or delete that line; a directive of a newer Go needs that Go, installed before this step (actions/setup-go)'
  }
  return 'correct that line as go says, and commit the file'
}

/** The names shown for a fault: its file (with the line go gave) and its directory. */
export interface FaultNames {
  file: string
  dir?: string
}

/** The one error for a fault, with the names it shows resolved (relative to the workspace). */
export function fileFaultMessage(fault: FileFault, names: FaultNames): string {
  const at = 'printed' in fault.file && fault.file.line !== undefined ? `${names.file}:${fault.file.line}` : names.file
  const fill = (text: string) => text.replaceAll('{file}', names.file).replaceAll('{dir}', names.dir ?? fault.dir ?? '')
  return `go cannot use ${at}: ${fill(fault.said)}. Fix: ${fill(fault.fix)}. Not retried: no download fixes a file. Nothing was saved to the cache.`
}
