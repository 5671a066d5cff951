import { describe, expect, it } from '@jest/globals'
import { unresolvedHost } from '../../src/cache/dns.ts'

describe('unresolvedHost', () => {
  it('says the name did not resolve, and whether it has no address or no DNS server answered', () => {
    expect(unresolvedHost('s3.corp.example', 'ENOTFOUND')).toBe('the host name s3.corp.example did not resolve (DNS: ENOTFOUND)')
    expect(unresolvedHost('s3.corp.example', 'EAI_AGAIN')).toBe('the host name s3.corp.example did not resolve: no DNS server answered (EAI_AGAIN)')
  })
})
