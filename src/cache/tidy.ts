// The I/O around pruning: what the module graph needs, according to go itself, and so what to save.
import * as core from '../host/log.ts'
import path from 'node:path'
import { pathExists } from '../fsutil.ts'
import { OFFLINE, runGo } from '../go/command.ts'
import { listModCache, SUMDB_DIR } from '../go/gomodcache.ts'
import { prunedVersions, selectMembers, type CacheLayout } from './layout.ts'
import { uncleanedPaths } from './modcache.ts'

/** Every module@version node of `go mod graph` (go@ and toolchain@ pseudo-modules left out). */
export function parseModGraph(text: string): string[] {
  const nodes = new Set<string>()
  for (const line of text.split('\n')) {
    for (const node of line.trim().split(/\s+/)) {
      const at = node.indexOf('@')
      if (at <= 0) continue
      const module = node.slice(0, at)
      if (module === 'go' || module === 'toolchain') continue
      nodes.add(node)
    }
  }
  return [...nodes]
}

export interface SavePlan {
  /** Archive members, relative to GOMODCACHE. */
  members: string[]
  /** Module versions in GOMODCACHE that no root needs: left out of the entry. */
  prunedVersions: string[]
  /** Members left out because a failed clean left files in them (see cleanModCache). */
  uncleaned: string[]
}

/**
 * The members that hold none of the paths a failed clean left behind: a member that is such a
 * path, lies below one (an empty directory left), or holds one goes, so no half-removed tree is saved.
 */
export function withoutUncleaned(members: string[], leftovers: readonly string[]): { members: string[]; uncleaned: string[] } {
  if (leftovers.length === 0) return { members, uncleaned: [] }
  const touches = (m: string) => leftovers.some((l) => l === m || l.startsWith(`${m}/`) || m.startsWith(`${l}/`))
  return { members: members.filter((m) => !touches(m)), uncleaned: members.filter(touches) }
}

/**
 * What to save of the module cache: for the versions the roots need (`needed`, as go mod
 * download reported them) what the layout keeps, and the go.mod files of the whole module
 * graph; everything else is pruned, left on disk but out of the entry. When go mod graph fails,
 * nothing is pruned.
 */
export async function planModCacheSave(
  modCache: string,
  workingDirectory: string,
  roots: string[],
  needed: string[],
  layout: CacheLayout
): Promise<SavePlan> {
  const { items } = await listModCache(modCache)
  const hasSumdb = await pathExists(path.join(modCache, ...SUMDB_DIR.split('/')))
  const keepZip = new Set(needed)
  const keepMod = new Set<string>()
  for (const root of roots) {
    const graph = await runGo(['mod', 'graph'], { cwd: path.resolve(workingDirectory, root), env: OFFLINE })
    if (graph.exitCode !== 0) {
      core.warning(`Not pruning the module cache: go mod graph failed in ${root}: ${graph.stderr.trim()}`)
      for (const item of items) keepZip.add(item.id)
      break
    }
    for (const node of parseModGraph(graph.stdout)) keepMod.add(node)
  }
  const kept = withoutUncleaned(selectMembers(items, layout, keepZip, keepMod, hasSumdb), uncleanedPaths(modCache))
  if (kept.uncleaned.length > 0) {
    core.info(`Left out of the entry: ${kept.uncleaned.length} members holding files a failed clean of GOMODCACHE left behind (${kept.uncleaned[0]}…).`)
  }
  return { ...kept, prunedVersions: prunedVersions(items, keepZip) }
}
