// Dependency bumps on top of the shared fixture: later versions of a subset of its modules, served
// by a GOPROXY root of their own (the fixture's modules plus these), and one consumer project per
// bump whose go.mod requires the next version and whose go.sum go writes. Two series of versions:
// - fresh: every filler file of a bumped version is new content, as in a module release that
//   rewrites the files, or any module larger than zstd's window, where nothing older is in reach;
// - same: only go.mod and the package source change (their text names the version), the fillers
//   stay byte for byte those of v1.0.0: the most an archive can gain from versions resembling
//   each other.
// Generating takes a while, so the result is kept under bench/.work/ like the fixture.
import { cp, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import {
  fillerGoFile,
  goEnv,
  packageName,
  removeTree,
  tidyConsumer,
  versionDir,
  writeConsumer,
  writeModule,
  type ModuleVersion
} from '../__tests__/support/fixtures.ts'
import { startGoProxy } from '../__tests__/support/goproxy.ts'
import { readZip } from '../__tests__/support/zip.ts'
import { escapeVersion } from '../src/go/escape.ts'
import { GENERATOR_SOURCES, generatorKey, storedOrBuilt, type Fixture } from './fixture.ts'

export interface BumpParams {
  /** Successive bumps, each requiring the next version of the bumped modules. */
  bumps: number
  /** One module in `every` is bumped (the every-th, 2·every-th…). */
  every: number
}

export type SeriesName = 'fresh' | 'same'

export interface BumpSeries {
  name: SeriesName
  /** The bumped modules' version after each bump. */
  versions: string[]
  /** The consumer project after each bump (go.mod, go.sum written by go mod tidy, main.go). */
  projectDirs: string[]
}

export interface Bumps {
  params: BumpParams
  /** A GOPROXY root with the fixture's modules and every bumped version. */
  proxyRoot: string
  /** The modules that are bumped, at the fixture's version. */
  bumped: ModuleVersion[]
  series: BumpSeries[]
}

interface Manifest {
  params: BumpParams
  bumped: ModuleVersion[]
  series: Array<{ name: SeriesName; versions: string[] }>
}

const FORMAT = 1
/** The version each series gives bump k (1-based). */
const VERSION_OF: Record<SeriesName, (k: number) => string> = {
  fresh: (k) => `v1.0.${k}`,
  same: (k) => `v1.1.${k}`
}

/** The bumps for this fixture: reused from bench/.work/ when there, else generated and stored. */
export async function loadBumps(fixture: Fixture, params: BumpParams, log: (message: string) => void): Promise<Bumps> {
  const key = await generatorKey({ FORMAT, fixture: path.basename(fixture.dir), params }, [...GENERATOR_SOURCES, 'bench/bumps.ts'])
  const dir = `${fixture.dir}-bumps-${key}`
  const { manifest } = await storedOrBuilt<Manifest>(dir, log, (building) => {
    log(`generating ${params.bumps} bumps of one module in ${params.every} into ${path.basename(dir)}`)
    return generate(building, fixture, params, log)
  })
  return {
    params: manifest.params,
    proxyRoot: path.join(dir, 'proxy'),
    bumped: manifest.bumped,
    series: manifest.series.map((s) => ({
      ...s,
      projectDirs: s.versions.map((_, i) => projectDir(dir, s.name, i + 1))
    }))
  }
}

function projectDir(root: string, series: SeriesName, bump: number): string {
  return path.join(root, 'projects', series, `bump${bump}`)
}

async function generate(dir: string, fixture: Fixture, params: BumpParams, log: (message: string) => void): Promise<Manifest> {
  const proxyRoot = path.join(dir, 'proxy')
  await cp(fixture.proxyRoot, proxyRoot, { recursive: true })
  const bumped = fixture.modules.filter((_, i) => (i + 1) % params.every === 0)
  const names: SeriesName[] = ['fresh', 'same']
  const series = names.map((name) => ({
    name,
    versions: Array.from({ length: params.bumps }, (_, i) => VERSION_OF[name](i + 1))
  }))
  await Promise.all(
    bumped.map(async (mod) => {
      const fillers = await fillerFiles(fixture.proxyRoot, mod)
      // One version after the other: each is appended to the module's list file.
      for (const s of series) {
        for (const version of s.versions) {
          const files = s.name === 'same' ? fillers : freshFillers(mod.path, version, fillers, fixture.params.fileSize)
          await writeModule(proxyRoot, { path: mod.path, version, files })
        }
      }
    })
  )
  log(`${bumped.length} modules × ${series.length * params.bumps} versions written; tidying ${series.length * params.bumps} consumers with go`)

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-bumps-'))
  const proxy = await startGoProxy({ root: proxyRoot })
  try {
    const env = goEnv(scratch, { GOPROXY: proxy.url })
    const isBumped = new Set(bumped.map((m) => m.path))
    for (const s of series) {
      for (const [i, version] of s.versions.entries()) {
        const project = projectDir(dir, s.name, i + 1)
        const requires = fixture.modules.map((m) => (isBumped.has(m.path) ? { path: m.path, version } : m))
        await writeConsumer(project, { modulePath: fixture.consumer, requires })
        await tidyConsumer(project, env)
      }
    }
  } finally {
    await proxy.close()
    await removeTree(scratch)
  }
  return { params, bumped, series }
}

/** The files of a module version besides go.mod and the package source, read from its zip. */
async function fillerFiles(proxyRoot: string, mod: ModuleVersion): Promise<Record<string, Buffer>> {
  const zip = await readFile(path.join(versionDir(proxyRoot, mod.path), `${escapeVersion(mod.version)}.zip`))
  const prefix = `${mod.path}@${mod.version}/`
  const generated = new Set(['go.mod', `${packageName(mod.path)}.go`])
  const files: Record<string, Buffer> = {}
  for (const entry of readZip(zip)) {
    const name = entry.name.slice(prefix.length)
    if (!generated.has(name)) files[name] = entry.data
  }
  return files
}

/** New content for every filler of a version: same names and size, a seed of its own. */
function freshFillers(modulePath: string, version: string, fillers: Record<string, Buffer>, size: number): Record<string, Buffer> {
  const pkg = packageName(modulePath)
  const files: Record<string, Buffer> = {}
  for (const name of Object.keys(fillers)) {
    const constName = name.replace(/\.go$/, '')
    files[name] = fillerGoFile(pkg, constName, size, crc32(`${modulePath}@${version}/${name}`))
  }
  return files
}
