import { describe, expect, it } from '@jest/globals'
import { parseGoProxy } from '../../src/go/goproxy.ts'
import { chooseChain, sameProxy, type Candidate, type ProbeOutcome } from '../../src/proxy/chain.ts'

const ok = (latencyMs: number): ProbeOutcome => ({ class: 'ok', detail: '', latencyMs, verified: true })
const bad = (cls: string, detail = ''): ProbeOutcome => ({ class: cls, detail, latencyMs: 0, verified: false })

function choose(goproxy: string, results: Record<string, ProbeOutcome>, mirrors: string[] = [], allowDirect = true) {
  const primary = parseGoProxy(goproxy)
  const candidates: Candidate[] = [
    ...primary.filter((e) => e.kind === 'proxy').map((e) => ({ url: e.url, role: 'primary' as const, result: results[e.url] })),
    ...mirrors.map((url) => ({ url, role: 'mirror' as const, result: results[url] }))
  ]
  return chooseChain({ primary, candidates, allowDirect })
}

describe('chooseChain', () => {
  it('keeps healthy primaries in order, adds healthy mirrors by latency, joins with | and ends with direct', () => {
    const c = choose(
      'https://a.example,https://b.example,direct',
      { 'https://a.example': ok(50), 'https://b.example': ok(10), 'https://m1.example': ok(30), 'https://m2.example': ok(20) },
      ['https://m1.example', 'https://m2.example']
    )
    expect(c.goproxy).toBe('https://a.example|https://b.example|https://m2.example|https://m1.example|direct')
    expect(c.selected).toBe('https://a.example')
    expect(c.fallbackUsed).toBe(false)
    expect(c.problems).toEqual([])
  })

  it('drops a failing first proxy, names its class and fix, and reports the fallback', () => {
    const c = choose(
      'https://dead.example,direct',
      { 'https://dead.example': bad('timeout', 'no answer within 3000 ms'), 'https://m.example': ok(5) },
      ['https://m.example']
    )
    expect(c.goproxy).toBe('https://m.example|direct')
    expect(c.fallbackUsed).toBe(true)
    expect(c.selected).toBe('https://m.example')
    expect(c.problems).toEqual([
      expect.objectContaining({ url: 'https://dead.example', class: 'timeout', dropped: true, role: 'primary' })
    ])
    expect(c.problems[0].fix).toMatch(/did not answer in time/)
  })

  it('leaves direct out when it is not allowed', () => {
    expect(choose('https://a.example,direct', { 'https://a.example': ok(1) }, [], false).goproxy).toBe('https://a.example')
  })

  it('keeps the configured chain when nothing is healthy, but never a proxy that served wrong content', () => {
    const c = choose(
      'https://a.example|https://t.example',
      { 'https://a.example': bad('http-5xx'), 'https://t.example': bad('mismatch'), 'https://m.example': bad('dns') },
      ['https://m.example'],
      false
    )
    expect(c.noneHealthy).toBe(true)
    expect(c.goproxy).toBe('https://a.example|https://m.example')
    expect(c.fallbackUsed).toBe(false)
    expect(c.problems.map((p) => [p.url, p.dropped])).toEqual([
      ['https://a.example', false],
      ['https://t.example', true],
      ['https://m.example', false]
    ])
  })

  it('never puts a mismatching proxy in the chain when others are healthy', () => {
    const c = choose('https://t.example,https://a.example', { 'https://t.example': bad('mismatch'), 'https://a.example': ok(1) })
    expect(c.goproxy).toBe('https://a.example|direct')
  })

  it('does not list a mirror twice when it is also a primary entry', () => {
    const c = choose('https://a.example', { 'https://a.example': ok(1) }, ['https://A.example/'])
    expect(c.goproxy).toBe('https://a.example|direct')
  })

  it('keeps credentials in the chain but strips them from what it reports', () => {
    const c = choose(
      'https://user:secret@dead.example,https://tok@a.example',
      { 'https://user:secret@dead.example': bad('http-4xx'), 'https://tok@a.example': ok(1) }
    )
    expect(c.goproxy).toBe('https://tok@a.example|direct')
    expect(c.selected).toBe('https://***@a.example')
    expect(JSON.stringify(c.problems)).not.toMatch(/secret|user:/)
  })
})

describe('sameProxy', () => {
  it('ignores host case and trailing slashes but not path case', () => {
    expect(sameProxy('https://Proxy.example/', 'https://proxy.example')).toBe(true)
    expect(sameProxy('https://proxy.example/Go', 'https://proxy.example/go')).toBe(false)
  })
})
