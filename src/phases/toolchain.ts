// The Go toolchain: chosen as go chooses it before anything runs go for modules, and had ahead of
// time once the probe has found a chain to fetch it through.
import * as core from '../host/log.ts'
import { host } from '../host/host.ts'
import path from 'node:path'
import type { GoEnv } from '../go/env.ts'
import { versionOfGoVersion } from '../go/version.ts'
import { fetchToolchain, findInToolCache, goBinaryIn, toolCacheRoot, ToolchainError } from '../toolchain/install.ts'
import { requirementsOf, selectToolchain, type ToolchainDecision } from '../toolchain/select.ts'
import { need, type Run } from './run.ts'

/**
 * The toolchain go would run, chosen as go chooses it, before anything runs go for modules (and
 * before the build cache, whose key holds the Go version, is looked up).
 */
export async function chooseToolchain(run: Run): Promise<ToolchainDecision> {
  const { goEnv, deps, gotoolchain, metrics } = need(run, 'goEnv', 'deps', 'gotoolchain')
  const t = metrics.toolchain
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
export async function toolchain(run: Run): Promise<void> {
  const { inputs, goEnv, decision, selection, metrics } = need(run, 'inputs', 'goEnv', 'decision', 'selection')
  const started = performance.now()
  const t = metrics.toolchain
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
        retries: inputs.downloadRetries,
        timeoutMs: inputs.downloadTimeoutMs,
        // Beside the tool cache's own directories, so the unpacked toolchain moves in by a rename.
        scratchRoot: path.join(toolCacheRoot(), '.go-mod-precache-tmp')
      }).catch((err: unknown) => {
        if (err instanceof ToolchainError) t.attempts = err.attempts
        throw err
      })
      t.attempts = fetched.attempts
      t.source = fetched.source
      dir = fetched.dir
      core.info(`${decision.toolchain} from ${fetched.source}, checked against the checksum database, now in ${dir}`)
    }
    host().addPath(path.dirname(goBinaryIn(dir)))
    host().exportVariable('GOTOOLCHAIN', 'local')
    // A GOROOT left in the environment would pair the new go with another release's library.
    if (process.env.GOROOT) host().exportVariable('GOROOT', dir)
    t.version = decision.version
    goEnv.GOVERSION = decision.toolchain
    metrics.go.version = decision.toolchain
  } finally {
    t.ms = Math.round(performance.now() - started)
  }
}
