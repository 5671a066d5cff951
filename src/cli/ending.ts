// How the command ends, whichever way: done, failed, or stopped by SIGINT, SIGTERM or SIGHUP, when
// no post phase runs. The private-token entries it wrote into the global git config go, once; the
// saves it started are stopped and waited for; then its own temporary directory (its RUNNER_TEMP
// when the CI gives none) goes, and a signal ends the command as it would have.
import { rmSync } from 'node:fs'
import { startedSavesRunning, stopStartedSaves } from '../cache/saver.ts'
import { errorMessage } from '../errors.ts'
import type { OwnCredentials } from './credentials.ts'

const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

export interface Ending {
  /**
   * The end of a run no signal stopped. Credentials handed over with --keep-credentials stay
   * unless the run `failed`. After a signal, waits for the signal's own ending instead.
   */
  finish(failed: boolean): Promise<void>
}

export interface EndingOptions {
  /** The temp dir the command made for itself; none when the CI gives RUNNER_TEMP. */
  dir: string | undefined
  credentials: OwnCredentials
  warn: (text: string) => void
}

/** Watches for the signals that end the command, and does what every ending does. */
export function endCleanly({ dir, credentials, warn }: EndingOptions): Ending {
  let removed = false
  const removeDir = () => {
    for (const s of ENDING_SIGNALS) process.off(s, onSignal)
    if (removed || dir === undefined) return
    removed = true
    // Synchronous: nothing of the pipeline runs between this and the end, to write there again.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
    } catch (err) {
      warn(`warning: the temporary directory ${dir} could not be removed: ${errorMessage(err)}\n`)
    }
  }
  const settle = async () => {
    // Only the command's own dir is taken from under a save; a save in the CI's RUNNER_TEMP runs on.
    if (dir === undefined) return
    // A save started meanwhile (the main step finishing as the signal came) is stopped too.
    for (let round = 0; round < 3 && startedSavesRunning(); round++) await stopStartedSaves()
  }
  let signalled: Promise<void> | undefined
  function onSignal(signal: NodeJS.Signals): void {
    // A second signal while the first is handled changes nothing. The work starts once the other
    // listeners have run: the one that stops go's process tree stops every child started by then,
    // git's removal of the token too.
    signalled ??= Promise.resolve()
      .then(() => Promise.all([credentials.remove(), settle()]))
      .then(() => {
        removeDir()
        // With this listener gone, the signal ends the process the default way. Another listener
        // (the one that stops go's process tree) raises it again once it has done its part.
        process.kill(process.pid, signal)
      })
  }
  for (const s of ENDING_SIGNALS) process.on(s, onSignal)
  return {
    async finish(failed) {
      if (signalled !== undefined) return signalled
      if (failed || !credentials.kept) await credentials.remove()
      await settle()
      removeDir()
    }
  }
}
