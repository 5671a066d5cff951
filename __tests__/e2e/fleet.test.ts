// A fleet under load: sixteen runs of the command at once on one shared cache (a directory, then an
// S3 bucket), four small projects, four runs racing on each key, and on the directory a
// cache-max-size small enough that it evicts while the others still save and restore. Each save
// must land, find its key already there, or fail with the save process's own reason; nothing may
// be left in the temp directory the runs share.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { isTempName } from '../../src/cache/dirkeys.ts'
import { goEnv, tidyConsumer, writeConsumer, writeModule, type ModuleVersion } from '../support/fixtures.ts'
import { startGoProxy, type GoProxy } from '../support/goproxy.ts'
import { repoRoot, runProcess, type StepResult } from '../support/runner.ts'
import { startS3Server, type S3Server } from '../support/s3-server.ts'

const CLI = path.join(repoRoot, 'dist', 'cli.js')
const PROJECTS = 4
const RUNS_PER_PROJECT = 4

/** What one run says of its module cache save, from the lines the save and the post phase write. */
type SaveReport =
  | { outcome: 'saved' }
  | { outcome: 'exists' }
  | { outcome: 'failed'; why: string }
  /** Not attempted, and why (an exact hit restored from a run that saved first). */
  | { outcome: 'not-saving'; why: string }
  | { outcome: 'unreported' }

function saveReportOf(log: string): SaveReport {
  if (/Saved the module cache as /.test(log)) return { outcome: 'saved' }
  if (/Module cache not saved as \S+: entry already exists/.test(log)) return { outcome: 'exists' }
  const failed = /Module cache not saved; the job goes on: (.*)/.exec(log)
  if (failed) return { outcome: 'failed', why: failed[1]! }
  const skipped = /Not saving: (.*)/.exec(log)
  if (skipped) return { outcome: 'not-saving', why: skipped[1]! }
  return { outcome: 'unreported' }
}

/** Reasons the waiting side gives when the save process left no outcome: never one of its own. */
const NO_OUTCOME = /the save process .*without a result|still running after save-timeout/

describe('a fleet of sixteen runs at once on one shared cache', () => {
  let base: string
  let proxy: GoProxy
  let s3: S3Server | undefined
  const projects: string[] = []

  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'gmp-fleet-'))
    const proxyRoot = path.join(base, 'proxy')
    const modules: ModuleVersion[] = []
    for (let i = 1; i <= PROJECTS; i++) modules.push(await writeModule(proxyRoot, { path: `example.com/fleet/m${i}`, version: 'v1.0.0' }))
    proxy = await startGoProxy({ root: proxyRoot })
    // Project k needs two of the modules: four different keys, the modules shared among them.
    for (let k = 0; k < PROJECTS; k++) {
      const dir = path.join(base, 'projects', `p${k}`, 'app')
      await writeConsumer(dir, { modulePath: `example.com/p${k}`, requires: [modules[k]!, modules[(k + 1) % PROJECTS]!] })
      await tidyConsumer(dir, goEnv(path.join(base, 'tidy'), { GOPROXY: proxy.url }))
      projects.push(path.dirname(dir))
    }
  })
  afterAll(async () => {
    await proxy?.close()
    await s3?.close()
    await rm(base, { recursive: true, force: true })
  })

  /**
   * Sixteen runs at once, each in a workspace and a Go environment of its own (as on sixteen
   * runners), all with one TMPDIR and no RUNNER_TEMP: run j builds project j mod 4.
   */
  async function storm(name: string, cacheArgs: string[], extraEnv: Record<string, string> = {}): Promise<{ results: StepResult[]; tmp: string }> {
    const tmp = path.join(base, name, 'tmp')
    await mkdir(tmp, { recursive: true })
    const runs: { workspace: string; env: Record<string, string> }[] = []
    for (let j = 0; j < PROJECTS * RUNS_PER_PROJECT; j++) {
      const job = path.join(base, name, `job${j}`)
      const workspace = path.join(job, 'workspace')
      await cp(projects[j % PROJECTS]!, workspace, { recursive: true })
      runs.push({ workspace, env: { ...goEnv(path.join(job, 'go'), { GOPROXY: proxy.url, TMPDIR: tmp }), ...extraEnv } })
    }
    // Generous limits: sixteen runs share two cores with the proxy this test serves.
    const args = [CLI, '--working-directory', 'app', '--mirrors', '', '--proxies', proxy.url, '--probe-timeout', '30', '--cache-timeout', '60', ...cacheArgs]
    const results = await Promise.all(runs.map((r) => runProcess(process.execPath, args, { cwd: r.workspace, env: r.env })))
    return { results, tmp }
  }

  /** Every run succeeded and says what became of its save; the reports, run j's at j. */
  function accountedSaves(results: StepResult[]): SaveReport[] {
    const reports = results.map((r) => saveReportOf(r.stderr))
    for (const [j, r] of results.entries()) {
      const report = reports[j]!
      const lost =
        (report.outcome === 'failed' && NO_OUTCOME.test(report.why)) ||
        (report.outcome === 'not-saving' && report.why !== 'the restore was an exact hit.') ||
        report.outcome === 'unreported'
      if (r.exitCode !== 0 || lost) throw new Error(`run ${j} exited ${r.exitCode}, its save: ${JSON.stringify(report)}\n${r.stderr}`)
    }
    return reports
  }

  /** How many runs of each project saved its key. */
  function savedPerProject(reports: SaveReport[]): number[] {
    const counts = new Array<number>(PROJECTS).fill(0)
    reports.forEach((r, j) => (counts[j % PROJECTS]! += r.outcome === 'saved' ? 1 : 0))
    return counts
  }

  async function leftInTemp(tmp: string): Promise<string[]> {
    return (await readdir(tmp)).filter((n) => n.startsWith('go-mod-precache-'))
  }

  it('on a shared directory that evicts during the storm', async () => {
    const dir = path.join(base, 'dir-cache')
    // About four module entries and a dozen history records fit: the rest is evicted as they come.
    const { results, tmp } = await storm('dir', ['--cache-url', dir, '--cache-max-size', '6KB'])
    const reports = accountedSaves(results)
    expect(results.some((r) => /Evicted \d+ least recently used cache entr/.test(r.stderr))).toBe(true)
    // An entry evicted and saved again is saved twice; never is it lost by all four.
    for (const saved of savedPerProject(reports)) expect(saved).toBeGreaterThanOrEqual(1)
    expect(await leftInTemp(tmp)).toEqual([])
    const entries = await readdir(path.join(dir, (await readdir(dir))[0]!), { recursive: true })
    expect(entries.filter((n) => isTempName(path.basename(n)))).toEqual([])
  }, 180_000)

  it('on S3-compatible storage', async () => {
    s3 = await startS3Server()
    await s3.createBucket('fleet')
    const { results, tmp } = await storm('s3', ['--cache-url', 's3://fleet/ci', '--s3-endpoint', s3.url], s3.env())
    const reports = accountedSaves(results)
    // Nothing is evicted: of the four racing on a key exactly one stores it.
    expect(savedPerProject(reports)).toEqual([1, 1, 1, 1])
    expect(await leftInTemp(tmp)).toEqual([])
  }, 180_000)
})
