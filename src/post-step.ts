// The post step: wait for the module cache save and complete the report with it, save what later
// steps added and the build cache if asked, save the history, and undo every credential the main
// step wrote. It loads only what the state asks of it: after an exact hit with nothing to save it
// reads its state, looks at GOMODCACHE once and is done, without loading a cache client.
import * as core from '@actions/core'
import type { CacheBackend } from './cache/backend.ts'
import type { BackendFailure } from './cache/guarded.ts'
import type { BackgroundSave } from './cache/saver.ts'
import type { BackendConfig } from './cache/select.ts'
import type { BuildCacheState } from './cache/buildcache.ts'
import type { Metrics } from './report/metrics.ts'
import type { ReportOptions } from './report/publish.ts'
import { phase } from './runner.ts'
import {
  BACKEND_FAILED_STATE,
  BACKEND_STATE,
  BUILD_CACHE_STATE,
  GIT_CREDENTIALS_STATE,
  HISTORY_STATE,
  LATER_STATE,
  MODULE_SAVE_STATE
} from './state.ts'

/** The background save as the main step left it in its state, with what the post step reports it with. */
export interface ModuleSaveState extends BackgroundSave {
  key: string
  timeoutMs: number
  report: ReportOptions
}

type SaveSummary = { saveMs: number; sizeBytes: number; failed: boolean }

export async function runPost(): Promise<void> {
  try {
    const moduleSave = core.getState(MODULE_SAVE_STATE)
    let backgroundSaved: SaveSummary | undefined
    if (moduleSave !== '') {
      backgroundSaved = await phase('Save module cache (background)', () => finishModuleSave(JSON.parse(moduleSave) as ModuleSaveState))
    }
    const failed = core.getState(BACKEND_FAILED_STATE)
    if (failed !== '') {
      // The main step warned; trying again would only wait out the same failure.
      core.info(`Nothing is saved to the cache: in the main step, ${(JSON.parse(failed) as BackendFailure).why}.`)
      return
    }
    // Made on first use: a step with nothing to save loads no cache client at all.
    const config = core.getState(BACKEND_STATE)
    let made: Promise<CacheBackend> | undefined
    const backend = () =>
      (made ??= import('./cache/select.ts').then((m) => m.createBackend(config === '' ? { kind: 'github' } : (JSON.parse(config) as BackendConfig))))
    const later = core.getState(LATER_STATE)
    if (later !== '') {
      const mainFailed = moduleSave !== '' && (backgroundSaved === undefined || backgroundSaved.failed)
      const { saveLater } = await import('./cache/laterio.ts')
      await phase('Save modules later steps added', () =>
        saveLater(backend, later, mainFailed ? 'the module cache save failed or did not finish in this job' : undefined)
      )
    }
    const build = core.getState(BUILD_CACHE_STATE)
    if (build !== '') {
      const { saveBuildCache } = await import('./cache/buildcache.ts')
      await phase('Save build cache', async () => saveBuildCache(await backend(), JSON.parse(build) as BuildCacheState))
    }
    const history = core.getState(HISTORY_STATE)
    if (history !== '') {
      const { savePending } = await import('./history/phase.ts')
      await phase('Save history', () => savePending(backend, history, backgroundSaved))
    }
  } finally {
    // Whatever failed above, the token leaves the git config.
    const credentials = core.getState(GIT_CREDENTIALS_STATE)
    if (credentials !== '') await (await import('./private/setup.ts')).removePrivateCredentials(credentials)
  }
}

/** Returns what the history records of the save, when it finished. */
async function finishModuleSave(state: ModuleSaveState): Promise<SaveSummary | undefined> {
  const [{ awaitSave }, { completeReport }, { recordSave }] = await Promise.all([
    import('./cache/saver.ts'),
    import('./report/publish.ts'),
    import('./phases.ts')
  ])
  const waited = await awaitSave(state, state.timeoutMs)
  // The worker's log is written with os.EOL: CRLF on Windows.
  for (const line of waited.log.split(/\r?\n/)) if (line !== '') core.info(line)
  core.info(`Waited ${waited.waitedMs} ms for the save started ${Math.round((Date.now() - state.startedAt) / 1000)} s ago.`)
  const update = (m: Metrics) => {
    if (waited.done) recordSave(m, state.key, waited.outcome)
    else {
      core.warning(`Module cache not saved; the job goes on: ${waited.why}.`)
      Object.assign(m.cache, { saved: false, saveSkipped: waited.why })
    }
  }
  await completeReport(state.report, update)
  if (!waited.done) return undefined
  return { saveMs: waited.outcome.ms, sizeBytes: waited.outcome.sizeBytes ?? 0, failed: waited.outcome.failed === true }
}
