import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { appendFile } from 'node:fs/promises'
import path from 'node:path'
import { startGoProxy, type Fault, type GoProxy } from '../support/goproxy.ts'
import { createWorld, type World } from './world.ts'

const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

interface ProxyRow {
  url: string
  class: string
  latencyMs: number
  verified: boolean
}

const report = (outputs: Record<string, string>): ProxyRow[] => JSON.parse(outputs['proxy-report']) as ProxyRow[]

describe('a bad proxy first in the chain, a healthy mirror after it', () => {
  let world: World
  let bad: GoProxy | undefined
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2), v(3)] })
  })
  afterEach(async () => {
    await bad?.close()
    bad = undefined
  })
  afterAll(() => world.close())

  // Every row has all four fields: jest takes a test function with more parameters than the
  // row has for one that waits for done().
  const cases: [string, Fault, string, boolean][] = [
    ['black hole', 'blackhole', 'timeout', false],
    ['reset', 'reset', 'reset', false],
    ['503', { status: 503 }, 'http-5xx', false],
    ['404', { status: 404 }, 'not-found', false],
    ['untrusted TLS', 'ok', 'tls', true],
    ['slow beyond the probe timeout', { slow: 6000 }, 'timeout', false],
    ['tampered .mod', 'tamper', 'mismatch', false]
  ]

  it.each(cases)('%s: succeeds through the mirror and names the fault', async (_name, fault, cls, tls) => {
    bad = await startGoProxy({ root: world.proxyRoot, tls, fault })
    await world.emptyModCache()
    world.proxy.clearRequests()
    const run = await world.run({
      inputs: { proxies: bad.url, mirrors: world.proxy.url, 'probe-timeout': '2', 'key-prefix': `k${Date.now()}` }
    })
    expect(run.main.exitCode).toBe(0)
    expect(report(run.outputs)).toEqual([
      expect.objectContaining({ url: bad.url, class: cls, verified: false }),
      expect.objectContaining({ url: world.proxy.url, class: 'ok', verified: true })
    ])
    expect(run.outputs.goproxy).toBe(world.proxy.url)
    expect(run.outputs['proxy-selected']).toBe(world.proxy.url)
    expect(run.outputs['fallback-used']).toBe('true')
    expect(run.exportedEnv.GOPROXY).toBe(world.proxy.url)
    expect(run.outputs.modules).toBe('3')
    expect(bad.requests.filter((r) => r.path.endsWith('.zip'))).toEqual([])
    expect(run.main.stdout).toMatch(new RegExp(`::warning[^\\n]*${escapeRe(bad.url)}[^\\n]*${cls}`))
    expect(run.summary).toContain(cls)
  })
})

describe('mirrors beside a healthy primary chain', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
  })
  afterAll(() => world.close())

  it('probes and lists a proxy that is both primary and mirror once, and a failing mirror is a notice, not a warning', async () => {
    const dead = await startGoProxy({ root: world.proxyRoot, fault: { status: 503 } })
    try {
      await world.emptyModCache()
      world.proxy.clearRequests()
      // The defaults look like this: GOPROXY's proxy.golang.org is also the first default mirror.
      const run = await world.run({
        inputs: { proxies: `${world.proxy.url},direct`, mirrors: `${world.proxy.url}/\n${dead.url}`, 'key-prefix': 'dedupe' }
      })
      expect(run.main.exitCode).toBe(0)
      expect(report(run.outputs).map((r) => [r.url, r.class])).toEqual([
        [world.proxy.url, 'ok'],
        [dead.url, 'http-5xx']
      ])
      expect(run.outputs.goproxy).toBe(`${world.proxy.url}|direct`)
      const probeLines = run.main.stdout.split('\n').filter((l) => l.includes(`${world.proxy.url}: ok in`))
      expect(probeLines).toEqual([expect.stringMatching(/^primary /)])
      expect(run.main.stdout.split('\n').filter((l) => l.startsWith('::warning'))).toEqual([])
      expect(run.main.stdout).toMatch(
        new RegExp(`::notice title=go-mod-precache%3A Go module mirror unavailable::Mirror ${escapeRe(dead.url)} dropped from the chain: http-5xx`)
      )
      const rows = run.summary.split('\n').filter((l) => l.startsWith('| `http'))
      expect(rows.map((l) => l.split(' | ').slice(0, 2))).toEqual([
        [`| \`${world.proxy.url}\``, 'primary'],
        [`| \`${dead.url}\``, 'mirror']
      ])
    } finally {
      await dead.close()
    }
  })

  it('a failing primary entry stays a warning', async () => {
    const dead = await startGoProxy({ root: world.proxyRoot, fault: { status: 503 } })
    try {
      const run = await world.run({ inputs: { proxies: `${dead.url}|${world.proxy.url}`, 'key-prefix': 'deadprimary' } })
      expect(run.main.exitCode).toBe(0)
      expect(run.main.stdout).toMatch(
        new RegExp(`::warning title=go-mod-precache%3A unhealthy Go module proxy::Proxy ${escapeRe(dead.url)} dropped from the chain: http-5xx`)
      )
    } finally {
      await dead.close()
    }
  })
})

describe('proxies that all fail, flaky proxies and secrets', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
  })
  afterAll(() => world.close())

  it('fails with a diagnosis naming every proxy and how it failed', async () => {
    const dead = await startGoProxy({ root: world.proxyRoot, fault: { status: 503 } })
    const reset = await startGoProxy({ root: world.proxyRoot, fault: 'reset' })
    try {
      await world.emptyModCache()
      const run = await world.run({
        inputs: { proxies: dead.url, mirrors: reset.url, 'download-retries': '1', 'probe-timeout': '2' }
      })
      expect(run.main.exitCode).toBe(1)
      const error = run.main.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
      expect(error).toContain(dead.url)
      expect(error).toContain('http-5xx')
      expect(error).toContain(reset.url)
      expect(error).toContain('reset')
      expect(run.outputs['download-attempts']).toBe('2')
      expect(run.summary).toContain('http-5xx')
    } finally {
      await dead.close()
      await reset.close()
    }
  })

  it('survives a proxy that fails the first download attempt and then recovers', async () => {
    await world.emptyModCache()
    world.proxy.setFault({ status: 502 }, { match: /\.zip$/, times: 1 })
    const run = await world.run({ inputs: { proxies: world.proxy.url, 'key-prefix': 'flaky' } })
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['download-attempts']).toBe('2')
    expect(run.outputs.modules).toBe('2')
    expect(run.outputs.goproxy).toBe(world.proxy.url)
  })

  it('warns when the checksum database is reachable neither directly nor through a healthy proxy', async () => {
    // A checksum database at a closed port; GONOSUMDB keeps go itself from needing it.
    const sumdbEnv = { GOSUMDB: 'sum.golang.org http://127.0.0.1:1', GONOSUMDB: 'example.com' }
    const metricsFile = path.join(world.base, 'sumdb-metrics.json')
    const run = await world.run({ inputs: { proxies: world.proxy.url, 'key-prefix': 'sumdb', 'metrics-file': metricsFile }, env: sumdbEnv })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.stdout).toMatch(/::warning::The checksum database \(GOSUMDB=sum\.golang\.org http:\/\/127\.0\.0\.1:1\) is reachable neither directly nor through a healthy proxy/)
    expect(JSON.parse(run.outputs.metrics).proxy.sumdb).toBe('unreachable')

    // The same through a proxy that serves /sumdb/: go would reach it that way, so no warning.
    const serving = await startGoProxy({ root: world.proxyRoot, sumdb: true })
    try {
      const via = await world.run({ inputs: { proxies: serving.url, 'key-prefix': 'sumdb2' }, env: sumdbEnv })
      expect(via.main.exitCode).toBe(0)
      expect(via.main.stdout).not.toMatch(/checksum database .* is reachable neither/)
      expect(JSON.parse(via.outputs.metrics).proxy.sumdb).toBe('proxy')
      expect(JSON.parse(via.outputs['proxy-report'])[0].sumdb).toBe(true)
      expect(serving.requests.map((r) => r.path)).toContain('/sumdb/sum.golang.org/supported')
    } finally {
      await serving.close()
    }
  })

  it('refuses at once a proxy whose credentials would travel over plain http, as go does', async () => {
    const withCreds = world.proxy.url.replace('http://', 'http://u:clear-text-pw@')
    const run = await world.run({ inputs: { proxies: withCreds, mirrors: world.proxy.url, 'key-prefix': 'insecure' } })
    expect(run.main.exitCode).toBe(0)
    expect(JSON.parse(run.outputs['proxy-report'])[0]).toMatchObject({ url: world.proxy.url.replace('http://', 'http://***@'), class: 'insecure' })
    expect(run.outputs.goproxy).toBe(world.proxy.url)
    expect(run.main.stdout).toMatch(/::warning.*insecure.*use the https:\/\/ URL/)
  })

  it('never asks a proxy for a private module path, and never prints a credential', async () => {
    await appendFile(path.join(world.project, 'go.sum'), 'corp.example/secret v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n')
    await world.emptyModCache()
    // go sends a proxy URL's credentials only over TLS.
    const secure = await startGoProxy({ root: world.proxyRoot, tls: true })
    const withCreds = secure.url.replace('https://', 'https://probe-user:s3cr3t-Pa55@')
    let run
    try {
      run = await world.run({
        inputs: { proxies: withCreds, 'key-prefix': 'private' },
        env: { GOPRIVATE: 'corp.example', SSL_CERT_FILE: secure.caCertPath }
      })
    } finally {
      await secure.close()
    }
    expect(run.main.exitCode).toBe(0)
    expect(secure.requests.filter((r) => r.path.includes('corp.example'))).toEqual([])
    expect(secure.requests.filter((r) => r.path.endsWith('.zip'))).toHaveLength(2)
    // The runner reads ::add-mask:: lines and never shows them; everything else must be clean.
    const shown = run.log.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')
    for (const text of [shown, JSON.stringify(run.outputs), run.summary]) {
      expect(text).not.toContain('s3cr3t-Pa55')
    }
    expect(run.main.stdout).toContain('::add-mask::')
    expect(run.outputs.goproxy).toBe(secure.url.replace('https://', 'https://***@'))
    // Later steps need the credentials to reach the proxy.
    expect(run.exportedEnv.GOPROXY).toBe(withCreds)
  })
})

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
