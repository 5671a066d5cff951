// Getting the toolchain a decision asks for: from the tool cache, else through the verified proxy
// chain, one proxy at a time, with go itself downloading it and checking it against the checksum
// database exactly as it would on a switch. The result goes into the tool cache.
import * as core from '../host/log.ts'
import { host } from '../host/host.ts'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rmdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ActionError } from '../errors.ts'
import { makeWritable, moveDir, removeTree, tryRemoveTree, type RenameOptions } from '../fsutil.ts'
import { runCommand, runGo } from '../go/command.ts'
import { defaultBackoff } from '../go/download.ts'
import { classifyGoOutput, isTransient, type FailureClass } from '../go/failure.ts'
import { formatGoProxy, redactUrl, type GoProxyEntry } from '../go/goproxy.ts'
import { removalCause } from '../oserrors.ts'
import { fixFor } from '../go/fixes.ts'
import { toolCacheArch, toolchainPlatform } from './arch.ts'

/** The name the tool cache (and actions/setup-go) files Go under. */
export const TOOL_NAME = 'go'

export interface ToolchainAttempt {
  /** The proxy asked (credentials stripped), or "direct". */
  source: string
  ms: number
  outcome: 'ok' | 'failed' | 'timeout'
  class: FailureClass | ''
  /** What go said, in one line. */
  detail: string
}

/** Thrown when no entry of the chain delivered a toolchain that checks out. */
export class ToolchainError extends ActionError {
  override name = 'ToolchainError'
  readonly attempts: ToolchainAttempt[]
  constructor(message: string, attempts: ToolchainAttempt[]) {
    super(message)
    this.attempts = attempts
  }
}

/** `go env GOTOOLCHAIN`: this exact command line is answered by the local go without switching. */
export async function readGotoolchain(cwd: string): Promise<string> {
  const result = await runGo(['env', 'GOTOOLCHAIN'], { cwd })
  if (result.exitCode !== 0) {
    throw new ActionError(`'go env GOTOOLCHAIN' failed (exit ${result.exitCode}): ${result.stderr.trim()}`)
  }
  return result.stdout.trim()
}

/** The version a go binary reports, e.g. "go1.22.3"; '' when it does not run. */
export async function goBinaryVersion(goBinary: string): Promise<string> {
  try {
    const result = await runCommand(goBinary, ['env', 'GOVERSION'], { env: { GOTOOLCHAIN: 'local' }, timeoutMs: 30_000 })
    return result.exitCode === 0 ? result.stdout.trim() : ''
  } catch {
    return ''
  }
}

/**
 * The GOARCH of the go on PATH: GOHOSTARCH, the binary's own, whatever GOARCH says for builds.
 * A switch downloads a toolchain of this arch. undefined when go does not answer.
 */
export async function localGoHostArch(): Promise<string | undefined> {
  // Outside the project: a go line there must not make this `go env` fail or switch.
  const result = await runGo(['env', 'GOHOSTARCH'], { cwd: os.tmpdir(), env: { GOTOOLCHAIN: 'local' }, timeoutMs: 30_000 }).catch(() => undefined)
  const arch = result?.exitCode === 0 ? result.stdout.trim() : ''
  return arch === '' ? undefined : arch
}

/** The tool-cache arch a switch from the go on PATH files its toolchain under; Node's when go does not say. */
async function localToolCacheArch(): Promise<string> {
  const goarch = await localGoHostArch()
  return goarch === undefined ? os.arch() : toolCacheArch(goarch)
}

/**
 * The tool cache's copy of the toolchain, when there is one and its go reports the version it is
 * filed under; a copy that does not is left alone and reported. It is looked for under the arch
 * moveIntoToolCache files it under: by default the local go's, which is the one go would download.
 */
export async function findInToolCache(toolchain: string, toolCacheVersion: string, arch?: string): Promise<string | undefined> {
  const dir = filedToolchain(toolCacheVersion, arch ?? (await localToolCacheArch()))
  if (dir === '') return undefined
  const reported = await goBinaryVersion(goBinaryIn(dir))
  if (reported !== toolchain) {
    core.warning(
      `The tool cache holds ${dir}, but its go reports '${reported || 'nothing (it does not run)'}' instead of ${toolchain}: fetching ${toolchain} again.`
    )
    return undefined
  }
  return dir
}

export interface FetchOptions {
  toolchain: string
  toolCacheVersion: string
  /** The verified chain, in order; each proxy is asked on its own. */
  chain: readonly GoProxyEntry[]
  /** Attempts on one proxy after a transient failure. */
  retries: number
  timeoutMs: number
  /** Where scratch module caches go; removed afterwards. */
  scratchRoot: string
  backoffMs?: (retry: number) => number
}

export interface Fetched {
  /** The toolchain's directory in the tool cache. */
  dir: string
  /** The proxy it came from (credentials stripped), or "direct". */
  source: string
  attempts: ToolchainAttempt[]
}

/**
 * Asks each entry of the chain in turn, with go switching to the toolchain in a scratch module
 * cache: go downloads it, checks it against the checksum database (which it requires for
 * toolchains whatever GOSUMDB says), unpacks it and runs it, and it must report its own name.
 * A transient failure is retried on the same proxy; anything else moves on to the next one.
 */
export async function fetchToolchain(options: FetchOptions): Promise<Fetched> {
  const attempts: ToolchainAttempt[] = []
  await mkdir(options.scratchRoot, { recursive: true })
  try {
    for (const entry of options.chain.filter((e) => e.kind !== 'off')) {
      const fetched = await fetchFrom(options, entry, attempts)
      if (fetched !== undefined) return fetched
    }
  } finally {
    await removeIfEmpty(options.scratchRoot)
  }
  throw new ToolchainError(describeFailure(options.toolchain, attempts), attempts)
}

/** One proxy: retried while it fails transiently; undefined when it did not deliver. */
async function fetchFrom(options: FetchOptions, entry: GoProxyEntry, attempts: ToolchainAttempt[]): Promise<Fetched | undefined> {
  const source = entry.kind === 'direct' ? 'direct' : redactUrl(entry.url)
  const backoff = options.backoffMs ?? defaultBackoff
  for (let n = 0; n <= options.retries; n++) {
    if (n > 0) {
      const wait = backoff(n)
      core.info(`Retrying ${source} in ${wait} ms`)
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    }
    const scratch = await mkdtemp(path.join(options.scratchRoot, 'toolchain-'))
    try {
      const { attempt, dir } = await switchOnce(options, entry, source, scratch)
      attempts.push(attempt)
      core.info(`${source}: ${attempt.outcome} in ${attempt.ms} ms${attempt.detail ? `: ${attempt.detail}` : ''}`)
      if (dir !== undefined) {
        await makeWritable(dir)
        const arch = await toolchainArch(dir)
        return { dir: await moveIntoToolCache(dir, options.toolCacheVersion, arch), source, attempts }
      }
      if (attempt.outcome === 'timeout' || !isTransient(attempt.class || 'other')) return undefined
    } finally {
      await removeTree(scratch)
    }
  }
  return undefined
}

async function switchOnce(
  options: FetchOptions,
  entry: GoProxyEntry,
  source: string,
  scratch: string
): Promise<{ attempt: ToolchainAttempt; dir?: string }> {
  const started = performance.now()
  const modCache = path.join(scratch, 'mod')
  const empty = path.join(scratch, 'work')
  await mkdir(empty)
  const result = await runGo(['version'], {
    cwd: empty,
    env: {
      GOTOOLCHAIN: options.toolchain,
      GOPROXY: formatGoProxy([{ ...entry, fallThrough: 'notfound' }]),
      GOMODCACHE: modCache,
      GOWORK: 'off',
      GOFLAGS: undefined,
      GOTOOLCHAIN_INTERNAL_SWITCH_VERSION: undefined,
      GOTOOLCHAIN_INTERNAL_SWITCH_COUNT: undefined
    },
    timeoutMs: options.timeoutMs
  })
  const ms = Math.round(performance.now() - started)
  const said = result.stderr.trim()
  if (result.timedOut) {
    return { attempt: { source, ms, outcome: 'timeout', class: 'timeout', detail: `no answer within ${options.timeoutMs} ms` } }
  }
  const reported = result.stdout.trim().split(/\s+/)[2] ?? ''
  if (result.exitCode === 0 && reported === options.toolchain) {
    const dir = await unpackedToolchain(modCache, options.toolchain)
    if (dir !== undefined) return { attempt: { source, ms, outcome: 'ok', class: '', detail: '' }, dir }
    const detail = `go ran ${reported} without downloading it (a ${options.toolchain} binary on PATH?)`
    return { attempt: { source, ms, outcome: 'failed', class: 'other', detail } }
  }
  const failure = classifyGoOutput(said)[0]
  const cls: FailureClass = /toolchain not available/.test(said) ? 'not-found' : (failure?.class ?? 'other')
  const detail =
    result.exitCode === 0
      ? `the toolchain reports ${reported || 'nothing'}, not ${options.toolchain}`
      : (failure?.line ?? lastLine(said))
  return { attempt: { source, ms, outcome: 'failed', class: cls, detail } }
}

/** The tool-cache arch of an unpacked toolchain: the GOARCH its module name carries. */
async function toolchainArch(dir: string): Promise<string> {
  const platform = toolchainPlatform(path.basename(dir))
  return platform === undefined ? localToolCacheArch() : toolCacheArch(platform.goarch)
}

/**
 * Files the unpacked toolchain in the tool cache where tc.find (and actions/setup-go) look:
 * <RUNNER_TOOL_CACHE>/go/<version>/<arch>, then the <arch>.complete marker. A toolchain is
 * some 13,000 files: a copy takes them one by one (7.5 s measured here for Go 1.27), while a
 * rename on the same file system is instant, so the copy is only the fallback: for another
 * file system, or a lock (antivirus) that outlasts the retries. `rename` is for tests.
 */
export async function moveIntoToolCache(dir: string, toolCacheVersion: string, arch: string, rename: RenameOptions = {}): Promise<string> {
  const target = toolCachePath(toolCacheVersion, arch)
  // The marker first, so an interrupted removal never leaves a marked half tree.
  await removeEarlierCopy(`${target}.complete`)
  await removeEarlierCopy(target)
  await mkdir(path.dirname(target), { recursive: true })
  const moved = await moveDir(dir, target, {
    onRetry: (code, wait) => core.info(`Moving the toolchain to ${target} failed with ${code}; retrying in ${wait} ms`),
    ...rename
  })
  if (moved.method === 'copied') {
    core.info(`Copied the toolchain to ${target} after ${moved.attempts} rename attempt${moved.attempts === 1 ? '' : 's'} (${moved.code}).`)
  }
  await writeFile(`${target}.complete`, '')
  const found = filedToolchain(toolCacheVersion, arch)
  if (found !== target) throw new ActionError(`The toolchain was moved to ${target}, but the tool cache finds '${found}' for ${toolCacheVersion}.`)
  return target
}

/** A rename or copy onto an earlier copy would fail or merge: it must go, or nothing is filed. */
async function removeEarlierCopy(target: string): Promise<void> {
  const left = await tryRemoveTree(target)
  if (left === undefined) return
  const cause = removalCause(left.code, process.platform)
  throw new ActionError(`Could not replace ${target} in the tool cache (${left.code} on ${left.path})${cause ? `: ${cause}` : ''}.`)
}

/** The directory go unpacked the toolchain module into: golang.org/toolchain@v0.0.1-<name>.<goos>-<goarch>. */
async function unpackedToolchain(modCache: string, toolchain: string): Promise<string | undefined> {
  const parent = path.join(modCache, 'golang.org')
  const prefix = `toolchain@v0.0.1-${toolchain}.`
  const names = existsSync(parent) ? await readdir(parent) : []
  const name = names.find((n) => n.startsWith(prefix))
  return name === undefined ? undefined : path.join(parent, name)
}

export function goBinaryIn(toolchainDir: string): string {
  return path.join(toolchainDir, 'bin', process.platform === 'win32' ? 'go.exe' : 'go')
}

/** The tool cache the host gives (the runner's RUNNER_TOOL_CACHE; the command's own). */
export function toolCacheRoot(): string {
  return host().runner().toolCache
}

/** Where tc.find and actions/setup-go look for a toolchain of an exact version. */
function toolCachePath(toolCacheVersion: string, arch: string): string {
  return path.join(toolCacheRoot(), TOOL_NAME, toolCacheVersion, arch)
}

/** The toolchain filed there, as tc.find finds it (the directory and its <arch>.complete marker); '' when none is. */
function filedToolchain(toolCacheVersion: string, arch: string): string {
  const dir = toolCachePath(toolCacheVersion, arch)
  core.debug(`checking cache: ${dir}`)
  return existsSync(dir) && existsSync(`${dir}.complete`) ? dir : ''
}

/** Another job sharing the tool cache may be using the scratch root too: only an empty one goes. */
async function removeIfEmpty(dir: string): Promise<void> {
  await rmdir(dir).catch(() => undefined)
}

function lastLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '')
  return (lines.at(-1) ?? '').trim()
}

/** Every attempt with how it failed, then one fix per kind of failure. */
function describeFailure(toolchain: string, attempts: ToolchainAttempt[]): string {
  const lines = [`Could not get the Go toolchain ${toolchain}: every proxy of the chain failed.`]
  for (const a of attempts) lines.push(`  ${a.source}: ${a.class || a.outcome} after ${a.ms} ms: ${a.detail}`)
  if (attempts.length === 0) lines.push('  The chain has no proxy to ask (GOPROXY=off).')
  const classes = [...new Set(attempts.map((a) => a.class || a.outcome))]
  if (classes.length > 0) lines.push('Fix:', ...classes.map((cls) => `  ${cls}: ${toolchainFixFor(cls)}`))
  return lines.join('\n')
}

/** What to change when a proxy did not deliver a toolchain: the proxy fixes, but for toolchains. */
function toolchainFixFor(cls: string): string {
  switch (cls) {
    case 'not-found':
      return 'the proxy does not serve golang.org/toolchain, or not this version for this platform: check the version exists, use a proxy that mirrors golang.org/toolchain (proxy.golang.org does), or install it with actions/setup-go'
    case 'checksum':
      return 'the toolchain served does not match the checksum database: never use that proxy'
    case 'sumdb':
      return 'go checks every toolchain against the checksum database, even with GOSUMDB=off: allow access to it, or use a proxy that serves /sumdb/'
    default:
      return fixFor(cls)
  }
}
