// A Go checksum database on 127.0.0.1: the real golang.org/x/mod/sumdb server, built at test time
// from the copy GOROOT vendors for cmd/go (checksumdb/main.go is the whole program). go verifies
// against it exactly as against sum.golang.org: a signed tree head, tiles and inclusion proofs.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { appendFile, cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { GO_ROOT, runGo, type GoEnv } from './fixtures.ts'

const PROGRAM = path.join(path.dirname(fileURLToPath(import.meta.url)), 'checksumdb', 'main.go')
const VENDORED_XMOD = path.join(GO_ROOT, 'src', 'cmd', 'vendor', 'golang.org', 'x', 'mod')

export interface ChecksumDb {
  name: string
  /** The verifier key, "<name>+<hash>+<key>". */
  key: string
  url: string
  /** The GOSUMDB value that points go at this database: "<key> <url>". */
  gosumdb: string
  /** Paths requested so far, in order (/lookup/…, /tile/…, /latest). */
  requests: string[]
  /** Adds go.sum lines; a module version becomes a record the first time go looks it up. */
  add(lines: readonly string[]): Promise<void>
  close(): Promise<void>
}

/** Builds the server once per Go version and program text; later calls reuse the binary. */
export async function checksumDbBinary(): Promise<string> {
  const source = await readFile(PROGRAM)
  const goVersion = (await runGo(['env', 'GOVERSION'], { cwd: os.tmpdir(), env: hostEnv({ GOTOOLCHAIN: 'local' }) })).stdout.trim()
  const id = createHash('sha256').update(goVersion).update(source).digest('hex').slice(0, 16)
  const binary = path.join(os.tmpdir(), `gmp-checksumdb-${id}`)
  if (existsSync(binary)) return binary

  const work = await mkdtemp(path.join(os.tmpdir(), 'gmp-checksumdb-build-'))
  try {
    const xmod = path.join(work, 'xmod')
    await cp(VENDORED_XMOD, xmod, { recursive: true })
    await writeFile(path.join(xmod, 'go.mod'), 'module golang.org/x/mod\n\ngo 1.24\n')
    const prog = path.join(work, 'prog')
    await mkdir(prog)
    await writeFile(path.join(prog, 'main.go'), source)
    await writeFile(
      path.join(prog, 'go.mod'),
      'module checksumdb\n\ngo 1.24\n\nrequire golang.org/x/mod v0.0.0\n\nreplace golang.org/x/mod => ../xmod\n'
    )
    const out = path.join(work, 'checksumdb')
    const result = await runGo(['build', '-o', out, '.'], {
      cwd: prog,
      env: hostEnv({ GOTOOLCHAIN: 'local', GOPROXY: 'off', GOWORK: 'off', GOFLAGS: '-mod=mod', GOENV: 'off', CGO_ENABLED: '0' }),
      timeoutMs: 180_000
    })
    if (result.code !== 0) throw new Error(`building the checksum database failed:\n${result.stderr}`)
    // Renamed into place whole, so a concurrent test never runs a half-written binary.
    await rename(out, binary)
    return binary
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

export async function startChecksumDb(options: { name?: string; lines?: readonly string[] } = {}): Promise<ChecksumDb> {
  const name = options.name ?? 'sum.test'
  const binary = await checksumDbBinary()
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gmp-checksumdb-'))
  const records = path.join(dir, 'records')
  await writeFile(records, (options.lines ?? []).map((l) => `${l}\n`).join(''))
  const child = spawn(binary, ['-name', name, '-records', records], { stdio: ['ignore', 'pipe', 'pipe'] })
  const requests: string[] = []
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    let started = false
    lines.on('line', (line) => {
      if (!started) {
        started = true
        resolve(line)
      } else {
        requests.push(line)
      }
    })
    child.once('exit', (code) => reject(new Error(`the checksum database exited (${code}) before it listened: ${stderr}`)))
  })
  const [key = '', address = ''] = first.split(' ')
  const url = `http://${address}`
  return {
    name,
    key,
    url,
    gosumdb: `${key} ${url}`,
    requests,
    add: (lines) => appendFile(records, lines.map((l) => `${l}\n`).join('')),
    close: () => stop(child, dir)
  }
}

async function stop(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  await rm(dir, { recursive: true, force: true })
}

/** The machine's environment (its GOCACHE, so builds are reused) with go settings for a local build. */
export function hostEnv(overrides: Record<string, string>): GoEnv {
  const env: GoEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v
  return { ...env, ...overrides }
}
