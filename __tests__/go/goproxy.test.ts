import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_GOPROXY,
  formatGoProxy,
  GoProxyError,
  parseGoProxy,
  redactGoProxy,
  redactUrl,
  stripUserinfo,
  urlUserinfo
} from '../../src/go/goproxy.ts'
import type { GoProxyEntry } from '../../src/go/goproxy.ts'

const proxy = (url: string, fallThrough: 'notfound' | 'any' = 'notfound'): GoProxyEntry => ({ url, kind: 'proxy', fallThrough })
const direct: GoProxyEntry = { url: 'direct', kind: 'direct', fallThrough: 'notfound' }
const off: GoProxyEntry = { url: 'off', kind: 'off', fallThrough: 'notfound' }

describe('parseGoProxy', () => {
  it.each<[string, GoProxyEntry[]]>([
    [DEFAULT_GOPROXY, [proxy('https://proxy.golang.org'), direct]],
    // The separator after an entry decides: ',' moves on only after 404/410, '|' after any error.
    ['https://a.example|https://b.example,direct', [proxy('https://a.example', 'any'), proxy('https://b.example'), direct]],
    ['https://a.example,https://b.example|direct', [proxy('https://a.example'), proxy('https://b.example', 'any'), direct]],
    ['https://a.example|', [proxy('https://a.example', 'any')]],
    // Blank entries and the spaces around entries are skipped.
    [' https://a.example , ,|https://b.example ', [proxy('https://a.example'), proxy('https://b.example')]],
    // "direct" and "off" end the list; go ignores what follows.
    ['direct,https://ignored.example', [direct]],
    ['https://a.example,off,https://ignored.example', [proxy('https://a.example'), off]],
    ['off', [off]],
    ['direct|off', [{ ...direct, fallThrough: 'any' }]]
  ])('reads %j', (goproxy, want) => {
    expect(parseGoProxy(goproxy)).toEqual(want)
  })

  it.each([
    ['proxy.example.com', 'https://proxy.example.com'],
    ['proxy.example.com/go', 'https://proxy.example.com/go'],
    ['localhost:3000', 'https://localhost:3000'],
    ['127.0.0.1:8080/athens', 'https://127.0.0.1:8080/athens']
  ])('gives the scheme-less entry %j an implicit https://', (entry, want) => {
    expect(parseGoProxy(entry)[0]!.url).toBe(want)
  })

  it.each([
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['https://goproxy.example/mirror/', 'https://goproxy.example/mirror'],
    ['file:///home/runner/go/pkg/mod/cache/download', 'file:///home/runner/go/pkg/mod/cache/download'],
    ['file:/srv/goproxy', 'file:/srv/goproxy'],
    ['https://user:secret@goproxy.example', 'https://user:secret@goproxy.example']
  ])('keeps the complete URL %j, minus a trailing slash', (entry, want) => {
    expect(parseGoProxy(entry)).toEqual([proxy(want)])
  })

  it.each([
    ['', /contains no entries/],
    [',', /contains no entries/],
    [' | ', /contains no entries/],
    ['goproxy', /"goproxy" is not a URL: single words are reserved for the keywords "direct" and "off"/],
    ['noproxy', /"noproxy" is not a URL/],
    ['/srv/goproxy', /"\/srv\/goproxy" is not a URL: it has no scheme/],
    ['ftp://mirror.example/go', /"ftp:\/\/mirror.example\/go" has scheme "ftp" \(must be https, http or file\)/],
    ['file://fileserver/share', /has a host; a file:\/\/ proxy URL must be only a path/],
    ['file:C:/goproxy', /"file:C:\/goproxy" is not an absolute file:\/\/\/path URL/],
    // Without "://" go reads it as host:port and adds https://.
    ['file:relative/dir', /"file:relative\/dir" \(read as https:\/\/file:relative\/dir\) is not a valid URL/],
    ['https://', /is not a valid URL/],
    ['file:///srv/goproxy?x=1', /has a query or fragment/],
    ['https:///go', /"https:\/\/\/go" has no host/],
    ['https://a.example https://b.example', /contains white space \(separate entries with "," or "\|"/]
  ])('rejects %j with a message naming the entry and the expected form', (goproxy, message) => {
    expect(() => parseGoProxy(goproxy)).toThrow(GoProxyError)
    expect(() => parseGoProxy(goproxy)).toThrow(message)
    expect(() => parseGoProxy(goproxy)).toThrow(/expected an http\(s\) URL such as https:\/\/proxy.example.com\/go/)
  })

  it('rejects a bad entry even after good ones, naming only the bad one', () => {
    expect(() => parseGoProxy('https://ok.example,bogus')).toThrow(/^GOPROXY entry "bogus" is not a URL/)
  })

  it('does not judge entries after "direct", as go never reads them', () => {
    expect(parseGoProxy('direct,ftp://never.read')).toEqual([direct])
  })

  it('keeps credentials out of the error message', () => {
    expect(() => parseGoProxy('ftp://user:hunter2@mirror.example')).toThrow(/"ftp:\/\/\*\*\*@mirror.example"/)
    expect(() => parseGoProxy('ftp://user:hunter2@mirror.example')).not.toThrow(/hunter2/)
  })
})

describe('formatGoProxy', () => {
  it.each([DEFAULT_GOPROXY, 'https://a.example|https://b.example,direct', 'file:///tmp/cache|https://a.example,off'])(
    'writes %j back as it was read',
    goproxy => {
      expect(formatGoProxy(parseGoProxy(goproxy))).toBe(goproxy)
    }
  )

  it('writes the normalized form of a loosely written value', () => {
    expect(formatGoProxy(parseGoProxy(' a.example/ , ,b.example|direct'))).toBe('https://a.example,https://b.example|direct')
  })

  it('puts "|" after an entry that falls through on any error', () => {
    expect(formatGoProxy([proxy('http://127.0.0.1:1', 'any'), proxy('https://b.example'), direct])).toBe(
      'http://127.0.0.1:1|https://b.example,direct'
    )
  })
})

describe('credentials in proxy URLs', () => {
  it.each([
    ['https://user:secret@goproxy.example/go', 'https://***@goproxy.example/go'],
    // A token is often the user name alone.
    ['https://ghp_token@goproxy.example', 'https://***@goproxy.example'],
    // The userinfo ends at the last '@' before the path.
    ['https://u:p@ss@goproxy.example/x', 'https://***@goproxy.example/x'],
    ['https://goproxy.example/path@v1', 'https://goproxy.example/path@v1'],
    ['direct', 'direct'],
    ['not a url at all', 'not a url at all']
  ])('redactUrl(%j) is %j', (url, want) => {
    expect(redactUrl(url)).toBe(want)
  })

  it('redacts every entry of a GOPROXY value and keeps its separators', () => {
    expect(redactGoProxy('https://u:p@a.example|https://b.example,direct')).toBe('https://***@a.example|https://b.example,direct')
  })

  it('decodes the user name and password', () => {
    expect(urlUserinfo('https://ci%40corp.example:p%3Ass@goproxy.example/')).toEqual({
      username: 'ci@corp.example',
      password: 'p:ss'
    })
    expect(urlUserinfo('https://token@goproxy.example')).toEqual({ username: 'token', password: '' })
  })

  it('finds no userinfo where there is none', () => {
    expect(urlUserinfo('https://goproxy.example/a@b')).toBeUndefined()
    expect(urlUserinfo('direct')).toBeUndefined()
  })

  it('strips the userinfo and keeps host, port and path', () => {
    expect(stripUserinfo('https://u:p@goproxy.example:8443/go/')).toBe('https://goproxy.example:8443/go/')
    expect(stripUserinfo('https://goproxy.example/go')).toBe('https://goproxy.example/go')
  })
})
