import { describe, expect, it } from '@jest/globals'
import { classifyGoOutput, proxyOfUrl } from '../../src/go/failure.ts'

// Lines as go 1.26 prints them against the loopback proxy's fault modes.
const P = 'http://127.0.0.1:41137'
const samples: [string, string, string | undefined][] = [
  ['http-5xx', `go: example.com/fixture/m001@v1.0.0: reading ${P}/example.com/fixture/m001/@v/v1.0.0.mod: 503 Service Unavailable`, `${P}/example.com/fixture/m001/@v/v1.0.0.mod`],
  ['not-found', `go: example.com/fixture/m001@v1.0.0: reading ${P}/example.com/fixture/m001/@v/v1.0.0.mod: 404 Not Found`, `${P}/example.com/fixture/m001/@v/v1.0.0.mod`],
  ['auth', `go: example.com/fixture/m001@v1.0.0: reading ${P}/example.com/fixture/m001/@v/v1.0.0.mod: 403 Forbidden`, `${P}/example.com/fixture/m001/@v/v1.0.0.mod`],
  ['network', `go: example.com/fixture/m001@v1.0.0: Get "${P}/example.com/fixture/m001/@v/v1.0.0.mod": read tcp 127.0.0.1:47656->127.0.0.1:41137: read: connection reset by peer`, `${P}/example.com/fixture/m001/@v/v1.0.0.mod`],
  ['network', 'go: example.com/fixture/m001@v1.0.0: Get "http://127.0.0.1:1/example.com/fixture/m001/@v/v1.0.0.mod": dial tcp 127.0.0.1:1: connect: connection refused', 'http://127.0.0.1:1/example.com/fixture/m001/@v/v1.0.0.mod'],
  ['network', 'go: example.com/fixture/m001@v1.0.0: Get "http://nonexistent.invalid/example.com/fixture/m001/@v/v1.0.0.mod": dial tcp: lookup nonexistent.invalid on 10.0.0.53:53: no such host', 'http://nonexistent.invalid/example.com/fixture/m001/@v/v1.0.0.mod'],
  ['tls', 'go: example.com/fixture/m001@v1.0.0: Get "https://127.0.0.1:35213/example.com/fixture/m001/@v/v1.0.0.mod": tls: failed to verify certificate: x509: certificate signed by unknown authority', 'https://127.0.0.1:35213/example.com/fixture/m001/@v/v1.0.0.mod'],
  ['timeout', 'go: example.com/m@v1.0.0: Get "https://proxy.example/example.com/m/@v/v1.0.0.zip": dial tcp 192.0.2.1:443: i/o timeout', 'https://proxy.example/example.com/m/@v/v1.0.0.zip'],
  ['auth', 'go: example.com/fixture/m001@v1.0.0: refusing to pass credentials to insecure URL: http://probe-user:xxxxx@127.0.0.1:33095/example.com/fixture/m001/@v/v1.0.0.mod', 'http://probe-user:xxxxx@127.0.0.1:33095/example.com/fixture/m001/@v/v1.0.0.mod'],
  ['auth', 'go: git.corp.example/team/lib@v1.2.0: invalid version: git ls-remote -q origin in /tmp/x: exit status 128:\n\tfatal: could not read Username for \'https://git.corp.example\': terminal prompts disabled', undefined],
  ['toolchain', 'go: go.mod requires go >= 1.99.0 (running go 1.26.8; GOTOOLCHAIN=local)', undefined],
  ['toolchain', 'go: download go1.99.0 for linux/amd64: toolchain not available', undefined],
  ['toolchain', 'go: cannot find "go1.99.0" in PATH', undefined],
]

describe('classifyGoOutput', () => {
  it.each(samples)('classifies %s from go\'s own words', (cls, text, url) => {
    const failures = classifyGoOutput(text)
    expect(failures.map((f) => f.class)).toContain(cls)
    const first = failures.find((f) => f.class === cls)!
    expect(first.url).toBe(url)
  })

  it('names the module of a checksum mismatch, for a go.mod and for a zip', () => {
    const text = [
      'verifying example.com/fixture/m001@v1.0.0/go.mod: checksum mismatch',
      '\tdownloaded: h1:pgknFzKALRUDqNdyFChy4+xDR4yccNZBam0NKH04ySQ=',
      '\tgo.sum:     h1:oSOb8n/d8l7QlIl5jHkIJ4al/Zwlg3GNQm+q4U9J9R0=',
      '',
      'SECURITY ERROR',
      'verifying example.com/fixture/m002@v1.1.0: checksum mismatch'
    ].join('\n')
    const mismatches = classifyGoOutput(text).filter((f) => f.class === 'checksum' && f.module)
    expect(mismatches.map((f) => f.module)).toEqual(['example.com/fixture/m001@v1.0.0', 'example.com/fixture/m002@v1.1.0'])
  })

  it('names the module of a fetch failure', () => {
    expect(classifyGoOutput(samples[0][1])[0].module).toBe('example.com/fixture/m001@v1.0.0')
  })

  it('ignores progress lines', () => {
    expect(classifyGoOutput('go: downloading example.com/m v1.0.0\n')).toEqual([])
  })
})

describe('proxyOfUrl', () => {
  const chain = ['https://proxy.example', 'https://proxy.example/sub', 'https://user:pw@mirror.example/go']
  it('picks the longest proxy prefix of the URL', () => {
    expect(proxyOfUrl('https://proxy.example/sub/x/@v/list', chain)).toBe('https://proxy.example/sub')
    expect(proxyOfUrl('https://proxy.example/x/@v/list', chain)).toBe('https://proxy.example')
  })
  it('matches a proxy whose URL carries credentials that go does not print', () => {
    expect(proxyOfUrl('https://mirror.example/go/x/@v/v1.zip', chain)).toBe('https://user:pw@mirror.example/go')
  })
  it('finds nothing for a URL outside the chain', () => {
    expect(proxyOfUrl('https://other.example/x', chain)).toBeUndefined()
    expect(proxyOfUrl('https://proxy.examplex/x', chain)).toBeUndefined()
  })
})

describe('classifyGoOutput on git failures for private modules', () => {
  const header =
    "go: git.corp.test/team/lib@v1.0.0: reading git.corp.test/team/lib/go.mod at revision v1.0.0: git ls-remote -q --end-of-options origin in /tmp/m/cache/vcs/8e9b: exit status 128:"

  it('takes the class from git\'s indented words and keeps the module of the line above', () => {
    const none = classifyGoOutput(`${header}\n\tfatal: could not read Username for 'https://git.corp.test': terminal prompts disabled\n`)
    expect(none).toEqual([expect.objectContaining({ class: 'auth', module: 'git.corp.test/team/lib@v1.0.0' })])
    const rejected = classifyGoOutput(`${header}\n\tfatal: unable to access 'https://git.corp.test/team/lib/': The requested URL returned error: 403\n`)
    expect(rejected).toEqual([expect.objectContaining({ class: 'auth', module: 'git.corp.test/team/lib@v1.0.0' })])
  })

  it('leaves a checksum mismatch a checksum mismatch, whatever the indented hashes say', () => {
    const text = 'verifying example.com/m@v1.0.0: checksum mismatch\n\tdownloaded: h1:abc=\n\tgo.sum:     h1:def=\n'
    expect(classifyGoOutput(text).map((f) => f.class)).toEqual(['checksum'])
  })

  it('reads CRLF output (go relaying Windows git) as it reads LF output, with no \\r left in a line', () => {
    const lf = `${header}\n\tfatal: could not read Username for 'https://git.corp.test': terminal prompts disabled\n`
    const crlf = classifyGoOutput(lf.replace(/\n/g, '\r\n'))
    expect(crlf).toEqual(classifyGoOutput(lf))
    expect(crlf.map((f) => f.line).join('')).not.toContain('\r')
  })
})
