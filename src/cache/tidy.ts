// The I/O around pruning: what the module graph needs, according to go itself.
import * as core from '@actions/core'
import path from 'node:path'
import { runGo } from '../go/command.ts'
import { applyPrune, listModCache, planPrune } from './prune.ts'

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

export interface PruneResult {
  prunedVersions: string[]
  removedEntries: number
}

/**
 * Removes from the module cache every module version the roots no longer need: `needed` are the
 * versions go mod download reported; the go.mod files of the whole module graph stay too.
 */
export async function pruneModCache(modCache: string, workingDirectory: string, roots: string[], needed: string[]): Promise<PruneResult> {
  const keepMod = new Set<string>()
  for (const root of roots) {
    const graph = await runGo(['mod', 'graph'], { cwd: path.resolve(workingDirectory, root), env: { GOPROXY: 'off' } })
    if (graph.exitCode !== 0) {
      core.warning(`Not pruning the module cache: go mod graph failed in ${root}: ${graph.stderr.trim()}`)
      return { prunedVersions: [], removedEntries: 0 }
    }
    for (const node of parseModGraph(graph.stdout)) keepMod.add(node)
  }
  const { items, hasVcs } = await listModCache(modCache)
  const plan = planPrune(items, new Set(needed), keepMod, hasVcs)
  const removedEntries = await applyPrune(modCache, plan)
  return { prunedVersions: plan.prunedVersions, removedEntries }
}
