import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { ActionError } from '../../src/errors.ts'
import { requirementsOf, selectToolchain, type ToolchainDecision } from '../../src/toolchain/select.ts'
import { compareGoVersions, versionOfGoVersion } from '../../src/go/version.ts'
import { GO_BIN } from '../support/fixtures.ts'

const run = promisify(execFile)

let local = ''
let scratch = ''

beforeAll(async () => {
  const { stdout } = await run(GO_BIN, ['env', 'GOVERSION'], { env: { ...process.env, GOTOOLCHAIN: 'local' } })
  local = versionOfGoVersion(stdout) ?? ''
  scratch = await mkdtemp(path.join(tmpdir(), 'gmp-select-'))
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

/** Bumps the minor version of the local go: a toolchain that surely is newer (or older). */
function minorFromLocal(delta: number): string {
  const [major, minor] = local.split('.')
  return `${major}.${Number(minor) + delta}`
}

/** Runs go in a new directory holding the file, hermetically: no proxy, its own module cache. */
async function goIn(gotoolchain: string, fileName: 'go.mod' | 'go.work', text: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  const dir = await mkdtemp(path.join(scratch, 'case-'))
  await writeFile(path.join(dir, fileName), text)
  if (fileName === 'go.work') {
    await mkdir(path.join(dir, 'm'))
    await writeFile(path.join(dir, 'm', 'go.mod'), 'module m\n\ngo 1.21\n')
  }
  const env = { ...process.env, GOTOOLCHAIN: gotoolchain, GOPROXY: 'off', GOPATH: path.join(dir, 'gopath'), GOMODCACHE: path.join(dir, 'mc'), GOFLAGS: '-mod=mod' }
  return run(GO_BIN, args, { cwd: dir, env }).then(
    (r) => ({ stdout: r.stdout, stderr: r.stderr }),
    (e: { stdout: string; stderr: string }) => ({ stdout: e.stdout, stderr: e.stderr })
  )
}

/**
 * What cmd/go itself chooses: `go version` in a directory with the file, GOPROXY=off so that a
 * switch stops at the download and names the toolchain it wanted.
 */
async function goChooses(gotoolchain: string, fileName: 'go.mod' | 'go.work', text: string): Promise<string> {
  const result = await goIn(gotoolchain, fileName, text, ['version'])
  const wanted = /go: download(?:ing)? (go\S+)|cannot find "(go\S+)" in PATH/.exec(result.stderr)
  if (wanted !== null) return wanted[1] ?? wanted[2] ?? ''
  const ran = /^go version (go\S+)/.exec(result.stdout)
  if (ran === null) throw new Error(`go said neither: ${result.stdout} ${result.stderr}`)
  return ran[1] ?? ''
}

function toolchainOf(d: ToolchainDecision): string {
  return d.action === 'switch' ? d.toolchain : `go${local}`
}

describe('selectToolchain against cmd/go', () => {
  const cases: [string, 'go.mod' | 'go.work', (next: string, prev: string) => string][] = [
    ['auto', 'go.mod', () => 'module x\n\ngo 1.21\n'],
    ['auto', 'go.mod', (next) => `module x\n\ngo 1.21\n\ntoolchain go${next}.2\n`],
    ['auto', 'go.mod', (next) => `module x\n\ngo ${next}\n`],
    ['auto', 'go.mod', (next) => `module x\n\ngo ${next}rc1\n`],
    ['auto', 'go.mod', (next) => `module x\n\ngo ${next}.1\n\ntoolchain go${next}.3\n`],
    ['auto', 'go.mod', (next) => `module x\n\ngo ${next}.4\n\ntoolchain go${next}.3\n`],
    ['auto', 'go.mod', (next) => `module x\n\ngo ${next}.4\n\ntoolchain default\n`],
    ['auto', 'go.mod', (_, prev) => `module x\n\ngo 1.21\n\ntoolchain go${prev}.0\n`],
    ['local', 'go.mod', (next) => `module x\n\ngo 1.21\n\ntoolchain go${next}.0\n`],
    ['path', 'go.mod', (next) => `module x\n\ngo 1.21\n\ntoolchain go${next}.0\n`],
    ['go1.30.0', 'go.mod', () => 'module x\n\ngo 1.21\n'],
    ['go1.21.0', 'go.mod', () => 'module x\n\ngo 1.21\n'],
    ['go1.21.0+auto', 'go.mod', () => 'module x\n\ngo 1.21\n'],
    ['go1.21.0+auto', 'go.mod', (next) => `module x\n\ngo 1.21\n\ntoolchain go${next}.1\n`],
    ['local+auto', 'go.mod', (next) => `module x\n\ngo ${next}.0\n`],
    ['auto', 'go.work', (next) => `go 1.21\n\ntoolchain go${next}.5\n\nuse ./m\n`],
    // Files go's own go.mod reader rejects, that go still switches on by their go and toolchain
    // lines (a directive of a newer Go, a syntax error further down); the old strict reader
    // returned nothing for them and kept the local go.
    ['auto', 'go.mod', (next) => `module x\n\ngo ${next}\n\nfrobnicate x\n`],
    ['auto', 'go.mod', (next) => `module x\n\nfuture (\n\ta b\n)\n\ngo ${next}.1\n`],
    ['auto', 'go.mod', (next) => `module x\r\n\r\ngo ${next}.1 // the new loop\r\n\r\nrequire (\r\n\texample.com/y v1.0.0\r\n`],
    ['auto', 'go.mod', (next) => `module x\n\ngo 1.21\n\ntoolchain go${next}.2 // pinned\n\nretract v1.0.0 extra\n`],
    ['go1.21.0+auto', 'go.mod', (next) => `module x\n\ngo ${next}rc2\n\nignore (\n\t./web ./more\n)\n`],
    ['auto', 'go.work', (next) => `go ${next}\n\nuse ./m\n\nrequire example.com/x v1.0.0\n`],
    // go is no block verb: go reads "(", no version, and stays.
    ['auto', 'go.mod', (next) => `module x\n\ngo (\n\t${next}\n)\n`]
  ]
  for (const [gotoolchain, fileName, text] of cases) {
    it(`GOTOOLCHAIN=${gotoolchain} with ${text('N', 'P').replace(/\n+/g, '; ')}`, async () => {
      const content = text(minorFromLocal(1), minorFromLocal(-1))
      const decision = selectToolchain({
        gotoolchain,
        local,
        requirements: requirementsOf(['.'], [{ path: fileName, content }])
      })
      expect(toolchainOf(decision)).toBe(await goChooses(gotoolchain, fileName, content))
    })
  }
})

describe('selectToolchain against cmd/go, where go does not switch', () => {
  it('with GOTOOLCHAIN=local, forbids the go version go refuses to load a newer go.mod for', async () => {
    // go's lax second reading finds the go line of a file with a directive it does not know.
    const next = minorFromLocal(1)
    const content = `module x\n\ngo ${next}.1\n\nfrobnicate x\n`
    const said = /go\.mod requires go >= (\S+) \(running go \S+; GOTOOLCHAIN=local\)/.exec((await goIn('local', 'go.mod', content, ['list', '-m'])).stderr)
    expect(said?.[1]).toBe(`${next}.1`)
    const d = selectToolchain({ gotoolchain: 'local', local, requirements: requirementsOf(['.'], [{ path: 'go.mod', content }]) })
    expect(d).toMatchObject({ action: 'forbidden', toolchain: `go${said?.[1]}` })
  })

  it('stops on a toolchain line that names no toolchain only where go reads it to switch', async () => {
    const content = 'module x\n\ngo 1.21\n\ntoolchain "go1.21.0"\n'
    const requirements = requirementsOf(['.'], [{ path: 'go.mod', content }])
    expect((await goIn('auto', 'go.mod', content, ['version'])).stderr).toContain('invalid toolchain "\\"go1.21.0\\"" in go.mod')
    expect(() => selectToolchain({ gotoolchain: 'auto', local, requirements })).toThrow(/go\.mod: invalid toolchain line '"go1\.21\.0"'/)
    // With local, go runs without reading the line (its go.mod reader reports it when it loads the module).
    expect((await goIn('local', 'go.mod', content, ['version'])).stdout.split(' ')[2]).toBe(`go${local}`)
    expect(selectToolchain({ gotoolchain: 'local', local, requirements }).action).toBe('local')
  })
})

describe('selectToolchain', () => {
  it('switches for the newer of the toolchain and go lines, and says which line asked', () => {
    const d = selectToolchain({
      gotoolchain: 'auto',
      local: '1.22.3',
      requirements: [{ file: 'go.mod', go: '1.23', toolchain: 'go1.23.4' }]
    })
    expect(d).toMatchObject({ action: 'switch', toolchain: 'go1.23.4', version: '1.23.4', toolCacheVersion: '1.23.4', pathOnly: false })
    expect(d.reason).toContain('toolchain line of go.mod')
  })

  it('names the first release of a language version on a go line: go 1.23 → go1.23.0', () => {
    const d = selectToolchain({ gotoolchain: 'auto', local: '1.22.3', requirements: [{ file: 'a/go.mod', go: '1.23' }] })
    expect(d).toMatchObject({ action: 'switch', toolchain: 'go1.23.0', version: '1.23.0' })
    expect(d.reason).toContain('go line of a/go.mod')
  })

  it('takes the newest requirement over several roots', () => {
    const d = selectToolchain({
      gotoolchain: 'auto',
      local: '1.22.3',
      requirements: [
        { file: 'a/go.mod', go: '1.22', toolchain: 'go1.23.1' },
        { file: 'b/go.mod', go: '1.24rc2' },
        { file: 'c/go.mod', go: '1.21', toolchain: 'go1.23.9' }
      ]
    })
    expect(d).toMatchObject({ action: 'switch', toolchain: 'go1.24rc2', toolCacheVersion: '1.24.0-rc.2' })
  })

  it('keeps the local go when it satisfies every root', () => {
    const d = selectToolchain({
      gotoolchain: 'auto',
      local: '1.22.3',
      requirements: [{ file: 'go.mod', go: '1.22.1', toolchain: 'go1.22.3' }]
    })
    expect(d.action).toBe('local')
  })

  it('only reports what the files ask for when GOTOOLCHAIN=local', () => {
    const d = selectToolchain({ gotoolchain: 'local', local: '1.22.3', requirements: [{ file: 'go.mod', go: '1.24.0' }] })
    expect(d).toMatchObject({ action: 'forbidden', toolchain: 'go1.24.0' })
    expect(d.reason).toContain('GOTOOLCHAIN=local keeps go 1.22.3')
  })

  it('looks on PATH only with +path', () => {
    const d = selectToolchain({
      gotoolchain: 'go1.22.0+path',
      local: '1.22.3',
      requirements: [{ file: 'go.mod', toolchain: 'go1.25.1' }]
    })
    expect(d).toMatchObject({ action: 'switch', toolchain: 'go1.25.1', pathOnly: true })
  })

  it('keeps a development build of go as it is', () => {
    const d = selectToolchain({ gotoolchain: 'auto', local: undefined, requirements: [{ file: 'go.mod', go: '1.99.0' }] })
    expect(d.action).toBe('local')
  })

  it('rejects a malformed GOTOOLCHAIN or toolchain line with the forms it expects', () => {
    for (const bad of ['go1.22.0+sometimes', 'bash', '1.22.0', 'go1.22.0+']) {
      expect(() => selectToolchain({ gotoolchain: bad, local: '1.22.3', requirements: [] })).toThrow(
        new RegExp(`GOTOOLCHAIN=${bad.replace(/[+.]/g, '\\$&')} is not valid: .*go1\\.22\\.3\\+auto`)
      )
    }
    expect(() =>
      selectToolchain({ gotoolchain: 'auto', local: '1.22.3', requirements: [{ file: 'x/go.mod', toolchain: 'rust1.80' }] })
    ).toThrow(ActionError)
  })

  it('always moves forward from the local version when the files ask for more', () => {
    for (const go of ['1.22.4', '1.23rc1', '1.23', '2.0.0']) {
      const d = selectToolchain({ gotoolchain: 'auto', local: '1.22.3', requirements: [{ file: 'go.mod', go }] })
      expect(d.action).toBe('switch')
      if (d.action === 'switch') expect(compareGoVersions(d.version, '1.22.3')).toBeGreaterThan(0)
    }
  })
})

describe('requirementsOf', () => {
  it('reads a root’s go.work before its go.mod, and each root on its own', () => {
    const requirements = requirementsOf(
      ['.', 'tools'],
      [
        { path: 'go.mod', content: 'module x\n\ngo 1.21\n' },
        { path: 'go.work', content: 'go 1.22\n\ntoolchain go1.23.2\n\nuse .\n' },
        { path: 'tools/go.mod', content: Buffer.from('module tools\n\ngo 1.24rc1\n') }
      ]
    )
    expect(requirements).toEqual([
      { file: 'go.work', go: '1.22', toolchain: 'go1.23.2' },
      { file: 'tools/go.mod', go: '1.24rc1' }
    ])
  })

  it('reads the go line of a file go would reject further down, as go does when it chooses', () => {
    // Before, a file that did not parse was left out: cmd/go reads these two lines alone.
    expect(requirementsOf(['.'], [{ path: 'go.mod', content: 'module x\n\ngo 1.21\nrequire (\n' }])).toEqual([{ file: 'go.mod', go: '1.21' }])
  })
})
