import { describe, expect, it } from '@jest/globals'
import {
  canonicalVersion,
  isDirectoryPath,
  ModFileError,
  modulePath,
  parseGoMod,
  parseGoWork
} from '../../src/go/modfile.ts'

const GO_MOD = `// The service.
module example.com/service

go 1.22.0

toolchain go1.22.3

godebug default=go1.21

require github.com/google/uuid v1.6.0

require (
	golang.org/x/sys v0.6.0 // indirect
	"example.com/quoted" v1.2 // a note, not indirect
	github.com/mattn/go-isatty v0.0.20 // indirect; needed by color
)

require ()

replace example.com/forked v1.0.0 => github.com/me/forked v1.0.1

replace (
	example.com/local => ../local
	example.com/win => C:\\src\\win
	example.com/all => example.com/other v2.0.0+incompatible
)

exclude example.com/bad v1.0.0

// Published by mistake.
retract [v1.0.0, v1.0.5]

retract (
	// The build was broken.
	v1.1.0
)

tool golang.org/x/tools/cmd/stringer

ignore ./node_modules
`

describe('parseGoMod', () => {
  const file = parseGoMod(GO_MOD)

  it('reads the module path and the go and toolchain versions', () => {
    expect(file.module).toBe('example.com/service')
    expect(file.go).toBe('1.22.0')
    expect(file.toolchain).toBe('go1.22.3')
    expect(file.godebug).toEqual([{ key: 'default', value: 'go1.21', line: 8 }])
  })

  it('reads requirements from lines and blocks, in file order, with "// indirect"', () => {
    expect(file.require).toEqual([
      { path: 'github.com/google/uuid', version: 'v1.6.0', indirect: false, line: 10 },
      { path: 'golang.org/x/sys', version: 'v0.6.0', indirect: true, line: 13 },
      { path: 'example.com/quoted', version: 'v1.2.0', indirect: false, line: 14 },
      { path: 'github.com/mattn/go-isatty', version: 'v0.0.20', indirect: true, line: 15 }
    ])
  })

  it('tells directory replacements from module replacements', () => {
    expect(file.replace).toEqual([
      {
        old: { path: 'example.com/forked', version: 'v1.0.0' },
        new: { kind: 'module', path: 'github.com/me/forked', version: 'v1.0.1' },
        line: 20
      },
      { old: { path: 'example.com/local' }, new: { kind: 'dir', dir: '../local' }, line: 23 },
      { old: { path: 'example.com/win' }, new: { kind: 'dir', dir: 'C:\\src\\win' }, line: 24 },
      {
        old: { path: 'example.com/all' },
        new: { kind: 'module', path: 'example.com/other', version: 'v2.0.0+incompatible' },
        line: 25
      }
    ])
  })

  it('reads exclusions, retractions with their rationale, tools and ignored directories', () => {
    expect(file.exclude).toEqual([{ path: 'example.com/bad', version: 'v1.0.0', line: 28 }])
    expect(file.retract).toEqual([
      { low: 'v1.0.0', high: 'v1.0.5', rationale: 'Published by mistake.', line: 31 },
      { low: 'v1.1.0', high: 'v1.1.0', rationale: 'The build was broken.', line: 35 }
    ])
    expect(file.tool).toEqual(['golang.org/x/tools/cmd/stringer'])
    expect(file.ignore).toEqual(['./node_modules'])
  })

  it('reads a file with only a module line', () => {
    expect(parseGoMod('module example.com/m')).toEqual({
      module: 'example.com/m',
      go: undefined,
      toolchain: undefined,
      godebug: [],
      require: [],
      exclude: [],
      replace: [],
      retract: [],
      tool: [],
      ignore: []
    })
  })

  it('leaves the module path undefined when there is no module line, as go does for a bare file', () => {
    expect(parseGoMod('go 1.21\n').module).toBeUndefined()
  })

  it.each([
    ['// indirect', true],
    ['//indirect', true],
    ['//   indirect   ', true],
    ['// indirect; kept for the test tool', true],
    ['// indirect kept', false],
    ['// indirectly', false],
    ['// Indirect', false],
    ['// see issue; indirect', false]
  ])('reads the comment %j as indirect: %j', (comment, want) => {
    expect(parseGoMod(`module m\nrequire example.com/x v1.0.0 ${comment}\n`).require[0]!.indirect).toBe(want)
  })

  it('unquotes Go string escapes in paths and versions', () => {
    const quoted = parseGoMod('module "example.com/\\x71uoted\\u00e9"\nrequire "example.com/x" "v1.0.0"\n')
    expect(quoted.module).toBe('example.com/quotedé')
    expect(quoted.require[0]).toMatchObject({ path: 'example.com/x', version: 'v1.0.0' })
  })

  it('reads CRLF line ends', () => {
    const file = parseGoMod('module example.com/m\r\n\r\nrequire (\r\n\tgolang.org/x/sys v0.6.0 // indirect\r\n)\r\n')
    expect(file.require).toEqual([{ path: 'golang.org/x/sys', version: 'v0.6.0', indirect: true, line: 4 }])
  })

  it('reads a block whose opening line carries a comment', () => {
    expect(parseGoMod('module m\nrequire ( // pinned\n\texample.com/x v1.0.0\n)\n').require).toHaveLength(1)
  })
})

describe('parseGoMod errors', () => {
  function problemsOf(text: string, options?: Parameters<typeof parseGoMod>[1]): string {
    try {
      parseGoMod(text, options)
    } catch (err) {
      if (err instanceof ModFileError) return err.message
      throw err
    }
    throw new Error('expected a ModFileError')
  }

  it.each([
    ['module m\nfrobnicate x\n', 'go.mod:2: unknown directive: frobnicate'],
    ['module m\ngo 1.21\ngo 1.22\n', 'go.mod:3: repeated go statement'],
    ['module m\nmodule n\n', 'go.mod:2: repeated module statement'],
    ['module a b\n', 'go.mod:1: usage: module module/path'],
    ['module m\ngo 1.21.x\n', "go.mod:2: invalid go version '1.21.x': must match format 1.23.0"],
    ['module m\ntoolchain 1.22\n', "go.mod:2: invalid toolchain version '1.22': must match format go1.23.0 or default"],
    ['module m\nrequire example.com/x\n', 'go.mod:2: usage: require module/path v1.2.3'],
    ['module m\nrequire example.com/x 1.2.3\n', 'go.mod:2: require example.com/x: version "1.2.3" invalid: must be of the form v1.2.3'],
    ['module m\nrequire (\n\texample.com/x latest\n)\n', 'go.mod:3:2: require example.com/x: version "latest" invalid: must be of the form v1.2.3'],
    ["module m\nrequire 'example.com/x' v1.0.0\n", 'go.mod:2: invalid quoted string: unquoted string cannot contain quote'],
    ['module m\nrequire "example.com/\\q" v1.0.0\n', 'go.mod:2: invalid quoted string: invalid syntax'],
    ['module m\nreplace example.com/x => example.com/y\n', 'go.mod:2: replacement module without version must be directory path (rooted or starting with . or ..)'],
    ['module m\nreplace example.com/x => example.com/y@v1.0.0\n', "go.mod:2: replacement module must match format 'path version', not 'path@version'"],
    ['module m\nreplace example.com/x => ./y v1.0.0\n', 'go.mod:2: replacement module directory path "./y" cannot have version'],
    ['module m\nreplace example.com/x\n', 'go.mod:2: usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory'],
    ['module m\nretract [v1.0.0 v1.0.1]\n', "go.mod:2: expected ',' after version"],
    ['module m\nretract v1.0.0 extra\n', 'go.mod:2: unexpected token after version: "extra"'],
    ['retract v1.0.0\n', 'go.mod:1: no module directive found, so retract cannot be used'],
    ['module m\nrequire example.com/x (\n\texample.com/y v1.0.0\n)\n', 'go.mod:2: unknown block type: require example.com/x'],
    ['module m\ngo (\n\t1.21\n)\n', 'go.mod:2: unknown block type: go'],
    ['module m\ngodebug panicnil\n', 'go.mod:2: usage: godebug key=value']
  ])('reports %j as %j', (text, message) => {
    expect(problemsOf(text)).toBe(message)
  })

  it.each([
    ['module m\n/* block comment */\n', 'go.mod:2: mod files must use // comments (not /* */ comments)'],
    ['module m\nrequire (\n\texample.com/x v1.0.0\n', 'go.mod:4: syntax error (unterminated block started at go.mod:2:1)'],
    ['module m\nrequire (\n) x\n', 'go.mod:3:4: syntax error (expected newline after closing paren)'],
    ['module "m\n', 'go.mod:1:10: unexpected newline in string'],
    ['module "m', 'go.mod:1:8: unexpected EOF in string'],
    ['module m\u00a0x\n', "go.mod:1:9: unexpected input character '\\u00a0'"]
  ])('reports the syntax error in %j as %j', (text, message) => {
    expect(problemsOf(text)).toBe(message)
  })

  it('lists every problem of the file, each with its line', () => {
    let error: ModFileError | undefined
    try {
      parseGoMod('module m\ngo 1\nrequire x.example v1\nfoo\n', { fileName: 'svc/go.mod' })
    } catch (err) {
      if (err instanceof ModFileError) error = err
    }
    expect(error?.fileName).toBe('svc/go.mod')
    expect(error?.problems.map(problem => problem.line)).toEqual([2, 4])
    expect(error?.message).toBe(
      "svc/go.mod:2: invalid go version '1': must match format 1.23.0\nsvc/go.mod:4: unknown directive: foo"
    )
  })

  it('reports the first syntax error before going further, as go does', () => {
    expect(problemsOf('module m\nrequire (\n) x\n/* later */\n')).toMatch(/expected newline after closing paren/)
  })
})

describe('parseGoMod, lax (a dependency’s go.mod)', () => {
  it('skips unknown and main-module-only directives', () => {
    const text = 'module example.com/dep\nfuture directive\nreplace example.com/x => ../x\nexclude example.com/y v1.0.0\nrequire example.com/z v1.0.0\n'
    const file = parseGoMod(text, { lax: true })
    expect(file.require.map(require => require.path)).toEqual(['example.com/z'])
    expect(file.replace).toEqual([])
    expect(file.exclude).toEqual([])
  })

  it('keeps the major.minor of a go version it cannot read strictly', () => {
    expect(parseGoMod('module m\ngo 1.21.0-custom\n', { lax: true }).go).toBe('1.21')
    expect(() => parseGoMod('module m\ngo 1.21.0-custom\n')).toThrow(ModFileError)
  })

  it('skips a retraction it cannot read', () => {
    expect(parseGoMod('module m\nretract [v1.0.0\n', { lax: true }).retract).toEqual([])
  })

  it('still rejects a malformed requirement', () => {
    expect(() => parseGoMod('module m\nrequire example.com/x\n', { lax: true })).toThrow('usage: require module/path v1.2.3')
  })
})

describe('parseGoWork', () => {
  it('reads go, toolchain, use directories and replacements', () => {
    const text = `go 1.23.0

toolchain go1.23.1

use ./api

use (
	./cmd/tool // the CLI
	"./with space"
	/abs/module
)

replace example.com/x v1.0.0 => ./x
`
    expect(parseGoWork(text)).toEqual({
      go: '1.23.0',
      toolchain: 'go1.23.1',
      godebug: [],
      use: [
        { dir: './api', line: 5 },
        { dir: './cmd/tool', line: 8 },
        { dir: './with space', line: 9 },
        { dir: '/abs/module', line: 10 }
      ],
      replace: [{ old: { path: 'example.com/x', version: 'v1.0.0' }, new: { kind: 'dir', dir: './x' }, line: 13 }]
    })
  })

  it.each([
    ['go 1.23\nrequire example.com/x v1.0.0\n', 'go.work:2: unknown directive: require'],
    ['go 1.23\nuse ./a ./b\n', 'go.work:2: usage: use local/dir'],
    ['go 1.23\nrequire (\n)\n', 'go.work:2: unknown block type: require'],
    ['go 1.23\ngo 1.24\n', 'go.work:2: repeated go statement']
  ])('reports %j as %j', (text, message) => {
    expect(() => parseGoWork(text)).toThrow(ModFileError)
    expect(() => parseGoWork(text)).toThrow(message)
  })
})

describe('modulePath', () => {
  it.each([
    ['module example.com/m\n', 'example.com/m'],
    ['// header\n\nmodule   example.com/m // trailing comment\n\ngo 1.21\n', 'example.com/m'],
    ['module "example.com/quoted"\n', 'example.com/quoted'],
    ['module (\n\texample.com/block\n)\n', 'example.com/block'],
    ['go 1.21\nrequire x.example v1.0.0\n', undefined],
    ['modulex example.com/m\n', undefined],
    ['module "unterminated\n', undefined]
  ])('finds the module path of %j: %j', (text, want) => {
    expect(modulePath(text)).toBe(want)
  })

  it('finds the path even when the rest of the file is broken', () => {
    expect(modulePath('module example.com/m\nthis is not go.mod /* at all')).toBe('example.com/m')
  })
})

describe('canonicalVersion', () => {
  it.each([
    ['v1.2.3', 'v1.2.3'],
    ['v1', 'v1.0.0'],
    ['v1.2', 'v1.2.0'],
    ['v0.0.0-20191109021931-daa7c04131f5', 'v0.0.0-20191109021931-daa7c04131f5'],
    ['v1.2.3-rc.1', 'v1.2.3-rc.1'],
    ['v1.2.3+meta', 'v1.2.3'],
    ['v1.2.3-pre+meta', 'v1.2.3-pre'],
    ['v2.0.0+incompatible', 'v2.0.0+incompatible']
  ])('writes %j as %j', (version, want) => {
    expect(canonicalVersion(version)).toBe(want)
  })

  it.each(['1.2.3', 'v', 'v1.2.3.4', 'v01.2.3', 'v1.02.3', 'v1.2-pre', 'v1.2.3-01', 'v1.2.3-', 'v1.2.3+', 'latest', 'master'])(
    'finds no version in %j',
    version => {
      expect(canonicalVersion(version)).toBeUndefined()
    }
  )
})

describe('isDirectoryPath', () => {
  it.each([
    ['.', true],
    ['..', true],
    ['./x', true],
    ['../x', true],
    ['.\\x', true],
    ['..\\x', true],
    ['/abs', true],
    ['\\abs', true],
    ['C:\\src', true],
    ['c:/src', true],
    ['example.com/x', false],
    ['.hidden/x', false],
    ['...', false]
  ])('%j is a directory path: %j', (path, want) => {
    expect(isDirectoryPath(path)).toBe(want)
  })
})
