// Imports run one way, from the entry points down to go/: a file may import its own layer or a
// lower one, never a higher one; two folders of one layer never import each other both ways, and
// the parts of the pipeline (cache/, proxy/, private/, toolchain/) none of each other at all.
// An arrow that goes against the layers today is listed below with its reason, so it stays
// visible until it is gone; a new one fails this test.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Independent of each other: the phases join them. */
const PARTS: readonly string[] = ['cache/', 'proxy/', 'private/', 'toolchain/']

/** Lowest first. A folder of src/ ('go/') or a file at its top ('errors.ts'). */
const LAYERS: readonly (readonly string[])[] = [
  // Where the pipeline runs (the runner or the command): what everything that logs logs through.
  ['host/'],
  // Support that knows nothing of the pipeline.
  ['errors.ts', 'oserrors.ts', 'fsutil.ts', 'process.ts', 'text.ts', 'runner.ts', 'deps.ts', 'drives.ts', 'own-process.ts'],
  // What the go command knows.
  ['go/'],
  // The network as go sees it (HTTP(S)_PROXY and NO_PROXY, certificates, netrc): for the probe, the prefetch and S3.
  ['net/'],
  // The parts the pipeline is made of.
  PARTS,
  // What happened: report/ renders it, history/ keeps it across runs (history/ imports report/, not back).
  ['report/', 'history/'],
  // The pipeline (its phases, the run they share, the post step's record) and the command's parts.
  ['inputs.ts', 'phases/', 'main.ts', 'post-step.ts', 'cli/'],
  // Entry points: pick a host and call the pipeline.
  ['index.ts', 'post.ts', 'bin.ts', 'cli.ts', 'save-worker.ts', 'sea.ts']
]

/** Arrows against the layers that remain, "from -> to" (paths under src/), each with why. */
// None today: add one only with its reason, so that it stays in sight.
const EXCEPTIONS: Readonly<Record<string, string>> = {}

interface Arrow {
  from: string
  to: string
}

function unitOf(file: string): string {
  const slash = file.indexOf('/')
  return slash < 0 ? file : file.slice(0, slash + 1)
}

function layerOf(file: string, layers: readonly (readonly string[])[] = LAYERS): number | undefined {
  const i = layers.findIndex((units) => units.includes(unitOf(file)))
  return i < 0 ? undefined : i
}

/** The arrows that import a higher layer, as "from -> to", less the listed exceptions. */
function upwardArrows(arrows: readonly Arrow[], layers: readonly (readonly string[])[], exceptions: Readonly<Record<string, string>>): string[] {
  return arrows
    .filter((a) => (layerOf(a.from, layers) ?? -1) < (layerOf(a.to, layers) ?? -1))
    .map((a) => `${a.from} -> ${a.to}`)
    .filter((a) => !(a in exceptions))
}

/** Pairs of units of one layer that import each other, as "a <-> b". */
function mutualUnits(arrows: readonly Arrow[], layers: readonly (readonly string[])[]): string[] {
  const edges = new Set(arrows.map((a) => `${unitOf(a.from)} ${unitOf(a.to)}`))
  const pairs = new Set<string>()
  for (const a of arrows) {
    const [x, y] = [unitOf(a.from), unitOf(a.to)]
    if (x !== y && layerOf(x, layers) === layerOf(y, layers) && edges.has(`${y} ${x}`)) pairs.add([x, y].sort().join(' <-> '))
  }
  return [...pairs]
}

/** Arrows from one of the units to another, as "from -> to". */
function arrowsAmong(arrows: readonly Arrow[], units: readonly string[]): string[] {
  return arrows
    .filter((a) => unitOf(a.from) !== unitOf(a.to) && units.includes(unitOf(a.from)) && units.includes(unitOf(a.to)))
    .map((a) => `${a.from} -> ${a.to}`)
}

// Static imports and re-exports (import type included: a type is a dependency too), and import().
const SPECIFIER = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm

/** The TypeScript files of src/, as paths under it with '/'. */
function sourceFiles(src: string): string[] {
  return (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/'))
}

/** Every arrow between files of src/, read from their import specifiers. */
function sourceArrows(src: string, files: readonly string[]): Arrow[] {
  return files.flatMap((from) =>
    [...readFileSync(path.join(src, from), 'utf8').matchAll(SPECIFIER)]
      .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => ({ from, to: path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)) }))
  )
}

const SRC = path.join(import.meta.dirname, '..', 'src')

describe('the layer rule itself', () => {
  const arrows = (...pairs: [string, string][]) => pairs.map(([from, to]) => ({ from, to }))

  it('flags go/ importing cache/, and not cache/ importing go/', () => {
    expect(upwardArrows(arrows(['go/env.ts', 'cache/key.ts'], ['cache/key.ts', 'go/env.ts']), LAYERS, {})).toEqual(['go/env.ts -> cache/key.ts'])
  })

  it('lets a listed exception through, and only that arrow', () => {
    const found = arrows(['go/ready.ts', 'cache/layout.ts'], ['go/ready.ts', 'cache/key.ts'])
    expect(upwardArrows(found, LAYERS, { 'go/ready.ts -> cache/layout.ts': 'why' })).toEqual(['go/ready.ts -> cache/key.ts'])
  })

  it('flags two folders of one layer that import each other', () => {
    expect(mutualUnits(arrows(['history/phase.ts', 'report/metrics.ts'], ['report/summary.ts', 'history/trends.ts']), LAYERS)).toEqual([
      'history/ <-> report/'
    ])
    expect(mutualUnits(arrows(['history/phase.ts', 'report/metrics.ts']), LAYERS)).toEqual([])
  })

  it('flags one part of the pipeline importing another, and not a part importing net/', () => {
    const found = arrows(['cache/s3.ts', 'proxy/probe.ts'], ['cache/s3.ts', 'net/proxyenv.ts'], ['cache/s3.ts', 'cache/archive.ts'])
    expect(arrowsAmong(found, PARTS)).toEqual(['cache/s3.ts -> proxy/probe.ts'])
    expect(upwardArrows(found, LAYERS, {})).toEqual([])
  })
})

describe('the imports of src/', () => {
  const files = sourceFiles(SRC)
  const arrows = sourceArrows(SRC, files)

  it('are read (a reader that finds nothing would pass everything)', () => {
    expect(arrows).toContainEqual({ from: 'index.ts', to: 'main.ts' })
    expect(arrows).toContainEqual({ from: 'post-step.ts', to: 'private/setup.ts' }) // import()
  })

  it('name only files that exist', () => {
    expect(arrows.filter((a) => !files.includes(a.to)).map((a) => `${a.from} -> ${a.to}`)).toEqual([])
  })

  it('are between files that each have a layer (a new folder or top-level file gets one above)', () => {
    expect(files.filter((f) => layerOf(f) === undefined)).toEqual([])
  })

  it('never reach a higher layer, but for the listed exceptions', () => {
    expect(upwardArrows(arrows, LAYERS, EXCEPTIONS)).toEqual([])
  })

  it('list no exception that is gone', () => {
    const found = new Set(arrows.map((a) => `${a.from} -> ${a.to}`))
    expect(Object.keys(EXCEPTIONS).filter((e) => !found.has(e))).toEqual([])
  })

  it('never go both ways between two folders of one layer', () => {
    expect(mutualUnits(arrows, LAYERS)).toEqual([])
  })

  it('never go from one part of the pipeline to another', () => {
    expect(arrowsAmong(arrows, PARTS)).toEqual([])
  })
})
