// The cli/cli corpus: a real Go project (github.com/cli/cli/v2 at v2.60.0) and every module it
// needs. Fetched once through the machine's own Go module proxy and checksum database into
// bench/.work/, keyed by the go version; every bench run after that serves it from the loopback
// GOPROXY and touches no other host. Beside it, a build cache warmed by `go build ./...` of the
// project, so that a scenario need not spend minutes compiling before it measures anything.
import { execFile } from 'node:child_process'
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rename, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { GO_BIN, goEnv, removeTree, runGo, type GoEnv } from '../__tests__/support/fixtures.ts'
import { startGoProxy } from '../__tests__/support/goproxy.ts'
import { repoRoot } from '../__tests__/support/runner.ts'
import { escapePath, escapeVersion } from '../src/go/escape.ts'
import { parseGoSum } from '../src/go/gosum.ts'
import { parseJsonStream } from '../src/go/jsonstream.ts'
import { generatorKey, storedOrBuilt } from './fixture.ts'
import { timeGo, treeStats } from './lib.ts'

export const CORPUS_MODULE = 'github.com/cli/cli/v2'
export const CORPUS_VERSION = 'v2.60.0'
/**
 * GOFLAGS of every go command the bench runs on the corpus. -trimpath keeps module directories out
 * of go's build cache keys, so one warm build cache serves any GOMODCACHE path.
 */
export const CORPUS_GOFLAGS = '-mod=mod -trimpath'
/** Bump when what loadCorpus writes changes, so stale copies are not reused. */
const FORMAT = 1
const BUILD_CACHE_FORMAT = 1
const workRoot = path.join(repoRoot, 'bench', '.work')
/** Far above a download of the whole corpus through a slow link; a hung one should fail, not stall. */
const FETCH_TIMEOUT_MS = 1_800_000

export interface CorpusStats {
  /** Module zips `go mod download` fetched for the project: what the proxy serves as .zip. */
  zips: number
  zipBytes: number
  /** Module versions whose go.mod the proxy serves: the module graph plus every go.sum line. */
  goMods: number
  /** Lines of the project's go.sum recording a zip hash (some name modules no build needs). */
  goSumZips: number
  /** Files and bytes of the project's source. */
  projectFiles: number
  projectBytes: number
}

interface Manifest {
  module: string
  version: string
  goVersion: string
  /** The GOPROXY it was fetched through, as `go env` reported it on the machine. */
  fetchedFrom: string
  fetchedAt: string
  stats: CorpusStats
}

export interface Corpus extends Manifest {
  /** cache/download of the module cache it was fetched into: GOPROXY layout, for startGoProxy. */
  proxyRoot: string
  /** The project's source as the module zip holds it; copy it with copyCorpusProject before use. */
  projectDir: string
  dir: string
  reused: boolean
}

/** The corpus for this go version: reused from bench/.work/ when there, else fetched and stored. */
export async function loadCorpus(goVersion: string, log: (message: string) => void): Promise<Corpus> {
  const key = await generatorKey({ FORMAT, module: CORPUS_MODULE, version: CORPUS_VERSION, goVersion }, [])
  const dir = path.join(workRoot, `corpus-cli-cli-${CORPUS_VERSION}-${key}`)
  const stored = await storedOrBuilt<Manifest>(dir, log, (building) => fetchCorpus(building, goVersion, log))
  return { ...stored.manifest, proxyRoot: path.join(dir, 'proxy'), projectDir: path.join(dir, 'project'), dir, reused: stored.reused }
}

/** A writable copy of the corpus project in dir (replacing whatever was there). */
export async function copyCorpusProject(corpus: Pick<Corpus, 'projectDir'>, dir: string): Promise<void> {
  await removeTree(dir)
  await cp(corpus.projectDir, dir, { recursive: true })
}

const PASSED_THROUGH = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'SSL_CERT_FILE', 'SSL_CERT_DIR']
const MACHINE_SETTINGS = ['GOPROXY', 'GOSUMDB', 'GONOSUMDB', 'GONOSUMCHECK', 'GOPRIVATE', 'GONOPROXY', 'GOINSECURE'] as const

/** The module download settings of the machine's own go (its environment and go env file). */
function machineGoSettings(): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    execFile(
      GO_BIN,
      ['env', '-json', ...MACHINE_SETTINGS],
      { cwd: os.tmpdir(), env: { ...process.env, GOTOOLCHAIN: 'local' } },
      (error, stdout, stderr) => {
        if (error !== null) reject(new Error(`go env failed: ${stderr.trim() || error.message}`))
        else resolve(JSON.parse(stdout) as Record<string, string>)
      }
    )
  })
}

/** A hermetic go environment under base that downloads through the machine's proxy and checksum database. */
async function fetchEnv(base: string, modCache: string): Promise<GoEnv> {
  const settings = await machineGoSettings()
  const proxy = settings.GOPROXY ?? ''
  if (proxy === '' || /^off([,|]|$)/.test(proxy)) {
    throw new Error(`the cli/cli corpus is fetched through the machine's GOPROXY, and go env reports GOPROXY=${proxy || '(empty)'}`)
  }
  const passed = Object.fromEntries(PASSED_THROUGH.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]))
  return goEnv(base, { ...settings, ...passed, GOMODCACHE: modCache, GOFLAGS: '-modcacherw' })
}

async function goOrThrow(args: readonly string[], cwd: string, env: GoEnv): Promise<string> {
  const result = await runGo(args, { cwd, env, timeoutMs: FETCH_TIMEOUT_MS })
  if (result.code !== 0) {
    const tail = result.stderr.trimEnd().split('\n').slice(-15).join('\n')
    throw new Error(`go ${args.slice(0, 4).join(' ')}${args.length > 4 ? ' …' : ''} in ${cwd} failed (exit ${result.code}):\n${tail}`)
  }
  return result.stdout
}

function jsonStream<T>(text: string): T[] {
  return parseJsonStream(text) as T[]
}

interface GoModuleJson {
  Path: string
  Version: string
  Dir?: string
  GoMod?: string
  Zip?: string
  Error?: string | { Err: string }
}

function moduleError(m: GoModuleJson): string | undefined {
  if (m.Error === undefined) return undefined
  return typeof m.Error === 'string' ? m.Error : m.Error.Err
}

/** Directories 0755 and files 0644 (0755 when executable): go leaves its module files read-only. */
async function makeTreeWritable(dir: string): Promise<void> {
  await chmod(dir, 0o755)
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(entry.parentPath, entry.name)
    if (entry.isDirectory()) await makeTreeWritable(p)
    else if (entry.isFile()) await chmod(p, ((await stat(p)).mode & 0o111) !== 0 ? 0o755 : 0o644)
  }
}

async function filesEndingIn(dir: string, suffix: string): Promise<{ count: number; bytes: number }> {
  let count = 0
  let bytes = 0
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(suffix)) continue
    count++
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size
  }
  return { count, bytes }
}

async function fetchCorpus(dir: string, goVersion: string, log: (message: string) => void): Promise<Manifest> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-corpus-'))
  try {
    const projectDir = path.join(dir, 'project')
    const modCache = path.join(scratch, 'deps')
    const env = await fetchEnv(scratch, modCache)
    log(`fetching ${CORPUS_MODULE}@${CORPUS_VERSION} and its modules through ${env.GOPROXY} (once per go version)`)

    // The project itself goes into a module cache of its own: the proxy serves its dependencies only.
    const mainEnv = { ...env, GOMODCACHE: path.join(scratch, 'main') }
    const [main] = jsonStream<GoModuleJson>(await goOrThrow(['mod', 'download', '-json', `${CORPUS_MODULE}@${CORPUS_VERSION}`], scratch, mainEnv))
    if (main?.Dir === undefined || moduleError(main) !== undefined) {
      throw new Error(`go mod download of ${CORPUS_MODULE}@${CORPUS_VERSION} gave no source: ${main === undefined ? 'no output' : moduleError(main)}`)
    }
    await mkdir(dir, { recursive: true })
    await cp(main.Dir, projectDir, { recursive: true })
    await makeTreeWritable(projectDir)

    const downloaded = jsonStream<GoModuleJson>(await goOrThrow(['mod', 'download', '-json'], projectDir, env))
    const failed = downloaded.filter((m) => moduleError(m) !== undefined)
    if (failed.length > 0) throw new Error(`go mod download failed for ${failed.map((m) => `${m.Path}@${m.Version}: ${moduleError(m)}`).join('; ')}`)
    log(`${downloaded.length} modules downloaded for the project`)

    // A real proxy serves every version go.sum names, and the action's probe asks for go.mod files
    // picked from go.sum: fetch the go.mod of each one the download did not need.
    const goSum = parseGoSum(await readFile(path.join(projectDir, 'go.sum'), 'utf8'), 'go.sum')
    const download = path.join(modCache, 'cache', 'download')
    const missing: string[] = []
    for (const e of goSum) {
      const mod = path.join(download, escapePath(e.path), '@v', `${escapeVersion(e.version)}.mod`)
      if (!(await exists(mod)) && !missing.includes(`${e.path}@${e.version}`)) missing.push(`${e.path}@${e.version}`)
    }
    if (missing.length > 0) {
      const listed = jsonStream<GoModuleJson>(await goOrThrow(['list', '-m', '-json', '-e', ...missing], scratch, env))
      const bad = listed.filter((m) => moduleError(m) !== undefined || m.GoMod === undefined)
      if (bad.length > 0) throw new Error(`no go.mod for ${bad.map((m) => `${m.Path}@${m.Version}: ${moduleError(m) ?? 'none'}`).join('; ')}`)
      log(`go.mod of ${listed.length} more module versions go.sum names`)
    }

    const proxyRoot = path.join(dir, 'proxy')
    await rename(download, proxyRoot)
    // The checksum database's cache: the loopback proxy does not serve it, and the bench runs with GOSUMDB=off.
    await removeTree(path.join(proxyRoot, 'sumdb'))
    await makeTreeWritable(proxyRoot)
    const zips = await filesEndingIn(proxyRoot, '.zip')
    const goMods = await filesEndingIn(proxyRoot, '.mod')
    const project = await treeStats(projectDir)
    return {
      module: CORPUS_MODULE,
      version: CORPUS_VERSION,
      goVersion,
      fetchedFrom: env.GOPROXY!.replace(/\/\/[^/@]*@/g, '//'),
      fetchedAt: new Date().toISOString(),
      stats: {
        zips: zips.count,
        zipBytes: zips.bytes,
        goMods: goMods.count,
        goSumZips: new Set(goSum.filter((e) => e.kind === 'zip').map((e) => `${e.path}@${e.version}`)).size,
        projectFiles: project.files,
        projectBytes: project.bytes
      }
    }
  } finally {
    await removeTree(scratch)
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false
  )
}

export interface BuildCacheSeed {
  /** A GOCACHE holding everything `go build ./...` of the corpus project compiles. */
  dir: string
  /** Its files and bytes. */
  files: number
  bytes: number
  /** How long the build that filled it took (when it was made, not in this run if reused). */
  buildMs: number
  reused: boolean
}

/** What a build cache seed is made from: a project, the proxy root serving its modules, and where it is kept. */
export type SeedSource = Pick<Corpus, 'module' | 'dir' | 'proxyRoot' | 'projectDir'>

/**
 * A build cache warmed by `go build ./...` of the corpus project (or another project served from
 * a proxy root), with the bench's GOFLAGS, made once (through a loopback proxy of its modules) and
 * kept beside it.
 */
export async function loadBuildCacheSeed(corpus: SeedSource, log: (message: string) => void): Promise<BuildCacheSeed> {
  const dir = path.join(corpus.dir + '-gocache', `v${BUILD_CACHE_FORMAT}`)
  const stored = await storedOrBuilt<{ buildMs: number; files: number; bytes: number }>(dir, log, async (building) => {
    log(`warming a build cache with go build ./... of ${corpus.module} (once; minutes on a small machine)`)
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-gocache-'))
    const proxy = await startGoProxy({ root: corpus.proxyRoot })
    try {
      const project = path.join(scratch, 'project')
      await copyCorpusProject(corpus, project)
      const env = goEnv(scratch, { GOPROXY: proxy.url, GOCACHE: path.join(building, 'gocache'), GOFLAGS: CORPUS_GOFLAGS })
      const build = await timeGo(['build', './...'], { cwd: project, env })
      const tree = await treeStats(path.join(building, 'gocache'))
      return { buildMs: Math.round(build.ms), ...tree }
    } finally {
      await proxy.close()
      await removeTree(scratch)
    }
  })
  return { dir: path.join(dir, 'gocache'), ...stored.manifest, reused: stored.reused }
}

/** Copies a build cache seed to dir (replacing it), every file dated now as if just compiled. */
export async function copyBuildCache(seed: BuildCacheSeed, dir: string): Promise<void> {
  await removeTree(dir)
  await cp(seed.dir, dir, { recursive: true })
}
