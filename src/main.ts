import * as core from '@actions/core'
import path from 'node:path'
import { buildCacheKeys, restoreBuildCache } from './cache/buildcache.ts'
import type { CacheBackend } from './cache/backend.ts'
import { backendFailure } from './cache/guarded.ts'
import { backendConfigOf, createBackend } from './cache/select.ts'
import { fetchLater, keepLaterBaseline, restoreLater } from './cache/laterio.ts'
import { reasonNotToSaveLater } from './cache/later.ts'
import { applyGoDirs, planGoDirs } from './drives.ts'
import { assertKeyLengths, computeCacheKeys } from './cache/key.ts'
import { assertWorkingDirectory, findDependencyFiles } from './deps.ts'
import { errorMessage } from './errors.ts'
import { scratchDir } from './fsutil.ts'
import { userSetGoEnv } from './go/env.ts'
import { announceFlakyProxies, announceHistory, addThisRun, historySaveSkip, writePending } from './history/phase.ts'
import { emptyHistory, recordOf } from './history/record.ts'
import { historyKey, historyKeyPrefix, loadHistory, type HistoryLoad } from './history/store.ts'
import { leanRestore, type RestoreLeaning } from './history/trends.ts'
import { privateOptions, readInputs, type RestorePolicy, type SavePolicy } from './inputs.ts'
import { readGotoolchain } from './toolchain/install.ts'
import {
  announceSelection,
  chooseToolchain,
  dependencyFiles,
  expectedGoVersion,
  exportChain,
  goEnvironment,
  precache,
  restoreModules,
  saveModules,
  toolchain,
  type Context
} from './phases.ts'
import { setupPrivateModules } from './private/setup.ts'
import { maskProxyCredentials, primaryChain } from './proxy/config.ts'
import { goSumEntries, pickProbeModules } from './proxy/sample.ts'
import { selectChain, type Selection } from './proxy/select.ts'
import { newMetrics, type Metrics } from './report/metrics.ts'
import { defaultMetricsFile, publishReport, type ReportOptions } from './report/publish.ts'
import { phase, readRunnerContext } from './runner.ts'
import { BACKEND_FAILED_STATE, BACKEND_STATE, HISTORY_STATE, MODULE_SAVE_STATE } from './state.ts'
import type { ModuleSaveState } from './post-step.ts'


/**
 * The main step: inputs → go env → private modules → dependency files → restore ∥ probe (∥ the
 * build cache restore, which runs on until the download is done) → toolchain → download (and
 * verify) → export the chain → plan the entry and start its save → report.
 * Throws with a diagnosis when the modules cannot be had; a cache problem is only a warning.
 */
export async function runMain(): Promise<void> {
  const started = performance.now()
  const metrics = newMetrics()
  const report: ReportOptions = { metricsFile: defaultMetricsFile(), summary: true }
  let historyJob: HistoryJob | undefined
  let savePolicy: SavePolicy = 'auto'
  let backend: CacheBackend | undefined
  try {
    const inputs = readInputs()
    report.metricsFile = inputs.metricsFile || report.metricsFile
    report.summary = inputs.summary
    savePolicy = inputs.save
    if (inputs.privateToken !== '') core.setSecret(inputs.privateToken)
    maskProxyCredentials([inputs.proxies, ...inputs.mirrors, process.env.GOPROXY ?? ''])
    const runner = readRunnerContext()
    const workingDirectory = path.resolve(runner.workspace, inputs.workingDirectory)
    assertWorkingDirectory(workingDirectory)
    const backendConfig = backendConfigOf(inputs, process.env)
    core.saveState(BACKEND_STATE, JSON.stringify(backendConfig))
    backend = await createBackend(backendConfig, { timeoutMs: inputs.cacheTimeoutMs })
    const ctx: Context = { inputs, runner, workingDirectory, metrics, backend, backendConfig }
    // The history is read while go is asked about its environment: the restore decision needs it.
    const historyPrefix = historyKeyPrefix(inputs.keyPrefix, runner.os, runner.arch)
    const historyLoading: Promise<HistoryLoad> = inputs.history
      ? loadHistory(ctx.backend, historyPrefix, inputs.cacheTimeoutMs)
      : Promise.resolve({ status: 'disabled', history: emptyHistory(), note: "input 'history' is false" })
    // The tree walk and go's GOTOOLCHAIN setting do not wait for go env: started now, awaited in turn.
    const depsFinding = early(findDependencyFiles(workingDirectory, inputs.cacheDependencyPath))
    const gotoolchain = early(readGotoolchain(workingDirectory))

    const goEnv = await phase('Go environment', async () => {
      const env = await goEnvironment(ctx)
      // Hosted Windows keeps both caches on the slow C: drive; RUNNER_TEMP is on D:.
      if (process.platform === 'win32') {
        const plan = planGoDirs({
          platform: process.platform,
          env: process.env,
          userSet: await userSetGoEnv(workingDirectory, ['GOMODCACHE', 'GOCACHE'] as const),
          goEnv: { GOMODCACHE: env.GOMODCACHE, GOCACHE: env.GOCACHE }
        })
        for (const line of applyGoDirs(plan, core.exportVariable)) core.info(line)
        for (const m of plan.moves) env[m.name] = m.to
      }
      return env
    })
    const primary = primaryChain(inputs.proxies, goEnv.GOPROXY)
    const privateSetup = await phase('Private modules', () => setupPrivateModules(privateOptions(inputs), goEnv))
    const deps = await phase('Dependency files', () => dependencyFiles(ctx, depsFinding))
    const keys = computeCacheKeys({ prefix: inputs.keyPrefix, runnerOs: runner.os, runnerArch: runner.arch, files: deps.files })
    const decision = await chooseToolchain(ctx, goEnv, deps, gotoolchain)
    const buildKeys = inputs.cacheBuild
      ? buildCacheKeys(inputs.keyPrefix, runner.os, runner.arch, expectedGoVersion(decision, goEnv), process.env.GITHUB_SHA || keys.hash)
      : undefined
    const historyKeyOfRun = historyKey(historyPrefix, process.env)
    assertKeyLengths(inputs.keyPrefix, [keys.primaryKey, historyKeyOfRun, ...(buildKeys ? [buildKeys.primaryKey] : [])])

    // The probe and the build cache restore run while the module cache is restored; their log
    // groups follow.
    const probing = early(selectChain({
      primary,
      mirrors: inputs.mirrors,
      allowDirect: inputs.allowDirect ?? primary.some((e) => e.kind === 'direct'),
      modules: pickProbeModules(goSumEntries(deps.files), privateSetup.env),
      timeoutMs: inputs.probeTimeoutMs,
      gosumdb: goEnv.GOSUMDB,
      goVersion: expectedGoVersion(decision, goEnv)
    }))
    const buildRestore = buildKeys ? early(restoreBuildCache(ctx.backend, goEnv.GOCACHE, buildKeys, inputs.cacheTimeoutMs)) : undefined
    const history = await historyLoading
    await phase('History', async () => announceHistory(metrics, history))
    historyJob = { load: history, key: historyKeyOfRun, keyPrefix: historyPrefix, backendFailed: false }
    const restorePolicy = restorePolicyOf(inputs.restore, history)
    // What later steps added in earlier runs: looked up beside the module cache, merged after it.
    const laterFetch = restorePolicy === 'never' ? undefined : fetchLater(ctx.backend, goEnv.GOMODCACHE, inputs.cacheLayout, keys, inputs.cacheTimeoutMs)
    const restored = await phase('Restore module cache', async () =>
      restoreModules(ctx, goEnv, keys, await restoreSkipReason(restorePolicy, leanRestore(restorePolicy, history.history.runs), probing))
    )
    const laterRestored = await phase('Restore modules later steps added', () => restoreLater(ctx.backend, laterFetch, restored, goEnv.GOMODCACHE, keys.primaryKey))
    historyJob.backendFailed = restored.serviceFailed
    const selection = await phase('Probe proxies', async () => {
      const s = await announceSelection(ctx, probing, goEnv.GOSUMDB)
      announceFlakyProxies(history.history.runs)
      return s
    })
    await phase('Go toolchain', () => toolchain(ctx, goEnv, decision, selection))
    const downloaded = await phase('Download modules', () => precache(ctx, goEnv, deps, selection, restored, privateSetup))
    if (buildRestore) await phase('Restore build cache', () => buildRestore.then((r) => r?.log.forEach((line) => core.info(line))))
    exportChain(ctx, downloaded)
    const saving = await phase('Save module cache', () => saveModules(ctx, goEnv, deps, keys, restored, downloaded, laterRestored.modules))
    if (saving) {
      const state: ModuleSaveState = { ...saving.background, key: saving.job.key, timeoutMs: inputs.saveTimeoutMs, report }
      core.saveState(MODULE_SAVE_STATE, JSON.stringify(state))
    }
    const laterSkip = reasonNotToSaveLater({
      policy: inputs.save,
      eventName: runner.eventName,
      state: restored.state,
      serviceFailed: restored.serviceFailed || laterRestored.serviceFailed,
      primaryKey: keys.primaryKey
    })
    const inMain = downloaded.modules.map((m) => `${m.Path}@${m.Version}`)
    await keepLaterBaseline({ modCache: goEnv.GOMODCACHE, layout: inputs.cacheLayout, primaryKey: keys.primaryKey, inMain, restored: laterRestored }, laterSkip)
  } catch (err) {
    metrics.error = errorMessage(err)
    throw err
  } finally {
    metrics.totalMs = Math.round(performance.now() - started)
    const failure = backend && backendFailure(backend)
    if (failure) core.saveState(BACKEND_FAILED_STATE, JSON.stringify(failure))
    if (historyJob) {
      addThisRun(metrics)
      const backendFailed = historyJob.backendFailed || failure !== undefined
      await keepForPost(historyJob, metrics, historySaveSkip(savePolicy, process.env.GITHUB_EVENT_NAME ?? '', historyJob.load, backendFailed))
    }
    await publishReport(metrics, report)
  }
}

/** A promise awaited later: a rejection meanwhile is not unhandled, and still reaches the await. */
function early<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}

/** Without a history there is nothing to decide from: auto restores, and says nothing of it. */
function restorePolicyOf(policy: RestorePolicy, history: HistoryLoad): RestorePolicy {
  return policy === 'auto' && history.status === 'disabled' ? 'always' : policy
}

/**
 * `restore: auto` skips the restore when the history says downloading is faster, but only once
 * the probe has found a healthy chain: with none, the cache is the only source. undefined: restore.
 */
async function restoreSkipReason(policy: RestorePolicy, leaning: RestoreLeaning, probing: Promise<Selection>): Promise<string | undefined> {
  if (leaning.restore) {
    if (policy === 'auto') core.info(`Restoring: ${leaning.why}.`)
    return undefined
  }
  if (policy === 'never') return leaning.why
  const selection = await probing.catch(() => undefined)
  if (selection === undefined || selection.choice.noneHealthy) {
    core.info(`The history favours downloading (${leaning.why}), but no proxy passed the probe: restoring, as the cache is then the only source.`)
    return undefined
  }
  return `${leaning.why}, and the probe found a healthy chain`
}

/** The history of this run: what was read, and the key it is saved under. */
interface HistoryJob {
  load: HistoryLoad
  key: string
  keyPrefix: string
  backendFailed: boolean
}

/** This run's record and the history it joins, for the post step to save. A problem is a warning. */
async function keepForPost(job: HistoryJob, metrics: Metrics, skipSave: string): Promise<void> {
  try {
    const file = path.join(await scratchDir('history-'), 'pending.json')
    await writePending(file, { key: job.key, keyPrefix: job.keyPrefix, history: job.load.history, record: recordOf(metrics, process.env), skipSave })
    core.saveState(HISTORY_STATE, file)
  } catch (err) {
    core.warning(`History not kept for this run; the job goes on: ${errorMessage(err)}`)
  }
}
