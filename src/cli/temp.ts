// The command's own temporary directory (its RUNNER_TEMP when the CI gives none) lives as long as
// the command: it goes on every exit, done, failed or stopped by a signal, but only once no
// background save the command started still works in it.
import { rmSync } from 'node:fs'
import { startedSavesRunning, stopStartedSaves } from '../cache/saver.ts'
import { errorMessage } from '../errors.ts'

const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

export interface OwnTemp {
  /** Removes the directory once the saves this process started have ended (they are stopped). */
  remove(): Promise<void>
}

/**
 * Watches for the signals that end the command: on the first, the saves it started are stopped
 * and waited for, the directory goes, and the signal ends the command as it would have.
 */
export function removedOnExit(dir: string, warn: (text: string) => void): OwnTemp {
  let removed = false
  const removeNow = () => {
    for (const s of ENDING_SIGNALS) process.off(s, onSignal)
    if (removed) return
    removed = true
    // Synchronous: nothing of the pipeline runs between this and the end, to write there again.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
    } catch (err) {
      warn(`warning: the temporary directory ${dir} could not be removed: ${errorMessage(err)}\n`)
    }
  }
  const settle = async () => {
    // A save started meanwhile (the main step finishing as the signal came) is stopped too.
    for (let round = 0; round < 3 && startedSavesRunning(); round++) await stopStartedSaves()
  }
  let ending = false
  function onSignal(signal: NodeJS.Signals): void {
    if (ending) return
    ending = true
    void settle().then(() => {
      removeNow()
      // With this listener gone, the signal ends the process the default way. Another listener
      // (the one that stops go's process tree) raises it again once it has done its part.
      process.kill(process.pid, signal)
    })
  }
  for (const s of ENDING_SIGNALS) process.on(s, onSignal)
  return {
    async remove() {
      await settle()
      removeNow()
    }
  }
}
