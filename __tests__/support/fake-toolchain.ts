// A Go toolchain newer than the machine's, served as the module cmd/go downloads on a switch
// (golang.org/toolchain@v0.0.1-go1.99.0.<goos>-<goarch>): the machine's own cmd/go rebuilt to
// report the new version, which is all that `go version`, `go env` and `go mod download` need.
// (Compiling needs the matching compiler and library, which the zip leaves out to stay small.)
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { hash1, hashGoMod } from '../../src/go/dirhash.ts'
import { hostEnv } from './checksum-db.ts'
import { infoContent, runGo, versionDir } from './fixtures.ts'
import { readZip, writeZip } from './zip.ts'

export const TOOLCHAIN_MODULE = 'golang.org/toolchain'

export interface ToolchainModule {
  /** The toolchain name, e.g. go1.99.0. */
  toolchain: string
  /** The module version, e.g. v0.0.1-go1.99.0.linux-amd64. */
  version: string
  mod: string
  zip: Buffer
  /** The go.sum lines of the zip and of the go.mod, as the checksum database must record them. */
  sumLines: string[]
}

async function hostGo(name: string): Promise<string> {
  const result = await runGo(['env', name], { cwd: os.tmpdir(), env: hostEnv({ GOTOOLCHAIN: 'local' }) })
  return result.stdout.trim()
}

/** cmd/go built to report `toolchain`; built once per machine Go and name, then reused. */
export async function fakeGoBinary(toolchain: string): Promise<string> {
  const local = await hostGo('GOVERSION')
  const binary = path.join(os.tmpdir(), `gmp-fake-go-${local}-as-${toolchain}`)
  if (existsSync(binary)) return binary
  const out = `${binary}.${process.pid}.tmp`
  const result = await runGo(['build', '-o', out, '-ldflags', `-X runtime.buildVersion=${toolchain}`, 'cmd/go'], {
    cwd: os.tmpdir(),
    env: hostEnv({ GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off', CGO_ENABLED: '0' }),
    timeoutMs: 300_000
  })
  if (result.code !== 0) throw new Error(`building cmd/go as ${toolchain} failed:\n${result.stderr}`)
  await rename(out, binary)
  return binary
}

/** The toolchain module for this machine's platform, with the go.sum lines that vouch for it. */
export async function buildToolchainModule(toolchain = 'go1.99.0'): Promise<ToolchainModule> {
  const [goos, goarch, goroot] = [await hostGo('GOOS'), await hostGo('GOARCH'), await hostGo('GOROOT')]
  const version = `v0.0.1-${toolchain}.${goos}-${goarch}`
  const files: Record<string, Buffer> = {
    VERSION: Buffer.from(`${toolchain}\ntime 2026-11-01T00:00:00Z\n`),
    'bin/go': await readFile(await fakeGoBinary(toolchain)),
    'bin/gofmt': await readFile(path.join(goroot, 'bin', 'gofmt')),
    'go.env': await readFile(path.join(goroot, 'go.env')),
    // cmd/go walks these on its first run of a downloaded toolchain, to set exec bits.
    'lib/README': Buffer.from('placeholder: the library directory of a toolchain\n'),
    [`pkg/tool/${goos}_${goarch}/README`]: Buffer.from('placeholder: the compiler and linker are left out\n')
  }
  const prefix = `${TOOLCHAIN_MODULE}@${version}/`
  const entries = Object.keys(files)
    .sort()
    .map((name) => ({ name: prefix + name, data: files[name]! }))
  const mod = `module ${TOOLCHAIN_MODULE}\n`
  const zip = writeZip(entries)
  return {
    toolchain,
    version,
    mod,
    zip,
    sumLines: [
      `${TOOLCHAIN_MODULE} ${version} ${hash1(entries.map((e) => ({ name: e.name, content: e.data })))}`,
      `${TOOLCHAIN_MODULE} ${version}/go.mod ${hashGoMod(mod)}`
    ]
  }
}

/** The same toolchain with one more file: a working go, but not the bytes the checksum database knows. */
export function tamperedZip(module: ToolchainModule): Buffer {
  const prefix = `${TOOLCHAIN_MODULE}@${module.version}/`
  return writeZip([
    ...readZip(module.zip),
    { name: `${prefix}bin/extra`, data: Buffer.from('#!/bin/sh\necho not from the release\n') }
  ])
}

/** Writes the module into a GOPROXY-layout directory, with `zip` in place of its own when given. */
export async function writeToolchainModule(proxyRoot: string, module: ToolchainModule, zip = module.zip): Promise<void> {
  const dir = versionDir(proxyRoot, TOOLCHAIN_MODULE)
  await mkdir(dir, { recursive: true })
  const base = path.join(dir, module.version)
  await writeFile(`${base}.info`, infoContent(module.version))
  await writeFile(`${base}.mod`, module.mod)
  await writeFile(`${base}.zip`, zip)
  await writeFile(path.join(dir, 'list'), `${module.version}\n`)
}

/** A scratch GOPROXY root holding only this toolchain (good or tampered). */
export async function toolchainProxyRoot(module: ToolchainModule, zip = module.zip): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gmp-toolchain-proxy-'))
  await writeToolchainModule(root, module, zip)
  return root
}

export async function removeRoot(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true })
}
