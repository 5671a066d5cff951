// Which Go toolchain the job needs: cmd/go's own choice (toolchain/select.go, go.dev/doc/toolchain)
// made ahead of time, so the action can fetch that toolchain robustly instead of letting `go`
// download it, unretried, when the build starts. Pure: GOTOOLCHAIN, the local version and the
// go/toolchain lines in, a decision out.

import { ActionError } from '../errors.ts'
import { goAndToolchain } from '../go/golines.ts'
import { compareGoVersions, isLanguageVersion, toolCacheVersion, versionOfToolchain } from '../go/version.ts'

/** The go and toolchain lines of one go.mod or go.work, as found in a module root. */
export interface ToolchainRequirement {
  /** Relative path of the file, for messages. */
  file: string
  go?: string
  toolchain?: string
}

export type ToolchainDecision =
  /** The local toolchain is the one go would run. */
  | { action: 'local'; reason: string }
  /** go would run another toolchain: fetch it, or with GOTOOLCHAIN=path only look for it. */
  | { action: 'switch'; toolchain: string; version: string; toolCacheVersion: string; pathOnly: boolean; reason: string }
  /** A newer toolchain is asked for, but GOTOOLCHAIN forbids switching: only report it. */
  | { action: 'forbidden'; toolchain: string; version: string; reason: string }

export interface SelectInput {
  /** GOTOOLCHAIN as `go env GOTOOLCHAIN` reports it (environment, go env file, then $GOROOT/go.env). */
  gotoolchain: string
  /** The local go's version, without the "go" prefix; undefined for a development build. */
  local: string | undefined
  requirements: readonly ToolchainRequirement[]
}

const GOTOOLCHAIN_FORMS =
  "expected local, auto, path, a toolchain name such as go1.22.3, or a name followed by +auto or +path (go1.22.3+auto)"

export function selectToolchain(input: SelectInput): ToolchainDecision {
  const { gotoolchain, local } = input
  if (gotoolchain === '') return { action: 'local', reason: 'GOTOOLCHAIN is empty, so go never switches' }
  if (local === undefined) {
    return { action: 'local', reason: 'the local go is a development build without a release version' }
  }
  const setting = parseSetting(gotoolchain)
  let toolchain = setting.min ?? `go${local}`
  let version = setting.min === undefined ? local : (versionOfToolchain(setting.min) ?? local)
  let reason = setting.min === undefined ? `GOTOOLCHAIN=${gotoolchain}` : `GOTOOLCHAIN=${gotoolchain} names it`

  // With GOTOOLCHAIN=local (or an exact name) go reads no file; what the files would ask for
  // under auto is still worth reporting.
  const readsFiles = setting.mode === 'auto' || setting.mode === 'path'
  const wanted = raiseByFiles(toolchain, version, input.requirements, readsFiles)
  if (readsFiles) {
    if (wanted !== undefined) ({ toolchain, version, reason } = wanted)
  } else if (wanted !== undefined && setting.min === undefined) {
    return {
      action: 'forbidden',
      toolchain: wanted.toolchain,
      version: wanted.version,
      reason: `${wanted.reason}, but GOTOOLCHAIN=${gotoolchain} keeps go ${local}`
    }
  }

  if (toolchain === `go${local}`) {
    return { action: 'local', reason: `go ${local} satisfies ${describeFiles(input.requirements)}` }
  }
  return {
    action: 'switch',
    toolchain,
    version,
    toolCacheVersion: toolCacheVersion(version),
    pathOnly: setting.mode === 'path',
    reason
  }
}

interface Setting {
  /** The minimum toolchain the setting names; undefined for "local", "auto" and "path". */
  min?: string
  mode: '' | 'auto' | 'path'
}

function parseSetting(gotoolchain: string): Setting {
  if (gotoolchain === 'auto' || gotoolchain === 'path') return { mode: gotoolchain }
  const plus = gotoolchain.indexOf('+')
  const min = plus < 0 ? gotoolchain : gotoolchain.slice(0, plus)
  const suffix = plus < 0 ? '' : gotoolchain.slice(plus + 1)
  if (plus >= 0 && suffix !== 'auto' && suffix !== 'path') {
    throw new ActionError(`GOTOOLCHAIN=${gotoolchain} is not valid: only +auto and +path may follow a name; ${GOTOOLCHAIN_FORMS}.`)
  }
  if (min !== 'local' && (versionOfToolchain(min) === undefined || !/^go1|-go1/.test(min))) {
    throw new ActionError(`GOTOOLCHAIN=${gotoolchain} is not valid: ${GOTOOLCHAIN_FORMS}.`)
  }
  return { min: min === 'local' ? undefined : min, mode: suffix as Setting['mode'] }
}

interface Raised {
  toolchain: string
  version: string
  reason: string
}

/**
 * What the files raise the minimum to, as cmd/go does for one file, folded over every root. A
 * toolchain line that names no toolchain stops go only when it reads the files to switch (else
 * its go.mod reader reports it when it loads the module).
 */
function raiseByFiles(
  toolchain: string,
  version: string,
  requirements: readonly ToolchainRequirement[],
  readsFiles: boolean
): Raised | undefined {
  let raised: Raised | undefined
  for (const r of requirements) {
    // "toolchain default" means: never switch for this file's sake.
    if (r.toolchain === 'default') continue
    if (r.toolchain !== undefined) {
      const v = versionOfToolchain(r.toolchain)
      if (v === undefined || (!r.toolchain.startsWith('go') && !r.toolchain.includes('-go'))) {
        if (!readsFiles) continue
        throw new ActionError(`${r.file}: invalid toolchain line '${r.toolchain}': expected a name such as go1.22.3, or default.`)
      }
      if (compareGoVersions(v, version) > 0) {
        toolchain = r.toolchain
        version = v
        raised = { toolchain, version, reason: `the toolchain line of ${r.file} asks for ${toolchain}` }
      }
    }
    if (r.go !== undefined && compareGoVersions(r.go, version) > 0) {
      // From Go 1.21 a language version names no toolchain: its first release is x.y.0.
      const release = isLanguageVersion(r.go) && compareGoVersions(r.go, '1.21') >= 0 ? `${r.go}.0` : r.go
      toolchain = `go${release}`
      version = r.go
      raised = { toolchain, version: release, reason: `the go line of ${r.file} asks for go ${r.go}` }
    }
  }
  return raised
}

function describeFiles(requirements: readonly ToolchainRequirement[]): string {
  if (requirements.length === 0) return 'the module'
  return requirements.map((r) => r.file).join(', ')
}

export interface FileText {
  /** Relative path with `/` separators. */
  path: string
  content: Buffer | string
}

/**
 * The go and toolchain lines that decide each root's toolchain: its go.work when it is a
 * workspace, else its go.mod, looked up as cmd/go does, so a file go would reject further down
 * still counts for what its go line asks.
 */
export function requirementsOf(roots: readonly string[], files: readonly FileText[]): ToolchainRequirement[] {
  const requirements: ToolchainRequirement[] = []
  const byPath = new Map(files.map((f) => [f.path, f.content.toString()]))
  for (const root of roots) {
    const at = (name: string) => (root === '.' ? name : `${root}/${name}`)
    const work = byPath.get(at('go.work'))
    const text = work ?? byPath.get(at('go.mod'))
    if (text === undefined) continue
    requirements.push({ file: work !== undefined ? at('go.work') : at('go.mod'), ...goAndToolchain(text) })
  }
  return requirements
}
