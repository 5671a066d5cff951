// What the pipeline needs of the place it runs in: where the run happens (context.ts), its options,
// outputs and the environment of later steps, a record kept for the post phase, the summary,
// masking, the log and the download's progress. The Actions runner is one such place (actions.ts), the command another (command.ts).
// The entry points choose one with useHost; the pipeline reaches it through host() and log.ts.
import { actionsHost } from './actions.ts'
import type { RunnerContext } from './context.ts'

export type { RunnerContext }

/** An annotation's headline, where the place shows one (the runner does; a plain log does not). */
export interface Annotation {
  title?: string
}

export interface Progress {
  /** Ends the progress display; resolves once its last word is written. */
  stop(): Promise<void>
}

/** Where the download phase's modules arrive. */
export interface DownloadPlace {
  modCache: string
  workingDirectory: string
}

export interface Host {
  /** Where the run happens: workspace, OS and arch, event, commit, temp dir, tool cache. */
  runner(): RunnerContext
  /** An option by its action.yml name, trimmed; '' when not given. */
  getInput(name: string): string
  setOutput(name: string, value: string): void
  /** A variable for this process and the steps (or commands) after it. */
  exportVariable(name: string, value: string): void
  /** A directory put first on PATH, for this process and the steps after it. */
  addPath(dir: string): void
  /** A part of the post phase's record, and (in the post phase) reading it back. */
  saveState(name: string, value: string): void
  getState(name: string): string
  /** Whether there is a job summary to write to. */
  hasSummary(): boolean
  writeSummary(markdown: string): Promise<void>

  /** A value never shown in the log from now on. */
  setSecret(secret: string): void
  isDebug(): boolean
  debug(message: string): void
  info(message: string): void
  notice(message: string | Error, annotation?: Annotation): void
  warning(message: string | Error, annotation?: Annotation): void
  error(message: string | Error, annotation?: Annotation): void
  /** fn's log lines under one heading. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>

  /** The download phase starts: what the place shows of its progress, until stop(). */
  downloadStarted(place: DownloadPlace): Progress
  /** The log a background process wrote (its lines as this host's log would have printed them). */
  relayLog(text: string): void
}

let current: Host | undefined

/** Chosen once by an entry point, before the pipeline runs. */
export function useHost(host: Host): void {
  current = host
}

/** The host chosen; until one is, the runner's (so a phase called on its own behaves as in Actions). */
export function host(): Host {
  return (current ??= actionsHost())
}
