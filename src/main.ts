import { errorMessage } from './errors.ts'
import { useHost, type Host } from './host/host.ts'
import { buildCacheRestored, restoreModules, restoreModulesLaterAdded, startBuildRestore } from './phases/restore.ts'
import { exportChain, precache } from './phases/download.ts'
import { finish } from './phases/finish.ts'
import { goEnvironment, privateModules } from './phases/goenv.ts'
import { announceHistory } from './phases/history.ts'
import { dependencyFiles, planKeys } from './phases/keys.ts'
import { announceSelection, startProbe } from './phases/probe.ts'
import { newRun } from './phases/run.ts'
import { laterBaseline, saveModules } from './phases/save.ts'
import { startRun } from './phases/start.ts'
import { toolchain } from './phases/toolchain.ts'
import { phase } from './runner.ts'

/**
 * The main step: inputs → go env → private modules → dependency files → restore ∥ probe (∥ the
 * build cache restore, which runs on until the download is done) → toolchain → download (and
 * verify) → export the chain → plan the entry and start its save → report.
 * Throws with a diagnosis when the modules cannot be had; a cache problem is only a warning.
 */
export async function runMain(host: Host): Promise<void> {
  useHost(host)
  const run = newRun()
  try {
    await startRun(run)
    await phase('Go environment', () => goEnvironment(run))
    await phase('Private modules', () => privateModules(run))
    await phase('Dependency files', () => dependencyFiles(run))
    await planKeys(run)
    // Both run while the history is read and the module cache restored; their log groups follow.
    startProbe(run)
    startBuildRestore(run)
    await phase('History', () => announceHistory(run))
    await phase('Restore module cache', () => restoreModules(run))
    await phase('Restore modules later steps added', () => restoreModulesLaterAdded(run))
    await phase('Probe proxies', () => announceSelection(run))
    await phase('Go toolchain', () => toolchain(run))
    await phase('Download modules', () => precache(run))
    if (run.buildRestore) await phase('Restore build cache', () => buildCacheRestored(run))
    exportChain(run)
    await phase('Save module cache', () => saveModules(run))
    await laterBaseline(run)
  } catch (err) {
    run.metrics.error = errorMessage(err)
    throw err
  } finally {
    await finish(run)
  }
}
