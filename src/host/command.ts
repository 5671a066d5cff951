// The command as the host: where it runs (its own temp dir and tool cache, the CI's event), its
// options (resolved from flags and GO_MOD_PRECACHE_* variables by the command), a plain log on its
// writer, what later commands get and the outputs kept for the command to hand on (--print-env,
// --export-file, its closing lines), the post phase's record kept in memory between the two
// phases, and the download's progress line.
import { appendFile } from 'node:fs/promises'
import path from 'node:path'
import type { RunnerContext } from './context.ts'
import type { DownloadPlace, Host, Progress } from './host.ts'
import { mask, newPlainState, plainCommand, plainWriter, type PlainState } from './plain.ts'

export interface CommandHostOptions {
  /** Where the run happens: the command's own temp dir and tool cache, the CI's event. */
  runner: RunnerContext
  /** Every option's value, by its action.yml name. */
  inputs: Readonly<Record<string, string>>
  /** Whether debug lines are shown. */
  debug: boolean
  /** Where the log goes. */
  write(text: string): void
  /** Whether write reaches a terminal, where a log line clears the progress line first. */
  tty: boolean
  /** Shows the download's progress until stop(). */
  progress(place: DownloadPlace): Progress
}

export interface CommandHost extends Host {
  /** The secrets and the warning and error counts of the log so far. */
  readonly log: PlainState
  /** The variables exported and the PATH entries added (the first added first), for later commands. */
  readonly exported: Record<string, string>
  readonly paths: string[]
  readonly outputs: Record<string, string>
  /** A part of the record as the main phase saved it; '' when it did not. */
  saved(name: string): string
  /** The post phase begins: getState reads what the main phase saved, but the parts `withheld`. */
  handOver(withheld: readonly string[]): void
  /** Resolves once a progress line being stopped has written its last word, and the lines held meanwhile. */
  settled(): Promise<void>
}

export function commandHost(options: CommandHostOptions): CommandHost {
  const log = newPlainState(options.debug)
  const exported: Record<string, string> = {}
  const paths: string[] = []
  const outputs: Record<string, string> = {}
  const saved = new Map<string, string>()
  let handed = new Map<string, string>()

  // While the progress line is up on a terminal, a log line first clears it (the next redraw
  // brings it back); while it is being stopped, log lines wait for its last word.
  let progress: Progress | undefined
  let stopping: Promise<void> | undefined
  const held: string[] = []
  const emit = (text: string): void => {
    if (stopping !== undefined) held.push(text)
    else options.write(progress !== undefined && options.tty ? `\r\x1b[K${text}` : text)
  }
  const say = (name: string, message: string | Error): void => {
    const text = plainCommand(name, typeof message === 'string' ? message : message.toString(), log)
    if (text !== undefined) emit(`${text}\n`)
  }

  return {
    log,
    exported,
    paths,
    outputs,
    runner: () => options.runner,
    getInput: (name) => (options.inputs[name] ?? '').trim(),
    setOutput: (name, value) => {
      outputs[name] = value
    },
    exportVariable: (name, value) => {
      process.env[name] = value
      exported[name] = value
    },
    addPath: (dir) => {
      process.env.PATH = `${dir}${path.delimiter}${process.env.PATH}`
      paths.push(dir)
    },
    saveState: (name, value) => {
      saved.set(name, value)
    },
    getState: (name) => handed.get(name) ?? '',
    saved: (name) => saved.get(name) ?? '',
    handOver: (withheld) => {
      handed = new Map([...saved].filter(([name]) => !withheld.includes(name)))
    },
    // A command run inside a GitHub job still has the job's summary file.
    hasSummary: () => Boolean(process.env.GITHUB_STEP_SUMMARY),
    writeSummary: (markdown) => appendFile(process.env.GITHUB_STEP_SUMMARY!, markdown),
    setSecret: (secret) => say('add-mask', secret),
    isDebug: () => options.debug,
    debug: (message) => say('debug', message),
    info: (message) => {
      const lines = message.split('\n').map((l) => mask(l.endsWith('\r') ? l.slice(0, -1) : l, log.secrets))
      emit(`${lines.join('\n')}\n`)
    },
    notice: (message) => say('notice', message),
    warning: (message) => say('warning', message),
    error: (message) => say('error', message),
    group: (title, fn) => {
      say('group', title)
      return fn()
    },
    downloadStarted: (place) => {
      const shown = options.progress(place)
      progress = shown
      let stopped: Promise<void> | undefined
      return {
        stop: () =>
          (stopped ??= (() => {
            if (progress === shown) progress = undefined
            const done = shown.stop().then(() => {
              if (stopping === done) stopping = undefined
              for (const text of held.splice(0)) emit(text)
            })
            return (stopping = done)
          })())
      }
    },
    // The worker logged in workflow commands (see save-worker.ts).
    relayLog: (text) => {
      const writer = plainWriter(emit, log)
      writer.write(text.split(/\r?\n/).filter((l) => l !== '').map((l) => `${l}\n`).join(''))
      writer.flush()
    },
    settled: async () => {
      while (stopping !== undefined) await stopping
    }
  }
}
