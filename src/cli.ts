// go-mod-precache as a command, for GitLab CI, Jenkins, Buildkite and laptops: the action's own
// pipeline (runMain, then runPost) in one process, in the command's host (host/command.ts): inputs
// from flags and GO_MOD_PRECACHE_* variables, a plain log on standard error, the exports and the
// post phase's record kept in memory. Standard output carries only what --print-env asks for.
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ciEvent, dotenvLines, exportLines, helpText, resolveInputs, type InputSpec } from './cli/env.ts'
import { startProgress, zipCountOf } from './cli/progress.ts'
import { keptCredentialsFile, ownCredentials } from './cli/credentials.ts'
import { endCleanly, type Ending } from './cli/ending.ts'
import { errorMessage } from './errors.ts'
import { commandHost } from './host/command.ts'
import { readRunnerContext, type RunnerContext } from './host/context.ts'
import type { DownloadPlace } from './host/host.ts'
import { mask } from './host/plain.ts'
import { GIT_CREDENTIALS_STATE } from './phases/handoff.ts'

/** action.yml's inputs, put in by the bundler (build.mjs) so --help and the flags never disagree with it. */
declare const __ACTION_INPUTS__: InputSpec[]

class UsageError extends Error {}

/** The temp dir the command made for itself (none when the CI gives RUNNER_TEMP). */
let ownTemp: string | undefined
/** What every way the command ends does; set once it has something to undo. */
let ending: Ending | undefined

function parseCommandLine(argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    help: { type: 'boolean' },
    'print-env': { type: 'boolean' },
    'export-file': { type: 'string' },
    'keep-credentials': { type: 'boolean' },
    debug: { type: 'boolean' }
  }
  for (const spec of __ACTION_INPUTS__) options[spec.name] = { type: 'string' }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (err) {
    const message = errorMessage(err).replace(/^Unknown option '(.*?)'.*$/s, "unknown flag '$1'").replace(/\.?\s*To specify a positional argument.*$/s, '')
    throw new UsageError(`${message}; see go-mod-precache --help.`)
  }
}

/** Say inputs the way a command names them: --key-prefix, not Input 'key-prefix'. */
function asFlags(message: string): string {
  return message.replace(/Input '([a-z0-9-]+)'/g, "Flag --$1")
}

async function cleanup(err: (text: string) => void): Promise<number> {
  const { removeGitCredentials } = await import('./private/gitconfig.ts')
  const file = keptCredentialsFile(process.env)
  let records
  try {
    records = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    err('go-mod-precache cleanup: no kept credentials to remove.\n')
    return 0
  }
  const removed = await removeGitCredentials(records)
  await rm(file, { force: true })
  err(`go-mod-precache cleanup: removed ${removed} credential entr${removed === 1 ? 'y' : 'ies'} from the global git config.\n`)
  return 0
}

async function main(argv: string[]): Promise<number> {
  const stdout = process.stdout.write.bind(process.stdout)
  const stderr = (text: string) => void process.stderr.write(text)
  let parsed
  try {
    parsed = parseCommandLine(argv)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    stderr(`error: ${e.message}\n`)
    return 1
  }
  const { values, positionals } = parsed
  if (values.help) {
    stdout(helpText(__ACTION_INPUTS__))
    return 0
  }
  if (positionals[0] === 'cleanup' && positionals.length === 1) return cleanup(stderr)
  if (positionals.length > 0) {
    stderr(`error: unexpected argument '${positionals[0]}'; the only command is cleanup; see go-mod-precache --help.\n`)
    return 1
  }

  const flags = Object.fromEntries(__ACTION_INPUTS__.map((s) => [s.name, values[s.name] as string | undefined]))
  const startPath = process.env.PATH ?? ''
  // Inside a GitHub job the command takes the job's values; elsewhere its own: the CI's event, a
  // temp dir removed when it ends, and a tool cache outside it, where later commands run the
  // toolchains it installs and the next run finds them.
  const given = readRunnerContext(process.env)
  if (given.temp === '') ownTemp = await mkdtemp(path.join(os.tmpdir(), 'go-mod-precache-'))
  const runner: RunnerContext = { ...given, eventName: ciEvent(process.env), temp: ownTemp ?? given.temp }

  // Everything the pipeline prints goes to standard error, as a plain log.
  const tty = Boolean(process.stderr.isTTY)
  const host = commandHost({
    runner,
    inputs: resolveInputs(__ACTION_INPUTS__, flags, process.env),
    debug: Boolean(values.debug),
    write: stderr,
    tty,
    progress: (place) => startDownloadProgress(stderr, tty, place)
  })
  const credentials = ownCredentials(() => host.saved(GIT_CREDENTIALS_STATE))
  ending = endCleanly({ dir: ownTemp, credentials, warn: stderr })

  const [{ runMain }, { runPost }] = await Promise.all([import('./main.ts'), import('./post-step.ts')])
  let failure: unknown
  try {
    await runMain(host)
  } catch (err) {
    failure = err
  }
  await host.settled()
  if (values['keep-credentials'] && failure === undefined && (await credentials.keep())) {
    stderr(`The private-token stays in the global git config for later commands; remove it with: go-mod-precache cleanup\n`)
  }
  // The credentials are the command's to remove, once, however it ends: not the post phase's.
  host.handOver([GIT_CREDENTIALS_STATE])
  try {
    await runPost(host)
  } catch (err) {
    stderr(`warning: ${errorMessage(err)}\n`)
  }
  if (!credentials.kept) await credentials.remove()
  await host.settled()

  const { exported, paths, outputs } = host
  if (typeof values['export-file'] === 'string') {
    await writeFile(values['export-file'], dotenvLines(exported, paths, startPath, path.delimiter).map((l) => `${l}\n`).join(''))
  }
  if (values['print-env']) stdout(exportLines(exported, paths, path.delimiter).map((l) => `${l}\n`).join(''))
  stderr(summaryLines(outputs, exported, paths, failure).map((l) => `${l}\n`).join(''))
  if (failure !== undefined) {
    stderr(`error: ${asFlags(mask(errorMessage(failure), host.log.secrets))}\n`)
    return 1
  }
  return 0
}

/** A few lines a plain CI log reads well: what was had, from where, what later commands get. */
function summaryLines(outputs: Record<string, string>, exported: Record<string, string>, paths: string[], failure: unknown): string[] {
  const lines = ['', `go-mod-precache: ${failure === undefined ? 'done' : 'failed'}`]
  const o = (name: string) => outputs[name] ?? ''
  const attempts = Number(o('download-attempts'))
  if (o('modules') !== '') {
    lines.push(`  modules:   ${o('modules')} module versions ready (download ${o('download-ms')} ms, ${attempts} attempt${attempts === 1 ? '' : 's'})`)
  }
  if (o('cache-state') !== '') {
    lines.push(`  cache:     ${o('cache-state')}${o('cache-matched-key') === '' ? '' : ` from ${o('cache-matched-key')}`} (restore ${o('restore-ms')} ms)`)
  }
  if (o('goproxy') !== '') lines.push(`  GOPROXY:   ${o('goproxy')} (probed in ${o('probe-ms')} ms)`)
  if (o('go-version') !== '') lines.push(`  go:        ${o('go-version')} (${o('toolchain-source')})`)
  const names = [...Object.keys(exported), ...(paths.length > 0 ? ['PATH'] : [])]
  if (names.length > 0) lines.push(`  exported:  ${names.join(', ')}`)
  // The default metrics file goes with the command's own temp dir.
  const metricsFile = o('metrics-file')
  if (metricsFile !== '' && !(ownTemp !== undefined && metricsFile.startsWith(ownTemp + path.sep))) lines.push(`  metrics:   ${metricsFile}`)
  return lines
}

/** The download's progress: the module zips in GOMODCACHE against the zip lines of go.sum. */
function startDownloadProgress(write: (text: string) => void, tty: boolean, { modCache, workingDirectory }: DownloadPlace): { stop(): Promise<void> } {
  let total = 0
  try {
    total = zipCountOf(readFileSync(path.join(workingDirectory, 'go.sum'), 'utf8'))
  } catch {
    // no go.sum at the root: the count alone
  }
  return startProgress({ modCache, total, tty, write, now: () => performance.now() })
}

// No top-level await: the single executable runs the command as one CommonJS bundle, which has none.
void run()

async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`error: ${errorMessage(err)}\n`)
    return 1
  })
  await ending?.finish(process.exitCode !== 0)
  // A cache lookup abandoned at cache-timeout keeps retrying in the background; the work is done.
  process.exit()
}
