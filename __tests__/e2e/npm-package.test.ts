// The npm package: dist/ and the README, nothing to install beside it (the bundle carries its
// dependencies), small, and a global install of it runs the command.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { repoRoot, runProcess, type StepResult } from '../support/runner.ts'

interface PackResult {
  filename: string
  files: { path: string }[]
}

const MAX_TARBALL = 10 * 1024 * 1024

describe('the npm package', () => {
  let temp: string
  let env: Record<string, string>
  let pack: PackResult
  let tarball: string
  const npm = (args: string[], cwd = repoRoot): Promise<StepResult> => runProcess('npm', args, { cwd, env })

  beforeAll(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'gmp-npm-'))
    // npm and the installed command run on this Node (24), with a cache of their own: nothing
    // the install needs may come from anywhere but the tarball.
    env = {
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      HOME: temp,
      npm_config_cache: path.join(temp, 'npm-cache'),
      npm_config_update_notifier: 'false'
    }
    const r = await npm(['pack', '--json', '--pack-destination', temp])
    expect(r.exitCode).toBe(0)
    pack = (JSON.parse(r.stdout) as PackResult[])[0]!
    tarball = path.join(temp, pack.filename)
  })
  afterAll(() => rm(temp, { recursive: true, force: true }))

  it('is under 10 MB and holds dist/, the README and package.json, and no dependency', async () => {
    expect((await stat(tarball)).size).toBeLessThan(MAX_TARBALL)
    const files = pack.files.map((f) => f.path)
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/cli.js']))
    expect(files.filter((f) => !/^(dist\/|README\.md$|package\.json$)/.test(f))).toEqual([])
    const manifest = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>
    expect([manifest.dependencies, manifest.private]).toEqual([undefined, undefined])
  })

  it('installs globally with no network and no cache, and runs go-mod-precache --help', async () => {
    const prefix = path.join(temp, 'prefix')
    const install = await npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], temp)
    expect(install.stderr).not.toMatch(/ERR!/)
    expect(install.exitCode).toBe(0)
    const r = await runProcess(path.join(prefix, 'bin', 'go-mod-precache'), ['--help'], { cwd: temp, env })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(/^Usage: go-mod-precache \[flags\]/)
    expect(r.stdout).toContain('--cache-url')
  })
})
