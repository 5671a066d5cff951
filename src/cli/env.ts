// What the command hands to the CI job after it: the variables the pipeline exported (kept by the
// command's host) as shell `export` lines or dotenv lines, and the pipeline's inputs from flags and
// GO_MOD_PRECACHE_* variables. Pure.

export interface InputSpec {
  name: string
  default: string
  description: string
}

/** The variable a flag can also be given as: --key-prefix is GO_MOD_PRECACHE_KEY_PREFIX. */
export function envNameOf(input: string): string {
  return `GO_MOD_PRECACHE_${input.toUpperCase().replace(/-/g, '_')}`
}

/** Each input's value: the flag, else its GO_MOD_PRECACHE_ variable, else action.yml's default. */
export function resolveInputs(specs: readonly InputSpec[], flags: Record<string, string | undefined>, env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const spec of specs) out[spec.name] = flags[spec.name] ?? env[envNameOf(spec.name)] ?? spec.default
  return out
}

/** The directories added later take precedence, as the runner prepends each in turn. */
function pathValue(added: readonly string[], current: string, delimiter: string): string {
  return [...[...added].reverse(), ...(current === '' ? [] : [current])].join(delimiter)
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/** `export NAME='value'` lines for `eval "$(go-mod-precache --print-env)"`; PATH keeps the caller's $PATH. */
export function exportLines(vars: Record<string, string>, paths: readonly string[], delimiter = ':'): string[] {
  const lines = Object.entries(vars)
    .filter(([name]) => name !== 'PATH')
    .map(([name, value]) => `export ${name}=${shellQuote(value)}`)
  if (paths.length > 0) lines.push(`export PATH=${shellQuote(pathValue(paths, '', delimiter) + delimiter)}"$PATH"`)
  return lines
}

/**
 * KEY=VALUE lines, the dotenv form GitLab's artifacts:reports:dotenv reads: no quoting, no
 * expansion, one line a variable. PATH is written whole, with the PATH the command ran with.
 */
export function dotenvLines(vars: Record<string, string>, paths: readonly string[], currentPath: string, delimiter = ':'): string[] {
  const lines = Object.entries(vars)
    .filter(([name]) => name !== 'PATH')
    .map(([name, value]) => `${name}=${value.replace(/\r?\n/g, ' ')}`)
  if (paths.length > 0) lines.push(`PATH=${pathValue(paths, currentPath, delimiter)}`)
  return lines
}

/**
 * The event the save policy judges, from the CI's own variables: a merge or pull request build is
 * a pull_request (`save: auto` keeps its cache out), anything else a push.
 */
export function ciEvent(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_EVENT_NAME) return env.GITHUB_EVENT_NAME
  if (env.CI_PIPELINE_SOURCE === 'merge_request_event' || env.CI_MERGE_REQUEST_IID) return 'pull_request' // GitLab
  if (env.BUILDKITE_PULL_REQUEST && env.BUILDKITE_PULL_REQUEST !== 'false') return 'pull_request' // Buildkite
  if (env.CHANGE_ID) return 'pull_request' // Jenkins multibranch
  return 'push'
}

/** The flag help, from action.yml's inputs: name, default and description, wrapped for a terminal. */
export function helpText(specs: readonly InputSpec[], width = 100): string {
  const lines = [
    'Usage: go-mod-precache [flags]            restore, probe, download and save the Go module cache',
    '       go-mod-precache cleanup            remove credentials kept with --keep-credentials',
    '',
    'Command flags:',
    '  --print-env             print the variables for later commands as shell export lines on standard output',
    '                          (eval "$(go-mod-precache --print-env)"); everything else goes to standard error',
    '  --export-file FILE      write them as KEY=VALUE lines (GitLab artifacts:reports:dotenv)',
    '  --keep-credentials      leave the private-token in the git config for later commands;',
    '                          remove it with go-mod-precache cleanup',
    '  --debug                 print debug lines too',
    '  --help                  this text',
    '',
    'Pipeline flags (the action\'s inputs; each also read from GO_MOD_PRECACHE_<NAME>):'
  ]
  for (const spec of specs) {
    const head = `  --${spec.name}${spec.default === '' ? '' : ` (default: ${spec.default})`}`
    lines.push(head)
    const words = spec.description.replace(/\s+/g, ' ').trim().split(' ')
    let line = '      '
    for (const word of words) {
      if (line.length + word.length + 1 > width && line.trim() !== '') {
        lines.push(line.trimEnd())
        line = '      '
      }
      line += `${word} `
    }
    if (line.trim() !== '') lines.push(line.trimEnd())
  }
  return `${lines.join('\n')}\n`
}
