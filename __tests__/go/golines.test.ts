import { describe, expect, it } from '@jest/globals'
import { goAndToolchain, goModLookup, requires, workUses } from '../../src/go/golines.ts'

describe('goModLookup, as cmd/go’s gover.GoModLookup', () => {
  it.each([
    ['module m\n\ngo 1.22.0\n\ntoolchain go1.22.3\n', '1.22.0', 'go1.22.3'],
    ['module m\r\n\r\ngo 1.23\r\ntoolchain go1.23.1\r\n', '1.23', 'go1.23.1'],
    ['module m\n\tgo\t1.21 // the minimum\n  toolchain go1.21.4//pinned\n', '1.21', 'go1.21.4'],
    // The first line wins, even a second one go would reject as repeated.
    ['go 1.20\ngo 1.30\n', '1.20', ''],
    // Words that only begin with the key are other directives.
    ['godebug default=go1.21\ntoolchains go1.99\ngo1.99\n', '', ''],
    // A quoted value is taken as it is: go finds no version in it.
    ['go "1.22"\ntoolchain "go1.22.0"\n', '"1.22"', '"go1.22.0"'],
    // go is no block verb: go reads "(" and later rejects the file.
    ['go (\n\t1.22\n)\n', '(', ''],
    // Directives the old strict reader refused, and a syntax error further down.
    ['module m\n\ngo 1.99\n\nfrobnicate x\nfuture (\n\ta b\n)\n', '1.99', ''],
    ['module m\n\nfuture (\n\tgo 1.98\n)\n\ngo 1.99\n', '1.98', ''],
    ['module m\n\ngo 1.99\n\nrequire (\n\texample.com/x v1.0.0\n', '1.99', ''],
    ['module m\n\ngo 1.24\n\ntool (\n\texample.com/t\n)\n\nignore ./web\n\ngodebug (\n\tdefault=go1.21\n)\n', '1.24', ''],
    ['go\ngo //\n', '', '']
  ])('reads %j as go %j, toolchain %j', (text, go, toolchain) => {
    expect(goModLookup(text, 'go')).toBe(go)
    expect(goModLookup(text, 'toolchain')).toBe(toolchain)
  })

  it('leaves out a line without a value, as cmd/go skips an empty one', () => {
    expect(goAndToolchain('go // none\ntoolchain go1.23.0\n')).toEqual({ toolchain: 'go1.23.0' })
    expect(goAndToolchain('module m\n')).toEqual({})
  })

  it('trims what Go calls space, not a byte order mark', () => {
    expect(goModLookup('\u00a0go 1.22\u3000\n', 'go')).toBe('1.22')
    expect(goModLookup('\ufeffgo 1.22\n', 'go')).toBe('')
  })
})

describe('workUses', () => {
  it('reads use lines and blocks, with comments, quotes and CRLF', () => {
    const text = [
      'go 1.23.0',
      'toolchain go1.23.1',
      'use ./api',
      'use ( // the tools',
      '\t./cmd/tool // the CLI',
      '\t"./with space"',
      '\t"./\\x71uoted\\u00e9"',
      '\t/abs/module',
      ')',
      'use ()',
      'replace example.com/x v1.0.0 => ./x',
      'godebug (',
      '\tuse=1',
      ')',
      'use ./last\r'
    ].join('\n')
    expect(workUses(text)).toEqual(['./api', './cmd/tool', './with space', './quotedé', '/abs/module', './last'])
  })

  it('skips what go would refuse, and reads the rest of a file go rejects', () => {
    const text = 'go 1.99\nfrobnicate x\nuse ./a ./b\nuse `./raw`\nuse \'./single\'\nuse "./bad\\q"\nuse "./open\nuse ./ok\n'
    expect(workUses(text)).toEqual(['./ok'])
  })
})

describe('requires', () => {
  it('reads requirements from lines and blocks, comments dropped, quotes removed', () => {
    const text = `module example.com/service

go 1.22.0

require github.com/google/uuid v1.6.0

require (
	golang.org/x/sys v0.6.0 // indirect
	"example.com/quoted" "v1.2.0"
	// a comment line
	example.com/x//y v1.0.0

	example.com/bad
)

require ()

replace example.com/forked v1.0.0 => github.com/me/forked v1.0.1

exclude example.com/excluded v1.0.0

retract [v1.0.0, v1.0.5]
`
    expect(requires(text)).toEqual([
      { path: 'github.com/google/uuid', version: 'v1.6.0' },
      { path: 'golang.org/x/sys', version: 'v0.6.0' },
      { path: 'example.com/quoted', version: 'v1.2.0' }
    ])
  })

  it('reads CRLF line ends and a block opened by a line with a comment', () => {
    expect(requires('module m\r\nrequire ( // pinned\r\n\texample.com/x v1.0.0 // indirect\r\n)\r\n')).toEqual([
      { path: 'example.com/x', version: 'v1.0.0' }
    ])
  })

  it('finds nothing in text that is no go.mod', () => {
    expect(requires('not a go.mod (((\n')).toEqual([])
  })
})
