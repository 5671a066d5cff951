// The plain log: what reads well in GitLab, Jenkins, Buildkite or a terminal, where the runner's
// workflow commands (::group::, ::warning::…) mean nothing. The command's host writes each log call
// so (plainCommand); a background save's log, written in workflow commands, is turned into it
// line by line (plainLine, plainWriter). Secrets are masked as the runner masks them.

export interface PlainState {
  /** Values to show as ***, from ::add-mask:: lines (the CLI may add its own). */
  secrets: string[]
  /** Whether ::debug:: lines are shown. */
  debug: boolean
  /** ::warning:: and ::error:: lines seen, for the CLI's closing summary. */
  warnings: number
  errors: number
}

export function newPlainState(debug = false): PlainState {
  return { secrets: [], debug, warnings: 0, errors: 0 }
}

// `::name key=value,key=value::message`, as @actions/core's Command.toString writes it. Properties
// cannot hold a ':' (the toolkit escapes it), so the first '::' after the name ends them. The name
// must look like one, so that a plain line such as `::1 is loopback::` passes through.
const COMMAND = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/s

/**
 * One line of the workflow-command stream as a plain log shows it: a text of one or more lines
 * (without the final newline), or undefined for a line the plain log drops. Updates state: the
 * secrets, the warning and error counts.
 */
export function plainLine(line: string, state: PlainState): string | undefined {
  const m = COMMAND.exec(line)
  // core.info writes its text as is, unescaped: a plain line is only masked.
  if (m === null) return mask(line, state.secrets)
  // The runner matches command names ignoring case.
  return plainCommand(m[1]!.toLowerCase(), decodeData(m[3]!), state)
}

/**
 * A log call (`warning`, `group`, `add-mask`…, as the workflow command names it) with its message,
 * as the plain log shows it: undefined for what it does not show. Updates state as plainLine does.
 */
export function plainCommand(name: string, message: string, state: PlainState): string | undefined {
  switch (name) {
    case 'group':
      return mask(`── ${lines(message).join(' ')} ──`, state.secrets)
    case 'warning':
      state.warnings++
      return labelled('warning', message, state)
    case 'error':
      state.errors++
      return labelled('error', message, state)
    case 'notice':
      return labelled('notice', message, state)
    case 'debug':
      return state.debug ? labelled('debug', message, state) : undefined
    case 'add-mask':
      addSecret(message, state)
      return undefined
    default:
      // endgroup, and what the runner acts on without printing: set-output, save-state, set-env,
      // add-path, add-matcher, stop-commands, echo…
      return undefined
  }
}

/**
 * A sink for a stream of workflow commands: whole lines, however the chunks split
 * them (mid-line, mid-escape, mid-character), go through plainLine; each kept line reaches write
 * with a '\n'. flush() passes on an unfinished last line.
 */
export function plainWriter(write: (text: string) => void, state: PlainState): { write(chunk: string | Uint8Array): void; flush(): void } {
  const decoder = new TextDecoder()
  let pending = ''
  const convert = (rawLines: string[]): void => {
    let out = ''
    for (const raw of rawLines) {
      const text = plainLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, state)
      if (text !== undefined) out += `${text}\n`
    }
    // One write per chunk: a line is never torn by another writer to the same stream.
    if (out !== '') write(out)
  }
  return {
    write(chunk) {
      // A string after bytes: the bytes' unfinished character comes first, as it was written.
      pending += typeof chunk === 'string' ? decoder.decode() + chunk : decoder.decode(chunk, { stream: true })
      const complete = pending.split('\n')
      pending = complete.pop()!
      convert(complete)
    },
    flush() {
      pending += decoder.decode()
      const last = pending
      pending = ''
      if (last !== '') convert([last])
    }
  }
}

/** `warning: first line` with the further lines aligned under it. The title property (every title
 * here is `go-mod-precache: <what the message says>`) is an annotation headline and stays out. */
function labelled(label: string, message: string, state: PlainState): string {
  const prefix = `${label}: `
  const indent = ' '.repeat(prefix.length)
  return lines(message)
    .map((l, i) => mask(i === 0 ? `${prefix}${l}` : `${indent}${l}`, state.secrets).trimEnd())
    .join('\n')
}

/** The lines of a decoded message, without the empty ones a trailing newline leaves. */
function lines(message: string): string[] {
  const all = message.split(/\r\n|\r|\n/)
  while (all.length > 1 && all[all.length - 1]!.trim() === '') all.pop()
  return all
}

/** The log is masked line by line, so a multi-line secret is masked as each of its lines. The
 * runner trims what it masks; so does this. */
function addSecret(secret: string, state: PlainState): void {
  for (const part of secret.split(/\r\n|\r|\n/)) {
    const s = part.trim()
    if (s !== '' && !state.secrets.includes(s)) state.secrets.push(s)
  }
}

/** Every secret as ***, the longest first: a secret holding a shorter one is masked whole. */
export function mask(text: string, secrets: readonly string[]): string {
  if (secrets.length === 0) return text
  return [...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => (s === '' ? t : t.split(s).join('***')), text)
}

// The inverse of the toolkit's escapeData (which escapes '%' first), in one pass so that an escaped
// `%250A` is the text `%0A`, not a newline. Properties (escaped further: %3A, %2C) are not shown.
const DATA_ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' }

function decodeData(s: string): string {
  return s.replace(/%(?:25|0D|0A)/g, (e) => DATA_ESCAPES[e]!)
}
