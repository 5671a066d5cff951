import { describe, expect, it } from '@jest/globals'
import { dnsFailureOf, unresolvedHost } from '../../src/cache/dns.ts'

const V2_ERROR =
  'Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ENOTFOUND%250AIf you are using self-hosted runners, ' +
  'please make sure your runner has access to all GitHub endpoints: https://docs.github.com/en/actions/hosting-your-own-runners'

describe('unresolvedHost', () => {
  it('says the name did not resolve, and whether it has no address or no DNS server answered', () => {
    expect(unresolvedHost('s3.corp.example', 'ENOTFOUND')).toBe('the host name s3.corp.example did not resolve (DNS: ENOTFOUND)')
    expect(unresolvedHost('s3.corp.example', 'EAI_AGAIN')).toBe('the host name s3.corp.example did not resolve: no DNS server answered (EAI_AGAIN)')
  })
})

describe('dnsFailureOf', () => {
  it("puts @actions/cache v2's words, which leave the host out, as ours, naming the service URL's host", () => {
    expect(dnsFailureOf(V2_ERROR, 'http://cache.corp.example:8080/')).toBe('the host name cache.corp.example did not resolve (DNS: ENOTFOUND)')
  })

  it("takes the host Node's getaddrinfo error names over the service URL's", () => {
    expect(dnsFailureOf('getCacheEntry failed: getaddrinfo EAI_AGAIN cache.corp.example', 'http://other.example/')).toBe(
      'the host name cache.corp.example did not resolve: no DNS server answered (EAI_AGAIN)'
    )
  })

  it('leaves every other failure to the caller', () => {
    expect(dnsFailureOf('Failed to restore: connect ECONNREFUSED 127.0.0.1:9', 'http://cache.corp.example/')).toBeUndefined()
    expect(dnsFailureOf('Cache service responded with 503', undefined)).toBeUndefined()
  })
})
