// What every scenario shares: statistics, formatting, timing a command, counting a tree, and a
// description of the machine the numbers were measured on.
import { execFile } from 'node:child_process'
import { lstat, readFile, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { GO_BIN, runGo, type GoEnv } from '../__tests__/support/fixtures.ts'

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function ratio(numerator: number, denominator: number): string {
  return denominator === 0 ? 'n/a' : `${(numerator / denominator).toFixed(2)}×`
}

/** Items in the order of repetition rep (1-based): rotated by one each time, so each goes first as often. */
export function rotation<T>(items: readonly T[], rep: number): T[] {
  const k = (rep - 1) % items.length
  return [...items.slice(k), ...items.slice(0, k)]
}

export function formatMs(ms: number): string {
  return `${Math.round(ms).toLocaleString('en-US')} ms`
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US')
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const shown = unit === 0 ? String(value) : value.toFixed(1)
  return `${shown} ${units[unit]} (${formatCount(bytes)} bytes)`
}

export function markdownTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const line = (cells: ReadonlyArray<string | number>): string => `| ${cells.map(String).join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')
}

/** A plain-text table for the terminal, columns padded to their widest cell. */
export function textTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: ReadonlyArray<string>): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

export interface CommandResult {
  ms: number
  stdout: string
  stderr: string
}

/** Runs a command to completion and measures its wall time; throws with its stderr when it fails. */
export function timeCommand(file: string, args: readonly string[], options: { cwd?: string } = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    execFile(file, args, { cwd: options.cwd, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const ms = performance.now() - started
      if (error !== null) {
        const tail = stderr.trimEnd().split('\n').slice(-10).join('\n')
        reject(new Error(`${file} ${args.join(' ')} failed (exit ${String(error.code)}):\n${tail}`))
      }
      else resolve({ ms, stdout, stderr })
    })
  })
}

/** Far above any go command the bench runs; a hung one should end the scenario, not stall it. */
const GO_TIMEOUT_MS = 600_000

/** Runs the real go command in a given environment and measures its wall time; throws with its stderr when it fails. */
export async function timeGo(args: readonly string[], options: { cwd: string; env: GoEnv }): Promise<CommandResult> {
  const started = performance.now()
  const result = await runGo(args, { ...options, timeoutMs: GO_TIMEOUT_MS })
  const ms = performance.now() - started
  if (result.code !== 0) {
    const tail = result.stderr.trimEnd().split('\n').slice(-10).join('\n')
    throw new Error(`go ${args.join(' ')} in ${options.cwd} failed (exit ${result.code}):\n${tail}`)
  }
  return { ms, stdout: result.stdout, stderr: result.stderr }
}

/**
 * Flushes dirty pages to disk before a timed step, so that writeback left by the step before
 * (a deleted or freshly written module cache) is not billed to the one being measured.
 */
export async function settle(): Promise<void> {
  await timeCommand('sync', [])
}

/** The trimmed stdout of a command, or '' when it cannot be run (a missing tool is not fatal here). */
export function commandOutput(
  file: string,
  args: readonly string[],
  options: { env?: Record<string, string> } = {}
): Promise<string> {
  return new Promise((resolve) => {
    execFile(file, args, { env: options.env, cwd: os.tmpdir() }, (error, stdout) => resolve(error === null ? stdout.trim() : ''))
  })
}

export interface TreeStats {
  files: number
  bytes: number
}

/** Regular files below dir and their total size (symbolic links and directories not counted). */
export async function treeStats(dir: string): Promise<TreeStats> {
  let files = 0
  let bytes = 0
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += (await lstat(path.join(entry.parentPath, entry.name))).size
  }
  return { files, bytes }
}

/** Reads every file below dir once, so that a server serving them answers from memory, not the disk. */
export async function warmPageCache(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) await readFile(path.join(entry.parentPath, entry.name))
  }
}

/** Module versions whose zip a module cache holds (cache/download/…/@v/<version>.zip). */
export async function zipsIn(modCache: string): Promise<number> {
  const download = path.join(modCache, 'cache', 'download')
  const entries = await readdir(download, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter((e) => e.isFile() && e.name.endsWith('.zip')).length
}

export interface MachineInfo {
  cpus: number
  cpuModel: string
  memoryBytes: number
  kernel: string
  go: string
  node: string
  tar: string
  zstd: string
}

export async function describeMachine(): Promise<MachineInfo> {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: os.totalmem(),
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    // GOTOOLCHAIN=local: asking the version must not switch to (and download) another toolchain.
    go: await commandOutput(GO_BIN, ['version'], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir(), GOENV: 'off', GOTOOLCHAIN: 'local' }
    }),
    node: process.version,
    tar: (await commandOutput('tar', ['--version'])).split('\n')[0] ?? '',
    zstd: `zstd ${/v[0-9][0-9.]*/.exec(await commandOutput('zstd', ['--version']))?.[0] ?? 'unknown'}`
  }
}

/** The commit the bundled action was built from, and whether src/ differed from it. */
export async function describeSource(repoRoot: string): Promise<string> {
  const commit = await commandOutput('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD'])
  if (commit === '') return 'unknown (not a git checkout)'
  const changed = await commandOutput('git', ['-C', repoRoot, 'status', '--porcelain', '--', 'src', 'action.yml'])
  return changed === '' ? `commit ${commit}` : `commit ${commit} with uncommitted changes to src/ or action.yml`
}
