import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { runGo } from '../support/fixtures.ts'
import { startGoProxy } from '../support/goproxy.ts'
import { repoRoot, type ActionRun } from '../support/runner.ts'
import { createWorld, type World } from './world.ts'

const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

async function declaredOutputs(): Promise<string[]> {
  const yml = parse(await readFile(path.join(repoRoot, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> }
  return Object.keys(yml.outputs).sort()
}

/** The save's fields, which a background save fills in only in the post step. */
const SAVE_FIELDS = ['saved', 'saveSkipped', 'saveMs', 'sizeBytes', 'files'] as const

/**
 * The metrics file as the post step left it, parsed. It is the main step's record (the metrics
 * output) with the outcome of a background save filled in.
 */
async function metricsOf(run: ActionRun): Promise<Record<string, any>> {
  expect(run.outputs['metrics-file']).not.toBe('')
  const fromFile = JSON.parse(await readFile(run.outputs['metrics-file'], 'utf8'))
  const fromMain = JSON.parse(run.outputs.metrics)
  if (fromMain.cache.saveMode === 'background') {
    for (const field of SAVE_FIELDS) fromMain.cache[field] = fromFile.cache[field]
  }
  expect(fromMain).toEqual(fromFile)
  return fromFile
}

describe('one record, many views', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
  })
  afterAll(() => world.close())

  it('sets every declared output on a cache miss, and the metrics file matches them', async () => {
    const metricsFile = path.join(world.base, 'metrics', 'run1.json')
    const run = await world.run({ inputs: { 'metrics-file': metricsFile } })
    expect(run.main.exitCode).toBe(0)
    expect(Object.keys(run.outputs).sort()).toEqual(await declaredOutputs())
    expect(run.outputs['metrics-file']).toBe(metricsFile)
    const m = await metricsOf(run)
    expect(m.schemaVersion).toBe(1)
    expect(m.cache.state).toBe(run.outputs['cache-state'])
    expect(run.outputs['cache-state']).toBe('miss')
    expect(String(m.download.modules)).toBe(run.outputs.modules)
    expect(String(m.totalMs)).toBe(run.outputs['total-ms'])
    // Saved in the background: the post step put the outcome in the file and the summary.
    expect(m.cache.saveMode).toBe('background')
    expect(String(m.cache.saved)).toBe('true')
    // The stored entry is the action's archive as it is.
    expect(m.cache.sizeBytes).toBeGreaterThan(0)
    expect(world.cache.entries()[0]!.size).toBe(m.cache.sizeBytes)
    expect(m.cache.files).toBeGreaterThan(0)
    expect(m.cache.saveMs).toBeGreaterThan(0)
    expect(run.outputs['cache-size-bytes']).toBe('0')
    expect(run.summary).toContain(`### Module cache save\n\nIn the background, while the job ran: saved as \`${m.cache.primaryKey}\` in ${m.cache.saveMs} ms`)
    expect(JSON.parse(run.outputs['proxy-report'])).toEqual(
      m.proxy.report.map((r: any) => ({ url: r.url, class: r.class, latencyMs: r.latencyMs, verified: r.verified, sumdb: r.sumdb }))
    )
  })

  it('sets the outputs that have meaning on a failure, with the error in the record', async () => {
    const dead = await startGoProxy({ root: world.proxyRoot, fault: { status: 500 } })
    try {
      await world.emptyModCache()
      const run = await world.run({
        inputs: { proxies: dead.url, 'download-retries': '0', 'key-prefix': 'fail', 'metrics-file': path.join(world.base, 'metrics', 'fail.json') }
      })
      expect(run.main.exitCode).toBe(1)
      expect(Object.keys(run.outputs).sort()).toEqual(await declaredOutputs())
      const m = await metricsOf(run)
      expect(m.error).toMatch(/go mod download failed after 1 attempt/)
      expect(run.outputs['download-attempts']).toBe('1')
      expect(run.outputs['cache-state']).toBe('miss')
      expect(run.summary).toContain('**Failed:** go mod download failed')
    } finally {
      await dead.close()
    }
  })

  it('puts a dropped proxy in the summary with its row, a hint with the fix, and a notice of the fallback', async () => {
    const dead = await startGoProxy({ root: world.proxyRoot, fault: { status: 503 } })
    try {
      await world.emptyModCache()
      const run = await world.run({ inputs: { proxies: dead.url, mirrors: world.proxy.url, 'key-prefix': 'drop' } })
      expect(run.main.exitCode).toBe(0)
      expect(run.summary).toContain(`| \`${dead.url}\` | primary | http-5xx |  | no |  |`)
      expect(run.summary).toMatch(new RegExp(`### Hints[\\s\\S]*${dead.url.replace(/[.:/]/g, '\\$&')} \\(primary\\) dropped from the chain: http-5xx.*Fix: the proxy is failing`))
      expect(run.main.stdout).toMatch(/::notice title=go-mod-precache%3A fallback proxy used::/)
      expect(run.outputs['fallback-used']).toBe('true')
    } finally {
      await dead.close()
    }
  })

  it('writes no summary when summary is false', async () => {
    await world.emptyModCache()
    const run = await world.run({ inputs: { summary: 'false' } })
    expect(run.main.exitCode).toBe(0)
    expect(run.summary).toBe('')
    expect(run.outputs['cache-state']).toBe('hit')
  })
})

describe('offline mode', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2), v(3)] })
  })
  afterAll(() => world.close())

  it('exports GOPROXY=off, and a later go build succeeds with every proxy stopped', async () => {
    const run = await world.run({ inputs: { offline: 'true' } })
    expect(run.main.exitCode).toBe(0)
    expect(run.exportedEnv.GOPROXY).toBe('off')
    expect(run.outputs.offline).toBe('true')
    expect(run.outputs.goproxy).toBe('off')
    await world.proxy.close()
    // A later step: the job's environment plus what the action exported; GOFLAGS untouched.
    const build = await runGo(['build', './...'], { cwd: world.project, env: { ...world.env, ...run.exportedEnv } })
    expect(build.stderr).toBe('')
    expect(build.code).toBe(0)
  })
})
