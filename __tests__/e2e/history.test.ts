// The history across runs, as a team sees it: runs of the action one after the other against the
// loopback proxy and cache service, each reading what the one before saved.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { HISTORY_SCHEMA, type RunRecord } from '../../src/history/record.ts'
import { readHistoryEntry } from '../support/archive.ts'
import { startGoProxy } from '../support/goproxy.ts'
import { repoRoot, runProcess } from '../support/runner.ts'
import { createWorld, type World } from './world.ts'

const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

function notices(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::notice'))
}

function run(overrides: Partial<RunRecord>): RunRecord {
  return {
    at: '2026-11-30T10:00:00.000Z',
    commit: 'c0ffee',
    event: 'push',
    state: 'hit',
    restoreMs: 0,
    downloadMs: 0,
    saveMs: 0,
    sizeBytes: 0,
    modules: 2,
    attempts: 0,
    proxies: [],
    failed: false,
    ...overrides
  }
}

describe('the history across runs', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
  })
  afterAll(() => world.close())

  /** Stores bytes as the newest history entry of a key prefix, through the action's own backend. */
  async function seed(prefix: string, content: string, raw = false): Promise<void> {
    const file = path.join(world.base, `seed-${prefix}.json`)
    await writeFile(file, content)
    const key = `${prefix}-history-Linux-X64-seeded`
    const script = path.join(repoRoot, '__tests__', 'support', 'seed-history.ts')
    const seeded = await runProcess(process.execPath, [script, key, file, ...(raw ? ['raw'] : [])], {
      cwd: world.base,
      env: { ...world.env, ...world.cache.env('v2'), RUNNER_TEMP: path.join(world.base, 'seed-temp') }
    })
    expect(seeded.stdout + seeded.stderr).toContain('seed-history: saved')
  }

  const histories = (prefix: string) => world.cache.entries().filter((e) => e.key.startsWith(`${prefix}-history-Linux-X64-`))

  it('three runs in a row: the third knows two, the failure of a proxy black-holed in the second, and the hit rate', async () => {
    const prefix = 'three'
    const inputs = { history: 'true', 'key-prefix': prefix, 'background-save': 'false' }
    const metricsFile = (n: number) => path.join(world.base, `three-${n}.json`)
    await world.emptyModCache()
    const first = await world.run({ inputs: { ...inputs, proxies: world.proxy.url, 'metrics-file': metricsFile(1) } })
    expect(first.main.exitCode).toBe(0)
    expect([first.outputs['cache-state'], first.outputs['history-runs'], first.outputs['cache-hit-rate']]).toEqual(['miss', '0', ''])
    expect(notices(first.main.stdout)).toContainEqual(expect.stringMatching(/No history yet under three-history-Linux-X64-\*: a new history starts with this run\./))
    expect(first.post?.stdout).toMatch(/History saved as three-history-Linux-X64-\S+: 1 run\./)

    const hole = await startGoProxy({ root: world.proxyRoot, fault: 'blackhole' })
    await world.emptyModCache()
    const second = await world.run({
      inputs: { ...inputs, proxies: `${hole.url}|${world.proxy.url}`, 'probe-timeout': '2', 'metrics-file': metricsFile(2) }
    })
    await hole.close()
    expect(second.main.exitCode).toBe(0)
    expect([second.outputs['cache-state'], second.outputs['history-runs'], second.outputs['cache-hit-rate']]).toEqual(['hit', '1', '0'])

    await world.emptyModCache()
    const third = await world.run({ inputs: { ...inputs, proxies: world.proxy.url, 'metrics-file': metricsFile(3) } })
    expect(third.main.exitCode).toBe(0)
    const metrics = JSON.parse(await readFile(metricsFile(3), 'utf8'))
    expect(metrics.history.runs).toBe(2)
    expect(metrics.history.status).toBe('loaded')
    // Run one missed, run two hit.
    expect(third.outputs['cache-hit-rate']).toBe('0.5')
    expect(metrics.history.cacheHitRate).toBe(0.5)
    expect(metrics.history.proxies).toEqual(
      expect.arrayContaining([
        { url: hole.url, failures: 1, probes: 1 },
        { url: world.proxy.url, failures: 0, probes: 2 }
      ])
    )
    expect(third.summary).toContain('### Trend')
    expect(third.summary).toContain('Over the 2 earlier runs: exact hits 50%')
    expect(third.summary).toContain(`- Proxy \`${hole.url}\` failed the probe in 1 of 1 runs.`)
    // One bar per run, this one last: run one restored nothing (░), two and three did.
    expect(third.summary).toMatch(/\| restore \| ░[▁-█]{2} \| \d+ ms \| \d+ ms \|/)
    expect(third.summary).toMatch(/\| download \| [▁-█]{3} \| \d+ ms \| \d+ ms \|/)

    // Each run saved the whole history under a key of its own; the newest holds all three.
    expect(histories(prefix)).toHaveLength(3)
    const newest = JSON.parse(await readHistoryEntry(histories(prefix).at(-1)!.path))
    expect(newest.schema).toBe(HISTORY_SCHEMA)
    expect(newest.runs.map((r: RunRecord) => [r.state, r.failed])).toEqual([
      ['miss', false],
      ['hit', false],
      ['hit', false]
    ])
    expect(newest.runs[1].proxies.map((p: { url: string; class: string }) => [p.url, p.class])).toEqual([
      [hole.url, 'timeout'],
      [world.proxy.url, 'ok']
    ])
  })

  it.each([
    ['corrupt', 'not zstd at all', true, /The history entry corrupt-history-Linux-X64-seeded is corrupt \(Unknown frame descriptor\)/],
    ['cut', `{"schema":"${HISTORY_SCHEMA}","runs":[{"at":`, false, /The history entry cut-history-Linux-X64-seeded is corrupt \(not JSON/],
    ['oldschema', JSON.stringify({ schema: 'go-mod-precache-history/0', runs: [] }), false, /is from another schema \(schema "go-mod-precache-history\/0", expected go-mod-precache-history\/1\)/],
    ['malformed', JSON.stringify({ schema: HISTORY_SCHEMA, runs: [{ at: 1 }] }), false, /is corrupt \(run 1 of 1 is malformed\)/]
  ])('a %s history entry is ignored with a notice and replaced', async (prefix, content, raw, notice) => {
    await seed(prefix, content, raw)
    const r = await world.run({ inputs: { history: 'true', 'key-prefix': prefix } })
    expect(r.main.exitCode).toBe(0)
    expect(notices(r.main.stdout)).toContainEqual(expect.stringMatching(notice))
    expect(r.main.stdout.split('\n').filter((l) => l.startsWith('::warning'))).toEqual([])
    expect(r.outputs['history-runs']).toBe('0')
    const newest = histories(prefix).at(-1)!
    expect(newest.key).not.toBe(`${prefix}-history-Linux-X64-seeded`)
    expect(JSON.parse(await readHistoryEntry(newest.path)).runs).toHaveLength(1)
  })

  it('restore auto: skipped with a healthy proxy when the history shows downloads are faster; restored when no proxy is healthy', async () => {
    const prefix = 'slowcache'
    // Exact hits that took 4 s to restore two module versions, full downloads of them in 0.2 s.
    const runs = [
      ...[1, 2, 3].map(() => run({ state: 'hit', restoreMs: 4000, downloadMs: 50 })),
      ...[1, 2, 3].map(() => run({ state: 'miss', downloadMs: 200, attempts: 1 }))
    ]
    await seed(prefix, JSON.stringify({ schema: HISTORY_SCHEMA, runs }))
    const metricsFile = path.join(world.base, 'slowcache.json')
    await world.emptyModCache()
    world.proxy.clearRequests()
    const skipped = await world.run({
      inputs: { history: 'true', 'key-prefix': prefix, proxies: world.proxy.url, 'background-save': 'false', 'metrics-file': metricsFile }
    })
    expect(skipped.main.exitCode).toBe(0)
    expect(skipped.outputs['cache-state']).toBe('skipped')
    const why =
      'restoring took a median 2025 ms per module version over 3 exact hits, downloading 100 ms over 3 full downloads, and the probe found a healthy chain'
    expect(skipped.main.stdout).toContain(`Not restoring the module cache: ${why}.`)
    expect(JSON.parse(await readFile(metricsFile, 'utf8')).cache.restoreSkipped).toBe(why)
    expect(skipped.summary).toContain(`skipped: ${why}`)
    expect(skipped.outputs['restore-ms']).toBe('0')
    expect(world.zipRequests().sort()).toEqual(['/example.com/fixture/m001/@v/v1.0.0.zip', '/example.com/fixture/m002/@v/v1.0.0.zip'])
    // The download filled the cache, and it is saved as after a miss: the source for a day without proxies.
    expect(skipped.outputs['cache-primary-key']).toBe(world.cache.entries().filter((e) => !e.key.includes('-history-')).at(-1)?.key)

    const dead = await startGoProxy({ root: world.proxyRoot, fault: { status: 503 } })
    try {
      await world.emptyModCache()
      const restored = await world.run({ inputs: { history: 'true', 'key-prefix': prefix, proxies: dead.url, 'download-retries': '0' } })
      expect(restored.main.exitCode).toBe(0)
      expect(restored.main.stdout).toMatch(/The history favours downloading \(restoring took .* over 3 exact hits, downloading .* over 4 full downloads\), but no proxy passed the probe: restoring/)
      expect(restored.outputs['cache-state']).toBe('hit')
      expect(restored.outputs.modules).toBe('2')
    } finally {
      await dead.close()
    }
  })

  it('a proxy that failed in most recent runs is probed as usual and named with its record', async () => {
    const prefix = 'flaky'
    const probe = (cls: string) => run({ state: 'hit', proxies: [{ url: world.proxy.url, class: cls, latencyMs: 0 }] })
    await seed(prefix, JSON.stringify({ schema: HISTORY_SCHEMA, runs: ['timeout', 'ok', 'reset', 'timeout', 'http-5xx'].map(probe) }))
    const r = await world.run({ inputs: { history: 'true', 'key-prefix': prefix, proxies: world.proxy.url } })
    expect(r.main.exitCode).toBe(0)
    // Healthy now, and still named: 4 failures in its last 5 probes.
    expect(JSON.parse(r.outputs['proxy-report']!)[0].class).toBe('ok')
    expect(notices(r.main.stdout)).toContainEqual(
      `::notice title=go-mod-precache%3A flaky Go module proxy::Proxy ${world.proxy.url} failed the probe in 4 of its last 5 runs (timeout, reset, timeout, http-5xx): it may break a build soon.`
    )
    expect(r.summary).toContain(`- Proxy \`${world.proxy.url}\` failed the probe in 4 of 5 runs.`)
  })

  it('restore never: no lookup of the module cache, and the step still succeeds', async () => {
    await world.emptyModCache()
    const r = await world.run({ inputs: { restore: 'never', 'key-prefix': 'never', proxies: world.proxy.url } })
    expect(r.main.exitCode).toBe(0)
    expect(r.outputs['cache-state']).toBe('skipped')
    expect(r.main.stdout).toContain("Not restoring the module cache: input 'restore' is 'never'.")
  })
})
