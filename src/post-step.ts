// The post step: wait for the module cache save and complete the report with it, save what later
// steps added and the build cache if asked, save the history, and undo every credential the main
// step wrote. It loads only what its record asks of it: after an exact hit with nothing to save it
// reads the record, looks at GOMODCACHE once and is done, without loading a cache client.
import * as core from './host/log.ts'
import type { CacheBackend } from './cache/backend.ts'
import { host as currentHost, useHost, type Host } from './host/host.ts'
import type { Metrics } from './report/metrics.ts'
import { loadPostState, type ModuleSaveState, type PostState } from './phases/handoff.ts'
import { phase } from './runner.ts'

type SaveSummary = { saveMs: number; sizeBytes: number; failed: boolean }

export async function runPost(host: Host): Promise<void> {
  useHost(host)
  try {
    await saves(loadPostState())
  } finally {
    // Whatever failed above, the token leaves the git config.
    const { gitCredentials } = loadPostState(['gitCredentials'])
    if (gitCredentials !== undefined) await (await import('./private/setup.ts')).removePrivateCredentials(gitCredentials)
  }
}

/** Every save the main step left to this step, in turn. */
async function saves(state: PostState): Promise<void> {
  const { moduleSave, later, buildCache, history } = state
  let backgroundSaved: SaveSummary | undefined
  if (moduleSave !== undefined) {
    backgroundSaved = await phase('Save module cache (background)', () => finishModuleSave(moduleSave))
  }
  if (state.backendFailed !== undefined) {
    // The main step warned; trying again would only wait out the same failure.
    core.info(`Nothing is saved to the cache: in the main step, ${state.backendFailed.why}.`)
    return
  }
  // Made on first use: a step with nothing to save loads no cache client at all.
  const config = state.backend ?? { kind: 'github' }
  let made: Promise<CacheBackend> | undefined
  const backend = () => (made ??= import('./cache/select.ts').then((m) => m.createBackend(config)))
  if (later !== undefined) {
    const mainFailed = moduleSave !== undefined && (backgroundSaved === undefined || backgroundSaved.failed)
    const { saveLater } = await import('./cache/laterio.ts')
    await phase('Save modules later steps added', () =>
      saveLater(backend, later, mainFailed ? 'the module cache save failed or did not finish in this job' : undefined)
    )
  }
  if (buildCache !== undefined) {
    const { saveBuildCache } = await import('./cache/buildcache.ts')
    await phase('Save build cache', async () => saveBuildCache(await backend(), buildCache))
  }
  if (history !== undefined) {
    const { savePending } = await import('./history/pending.ts')
    await phase('Save history', () => savePending(backend, history, backgroundSaved))
  }
}

/** Returns what the history records of the save, when it finished. */
async function finishModuleSave(state: ModuleSaveState): Promise<SaveSummary | undefined> {
  const [{ awaitSave }, { completeReport }, { recordSave }] = await Promise.all([
    import('./cache/saver.ts'),
    import('./report/publish.ts'),
    import('./phases/save.ts')
  ])
  const waited = await awaitSave(state, state.timeoutMs)
  currentHost().relayLog(waited.log)
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
