// The dependency files and what follows from them: the cache keys, and the toolchain go will run
// (its version keys the build cache).
import * as core from '../host/log.ts'
import { createHash } from 'node:crypto'
import { buildCacheKeys } from '../cache/buildcache.ts'
import { assertKeyLengths, computeCacheKeys } from '../cache/key.ts'
import { historyKey } from '../history/store.ts'
import { chooseToolchain, expectedGoVersion } from './toolchain.ts'
import { need, type Run } from './run.ts'

/** Logs the files found by the search the start began (it walks the tree while go answers). */
export async function dependencyFiles(run: Run): Promise<void> {
  const { depsFinding, metrics } = need(run, 'depsFinding')
  const found = await depsFinding
  for (const f of found.files) {
    core.info(`${createHash('sha256').update(f.content).digest('hex').slice(0, 12)}  ${f.path}`)
  }
  core.info(`Module roots: ${found.roots.join(', ')}`)
  metrics.download.roots = found.roots
  run.deps = found
}

/** The keys of the module cache, the build cache and the history; fails before any lookup if one is too long. */
export async function planKeys(run: Run): Promise<void> {
  const { inputs, runner, deps, goEnv, historyPrefix } = need(run, 'inputs', 'runner', 'deps', 'goEnv', 'historyPrefix')
  const keys = computeCacheKeys({ prefix: inputs.keyPrefix, runnerOs: runner.os, runnerArch: runner.arch, files: deps.files })
  run.keys = keys
  const decision = await chooseToolchain(run)
  run.decision = decision
  run.buildKeys = inputs.cacheBuild
    ? buildCacheKeys(inputs.keyPrefix, runner.os, runner.arch, expectedGoVersion(decision, goEnv), runner.commit || keys.hash)
    : undefined
  run.historyKey = historyKey(historyPrefix, process.env)
  assertKeyLengths(inputs.keyPrefix, [keys.primaryKey, run.historyKey, ...(run.buildKeys ? [run.buildKeys.primaryKey] : [])])
}
