import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { computeCacheKeys } from './cache/key.ts'
import { restoreModCache, saveModCache } from './cache/modcache.ts'
import { reasonNotToSave } from './cache/policy.ts'
import { assertWorkingDirectory, findDependencyFiles } from './deps.ts'
import { errorMessage } from './errors.ts'
import { downloadModules } from './go/download.ts'
import { readGoEnv } from './go/env.ts'
import { readInputs } from './inputs.ts'
import { newMetrics } from './report/metrics.ts'
import { publishReport } from './report/publish.ts'
import { phase, readRunnerContext } from './runner.ts'

/**
 * The main step: inputs → go env → dependency files → restore → download → save → report.
 * Throws with a diagnosis when the modules cannot be had; a cache problem is only a warning.
 */
export async function runMain(): Promise<void> {
  const started = performance.now()
  const metrics = newMetrics()
  try {
    const inputs = readInputs()
    const runner = readRunnerContext()
    const workingDirectory = path.resolve(runner.workspace, inputs.workingDirectory)
    assertWorkingDirectory(workingDirectory)

    const goEnv = await phase('Go environment', async () => {
      const env = await readGoEnv(workingDirectory)
      core.info(`${env.GOVERSION} ${env.GOOS}/${env.GOARCH}, GOMODCACHE=${env.GOMODCACHE}`)
      return env
    })
    metrics.go = { version: goEnv.GOVERSION, os: goEnv.GOOS, arch: goEnv.GOARCH }

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

    const restored = await phase('Restore module cache', async () => {
      core.info(`Key: ${keys.primaryKey}`)
      core.info(`Restore keys: ${keys.restoreKeys.join(', ')}`)
      return restoreModCache(cachePaths, keys.primaryKey, keys.restoreKeys)
    })
    metrics.cache.matchedKey = restored.matchedKey ?? ''
    metrics.cache.hit = restored.exactHit
    metrics.cache.unavailable = restored.unavailable
    metrics.cache.restoreMs = restored.ms

    const downloaded = await phase('Download modules', async () => {
      const result = await downloadModules(workingDirectory, deps.roots)
      core.info(`${result.modules.length} module versions ready in ${result.ms} ms.`)
      return result
    })
    metrics.download.modules = downloaded.modules.length
    metrics.download.ms = downloaded.ms

    await phase('Save module cache', async () => {
      const reason = reasonNotToSave({
        policy: inputs.save,
        eventName: runner.eventName,
        exactHit: restored.exactHit,
        cacheEmpty: downloaded.modules.length === 0,
        cacheUnavailable: restored.unavailable
      })
      if (reason !== undefined) {
        core.info(`Not saving: ${reason}.`)
        metrics.cache.saveSkipped = reason
        return
      }
      const saved = await saveModCache(cachePaths, keys.primaryKey)
      metrics.cache.saved = saved.saved
      metrics.cache.saveSkipped = saved.skipped ?? ''
      metrics.cache.saveMs = saved.ms
    })
  } catch (err) {
    metrics.error = errorMessage(err)
    throw err
  } finally {
    metrics.totalMs = Math.round(performance.now() - started)
    await publishReport(metrics)
  }
}

/** The post step: nothing to undo yet. */
export async function runPost(): Promise<void> {
  core.debug('go-mod-precache post step: nothing to clean up.')
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex')
}
