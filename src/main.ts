import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { BUILD_CACHE_STATE, buildCacheKeys, restoreBuildCache, saveBuildCache, type BuildCacheState } from './cache/buildcache.ts'
import { computeCacheKeys } from './cache/key.ts'
import { cleanModCache, restoreModCache, saveModCache } from './cache/modcache.ts'
import { reasonNotToSave, shouldVerify } from './cache/policy.ts'
import { pruneModCache } from './cache/tidy.ts'
import { countFiles } from './fsutil.ts'
import { verifyModules } from './go/verify.ts'
import { assertWorkingDirectory, findDependencyFiles } from './deps.ts'
import { errorMessage } from './errors.ts'
import { DownloadError, downloadModules } from './go/download.ts'
import { readGoEnv } from './go/env.ts'
import { formatGoProxy, redactGoProxy } from './go/goproxy.ts'
import { readInputs } from './inputs.ts'
import { explainPrivateFailures } from './private/explain.ts'
import { removeGitCredentials, type GitConfigRecord } from './private/gitconfig.ts'
import { GIT_CREDENTIALS_STATE, setupPrivateModules } from './private/setup.ts'
import { maskProxyCredentials, primaryChain } from './proxy/config.ts'
import { pickProbeModules, goSumEntries } from './proxy/sample.ts'
import { selectChain } from './proxy/select.ts'
import { renderDiagnosis } from './report/diagnosis.ts'
import { newMetrics } from './report/metrics.ts'
import { defaultMetricsFile, publishReport, type ReportOptions } from './report/publish.ts'
import { phase, readRunnerContext } from './runner.ts'

/**
 * The main step: inputs → go env → dependency files → restore ∥ probe → download → save → report.
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
    const runner = readRunnerContext()
    const workingDirectory = path.resolve(runner.workspace, inputs.workingDirectory)
    assertWorkingDirectory(workingDirectory)
    if (inputs.privateToken !== '') core.setSecret(inputs.privateToken)
    maskProxyCredentials([inputs.proxies, ...inputs.mirrors, process.env.GOPROXY ?? ''])

    const goEnv = await phase('Go environment', async () => {
      const env = await readGoEnv(workingDirectory)
      maskProxyCredentials([env.GOPROXY])
      core.info(`${env.GOVERSION} ${env.GOOS}/${env.GOARCH}, GOMODCACHE=${env.GOMODCACHE}`)
      core.info(`GOPROXY=${redactGoProxy(env.GOPROXY)} GOSUMDB=${env.GOSUMDB} GOPRIVATE=${env.GOPRIVATE}`)
      return env
    })
    metrics.go = { version: goEnv.GOVERSION, os: goEnv.GOOS, arch: goEnv.GOARCH }
    const primary = primaryChain(inputs.proxies, goEnv.GOPROXY)
    const privateSetup = await phase('Private modules', () => setupPrivateModules(inputs, goEnv))

    const deps = await phase('Dependency files', async () => {
      const found = await findDependencyFiles(workingDirectory, inputs.cacheDependencyPath)
      for (const f of found.files) core.info(`${sha256(f.content).slice(0, 12)}  ${f.path}`)
      core.info(`Module roots: ${found.roots.join(', ')}`)
      return found
    })
    metrics.download.roots = deps.roots

    const keys = computeCacheKeys({
      prefix: inputs.keyPrefix,
      runnerOs: runner.os,
      runnerArch: runner.arch,
      files: deps.files
    })
    metrics.cache.primaryKey = keys.primaryKey
    metrics.cache.restoreKeys = keys.restoreKeys
    const cachePaths = [goEnv.GOMODCACHE]

    // The probe runs while the cache is restored; its log group follows the restore's.
    const probing = selectChain({
      primary,
      mirrors: inputs.mirrors,
      allowDirect: inputs.allowDirect ?? primary.some((e) => e.kind === 'direct'),
      modules: pickProbeModules(goSumEntries(deps.files), privateSetup.env),
      timeoutMs: inputs.probeTimeoutMs,
      gosumdb: goEnv.GOSUMDB
    })
    probing.catch(() => undefined)

    const restored = await phase('Restore module cache', async () => {
      core.info(`Key: ${keys.primaryKey}`)
      core.info(`Restore keys: ${keys.restoreKeys.join(', ')}`)
      return restoreModCache({
        paths: cachePaths,
        modCache: goEnv.GOMODCACHE,
        primaryKey: keys.primaryKey,
        restoreKeys: keys.restoreKeys,
        timeoutMs: inputs.cacheTimeoutMs
      })
    })
    metrics.cache.matchedKey = restored.matchedKey ?? ''
    metrics.cache.hit = restored.exactHit
    metrics.cache.state = restored.state
    metrics.cache.restoreMs = restored.ms
    metrics.cache.sizeBytes = restored.sizeBytes ?? 0

    if (inputs.cacheBuild) {
      await phase('Restore build cache', () =>
        restoreBuildCache(
          goEnv.GOCACHE,
          buildCacheKeys(inputs.keyPrefix, runner.os, runner.arch, goEnv.GOVERSION, process.env.GITHUB_SHA || keys.hash),
          inputs.cacheTimeoutMs
        )
      )
    }

    const selection = await phase('Probe proxies', async () => {
      const s = await probing
      for (const r of s.report) {
        const verdict = r.class === 'ok' ? `ok in ${r.latencyMs} ms${r.verified ? ', go.mod verified against go.sum' : ''}` : `${r.class}: ${r.detail}`
        core.info(`${r.role} ${r.url}: ${verdict}${r.sumdb ? ', serves the checksum database' : ''}`)
      }
      for (const p of s.choice.problems) {
        core.warning(`Proxy ${p.url} ${p.dropped ? 'dropped from the chain' : 'is unhealthy'}: ${p.class} (${p.detail}). Fix: ${p.fix}.`, {
          title: 'go-mod-precache: unhealthy Go module proxy'
        })
      }
      if (s.choice.noneHealthy) {
        core.warning('No Go module proxy passed the probe; keeping the configured chain in case the failure is transient.')
      }
      if (s.sumdb === 'unreachable') {
        core.warning(
          `The checksum database (GOSUMDB=${goEnv.GOSUMDB}) is reachable neither directly nor through a healthy proxy: new modules will fail to verify. Allow access to it, or use a proxy that serves /sumdb/.`
        )
      }
      core.info(`GOPROXY=${redactGoProxy(s.choice.goproxy)} (probed in ${s.ms} ms)`)
      return s
    })
    metrics.proxy.probeMs = selection.ms
    metrics.proxy.report = selection.report
    metrics.proxy.problems = selection.choice.problems
    metrics.proxy.noneHealthy = selection.choice.noneHealthy
    metrics.proxy.fallbackUsed = selection.choice.fallbackUsed
    metrics.proxy.sumdb = selection.sumdb
    metrics.proxy.goproxy = redactGoProxy(selection.choice.goproxy)
    metrics.proxy.selected = selection.choice.selected

    const download = () =>
      downloadModules({
        workingDirectory,
        roots: deps.roots,
        chain: selection.choice.entries,
        retries: inputs.downloadRetries,
        timeoutMs: inputs.downloadTimeoutMs
      })
    const downloaded = await phase('Download modules', async () => {
      try {
        let result = await download()
        core.info(`${result.modules.length} module versions ready in ${result.ms} ms.`)
        if (shouldVerify(inputs.verify, restored.state)) {
          const verified = await verifyModules(workingDirectory, deps.roots)
          metrics.cache.verify = verified.ok ? 'ok' : 'mismatch'
          if (!verified.ok) {
            core.warning(
              `go mod verify found modified files in the restored module cache (${verified.detail}): it is thrown away, the modules are downloaded afresh, and the bad content is not saved.`
            )
            await cleanModCache(goEnv.GOMODCACHE)
            result = await download()
          } else {
            core.info('go mod verify: all modules verified.')
          }
        }
        return result
      } catch (err) {
        if (err instanceof DownloadError) {
          metrics.download.attempts = err.attempts
          const privateHints = explainPrivateFailures(err.attempts.at(-1)?.failures ?? [], {
            goprivate: privateSetup.env.GOPRIVATE ?? '',
            patterns: inputs.privatePatterns,
            hasToken: inputs.privateToken !== ''
          })
          throw new DownloadError(renderDiagnosis(metrics, err.message, privateHints), err.attempts)
        }
        throw err
      }
    })
    metrics.download.modules = downloaded.modules.length
    metrics.download.ms = downloaded.ms
    metrics.download.attempts = downloaded.attempts
    const finalChain = formatGoProxy(downloaded.chain)
    metrics.proxy.goproxy = redactGoProxy(finalChain)
    if (inputs.offline) {
      // Everything is in the module cache now: later steps fail fast instead of reaching out.
      core.exportVariable('GOPROXY', 'off')
      metrics.offline = true
      metrics.proxy.goproxy = 'off'
      core.info('offline: later steps get GOPROXY=off and build from the module cache alone.')
    } else {
      core.exportVariable('GOPROXY', finalChain)
    }
    if (metrics.proxy.fallbackUsed) {
      core.notice(`The first configured proxy was unhealthy; modules came through ${metrics.proxy.selected}.`, {
        title: 'go-mod-precache: fallback proxy used'
      })
    }

    await phase('Save module cache', async () => {
      const reason = reasonNotToSave({
        policy: inputs.save,
        eventName: runner.eventName,
        state: restored.state,
        serviceFailed: restored.serviceFailed,
        cacheEmpty: downloaded.modules.length === 0
      })
      if (reason !== undefined) {
        core.info(`Not saving: ${reason}.`)
        metrics.cache.saveSkipped = reason
        if (restored.exactHit) metrics.cache.files = (await countFiles(goEnv.GOMODCACHE)).files
        return
      }
      const pruned = await pruneModCache(
        goEnv.GOMODCACHE,
        workingDirectory,
        deps.roots,
        downloaded.modules.map((m) => `${m.Path}@${m.Version}`)
      )
      metrics.cache.pruned = pruned.prunedVersions.length
      if (pruned.prunedVersions.length > 0) {
        core.info(`Pruned ${pruned.prunedVersions.length} module versions no root needs: ${pruned.prunedVersions.join(', ')}`)
      }
      metrics.cache.files = (await countFiles(goEnv.GOMODCACHE)).files
      const saved = await saveModCache(cachePaths, keys.primaryKey)
      metrics.cache.saved = saved.saved
      metrics.cache.saveSkipped = saved.skipped ?? ''
      metrics.cache.saveMs = saved.ms
      if (saved.sizeBytes !== undefined) metrics.cache.sizeBytes = saved.sizeBytes
    })
  } catch (err) {
    metrics.error = errorMessage(err)
    throw err
  } finally {
    metrics.totalMs = Math.round(performance.now() - started)
    await publishReport(metrics, report)
  }
}

/** The post step: undo every credential the main step wrote, whatever the job's result. */
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

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex')
}
