import * as core from '@actions/core'
import path from 'node:path'
import { BUILD_CACHE_STATE, buildCacheKeys, restoreBuildCache, saveBuildCache, type BuildCacheState } from './cache/buildcache.ts'
import { computeCacheKeys } from './cache/key.ts'
import { assertWorkingDirectory } from './deps.ts'
import { errorMessage } from './errors.ts'
import { readInputs } from './inputs.ts'
import {
  announceSelection,
  dependencyFiles,
  exportChain,
  goEnvironment,
  precache,
  restoreModules,
  saveModules,
  toolchain,
  type Context
} from './phases.ts'
import { removeGitCredentials, type GitConfigRecord } from './private/gitconfig.ts'
import { GIT_CREDENTIALS_STATE, setupPrivateModules } from './private/setup.ts'
import { maskProxyCredentials, primaryChain } from './proxy/config.ts'
import { goSumEntries, pickProbeModules } from './proxy/sample.ts'
import { selectChain } from './proxy/select.ts'
import { newMetrics } from './report/metrics.ts'
import { defaultMetricsFile, publishReport, type ReportOptions } from './report/publish.ts'
import { phase, readRunnerContext } from './runner.ts'

/**
 * The main step: inputs → go env → private modules → dependency files → restore ∥ probe →
 * toolchain → download (and verify) → export the chain → prune and save → report.
 * Throws with a diagnosis when the modules cannot be had; a cache problem is only a warning.
 */
export async function runMain(): Promise<void> {
  const started = performance.now()
  const metrics = newMetrics()
  const report: ReportOptions = { metricsFile: defaultMetricsFile(), summary: true }
  try {
    const inputs = readInputs()
    report.metricsFile = inputs.metricsFile || report.metricsFile
    report.summary = inputs.summary
    if (inputs.privateToken !== '') core.setSecret(inputs.privateToken)
    maskProxyCredentials([inputs.proxies, ...inputs.mirrors, process.env.GOPROXY ?? ''])
    const runner = readRunnerContext()
    const workingDirectory = path.resolve(runner.workspace, inputs.workingDirectory)
    assertWorkingDirectory(workingDirectory)
    const ctx: Context = { inputs, runner, workingDirectory, metrics }

    const goEnv = await phase('Go environment', () => goEnvironment(ctx))
    const primary = primaryChain(inputs.proxies, goEnv.GOPROXY)
    const privateSetup = await phase('Private modules', () => setupPrivateModules(inputs, goEnv))
    const deps = await phase('Dependency files', () => dependencyFiles(ctx))
    const keys = computeCacheKeys({ prefix: inputs.keyPrefix, runnerOs: runner.os, runnerArch: runner.arch, files: deps.files })

    // The probe runs while the caches are restored; its log group follows theirs.
    const probing = selectChain({
      primary,
      mirrors: inputs.mirrors,
      allowDirect: inputs.allowDirect ?? primary.some((e) => e.kind === 'direct'),
      modules: pickProbeModules(goSumEntries(deps.files), privateSetup.env),
      timeoutMs: inputs.probeTimeoutMs,
      gosumdb: goEnv.GOSUMDB
    })
    probing.catch(() => undefined)
    const restored = await phase('Restore module cache', () => restoreModules(ctx, goEnv, keys))
    const selection = await phase('Probe proxies', () => announceSelection(ctx, probing, goEnv.GOSUMDB))
    // Before the build cache, whose key holds the Go version, and before go runs for modules.
    await phase('Go toolchain', () => toolchain(ctx, goEnv, deps, selection))
    if (inputs.cacheBuild) {
      const buildKeys = buildCacheKeys(inputs.keyPrefix, runner.os, runner.arch, goEnv.GOVERSION, process.env.GITHUB_SHA || keys.hash)
      await phase('Restore build cache', () => restoreBuildCache(goEnv.GOCACHE, buildKeys, inputs.cacheTimeoutMs))
    }

    const downloaded = await phase('Download modules', () => precache(ctx, goEnv, deps, selection, restored, privateSetup))
    exportChain(ctx, downloaded)
    await phase('Save module cache', () => saveModules(ctx, goEnv, deps, keys, restored, downloaded))
  } catch (err) {
    metrics.error = errorMessage(err)
    throw err
  } finally {
    metrics.totalMs = Math.round(performance.now() - started)
    await publishReport(metrics, report)
  }
}

/** The post step: save the build cache if asked, and undo every credential the main step wrote. */
export async function runPost(): Promise<void> {
  const build = core.getState(BUILD_CACHE_STATE)
  if (build !== '') {
    await phase('Save build cache', () => saveBuildCache(JSON.parse(build) as BuildCacheState))
  }
  const saved = core.getState(GIT_CREDENTIALS_STATE)
  if (saved === '') return
  await phase('Remove private-module credentials', async () => {
    const removed = await removeGitCredentials(JSON.parse(saved) as GitConfigRecord[])
    core.info(`Removed ${removed} credential entr${removed === 1 ? 'y' : 'ies'} from the global git config.`)
  })
}
