import * as core from '../host/log.ts'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ActionError } from '../errors.ts'
import { removeTree } from '../fsutil.ts'
import { toSlash } from '../deps.ts'
import { runGo } from './command.ts'
import { classifyGoOutput, isTransient, proxyOfUrl, type GoFailure } from './failure.ts'
import { fileFaultMessage, fileFaultOf, type FileFault } from './filefault.ts'
import { formatGoProxy, redactGoProxy, type GoProxyEntry } from './goproxy.ts'
import { parseJsonStream } from './jsonstream.ts'
import { downloadGoMaxProcs } from './parallelism.ts'

/** One object of `go mod download -json`. */
export interface DownloadedModule {
  Path: string
  Version: string
  Error?: string
  Zip?: string
  Dir?: string
}

export interface Attempt {
  /** The GOPROXY of this attempt, credentials stripped. */
  goproxy: string
  ms: number
  outcome: 'ok' | 'failed' | 'timeout'
  failures: GoFailure[]
  /** Proxies (credentials stripped) taken out of the chain after this attempt, with why. */
  dropped: { url: string; reason: string }[]
}

export interface DownloadResult {
  /** Unique module versions downloaded (or found in the module cache), over every root. */
  modules: DownloadedModule[]
  ms: number
  attempts: Attempt[]
  /** The chain that succeeded (credentials included): later steps should use it too. */
  chain: GoProxyEntry[]
}

/** One go command of an attempt: where it runs and what it runs. */
export interface Target {
  root: string
  /** After `go`; default `mod download -json` (every module version the root needs). */
  args: string[]
}

export interface DownloadOptions {
  workingDirectory: string
  /** Files at fault are named relative to it; default the working directory. */
  workspace?: string
  roots: string[]
  /** What each attempt runs; default `go mod download -json` in every root. */
  targets?: Target[]
  chain: GoProxyEntry[]
  /** Attempts after the first. */
  retries: number
  timeoutMs: number
  /** Pause before retry n (1-based); tests pass 0. */
  backoffMs?: (retry: number) => number
}

/** Thrown when every attempt failed; carries the attempts for the diagnosis. */
export class DownloadError extends ActionError {
  override name = 'DownloadError'
  readonly attempts: Attempt[]
  constructor(message: string, attempts: Attempt[]) {
    super(message)
    this.attempts = attempts
  }
}

/** A file of the project go cannot use: no proxy is at fault, so the message is the whole diagnosis. */
export class GoFileError extends DownloadError {
  override name = 'GoFileError'
}

export function parseDownloadOutput(stdout: string): DownloadedModule[] {
  return parseJsonStream(stdout).filter(
    (v): v is DownloadedModule =>
      typeof v === 'object' && v !== null && typeof (v as DownloadedModule).Path === 'string'
  )
}

/** Module versions without duplicates, sorted by path then version. */
export function uniqueModules(modules: DownloadedModule[]): DownloadedModule[] {
  const byId = new Map<string, DownloadedModule>()
  for (const m of modules) byId.set(`${m.Path}@${m.Version}`, m)
  return [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, m]) => m)
}

/** Pause before retry n: 1 s, doubling, at most 10 s. */
export const defaultBackoff = (retry: number): number => Math.min(1000 * 2 ** (retry - 1), 10_000)

/**
 * `go mod download -json` in each root, each attempt bounded in time. After a failure the
 * proxy that failed leaves the chain (when another entry remains) and the next attempt runs
 * with what is left. Checksum checking is never loosened: a proxy that serves content differing
 * from go.sum is found with go itself and dropped.
 */
export async function downloadModules(options: DownloadOptions): Promise<DownloadResult> {
  const started = performance.now()
  const attempts: Attempt[] = []
  let chain = [...options.chain]
  const backoff = options.backoffMs ?? defaultBackoff
  for (let n = 0; n <= options.retries; n++) {
    if (n > 0) {
      const wait = backoff(n)
      core.info(`Attempt ${n + 1} of ${options.retries + 1} in ${wait} ms with GOPROXY=${redactGoProxy(formatGoProxy(chain))}`)
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    }
    const run = await downloadOnce(options, chain)
    const attempt: Attempt = {
      goproxy: redactGoProxy(formatGoProxy(chain)),
      ms: run.ms,
      outcome: run.failures.length === 0 && !run.timedOut ? 'ok' : run.timedOut ? 'timeout' : 'failed',
      failures: run.failures,
      dropped: []
    }
    attempts.push(attempt)
    if (attempt.outcome === 'ok') {
      return { modules: uniqueModules(run.modules), ms: elapsed(started), attempts, chain }
    }
    logAttempt(attempt, n + 1)
    if (run.fileFault !== undefined) throw new GoFileError(attempt.failures[0].line, attempts)
    const plan = await planNextAttempt(options, chain, run)
    attempt.dropped = plan.dropped
    if (!plan.retry) break
    chain = chain.filter((e) => !plan.dropUrls.includes(e.url))
  }
  throw new DownloadError(summarizeFailure(attempts), attempts)
}

interface OnceResult {
  modules: DownloadedModule[]
  failures: GoFailure[]
  timedOut: boolean
  ms: number
  /** A file go cannot use: its failure is the only one, and no attempt follows. */
  fileFault?: FileFault
}

async function downloadOnce(options: DownloadOptions, chain: GoProxyEntry[]): Promise<OnceResult> {
  const started = performance.now()
  const modules: DownloadedModule[] = []
  const targets = options.targets ?? options.roots.map((root) => ({ root, args: ['mod', 'download', '-json'] }))
  for (const { root, args } of targets) {
    const result = await runGo(args, {
      cwd: path.resolve(options.workingDirectory, root),
      env: { GOPROXY: chain.length > 0 ? formatGoProxy(chain) : 'off', GOMAXPROCS: downloadGoMaxProcs(process.env.GOMAXPROCS) },
      timeoutMs: options.timeoutMs
    })
    const found = parseSafely(result.stdout)
    modules.push(...found.filter((m) => !m.Error))
    const errorText = [...found.filter((m) => m.Error).map((m) => m.Error ?? ''), result.stderr].join('\n')
    const failures = classifyGoOutput(errorText)
    if (result.timedOut) {
      return { modules, failures, timedOut: true, ms: elapsed(started) }
    }
    const fileFault = result.exitCode === 0 ? undefined : fileFaultOf(result.stderr)
    if (fileFault !== undefined) {
      const where = { cwd: path.resolve(options.workingDirectory, root), workspace: options.workspace ?? options.workingDirectory }
      const line = await describeFileFault(fileFault, where)
      return { modules, failures: [{ class: 'file', line }], timedOut: false, ms: elapsed(started), fileFault }
    }
    if (result.exitCode !== 0 || failures.length > 0) {
      if (failures.length === 0) {
        failures.push({ class: 'other', line: `go ${args.slice(0, 2).join(' ')} exited with ${result.exitCode} in ${root}` })
      }
      return { modules, failures, timedOut: false, ms: elapsed(started) }
    }
  }
  return { modules, failures: [], timedOut: false, ms: elapsed(started) }
}

/**
 * The error for a file go cannot use, its paths relative to the workspace. When go did not print
 * which go.work (or go.mod) it read, go env says.
 */
async function describeFileFault(fault: FileFault, where: { cwd: string; workspace: string }): Promise<string> {
  const shown = (file: string) => toSlash(path.relative(where.workspace, path.resolve(where.cwd, file))) || '.'
  let file: string
  if ('printed' in fault.file) {
    file = shown(fault.file.printed)
  } else {
    const env = await runGo(['env', '-json', 'GOWORK', 'GOMOD'], { cwd: where.cwd, env: { GOTOOLCHAIN: 'local' } })
    const { GOWORK: gowork = '', GOMOD: gomod = '' } = parseGoEnvFiles(env.stdout)
    const found = gowork !== '' && gowork !== 'off' ? gowork : fault.file.inUse === 'go.work' ? '' : gomod
    file = found === '' || found === os.devNull ? fault.file.inUse : shown(found)
  }
  return fileFaultMessage(fault, { file, dir: fault.dir === undefined ? undefined : shown(fault.dir) })
}

function parseGoEnvFiles(stdout: string): { GOWORK?: string; GOMOD?: string } {
  try {
    return JSON.parse(stdout) as { GOWORK?: string; GOMOD?: string }
  } catch {
    return {}
  }
}

function parseSafely(stdout: string): DownloadedModule[] {
  try {
    return parseDownloadOutput(stdout)
  } catch {
    // A run killed on its time limit can leave half an object behind.
    return []
  }
}

interface Plan {
  retry: boolean
  dropUrls: string[]
  dropped: { url: string; reason: string }[]
}

async function planNextAttempt(options: DownloadOptions, chain: GoProxyEntry[], run: OnceResult): Promise<Plan> {
  const proxies = chain.filter((e) => e.kind === 'proxy').map((e) => e.url)
  const drop = new Map<string, string>()
  const canDrop = (url: string) => chain.length - drop.size > 1 && !drop.has(url)

  if (run.timedOut) {
    // go prints nothing while it hangs; the first proxy is the one it asks first for everything.
    const first = proxies[0]
    if (first !== undefined && canDrop(first)) drop.set(first, `go made no progress within ${options.timeoutMs} ms`)
    return plan(true, drop)
  }
  const mismatched = [...new Set(run.failures.filter((f) => f.class === 'checksum' && f.module).map((f) => f.module!))]
  if (mismatched.length > 0) {
    const bad = await findMismatchingProxies(options, proxies, mismatched)
    for (const url of bad) if (canDrop(url)) drop.set(url, `serves content for ${mismatched.join(', ')} that differs from go.sum`)
    // A mismatch no proxy explains comes from the origin itself: retrying cannot help.
    return plan(drop.size > 0, drop)
  }
  for (const f of run.failures) {
    const url = f.url === undefined ? undefined : proxyOfUrl(f.url, proxies)
    if (url !== undefined && isTransient(f.class) && canDrop(url)) drop.set(url, `${f.class}: ${f.line}`)
  }
  const transient = run.failures.some((f) => isTransient(f.class))
  return plan(transient || drop.size > 0, drop)
}

function plan(retry: boolean, drop: Map<string, string>): Plan {
  const dropUrls = [...drop.keys()]
  return {
    retry,
    dropUrls,
    dropped: dropUrls.map((url) => ({ url: redactGoProxy(url), reason: drop.get(url) ?? '' }))
  }
}

/**
 * Asks go itself, one proxy at a time, into a scratch module cache, which of the proxies serve
 * these module versions with content that differs from go.sum.
 */
export async function findMismatchingProxies(
  options: Pick<DownloadOptions, 'workingDirectory' | 'roots' | 'timeoutMs'>,
  proxies: string[],
  modules: string[]
): Promise<string[]> {
  const bad: string[] = []
  const cwd = path.resolve(options.workingDirectory, options.roots[0] ?? '.')
  for (const proxy of proxies) {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'go-mod-precache-verify-'))
    try {
      const result = await runGo(['mod', 'download', '-json', ...modules.map((m) => m.replace(/\/go\.mod$/, ''))], {
        cwd,
        env: { GOPROXY: proxy, GOMODCACHE: scratch, GOFLAGS: '-mod=mod', GOMAXPROCS: downloadGoMaxProcs(process.env.GOMAXPROCS) },
        timeoutMs: options.timeoutMs
      })
      if (/checksum mismatch/.test(result.stdout + result.stderr)) bad.push(proxy)
    } finally {
      await removeTree(scratch)
    }
  }
  return bad
}

function logAttempt(attempt: Attempt, n: number): void {
  const first = attempt.failures[0]?.line ?? ''
  core.info(`Attempt ${n} ${attempt.outcome} after ${attempt.ms} ms${first ? `: ${first}` : ''}`)
}

function summarizeFailure(attempts: Attempt[]): string {
  const last = attempts[attempts.length - 1]
  const lines = [`go mod download failed after ${attempts.length} attempt${attempts.length === 1 ? '' : 's'}:`]
  for (const f of last?.failures ?? []) lines.push(`  ${f.line}`)
  if (last?.outcome === 'timeout') lines.push('  (go was stopped: no result within download-timeout)')
  return lines.join('\n')
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started)
}
