// The phases of the main step, one function each: what it does, what it logs, what it records.
// main.ts calls them in order.
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { CacheKeys } from './cache/key.ts'
import { cleanModCache, restoreModCache, saveModCache, type RestoreResult } from './cache/modcache.ts'
import { reasonNotToSave, shouldVerify } from './cache/policy.ts'
import { pruneModCache } from './cache/tidy.ts'
import { findDependencyFiles, type DependencyFiles } from './deps.ts'
import { countFiles } from './fsutil.ts'
import { DownloadError, downloadModules, type DownloadResult } from './go/download.ts'
import { readGoEnv, type GoEnv } from './go/env.ts'
import { formatGoProxy, redactGoProxy } from './go/goproxy.ts'
import { verifyModules } from './go/verify.ts'
import type { Inputs } from './inputs.ts'
import { explainPrivateFailures } from './private/explain.ts'
import type { PrivateSetup } from './private/setup.ts'
import { maskProxyCredentials } from './proxy/config.ts'
import type { Selection } from './proxy/select.ts'
import { renderDiagnosis } from './report/diagnosis.ts'
import type { Metrics } from './report/metrics.ts'
import type { RunnerContext } from './runner.ts'
import {
  ensureToolCacheRoot,
  fetchToolchain,
  findInToolCache,
  goBinaryIn,
  readGotoolchain,
  ToolchainError
} from './toolchain/install.ts'
import { requirementsOf, selectToolchain } from './toolchain/select.ts'
import { versionOfGoVersion } from './toolchain/version.ts'

/** What every phase may read: the inputs, where it runs, and the record it fills. */
export interface Context {
  inputs: Inputs
  runner: RunnerContext
  workingDirectory: string
  metrics: Metrics
}

export async function goEnvironment(ctx: Context): Promise<GoEnv> {
  const env = await readGoEnv(ctx.workingDirectory)
  maskProxyCredentials([env.GOPROXY])
  core.info(`${env.GOVERSION} ${env.GOOS}/${env.GOARCH}, GOMODCACHE=${env.GOMODCACHE}`)
  core.info(`GOPROXY=${redactGoProxy(env.GOPROXY)} GOSUMDB=${env.GOSUMDB} GOPRIVATE=${env.GOPRIVATE}`)
  ctx.metrics.go = { version: env.GOVERSION, os: env.GOOS, arch: env.GOARCH }
  return env
}

export async function dependencyFiles(ctx: Context): Promise<DependencyFiles> {
  const found = await findDependencyFiles(ctx.workingDirectory, ctx.inputs.cacheDependencyPath)
  for (const f of found.files) {
    core.info(`${createHash('sha256').update(f.content).digest('hex').slice(0, 12)}  ${f.path}`)
  }
  core.info(`Module roots: ${found.roots.join(', ')}`)
  ctx.metrics.download.roots = found.roots
  return found
}

export async function restoreModules(ctx: Context, goEnv: GoEnv, keys: CacheKeys): Promise<RestoreResult> {
  core.info(`Key: ${keys.primaryKey}`)
  core.info(`Restore keys: ${keys.restoreKeys.join(', ')}`)
  ctx.metrics.cache.primaryKey = keys.primaryKey
  ctx.metrics.cache.restoreKeys = keys.restoreKeys
  const restored = await restoreModCache({
    paths: [goEnv.GOMODCACHE],
    modCache: goEnv.GOMODCACHE,
    primaryKey: keys.primaryKey,
    restoreKeys: keys.restoreKeys,
    timeoutMs: ctx.inputs.cacheTimeoutMs
  })
  Object.assign(ctx.metrics.cache, {
    matchedKey: restored.matchedKey ?? '',
    hit: restored.exactHit,
    state: restored.state,
    restoreMs: restored.ms,
    sizeBytes: restored.sizeBytes ?? 0
  })
  return restored
}

/** Logs the probe's verdicts and warns about every proxy that failed. */
export async function announceSelection(ctx: Context, probing: Promise<Selection>, gosumdb: string): Promise<Selection> {
  const s = await probing
  for (const r of s.report) {
    const verdict =
      r.class === 'ok' ? `ok in ${r.latencyMs} ms${r.verified ? ', go.mod verified against go.sum' : ''}` : `${r.class}: ${r.detail}`
    core.info(`${r.role} ${r.url}: ${verdict}${r.sumdb ? ', serves the checksum database' : ''}`)
  }
  for (const p of s.choice.problems) {
    core.warning(
      `Proxy ${p.url} ${p.dropped ? 'dropped from the chain' : 'is unhealthy'}: ${p.class} (${p.detail}). Fix: ${p.fix}.`,
      { title: 'go-mod-precache: unhealthy Go module proxy' }
    )
  }
  if (s.choice.noneHealthy) {
    core.warning('No Go module proxy passed the probe; keeping the configured chain in case the failure is transient.')
  }
  if (s.sumdb === 'unreachable') {
    core.warning(
      `The checksum database (GOSUMDB=${gosumdb}) is reachable neither directly nor through a healthy proxy: new modules will fail to verify. Allow access to it, or use a proxy that serves /sumdb/.`
    )
  }
  core.info(`GOPROXY=${redactGoProxy(s.choice.goproxy)} (probed in ${s.ms} ms)`)
  Object.assign(ctx.metrics.proxy, {
    probeMs: s.ms,
    report: s.report,
    problems: s.choice.problems,
    noneHealthy: s.choice.noneHealthy,
    fallbackUsed: s.choice.fallbackUsed,
    sumdb: s.sumdb,
    goproxy: redactGoProxy(s.choice.goproxy),
    selected: s.choice.selected
  })
  return s
}

/**
 * The toolchain go would switch to, had ahead of time: from the tool cache, else through the
 * verified chain with retries; then first on PATH with GOTOOLCHAIN=local, so no later step
 * downloads it again. GOTOOLCHAIN=local (or a path-only setting without a cached copy) only
 * reports what the files ask for. Updates goEnv.GOVERSION to the go that later phases run.
 */
export async function toolchain(ctx: Context, goEnv: GoEnv, deps: DependencyFiles, selection: Selection): Promise<void> {
  const started = performance.now()
  const t = ctx.metrics.toolchain
  const local = versionOfGoVersion(goEnv.GOVERSION)
  t.local = local ?? goEnv.GOVERSION
  t.version = t.local
  t.source = 'local'
  t.gotoolchain = await readGotoolchain(ctx.workingDirectory)
  const { requirements, problems } = requirementsOf(deps.roots, deps.files)
  for (const p of problems) core.warning(`Not read for the toolchain choice: ${p}`)
  const decision = selectToolchain({ gotoolchain: t.gotoolchain, local, requirements })
  try {
    if (decision.action === 'local') {
      core.info(`Toolchain: go ${t.local} (${decision.reason}).`)
      return
    }
    t.required = decision.toolchain
    t.reason = decision.reason
    if (decision.action === 'forbidden') {
      core.warning(
        `${decision.reason}: later steps run go ${t.local}, and fail if a go line needs more. Fix: install ${decision.toolchain} (actions/setup-go), or let go switch (GOTOOLCHAIN=auto).`,
        { title: 'go-mod-precache: toolchain not switched' }
      )
      return
    }
    core.info(`Toolchain: ${decision.toolchain} (${decision.reason}; local go ${t.local}).`)
    const toolCacheRoot = ensureToolCacheRoot()
    let dir = await findInToolCache(decision.toolchain, decision.toolCacheVersion)
    if (dir !== undefined) {
      t.source = 'tool-cache'
      core.info(`Found in the tool cache: ${dir}`)
    } else if (decision.pathOnly) {
      core.warning(
        `GOTOOLCHAIN=${t.gotoolchain} lets go look for ${decision.toolchain} on PATH only, and the tool cache has none: not downloading it. Fix: install it with actions/setup-go, or use GOTOOLCHAIN=auto.`,
        { title: 'go-mod-precache: toolchain not on PATH' }
      )
      return
    } else {
      const fetched = await fetchToolchain({
        toolchain: decision.toolchain,
        toolCacheVersion: decision.toolCacheVersion,
        chain: selection.choice.entries,
        retries: ctx.inputs.downloadRetries,
        timeoutMs: ctx.inputs.downloadTimeoutMs,
        // Beside the tool cache's own directories, so the unpacked toolchain moves in by a rename.
        scratchRoot: path.join(toolCacheRoot, '.go-mod-precache-tmp')
      }).catch((err: unknown) => {
        if (err instanceof ToolchainError) t.attempts = err.attempts
        throw err
      })
      t.attempts = fetched.attempts
      t.source = fetched.source
      dir = fetched.dir
      core.info(`${decision.toolchain} from ${fetched.source}, checked against the checksum database, now in ${dir}`)
    }
    core.addPath(path.dirname(goBinaryIn(dir)))
    core.exportVariable('GOTOOLCHAIN', 'local')
    // A GOROOT left in the environment would pair the new go with another release's library.
    if (process.env.GOROOT) core.exportVariable('GOROOT', dir)
    t.version = decision.version
    goEnv.GOVERSION = decision.toolchain
    ctx.metrics.go.version = decision.toolchain
  } finally {
    t.ms = Math.round(performance.now() - started)
  }
}

/**
 * go mod download through the chosen chain, then go mod verify where the policy asks: modified
 * files throw the module cache away and the modules are downloaded afresh. Fails with a diagnosis.
 */
export async function precache(
  ctx: Context,
  goEnv: GoEnv,
  deps: DependencyFiles,
  selection: Selection,
  restored: RestoreResult,
  privateSetup: PrivateSetup
): Promise<DownloadResult> {
  const { inputs, metrics } = ctx
  const download = () =>
    downloadModules({
      workingDirectory: ctx.workingDirectory,
      roots: deps.roots,
      chain: selection.choice.entries,
      retries: inputs.downloadRetries,
      timeoutMs: inputs.downloadTimeoutMs
    })
  try {
    let result = await download()
    core.info(`${result.modules.length} module versions ready in ${result.ms} ms.`)
    if (shouldVerify(inputs.verify, restored.state)) {
      const verified = await verifyModules(ctx.workingDirectory, deps.roots)
      metrics.cache.verify = verified.ok ? 'ok' : 'mismatch'
      if (verified.ok) {
        core.info('go mod verify: all modules verified.')
      } else {
        core.warning(
          `go mod verify found modified files in the restored module cache (${verified.detail}): it is thrown away, the modules are downloaded afresh, and the bad content is not saved.`
        )
        await cleanModCache(goEnv.GOMODCACHE)
        result = await download()
      }
    }
    Object.assign(metrics.download, { modules: result.modules.length, ms: result.ms, attempts: result.attempts })
    return result
  } catch (err) {
    if (!(err instanceof DownloadError)) throw err
    metrics.download.attempts = err.attempts
    const privateHints = explainPrivateFailures(err.attempts.at(-1)?.failures ?? [], {
      goprivate: privateSetup.env.GOPRIVATE ?? '',
      patterns: inputs.privatePatterns,
      hasToken: inputs.privateToken !== ''
    })
    throw new DownloadError(renderDiagnosis(metrics, err.message, privateHints), err.attempts)
  }
}

/** Later steps get the chain that worked, or GOPROXY=off in offline mode. */
export function exportChain(ctx: Context, downloaded: DownloadResult): void {
  const { metrics } = ctx
  const chain = formatGoProxy(downloaded.chain)
  if (ctx.inputs.offline) {
    // Everything is in the module cache now: later steps fail fast instead of reaching out.
    core.exportVariable('GOPROXY', 'off')
    metrics.offline = true
    metrics.proxy.goproxy = 'off'
    core.info('offline: later steps get GOPROXY=off and build from the module cache alone.')
  } else {
    core.exportVariable('GOPROXY', chain)
    metrics.proxy.goproxy = redactGoProxy(chain)
  }
  if (metrics.proxy.fallbackUsed) {
    core.notice(`The first configured proxy was unhealthy; modules came through ${metrics.proxy.selected}.`, {
      title: 'go-mod-precache: fallback proxy used'
    })
  }
}

/** Prunes what no root needs and saves, unless there is a reason not to. */
export async function saveModules(
  ctx: Context,
  goEnv: GoEnv,
  deps: DependencyFiles,
  keys: CacheKeys,
  restored: RestoreResult,
  downloaded: DownloadResult
): Promise<void> {
  const { metrics } = ctx
  const reason = reasonNotToSave({
    policy: ctx.inputs.save,
    eventName: ctx.runner.eventName,
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
  const needed = downloaded.modules.map((m) => `${m.Path}@${m.Version}`)
  const pruned = await pruneModCache(goEnv.GOMODCACHE, ctx.workingDirectory, deps.roots, needed)
  metrics.cache.pruned = pruned.prunedVersions.length
  if (pruned.prunedVersions.length > 0) {
    core.info(`Pruned ${pruned.prunedVersions.length} module versions no root needs: ${pruned.prunedVersions.join(', ')}`)
  }
  metrics.cache.files = (await countFiles(goEnv.GOMODCACHE)).files
  const saved = await saveModCache([goEnv.GOMODCACHE], keys.primaryKey)
  Object.assign(metrics.cache, { saved: saved.saved, saveSkipped: saved.skipped ?? '', saveMs: saved.ms })
  if (saved.sizeBytes !== undefined) metrics.cache.sizeBytes = saved.sizeBytes
}
