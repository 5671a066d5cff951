import { describe, expect, it } from '@jest/globals'
import { parseGoProxy } from '../../src/go/goproxy.ts'
import { candidatesOf } from '../../src/proxy/select.ts'

describe('candidatesOf', () => {
  it('leaves out a default mirror that is already the primary proxy, in another spelling too', () => {
    const primary = parseGoProxy('https://proxy.golang.org,direct')
    const mirrors = ['https://PROXY.golang.org/', 'https://goproxy.cn', 'https://goproxy.io', 'https://goproxy.cn']
    expect(candidatesOf(primary, mirrors)).toEqual([
      { url: 'https://proxy.golang.org', role: 'primary' },
      { url: 'https://goproxy.cn', role: 'mirror' },
      { url: 'https://goproxy.io', role: 'mirror' }
    ])
  })

  it('keeps the primary chain as configured, keywords aside', () => {
    const primary = parseGoProxy('https://a.example|https://b.example,off')
    expect(candidatesOf(primary, []).map((c) => c.url)).toEqual(['https://a.example', 'https://b.example'])
  })
})
