// Fixture modules in GOPROXY directory layout, consumer projects that use
// them, and a hermetic environment for running the real go command.
import { execFile, execFileSync } from 'node:child_process'
import { chmod, lstat, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { escapePath, escapeVersion } from '../../src/go/escape.ts'
import { writeZip } from './zip.ts'

/**
 * The go the tests run: the one on PATH (its GOROOT, as `go env GOROOT` says, so a go installed
 * anywhere works), else /usr/local/go. Resolved once per test file.
 */
export const GO_ROOT = findGoRoot()
export const GO_BIN = join(GO_ROOT, 'bin', 'go')

function findGoRoot(): string {
  for (const go of ['go', '/usr/local/go/bin/go']) {
    try {
      return execFileSync(go, ['env', 'GOROOT'], { env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' }, encoding: 'utf8' }).trim()
    } catch {
      // next
    }
  }
  throw new Error('go is not on PATH nor at /usr/local/go/bin/go: the tests run the real go')
}
export const DEFAULT_GO_VERSION = '1.22'
const DEFAULT_TIME = '2024-01-01T00:00:00Z'

export interface ModuleVersion {
  path: string
  version: string
}

export interface FixtureModule extends ModuleVersion {
  /** Extra files, by path relative to the module root; they may replace the generated ones. */
  files?: Record<string, string | Buffer>
  /** Requirements written to go.mod; the package also imports and calls each one, so they are really used. */
  requires?: ModuleVersion[]
  /** The go directive of go.mod (default 1.22). */
  goVersion?: string
  /** The Time field of the .info file. */
  time?: string
}

const GO_KEYWORDS = new Set(
  ('break case chan const continue default defer else fallthrough for func go goto if import ' +
    'interface map package range return select struct switch type var').split(' ')
)

/** The Go package name for a module's root package: its last path element without a major version suffix. */
export function packageName(modulePath: string): string {
  const elems = modulePath.split('/')
  let last = elems.at(-1)!
  if (/^v[0-9]+$/.test(last) && elems.length > 1) last = elems.at(-2)!
  last = last.replace(/\.v[0-9]+(-unstable)?$/, '') // gopkg.in/yaml.v3 → yaml
  let name = last.toLowerCase().replace(/[^a-z0-9_]/g, '_')
  if (!/^[a-z_]/.test(name) || GO_KEYWORDS.has(name)) name = 'm' + name
  return name
}

/** The content of a module's go.mod file. */
export function goModContent(mod: FixtureModule): string {
  let text = `module ${mod.path}\n\ngo ${mod.goVersion ?? DEFAULT_GO_VERSION}\n`
  const requires = mod.requires ?? []
  if (requires.length > 0) {
    text += '\nrequire (\n' + requires.map((r) => `\t${r.path} ${r.version}\n`).join('') + ')\n'
  }
  return text
}

/** Go source importing the root package of each module as m0, m1… and the calls that use them. */
function importsAndCalls(requires: readonly ModuleVersion[]): { imports: string; calls: string[] } {
  const lines = requires.map((r, i) => `\tm${i} ${JSON.stringify(r.path)}\n`)
  return {
    imports: lines.join(''),
    calls: requires.map((_, i) => `m${i}.Version()`)
  }
}

/**
 * The root package source: Version() reports path@version followed by the
 * versions of every requirement. It imports nothing else, so building it costs
 * no more than the runtime.
 */
function packageSource(mod: FixtureModule): string {
  const requires = mod.requires ?? []
  const { imports, calls } = importsAndCalls(requires)
  const importBlock = requires.length > 0 ? `import (\n${imports})\n\n` : ''
  const result = [JSON.stringify(`${mod.path}@${mod.version}`), ...calls].join(' + " " + ')
  return (
    `// Package ${packageName(mod.path)} is a fixture module.\n` +
    `package ${packageName(mod.path)}\n\n` +
    importBlock +
    `// Version reports the module version this package was built from.\n` +
    `func Version() string {\n\treturn ${result}\n}\n`
  )
}

/** Every file of the module, by path relative to the module root. */
export function moduleFiles(mod: FixtureModule): Record<string, string | Buffer> {
  return {
    'go.mod': goModContent(mod),
    [`${packageName(mod.path)}.go`]: packageSource(mod),
    ...mod.files
  }
}

/** The module zip as a proxy serves it: every file under `<path>@<version>/`. */
export function moduleZip(mod: ModuleVersion, files: Record<string, string | Buffer>): Buffer {
  const prefix = `${mod.path}@${mod.version}/`
  return writeZip(
    Object.keys(files)
      .sort()
      .map((name) => ({ name: prefix + name, data: Buffer.from(files[name]!) }))
  )
}

/** The .info file: the canonical version and its commit time. */
export function infoContent(version: string, time = DEFAULT_TIME): string {
  return JSON.stringify({ Version: version, Time: time }) + '\n'
}

/** The directory holding a module's list, .info, .mod and .zip files under a GOPROXY root. */
export function versionDir(proxyRoot: string, modulePath: string): string {
  return join(proxyRoot, escapePath(modulePath), '@v')
}

async function appendToList(dir: string, version: string): Promise<void> {
  const listPath = join(dir, 'list')
  const existing = await readFile(listPath, 'utf8').catch(() => '')
  const versions = existing.split('\n').filter((v) => v !== '')
  if (!versions.includes(version)) versions.push(version)
  await writeFile(listPath, versions.join('\n') + '\n')
}

async function writeModuleFiles(
  proxyRoot: string,
  mod: FixtureModule,
  files: Record<string, string | Buffer>
): Promise<void> {
  const dir = versionDir(proxyRoot, mod.path)
  const base = join(dir, escapeVersion(mod.version))
  await mkdir(dir, { recursive: true })
  await Promise.all([
    writeFile(`${base}.info`, infoContent(mod.version, mod.time)),
    writeFile(`${base}.mod`, files['go.mod']!),
    writeFile(`${base}.zip`, moduleZip(mod, files))
  ])
  await appendToList(dir, mod.version)
}

/**
 * Writes one module version in GOPROXY layout under proxyRoot:
 * `<escaped path>/@v/list`, `<v>.info`, `<v>.mod` and `<v>.zip`.
 * A second version of the same module is appended to its list (write the
 * versions of one module one after the other, not concurrently).
 */
export async function writeModule(proxyRoot: string, mod: FixtureModule): Promise<ModuleVersion> {
  await writeModuleFiles(proxyRoot, mod, moduleFiles(mod))
  return { path: mod.path, version: mod.version }
}

export interface FixtureSetOptions {
  root: string
  count: number
  /** Files in each module zip, go.mod and the package source included (at least 2). */
  filesPerModule: number
  /** Approximate size in bytes of each generated filler file. */
  fileSize: number
  /** Module path prefix (default example.com/fixture); modules are <prefix>/m001, m002… */
  prefix?: string
  version?: string
}

const WORDS = (
  'func return module version proxy cache error string byte int64 struct interface range ' +
  'package import const var type map chan select defer go if else for switch case break ' +
  'context reader writer buffer sum hash zip path list info mod download verify retry'
).split(' ')

/** A fast deterministic generator (xorshift32); the same seed gives the same sequence. */
function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9
  return () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x
  }
}

const WORD_BYTES = WORDS.map((w) => Buffer.from(w))

/**
 * A Go file of about `size` bytes declaring one string constant of pseudo-random
 * words. The content depends only on the seed, and differs from file to file, so
 * archives cannot shrink it by deduplicating across files.
 */
export function fillerGoFile(pkg: string, name: string, size: number, seed: number): Buffer {
  const head = Buffer.from(`package ${pkg}\n\n// ${name} gives the module a realistic size.\nconst ${name} = \``)
  const tail = Buffer.from('\n`\n')
  const body = Buffer.alloc(Math.max(0, size - head.length - tail.length) + 16)
  const next = xorshift(seed)
  let at = 0
  let lineStart = 0
  while (at < body.length - 16) {
    const word = WORD_BYTES[next() % WORD_BYTES.length]!
    body[at++] = at - lineStart > 72 ? 0x0a : 0x20
    if (body[at - 1] === 0x0a) lineStart = at
    at += word.copy(body, at)
    if (next() % 4 === 0) at += body.write(String(next() % 1000), at)
  }
  return Buffer.concat([head, body.subarray(0, at), tail])
}

/** Generates `count` modules of `filesPerModule` files each, in parallel batches. */
export async function buildFixtureSet(options: FixtureSetOptions): Promise<ModuleVersion[]> {
  const prefix = options.prefix ?? 'example.com/fixture'
  const version = options.version ?? 'v1.0.0'
  const width = Math.max(3, String(options.count).length)
  const modules: FixtureModule[] = []
  for (let i = 1; i <= options.count; i++) {
    modules.push({ path: `${prefix}/m${String(i).padStart(width, '0')}`, version })
  }
  const fillers = Math.max(0, options.filesPerModule - 2)
  const fillerWidth = Math.max(3, String(fillers).length)
  const batch = 16
  for (let start = 0; start < modules.length; start += batch) {
    await Promise.all(
      modules.slice(start, start + batch).map((mod, k) => {
        const pkg = packageName(mod.path)
        const files = moduleFiles(mod)
        for (let f = 1; f <= fillers; f++) {
          const name = `filler${String(f).padStart(fillerWidth, '0')}`
          files[`${name}.go`] = fillerGoFile(pkg, name, options.fileSize, (start + k + 1) * 100003 + f)
        }
        return writeModuleFiles(options.root, mod, files)
      })
    )
  }
  return modules.map((m) => ({ path: m.path, version: m.version }))
}

export interface ConsumerOptions {
  modulePath: string
  requires: readonly ModuleVersion[]
  goVersion?: string
}

/**
 * A main package that imports and calls the root package of every required
 * module. It prints with the println builtin: importing fmt would make a cold
 * build compile several seconds more of the standard library.
 */
export function consumerMain(requires: readonly ModuleVersion[]): string {
  const { imports, calls } = importsAndCalls(requires)
  const importBlock = requires.length > 0 ? `import (\n${imports})\n\n` : ''
  const body = calls.length > 0 ? calls.map((c) => `\tprintln(${c})\n`).join('') : '\tprintln("no modules")\n'
  return `package main\n\n${importBlock}func main() {\n${body}}\n`
}

/** Writes go.mod (requiring every module) and main.go (using every module) into dir. */
export async function writeConsumer(dir: string, options: ConsumerOptions): Promise<void> {
  await mkdir(dir, { recursive: true })
  const goMod = goModContent({
    path: options.modulePath,
    version: '',
    requires: [...options.requires],
    goVersion: options.goVersion
  })
  await writeFile(join(dir, 'go.mod'), goMod)
  await writeFile(join(dir, 'main.go'), consumerMain(options.requires))
}

export type GoEnv = Record<string, string>

/**
 * A complete environment for the real go command with every directory under
 * `base` and nothing inherited from the machine: no GOPROXY from the host, no
 * checksum database, no toolchain switching, no HTTP(S)_PROXY.
 * `overrides` replace entries; an undefined value removes one.
 */
export function goEnv(base: string, overrides: Record<string, string | undefined> = {}): GoEnv {
  const home = join(base, 'home')
  mkdirSync(home, { recursive: true })
  const env: Record<string, string | undefined> = {
    PATH: `${join(GO_ROOT, 'bin')}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    TMPDIR: process.env.TMPDIR ?? '/tmp',
    GOPATH: join(base, 'gopath'),
    GOMODCACHE: join(base, 'gopath', 'pkg', 'mod'),
    GOCACHE: join(base, 'gocache'),
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GONOSUMDB: '',
    GOPRIVATE: '',
    GONOPROXY: '',
    GOINSECURE: '',
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-mod=mod',
    GOENV: 'off',
    GOWORK: 'off',
    CGO_ENABLED: '0',
    ...overrides
  }
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined))
}

export interface GoResult {
  /** The exit code; -1 when go was killed (see timedOut). */
  code: number
  stdout: string
  stderr: string
  /** go was still running after timeoutMs and was killed: what a black-holed proxy does to it. */
  timedOut: boolean
}

/**
 * Runs the real go command without blocking the event loop (a proxy served by
 * this same process must keep answering). Never throws on a non-zero exit.
 */
export function runGo(
  args: readonly string[],
  options: { cwd: string; env: GoEnv; timeoutMs?: number }
): Promise<GoResult> {
  return new Promise((resolve) => {
    execFile(
      GO_BIN,
      args,
      { cwd: options.cwd, env: options.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1
        resolve({ code, stdout, stderr, timedOut: error?.killed === true })
      }
    )
  })
}

/** Runs `go mod tidy` in dir so that go itself writes go.sum; throws with go's stderr on failure. */
export async function tidyConsumer(dir: string, env: GoEnv): Promise<void> {
  const result = await runGo(['mod', 'tidy'], { cwd: dir, env })
  if (result.code !== 0) throw new Error(`go mod tidy in ${dir} failed (exit ${result.code}):\n${result.stderr}`)
}

/** The non-empty lines of dir/go.sum. */
export async function goSumLines(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, 'go.sum'), 'utf8')
  return text.split('\n').filter((line) => line !== '')
}

async function makeWritable(path: string): Promise<void> {
  const stat = await lstat(path).catch(() => undefined)
  if (stat === undefined || !stat.isDirectory()) return
  await chmod(path, 0o755)
  for (const name of await readdir(path)) await makeWritable(join(path, name))
}

/**
 * Removes a tree that may hold a module cache: go makes its directories
 * read-only, which defeats a plain recursive rm for anyone but root.
 */
export async function removeTree(path: string): Promise<void> {
  await makeWritable(path)
  await rm(path, { recursive: true, force: true })
}
