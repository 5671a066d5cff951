// The phases of the main step, one function each: what it does, what it logs, what it records.
// main.ts calls them in order.
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CacheBackend } from './cache/backend.ts'
import { backendFailure } from './cache/guarded.ts'
import type { BackendConfig } from './cache/select.ts'
import type { CacheKeys } from './cache/key.ts'
import { cleanModCache, modulesEntry, restoreModCache, type RestoreResult } from './cache/modcache.ts'
import { reasonNotToSave, shouldVerify } from './cache/policy.ts'
import { runSaveJob, startSave, type BackgroundSave, type SaveJob, type SaveOutcome } from './cache/saver.ts'
import { planModCacheSave } from './cache/tidy.ts'
import type { DependencyFiles } from './deps.ts'
import { DownloadError, downloadModules, GoFileError, type DownloadedModule, type DownloadResult, type Target } from './go/download.ts'
import { readGoEnv, type GoEnv } from './go/env.ts'
import { DOWNLOAD_GOMAXPROCS } from './go/parallelism.ts'
import { noProxy } from './go/patterns.ts'
import { besidePrefetch, infoTargets } from './proxy/prefetch.ts'
import { checkReady } from './go/ready.ts'
import { formatGoProxy, redactGoProxy } from './go/goproxy.ts'
import { verifyModules } from './go/verify.ts'
import { goSumError, readGoSums, restoreGoSums, unvouched, type GoSums } from './go/vouch.ts'
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
  ToolchainError
} from './toolchain/install.ts'
import { requirementsOf, selectToolchain, type ToolchainDecision } from './toolchain/select.ts'
import { versionOfGoVersion } from './go/version.ts'

/** What every phase may read: the inputs, where it runs, and the record it fills. */
export interface Context {
  inputs: Inputs
  runner: RunnerContext
  workingDirectory: string
  metrics: Metrics
  /** Where cache entries live. */
  backend: CacheBackend
  /** What backend is made of, for the background save's process. */
  backendConfig: BackendConfig
}

export async function goEnvironment(ctx: Context): Promise<GoEnv> {
  const env = await readGoEnv(ctx.workingDirectory)
  maskProxyCredentials([env.GOPROXY])
  core.info(`${env.GOVERSION} ${env.GOOS}/${env.GOARCH}, GOMODCACHE=${env.GOMODCACHE}`)
  core.info(`GOPROXY=${redactGoProxy(env.GOPROXY)} GOSUMDB=${env.GOSUMDB} GOPRIVATE=${env.GOPRIVATE}`)
  ctx.metrics.go = { version: env.GOVERSION, os: env.GOOS, arch: env.GOARCH }
  return env
}

/** `finding`: the search, started early (it walks the tree while go answers about its environment). */
export async function dependencyFiles(ctx: Context, finding: Promise<DependencyFiles>): Promise<DependencyFiles> {
  const found = await finding
  for (const f of found.files) {
    core.info(`${createHash('sha256').update(f.content).digest('hex').slice(0, 12)}  ${f.path}`)
  }
  core.info(`Module roots: ${found.roots.join(', ')}`)
  ctx.metrics.download.roots = found.roots
  return found
}

/** Restores the module cache, or with `skip` (the reason) leaves it to the download. */
export async function restoreModules(ctx: Context, goEnv: GoEnv, keys: CacheKeys, skip?: string): Promise<RestoreResult> {
  core.info(`Cache: ${ctx.backend.name}`)
  core.info(`Key: ${keys.primaryKey}`)
  core.info(`Restore keys: ${keys.restoreKeys.join(', ')}`)
  ctx.metrics.cache.backend = ctx.backendConfig.kind
  ctx.metrics.cache.layout = ctx.inputs.cacheLayout
  ctx.metrics.cache.primaryKey = keys.primaryKey
  ctx.metrics.cache.restoreKeys = keys.restoreKeys
  const restored = await restoreModCache(ctx.backend, {
    modCache: goEnv.GOMODCACHE,
    layout: ctx.inputs.cacheLayout,
    primaryKey: keys.primaryKey,
    restoreKeys: keys.restoreKeys,
    timeoutMs: ctx.inputs.cacheTimeoutMs,
    skip
  })
  if (restored.state === 'skipped') ctx.metrics.cache.restoreSkipped = skip ?? ''
  Object.assign(ctx.metrics.cache, {
    matchedKey: restored.matchedKey ?? '',
    hit: restored.exactHit,
    state: restored.state,
    restoreMs: restored.ms,
    extractMs: restored.extractMs ?? 0,
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
    const text = `${p.role === 'mirror' ? 'Mirror' : 'Proxy'} ${p.url} ${p.dropped ? 'dropped from the chain' : 'is unhealthy'}: ${p.class} (${p.detail}). Fix: ${p.fix}.`
    // A mirror is a spare: one that fails (often the default mirrors on a network that cannot
    // reach them) is worth knowing, not a warning on every run.
    if (p.role === 'mirror') core.notice(text, { title: 'go-mod-precache: Go module mirror unavailable' })
    else core.warning(text, { title: 'go-mod-precache: unhealthy Go module proxy' })
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
 * The toolchain go would run, chosen as go chooses it, before anything runs go for modules (and
 * before the build cache, whose key holds the Go version, is looked up).
 */
export async function chooseToolchain(ctx: Context, goEnv: GoEnv, deps: DependencyFiles, gotoolchain: Promise<string>): Promise<ToolchainDecision> {
  const t = ctx.metrics.toolchain
  const local = versionOfGoVersion(goEnv.GOVERSION)
  t.local = local ?? goEnv.GOVERSION
  t.version = t.local
  t.source = 'local'
  t.gotoolchain = await gotoolchain
  return selectToolchain({ gotoolchain: t.gotoolchain, local, requirements: requirementsOf(deps.roots, deps.files) })
}

/** The go version later steps will run: the key of the build cache. */
export function expectedGoVersion(decision: ToolchainDecision, goEnv: GoEnv): string {
  return decision.action === 'switch' ? decision.toolchain : goEnv.GOVERSION
}

/**
 * The toolchain go would switch to, had ahead of time: from the tool cache, else through the
 * verified chain with retries; then first on PATH with GOTOOLCHAIN=local, so no later step
 * downloads it again. GOTOOLCHAIN=local (or a path-only setting without a cached copy) only
 * reports what the files ask for. Updates goEnv.GOVERSION to the go that later phases run.
 */
export async function toolchain(ctx: Context, goEnv: GoEnv, decision: ToolchainDecision, selection: Selection): Promise<void> {
  const started = performance.now()
  const t = ctx.metrics.toolchain
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

/** The modules had, and those go.sum does not vouch for (never saved). */
export interface Precached extends DownloadResult {
  unvouched: string[]
}

/**
 * Makes every module version the roots need usable from the module cache, then runs go mod
 * verify where the policy asks: modified files throw the module cache away and the modules are
 * downloaded afresh. After a restore, what the cache holds is found offline first, so only what
 * is missing is fetched (a lean cache has no zips, which go mod download would fetch again).
 * Fails with a diagnosis.
 */
export async function precache(
  ctx: Context,
  goEnv: GoEnv,
  deps: DependencyFiles,
  selection: Selection,
  restored: RestoreResult,
  privateSetup: PrivateSetup
): Promise<Precached> {
  const { inputs, metrics } = ctx
  const download = (targets?: Target[]) =>
    downloadModules({
      workingDirectory: ctx.workingDirectory,
      workspace: ctx.runner.workspace,
      roots: deps.roots,
      targets,
      chain: selection.choice.entries,
      retries: inputs.downloadRetries,
      timeoutMs: inputs.downloadTimeoutMs
    })
  // Read before go runs: go mod download adds lines to go.sum.
  const sums = await readGoSums(ctx.workingDirectory, deps.roots, ctx.runner.workspace)
  const prefetch = await infoPrefetch(ctx, goEnv, deps, selection, sums, privateSetup)
  const cold = () => (prefetch === undefined ? download() : besidePrefetch(prefetch, () => download()))
  const fill = () => (hasCachedContent(restored.state) ? fillFromCache(ctx, goEnv, deps, selection, download) : cold())
  try {
    let result = await fill()
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
    return { ...result, unvouched: await checkGoSum(goEnv, sums, result.modules) }
  } catch (err) {
    if (!(err instanceof DownloadError)) throw err
    metrics.download.attempts = err.attempts
    if (err instanceof GoFileError) throw err
    const privateHints = explainPrivateFailures(err.attempts.at(-1)?.failures ?? [], {
      goprivate: privateSetup.env.GOPRIVATE ?? '',
      patterns: inputs.privatePatterns,
      hasToken: inputs.privateToken !== ''
    })
    throw new DownloadError(renderDiagnosis(metrics, err.message, privateHints), err.attempts)
  }
}

/**
 * Fails when go.sum lacks the go.mod lines of versions the build needs (go build fails on them);
 * versions without their zip line are only left out of the cache, as a build may not import
 * them. With -mod=mod go build adds the lines itself: a warning then. Returns the versions
 * go.sum does not vouch for, which are never saved.
 */
async function checkGoSum(goEnv: GoEnv, sums: GoSums, modules: readonly DownloadedModule[]): Promise<string[]> {
  const { noGoMod, noZip } = unvouched(modules, sums.entries)
  if (noGoMod.length > 0) {
    await restoreGoSums(sums)
    const error = goSumError(sums, noGoMod)
    if (!/(^|\s)-mod=mod(\s|$)/.test(goEnv.GOFLAGS)) throw error
    core.warning(`${error.message.replace(/ Nothing was saved to the cache\.$/, '')} GOFLAGS has -mod=mod, so go adds the lines itself; these versions are left out of the cache.`)
  }
  const zipOnly = noZip.filter((id) => !noGoMod.includes(id))
  if (zipOnly.length > 0) {
    core.warning(
      `go.sum (${sums.files.join(', ')}) has no hash of the content of ${zipOnly.join(', ')}: go build fails if it imports a package from them. Fix: run \`go mod tidy\` and commit go.sum. They are left out of the cache.`
    )
  }
  return [...new Set([...noGoMod, ...noZip])]
}

/** The .info files a cold download fetches beside go, from the first entry of the chain when it is a proxy. */
async function infoPrefetch(ctx: Context, goEnv: GoEnv, deps: DependencyFiles, selection: Selection, sums: GoSums, privateSetup: PrivateSetup) {
  const first = selection.choice.entries[0]
  if (first?.kind !== 'proxy') return undefined
  const read = (root: string) => readFile(path.resolve(ctx.workingDirectory, root, 'go.mod'), 'utf8').catch(() => '')
  const goMods = await Promise.all(deps.roots.map(read))
  const targets = infoTargets(goMods, sums.entries, (modulePath) => !noProxy(modulePath, privateSetup.env))
  return { proxy: first.url, modCache: goEnv.GOMODCACHE, targets, concurrency: DOWNLOAD_GOMAXPROCS }
}

function hasCachedContent(state: RestoreResult['state']): boolean {
  return state === 'hit' || state === 'partial' || state === 'preexisting'
}

/**
 * Lists offline what the module cache lacks and fetches only that: first the go.mod files of the
 * module graph when go cannot list without them (a dependency bump), then the missing versions.
 */
async function fillFromCache(
  ctx: Context,
  goEnv: GoEnv,
  deps: DependencyFiles,
  selection: Selection,
  download: (targets?: Target[]) => Promise<DownloadResult>
): Promise<DownloadResult> {
  const started = performance.now()
  const attempts: DownloadResult['attempts'] = []
  let ready = await checkReady(ctx.workingDirectory, deps.roots, goEnv.GOMODCACHE)
  let chain = selection.choice.entries
  if (ready.unlisted.length > 0) {
    core.info(`go cannot list the modules offline (${ready.unlisted[0].why}): fetching the go.mod files of the module graph, without zips.`)
    const graph = await download(ready.unlisted.map(({ root }) => ({ root, args: ['mod', 'graph'] })))
    attempts.push(...graph.attempts)
    chain = graph.chain
    ready = await checkReady(ctx.workingDirectory, deps.roots, goEnv.GOMODCACHE)
    if (ready.unlisted.length > 0) {
      core.info(`go still cannot list the modules offline (${ready.unlisted[0].why}): downloading everything.`)
      const all = await download()
      return { ...all, attempts: [...attempts, ...all.attempts], ms: Math.round(performance.now() - started) }
    }
  }
  const missing = ready.missing.reduce((n, r) => n + r.modules.length, 0)
  if (missing > 0) {
    core.info(`${ready.modules.length - missing} of ${ready.modules.length} module versions are in the cache; downloading ${missing}.`)
    const fetched = await download(ready.missing.map(({ root, modules }) => ({ root, args: ['mod', 'download', '-json', ...modules] })))
    attempts.push(...fetched.attempts)
    chain = fetched.chain
  } else {
    core.info(`All ${ready.modules.length} module versions are in the cache: nothing to download.`)
  }
  return { modules: ready.modules, attempts, chain, ms: Math.round(performance.now() - started) }
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

/** What the save phase left for the post step. */
export type SaveStarted = { background: BackgroundSave; job: SaveJob } | undefined

/**
 * Plans the entry (what the layout keeps of the versions the roots need, nothing no root needs)
 * and saves it, unless there is a reason not to: in a process of its own that the post step
 * waits for, or here.
 */
export async function saveModules(
  ctx: Context,
  goEnv: GoEnv,
  deps: DependencyFiles,
  keys: CacheKeys,
  restored: RestoreResult,
  downloaded: Precached,
  /** Module versions kept in the entry of what later steps added: not pruned, only elsewhere. */
  keptElsewhere: readonly string[] = []
): Promise<SaveStarted> {
  const { metrics } = ctx
  const reason = reasonNotToSave({
    policy: ctx.inputs.save,
    eventName: ctx.runner.eventName,
    state: restored.state,
    // The history or the build cache lookup may have found the backend failed.
    serviceFailed: restored.serviceFailed || backendFailure(ctx.backend) !== undefined,
    cacheEmpty: downloaded.modules.length === 0,
    noneVouched: downloaded.modules.every((m) => downloaded.unvouched.includes(`${m.Path}@${m.Version}`))
  })
  if (reason !== undefined) {
    core.info(`Not saving: ${reason}.`)
    metrics.cache.saveSkipped = reason
    return undefined
  }
  const needed = downloaded.modules.map((m) => `${m.Path}@${m.Version}`).filter((id) => !downloaded.unvouched.includes(id))
  const plan = await planModCacheSave(goEnv.GOMODCACHE, ctx.workingDirectory, deps.roots, needed, ctx.inputs.cacheLayout)
  const pruned = plan.prunedVersions.filter((id) => !downloaded.unvouched.includes(id) && !keptElsewhere.includes(id))
  metrics.cache.pruned = pruned.length
  if (pruned.length > 0) core.info(`Pruned ${pruned.length} module versions no root needs: ${pruned.join(', ')}`)
  const job: SaveJob = {
    entry: modulesEntry(ctx.inputs.cacheLayout),
    key: keys.primaryKey,
    root: goEnv.GOMODCACHE,
    members: plan.members,
    backend: ctx.backendConfig
  }
  core.info(`Entry ${keys.primaryKey}: layout ${ctx.inputs.cacheLayout}, ${plan.members.length} members.`)
  if (ctx.inputs.backgroundSave) {
    metrics.cache.saveMode = 'background'
    const background = await startSave(job)
    core.info(`Saving in the background (process ${background.pid}); the post step waits for it and reports the outcome.`)
    return { background, job }
  }
  metrics.cache.saveMode = 'main'
  const outcome = await runSaveJob(ctx.backend, job)
  recordSave(metrics, job.key, outcome)
  // The service failed in this job: nothing else waits on it again.
  if (outcome.failed) restored.serviceFailed = true
  return undefined
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
