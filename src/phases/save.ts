// The save of the module cache: the entry planned (pruned to what the roots need) and stored in a
// process of its own or here; and what the post step needs to save what later steps add.
import * as core from '../host/log.ts'
import { backendFailure } from '../cache/guarded.ts'
import { reasonNotToSaveLater } from '../cache/later.ts'
import { keepLaterBaseline } from '../cache/laterio.ts'
import { modulesEntry } from '../cache/modcache.ts'
import { reasonNotToSave } from '../cache/policy.ts'
import { runSaveJob, startSave, type SaveJob, type SaveOutcome } from '../cache/saver.ts'
import { planModCacheSave } from '../cache/tidy.ts'
import type { Metrics } from '../report/metrics.ts'
import { savePostState } from './handoff.ts'
import { need, type Run } from './run.ts'

/**
 * Plans the entry (what the layout keeps of the versions the roots need, nothing no root needs)
 * and saves it, unless there is a reason not to: in a process of its own that the post step
 * waits for (and that its record names), or here.
 */
export async function saveModules(run: Run): Promise<void> {
  const { inputs, runner, backend, backendConfig, workingDirectory, goEnv, deps, keys, restored, downloaded, laterRestored, report, metrics } = need(
    run,
    'inputs',
    'runner',
    'backend',
    'backendConfig',
    'workingDirectory',
    'goEnv',
    'deps',
    'keys',
    'restored',
    'downloaded',
    'laterRestored'
  )
  /** Module versions kept in the entry of what later steps added: not pruned, only elsewhere. */
  const keptElsewhere = laterRestored.modules
  const reason = reasonNotToSave({
    policy: inputs.save,
    eventName: runner.eventName,
    state: restored.state,
    // The history or the build cache lookup may have found the backend failed.
    serviceFailed: restored.serviceFailed || backendFailure(backend) !== undefined,
    cacheEmpty: downloaded.modules.length === 0,
    noneVouched: downloaded.modules.every((m) => downloaded.unvouched.includes(`${m.Path}@${m.Version}`))
  })
  if (reason !== undefined) {
    core.info(`Not saving: ${reason}.`)
    metrics.cache.saveSkipped = reason
    return
  }
  const needed = downloaded.modules.map((m) => `${m.Path}@${m.Version}`).filter((id) => !downloaded.unvouched.includes(id))
  const plan = await planModCacheSave(goEnv.GOMODCACHE, workingDirectory, deps.roots, needed, inputs.cacheLayout)
  const pruned = plan.prunedVersions.filter((id) => !downloaded.unvouched.includes(id) && !keptElsewhere.includes(id))
  metrics.cache.pruned = pruned.length
  if (pruned.length > 0) core.info(`Pruned ${pruned.length} module versions no root needs: ${pruned.join(', ')}`)
  const job: SaveJob = {
    entry: modulesEntry(inputs.cacheLayout),
    key: keys.primaryKey,
    root: goEnv.GOMODCACHE,
    members: plan.members,
    backend: backendConfig
  }
  core.info(`Entry ${keys.primaryKey}: layout ${inputs.cacheLayout}, ${plan.members.length} members.`)
  if (inputs.backgroundSave) {
    metrics.cache.saveMode = 'background'
    const background = await startSave(job)
    core.info(`Saving in the background (process ${background.pid}); the post step waits for it and reports the outcome.`)
    savePostState({ moduleSave: { ...background, key: job.key, timeoutMs: inputs.saveTimeoutMs, report } })
    return
  }
  metrics.cache.saveMode = 'main'
  const outcome = await runSaveJob(backend, job)
  recordSave(metrics, job.key, outcome)
  // The service failed in this job: nothing else waits on it again.
  if (outcome.failed) restored.serviceFailed = true
}

/**
 * Leaves the post step what it needs to tell what later steps added to GOMODCACHE, unless there
 * is a reason not to save it.
 */
export async function laterBaseline(run: Run): Promise<void> {
  const { inputs, runner, goEnv, keys, restored, laterRestored, downloaded } = need(run, 'inputs', 'runner', 'goEnv', 'keys', 'restored', 'laterRestored', 'downloaded')
  const skip = reasonNotToSaveLater({
    policy: inputs.save,
    eventName: runner.eventName,
    state: restored.state,
    serviceFailed: restored.serviceFailed || laterRestored.serviceFailed,
    primaryKey: keys.primaryKey
  })
  const inMain = downloaded.modules.map((m) => `${m.Path}@${m.Version}`)
  const file = await keepLaterBaseline({ modCache: goEnv.GOMODCACHE, layout: inputs.cacheLayout, primaryKey: keys.primaryKey, inMain, restored: laterRestored }, skip)
  if (file !== undefined) savePostState({ later: file })
}

/** Logs a save's outcome and puts it in the record; a failure is a warning, never a failed step. */
export function recordSave(metrics: Metrics, key: string, outcome: SaveOutcome): void {
  Object.assign(metrics.cache, { saved: outcome.saved, saveSkipped: outcome.skipped ?? '', saveMs: outcome.ms })
  if (outcome.sizeBytes !== undefined) metrics.cache.sizeBytes = outcome.sizeBytes
  if (outcome.files !== undefined) metrics.cache.files = outcome.files
  const size = outcome.sizeBytes === undefined ? '' : `, ${outcome.sizeBytes} bytes`
  if (outcome.saved) core.info(`Saved the module cache as ${key} in ${outcome.ms} ms (packed in ${outcome.archiveMs} ms${size}).`)
  else if (outcome.failed) core.warning(`Module cache not saved; the job goes on: ${outcome.skipped}`)
  else core.info(`Module cache not saved as ${key}: ${outcome.skipped}.`)
}
