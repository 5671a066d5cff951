// Which modules to ask each proxy for: a few public ones whose go.mod hash go.sum records, so
// the answer can be checked, and never a private one (its path must not reach a proxy).
import { GoSumError, parseGoSum, type GoSumEntry } from '../go/gosum.ts'
import { noProxy, type PrivateModuleEnv } from '../go/patterns.ts'

export interface ProbeModule {
  path: string
  version: string
  /** The h1: hash of the version's go.mod, from go.sum. */
  goModHash: string
}

/**
 * Up to `count` distinct public module paths with a recorded go.mod hash, preferring versions
 * whose zip go.sum also records (those are really downloaded), spread over the sorted list.
 */
export function pickProbeModules(entries: GoSumEntry[], env: PrivateModuleEnv, count = 3): ProbeModule[] {
  const withZip = new Set(entries.filter((e) => e.kind === 'zip').map((e) => `${e.path}@${e.version}`))
  const byPath = new Map<string, ProbeModule & { zip: boolean }>()
  for (const e of entries) {
    if (e.kind !== 'mod' || noProxy(e.path, env)) continue
    const zip = withZip.has(`${e.path}@${e.version}`)
    const known = byPath.get(e.path)
    if (known === undefined || (zip && !known.zip)) {
      byPath.set(e.path, { path: e.path, version: e.version, goModHash: e.hash, zip })
    }
  }
  const sorted = [...byPath.values()].sort((a, b) => Number(b.zip) - Number(a.zip) || cmp(a.path, b.path))
  const preferred = sorted.filter((m) => m.zip).length >= count ? sorted.filter((m) => m.zip) : sorted
  return spread(preferred, count).map(({ path, version, goModHash }) => ({ path, version, goModHash }))
}

/** `count` items evenly spaced over the list, first and last included. */
function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items
  if (count === 1) return [items[0]]
  const picked: T[] = []
  for (let i = 0; i < count; i++) picked.push(items[Math.round((i * (items.length - 1)) / (count - 1))])
  return picked
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Every go.sum and go.work.sum among the dependency files, parsed. One that does not parse is
 * left out: the probe needs only a sample, and the download names the file in its one error.
 */
export function goSumEntries(files: { path: string; content: Buffer }[]): GoSumEntry[] {
  return files
    .filter((f) => /(^|\/)go(\.work)?\.sum$/.test(f.path))
    .flatMap((f) => {
      try {
        return parseGoSum(f.content.toString('utf8'), f.path)
      } catch (err) {
        if (err instanceof GoSumError) return []
        throw err
      }
    })
}
