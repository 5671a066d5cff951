// Whether the module cache already holds what the roots need, found offline: go lists the module
// versions it would download, and for those whose zip is absent (a lean cache keeps only their
// trees) the tree, its .ziphash and go's own incomplete-extraction marker are looked at. A blind
// go mod download would fetch every absent zip again.
import path from 'node:path'
import { OFFLINE, outputLines, runGo } from './command.ts'
import { parseDownloadOutput, uniqueModules, type DownloadedModule } from './download.ts'
import { isReady, moduleFilesOf } from './gomodcache.ts'

export interface Readiness {
  /** Every module version the roots need, as go mod download lists them. */
  modules: DownloadedModule[]
  /** Per root, the module@version that the module cache cannot serve. */
  missing: { root: string; modules: string[] }[]
  /** Roots whose list go could not make offline (a go.mod of the module graph is missing), with why. */
  unlisted: { root: string; why: string }[]
}

/** What go says of a zip it was not allowed to fetch: through a proxy, or with git for a private module. */
const OFFLINE_REFUSAL = /GOPROXY=off|GOVCS disallows/

export async function checkReady(workingDirectory: string, roots: string[], modCache: string): Promise<Readiness> {
  const all: DownloadedModule[] = []
  const missing: Readiness['missing'] = []
  const unlisted: Readiness['unlisted'] = []
  for (const root of roots) {
    const run = await runGo(['mod', 'download', '-json'], { cwd: path.resolve(workingDirectory, root), env: OFFLINE })
    let listed: DownloadedModule[] = []
    try {
      listed = parseDownloadOutput(run.stdout)
    } catch {
      // half an object: treated as no list
    }
    if (run.exitCode !== 0 && listed.length === 0) {
      // go's first line may be only a heading ("go: errors parsing go.mod:"): the next says why.
      unlisted.push({ root, why: outputLines(run.stderr.trim()).slice(0, 2).join(' ').trim() || `go mod download exited with ${run.exitCode}` })
      continue
    }
    const absent: string[] = []
    for (const m of listed) {
      all.push(m)
      if (m.Error === undefined) continue
      // Only a zip that go could not fetch offline may be stood in for by a complete tree.
      if (!OFFLINE_REFUSAL.test(m.Error) || !isReady(await moduleFilesOf(modCache, m.Path, m.Version))) absent.push(`${m.Path}@${m.Version}`)
    }
    if (absent.length > 0) missing.push({ root, modules: absent })
  }
  return { modules: uniqueModules(all).map(({ Path, Version }) => ({ Path, Version })), missing, unlisted }
}
