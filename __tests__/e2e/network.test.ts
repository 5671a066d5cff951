// The probe and go on networks where names matter: a proxy whose host name does not resolve, and a
// proxy reached through the forward proxy of HTTP_PROXY, or around it with NO_PROXY. Every run
// happens in a network namespace of its own (support/isolated-world.ts), whose DNS server on
// 127.0.0.1 answers only the names a run gives it: no query ever reaches the machine's resolver.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { RESOLV_CONF } from '../support/netns.ts'
import { runIsolatedWorld, type IsolatedRunResult, type IsolatedWorldResult } from '../support/isolated-world.ts'

const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

interface ProxyRow {
  url: string
  class: string
  verified: boolean
}

const report = (run: IsolatedRunResult): ProxyRow[] => JSON.parse(run.outputs['proxy-report'] ?? '[]') as ProxyRow[]

const zipPaths = ['/example.com/fixture/m001/@v/v1.0.0.zip', '/example.com/fixture/m002/@v/v1.0.0.zip']

describe('proxy host names, HTTP_PROXY and NO_PROXY, with no DNS query leaving the machine', () => {
  let result: IsolatedWorldResult
  let missing: IsolatedRunResult
  let forwarded: IsolatedRunResult
  let direct: IsolatedRunResult

  beforeAll(async () => {
    result = await runIsolatedWorld({
      modules: [v(1), v(2)],
      runs: [
        // The port is the healthy proxy's: only the name stands between the probe and a good proxy.
        { inputs: { proxies: 'http://goproxy-missing.test:{port}', mirrors: '{proxy}', 'key-prefix': 'dns' } },
        {
          inputs: { proxies: 'http://goproxy.test:{port}', mirrors: '', 'key-prefix': 'forward' },
          env: { HTTP_PROXY: '{forward}' },
          forwardProxyHosts: ['goproxy.test']
        },
        {
          inputs: { proxies: 'http://goproxy.test:{port}', mirrors: '', 'key-prefix': 'no-proxy' },
          env: { HTTP_PROXY: '{forward}', NO_PROXY: 'goproxy.test' },
          forwardProxyHosts: ['goproxy.test'],
          dnsNames: ['goproxy.test']
        }
      ]
    })
    ;[missing, forwarded, direct] = result.runs as [IsolatedRunResult, IsolatedRunResult, IsolatedRunResult]
  }, 110_000)

  it('runs in a namespace whose only network is loopback and whose resolver is on 127.0.0.1', () => {
    expect(result.network.interfaces).toEqual(['lo'])
    expect(result.network.resolvConf).toBe(RESOLV_CONF)
  })

  describe('a proxy whose host name does not resolve, first in the chain', () => {
    it('succeeds through the mirror and names the failure dns', () => {
      expect(missing.exitCode).toBe(0)
      const proxy = `http://goproxy-missing.test:${result.proxyPort}`
      expect(report(missing)).toEqual([
        expect.objectContaining({ url: proxy, class: 'dns', verified: false }),
        expect.objectContaining({ url: result.proxyUrl, class: 'ok', verified: true })
      ])
      expect(missing.outputs.goproxy).toBe(result.proxyUrl)
      expect(missing.exportedEnv.GOPROXY).toBe(result.proxyUrl)
      expect(missing.outputs['fallback-used']).toBe('true')
      expect(missing.stdout).toMatch(/::warning[^\n]*goproxy-missing\.test[^\n]*dns/)
    })

    it('fetches every .zip from the mirror, after a real lookup of the name that failed', () => {
      const zips = missing.proxyRequests.filter((r) => r.path.endsWith('.zip')).map((r) => r.path)
      expect(zips.sort()).toEqual(zipPaths)
      // The bad name is looked up, and nothing else: the mirror is an address, and go never hears of the bad name.
      expect(new Set(missing.dnsQuestions.map((q) => q.name))).toEqual(new Set(['goproxy-missing.test']))
    })
  })

  describe('a proxy host reached through the forward proxy of HTTP_PROXY', () => {
    // The forward proxy also carries the cache upload of the post step (the Azure storage client
    // proxies loopback addresses too); only the requests for the module proxy's host count here.
    const relayedToGoproxy = (run: IsolatedRunResult): string[] =>
      run.forwardLog.map((l) => l.target).filter((target) => URL.parse(target)?.hostname === 'goproxy.test')
    const count = (items: string[], item: string): number => items.filter((i) => i === item).length

    it('is probed and used through the forward proxy, and reported ok', () => {
      expect(forwarded.exitCode).toBe(0)
      const proxy = `http://goproxy.test:${result.proxyPort}`
      expect(report(forwarded)).toEqual([expect.objectContaining({ url: proxy, class: 'ok', verified: true })])
      expect(forwarded.outputs.goproxy).toBe(proxy)
      expect(forwarded.exportedEnv.GOPROXY).toBe(proxy)
      expect(forwarded.outputs['fallback-used']).toBe('false')
    })

    it("relays the probe's go.mod requests first, then go's, and go's .zip requests, as absolute URIs", () => {
      const base = `http://goproxy.test:${result.proxyPort}`
      const relayed = relayedToGoproxy(forwarded)
      // The probe runs before go: the first request is one of its go.mod checks.
      expect(relayed[0]).toMatch(/\/example\.com\/fixture\/m00[12]\/@v\/v1\.0\.0\.mod$/)
      // Each go.mod twice, once for the probe and once for go; each .zip once, for go.
      for (const n of [1, 2]) {
        expect(count(relayed, `${base}/example.com/fixture/m00${n}/@v/v1.0.0.mod`)).toBe(2)
      }
      expect(relayed.filter((t) => t.endsWith('.zip')).sort()).toEqual(zipPaths.map((p) => base + p))
      expect(forwarded.proxyRequests.filter((r) => r.path.endsWith('.zip')).map((r) => r.path).sort()).toEqual(zipPaths)
    })

    it('needs no name resolution: nobody looks up the proxy host', () => {
      expect(forwarded.dnsQuestions.map((q) => q.name)).not.toContain('goproxy.test')
    })

    it('is reached directly, around the forward proxy, when NO_PROXY names the host', () => {
      expect(direct.exitCode).toBe(0)
      const proxy = `http://goproxy.test:${result.proxyPort}`
      expect(report(direct)).toEqual([expect.objectContaining({ url: proxy, class: 'ok', verified: true })])
      expect(direct.outputs.goproxy).toBe(proxy)
      expect(relayedToGoproxy(direct)).toEqual([])
      // Both the probe and go resolve the name themselves, from the namespace's DNS server.
      expect(direct.dnsQuestions.map((q) => q.name)).toContain('goproxy.test')
      expect(direct.proxyRequests.filter((r) => r.path.endsWith('.zip')).map((r) => r.path).sort()).toEqual(zipPaths)
    })
  })
})
