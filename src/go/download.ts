import path from 'node:path'
import { ActionError } from '../errors.ts'
import { runGo } from './command.ts'
import { parseJsonStream } from './jsonstream.ts'

/** One object of `go mod download -json`. */
export interface DownloadedModule {
  Path: string
  Version: string
  Error?: string
  Zip?: string
  Dir?: string
}

export interface DownloadResult {
  /** Unique module versions downloaded (or found in the module cache), over every root. */
  modules: DownloadedModule[]
  ms: number
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

/** Runs `go mod download -json` in each root; fails with go's own words when a module cannot be had. */
export async function downloadModules(
  workingDirectory: string,
  roots: string[],
  env: Record<string, string | undefined> = {}
): Promise<DownloadResult> {
  const started = performance.now()
  const all: DownloadedModule[] = []
  for (const root of roots) {
    const cwd = path.resolve(workingDirectory, root)
    const result = await runGo(['mod', 'download', '-json'], { cwd, env })
    const modules = parseDownloadOutput(result.stdout)
    const failed = modules.filter((m) => m.Error)
    if (result.exitCode !== 0 || failed.length > 0) {
      throw new ActionError(describeDownloadFailure(root, failed, result.stderr))
    }
    all.push(...modules)
  }
  return { modules: uniqueModules(all), ms: Math.round(performance.now() - started) }
}

export function describeDownloadFailure(
  root: string,
  failed: DownloadedModule[],
  stderr: string
): string {
  const lines = [`go mod download failed in ${root}:`]
  for (const m of failed) lines.push(`  ${m.Path}@${m.Version}: ${m.Error}`)
  const rest = stderr.trim()
  if (rest !== '') lines.push(...rest.split('\n').map((l) => `  ${l}`))
  return lines.join('\n')
}
