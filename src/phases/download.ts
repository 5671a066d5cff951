// The download: every module version the roots need made usable from the module cache, through
// the chain the probe chose, checked against go.sum; then the chain later steps get.
import * as core from '../host/log.ts'
import { host } from '../host/host.ts'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { cleanModCache, type RestoreResult } from '../cache/modcache.ts'
import { shouldVerify } from '../cache/policy.ts'
import type { DependencyFiles } from '../deps.ts'
import { DownloadError, downloadModules, GoFileError, type DownloadedModule, type DownloadResult, type Target } from '../go/download.ts'
import type { GoEnv } from '../go/env.ts'
import { formatGoProxy, redactGoProxy } from '../go/goproxy.ts'
import { DOWNLOAD_GOMAXPROCS } from '../go/parallelism.ts'
import { noProxy } from '../go/patterns.ts'
import { checkReady } from '../go/ready.ts'
import { verifyModules } from '../go/verify.ts'
import { goSumError, readGoSums, restoreGoSums, unvouched, type GoSums } from '../go/vouch.ts'
import { explainPrivateFailures } from '../private/explain.ts'
import type { PrivateSetup } from '../private/setup.ts'
import { besidePrefetch, infoTargets } from '../proxy/prefetch.ts'
import type { Selection } from '../proxy/select.ts'
import { renderDiagnosis } from '../report/diagnosis.ts'
import { need, type Run } from './run.ts'

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
export async function precache(run: Run): Promise<void> {
  const { goEnv, workingDirectory } = need(run, 'goEnv', 'workingDirectory')
  // Until go is done, the host shows the download going on (the command: its progress line).
  const progress = host().downloadStarted({ modCache: goEnv.GOMODCACHE, workingDirectory })
  try {
    await makeReady(run)
  } finally {
    await progress.stop()
  }
}

async function makeReady(run: Run): Promise<void> {
  const { inputs, metrics, workingDirectory, runner, goEnv, deps, selection, restored, privateSetup } = need(
    run,
    'inputs',
    'workingDirectory',
    'runner',
    'goEnv',
    'deps',
    'selection',
    'restored',
    'privateSetup'
  )
  const download = (targets?: Target[]) =>
    downloadModules({
      workingDirectory,
      workspace: runner.workspace,
      roots: deps.roots,
      targets,
      chain: selection.choice.entries,
      retries: inputs.downloadRetries,
      timeoutMs: inputs.downloadTimeoutMs
    })
  // Read before go runs: go mod download adds lines to go.sum.
  const sums = await readGoSums(workingDirectory, deps.roots, runner.workspace)
  const prefetch = await infoPrefetch(workingDirectory, goEnv, deps, selection, sums, privateSetup)
  const cold = () => (prefetch === undefined ? download() : besidePrefetch(prefetch, () => download()))
  const fill = () => (hasCachedContent(restored.state) ? fillFromCache(workingDirectory, goEnv, deps, selection, download) : cold())
  try {
    let result = await fill()
    core.info(`${result.modules.length} module versions ready in ${result.ms} ms.`)
    if (shouldVerify(inputs.verify, restored.state)) {
      const verified = await verifyModules(workingDirectory, deps.roots)
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
    run.downloaded = { ...result, unvouched: await checkGoSum(goEnv, sums, result.modules) }
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
async function infoPrefetch(workingDirectory: string, goEnv: GoEnv, deps: DependencyFiles, selection: Selection, sums: GoSums, privateSetup: PrivateSetup) {
  const first = selection.choice.entries[0]
  if (first?.kind !== 'proxy') return undefined
  const read = (root: string) => readFile(path.resolve(workingDirectory, root, 'go.mod'), 'utf8').catch(() => '')
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
  workingDirectory: string,
  goEnv: GoEnv,
  deps: DependencyFiles,
  selection: Selection,
  download: (targets?: Target[]) => Promise<DownloadResult>
): Promise<DownloadResult> {
  const started = performance.now()
  const attempts: DownloadResult['attempts'] = []
  let ready = await checkReady(workingDirectory, deps.roots, goEnv.GOMODCACHE)
  let chain = selection.choice.entries
  if (ready.unlisted.length > 0) {
    core.info(`go cannot list the modules offline (${ready.unlisted[0].why}): fetching the go.mod files of the module graph, without zips.`)
    const graph = await download(ready.unlisted.map(({ root }) => ({ root, args: ['mod', 'graph'] })))
    attempts.push(...graph.attempts)
    chain = graph.chain
    ready = await checkReady(workingDirectory, deps.roots, goEnv.GOMODCACHE)
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
export function exportChain(run: Run): void {
  const { inputs, downloaded, metrics } = need(run, 'inputs', 'downloaded')
  const chain = formatGoProxy(downloaded.chain)
  if (inputs.offline) {
    // Everything is in the module cache now: later steps fail fast instead of reaching out.
    host().exportVariable('GOPROXY', 'off')
    metrics.offline = true
    metrics.proxy.goproxy = 'off'
    core.info('offline: later steps get GOPROXY=off and build from the module cache alone.')
  } else {
    host().exportVariable('GOPROXY', chain)
    metrics.proxy.goproxy = redactGoProxy(chain)
  }
  if (metrics.proxy.fallbackUsed) {
    core.notice(`The first configured proxy was unhealthy; modules came through ${metrics.proxy.selected}.`, {
      title: 'go-mod-precache: fallback proxy used'
    })
  }
}
