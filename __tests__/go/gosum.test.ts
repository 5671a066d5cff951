import { describe, expect, it } from '@jest/globals'
import {
  EMPTY_GO_MOD_HASH,
  goModHash,
  GoSumError,
  parseGoSum
} from '../../src/go/gosum.ts'

const GO_SUM = `github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=
github.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=
golang.org/x/sys v0.6.0/go.mod h1:oPkhp1MJrh7nUepCBck5+mAzfO9JrbApNNgaTdGDITg=

github.com/mattn/go-isatty v0.0.20 h1:xfD0iDuEKnDkl03q4limB+vH+GxLEtL/jb4xVJSWWEY=
github.com/mattn/go-isatty v0.0.20/go.mod h1:W+V8PltTTMOvKvAeJH7IuucS94S2C6jfK/D7dTCTo3Y=
`

describe('parseGoSum', () => {
  it('reads zip and go.mod lines, with their line numbers', () => {
    expect(parseGoSum(GO_SUM)).toEqual([
      { path: 'github.com/google/uuid', version: 'v1.6.0', kind: 'zip', hash: 'h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=', line: 1 },
      { path: 'github.com/google/uuid', version: 'v1.6.0', kind: 'mod', hash: 'h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=', line: 2 },
      { path: 'golang.org/x/sys', version: 'v0.6.0', kind: 'mod', hash: 'h1:oPkhp1MJrh7nUepCBck5+mAzfO9JrbApNNgaTdGDITg=', line: 3 },
      { path: 'github.com/mattn/go-isatty', version: 'v0.0.20', kind: 'zip', hash: 'h1:xfD0iDuEKnDkl03q4limB+vH+GxLEtL/jb4xVJSWWEY=', line: 5 },
      { path: 'github.com/mattn/go-isatty', version: 'v0.0.20', kind: 'mod', hash: 'h1:W+V8PltTTMOvKvAeJH7IuucS94S2C6jfK/D7dTCTo3Y=', line: 6 }
    ])
  })

  it('tolerates CRLF line ends, tabs and runs of spaces between fields', () => {
    const entries = parseGoSum('example.com/m\tv1.0.0   h1:abc=\r\nexample.com/m v1.0.0/go.mod h1:def=\r\n')
    expect(entries.map(entry => [entry.version, entry.kind, entry.hash])).toEqual([
      ['v1.0.0', 'zip', 'h1:abc='],
      ['v1.0.0', 'mod', 'h1:def=']
    ])
  })

  it('reads an empty file as no entries', () => {
    expect(parseGoSum('')).toEqual([])
    expect(parseGoSum('\n  \n')).toEqual([])
  })

  it('drops the empty-go.mod hash an old go wrote for non-modules, as go does', () => {
    const entries = parseGoSum(`example.com/nomod v1.0.0/go.mod ${EMPTY_GO_MOD_HASH}\nexample.com/m v1.0.0/go.mod h1:x=\n`)
    expect(entries.map(entry => entry.path)).toEqual(['example.com/m'])
  })

  it('reports every malformed line with its file name and line number', () => {
    const text = 'example.com/a v1.0.0 h1:a=\nexample.com/b v1.0.0\n\nexample.com/c v1.0.0 h1:c= extra\n'
    expect(() => parseGoSum(text, 'sub/go.sum')).toThrow(GoSumError)
    expect(() => parseGoSum(text, 'sub/go.sum')).toThrow(
      'go cannot use sub/go.sum:2: wrong number of fields 2 (expected "<module> <version>[/go.mod] h1:<hash>"); ' +
        'line 4: wrong number of fields 4 (expected "<module> <version>[/go.mod] h1:<hash>"). ' +
        'Fix: delete that line (or the whole go.sum), run `go mod tidy`, and commit go.sum. Not retried: no download fixes a file. Nothing was saved to the cache.'
    )
  })
})

describe('hash lookups', () => {
  const entries = parseGoSum(GO_SUM)

  it('finds the go.mod hash of path@version', () => {
    expect(goModHash(entries, 'golang.org/x/sys', 'v0.6.0')).toBe('h1:oPkhp1MJrh7nUepCBck5+mAzfO9JrbApNNgaTdGDITg=')
  })

  it('finds nothing for an unknown version or a zip go.sum does not record', () => {
    expect(goModHash(entries, 'github.com/google/uuid', 'v1.5.0')).toBeUndefined()
    // go.sum records a zip hash for uuid, but that is not its go.mod hash.
    expect(goModHash(entries, 'github.com/google/uuid', 'v1.6.0')).not.toBe('h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=')
  })
})
