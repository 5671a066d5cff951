import { describe, expect, it } from '@jest/globals'
import { parseGoSum } from '../../src/go/gosum.ts'
import { goSumEntries, pickProbeModules } from '../../src/proxy/sample.ts'

const gosum = parseGoSum(
  [
    'github.com/acme/private v1.0.0 h1:aaa=',
    'github.com/acme/private v1.0.0/go.mod h1:bbb=',
    'example.com/a v1.0.0 h1:z1=',
    'example.com/a v1.0.0/go.mod h1:m1=',
    'example.com/b v0.9.0/go.mod h1:m2old=',
    'example.com/b v1.0.0 h1:z2=',
    'example.com/b v1.0.0/go.mod h1:m2=',
    'example.com/c v1.0.0/go.mod h1:m3=',
    'example.com/d v1.0.0 h1:z4=',
    'example.com/d v1.0.0/go.mod h1:m4=',
    'example.com/e v1.0.0 h1:z5=',
    'example.com/e v1.0.0/go.mod h1:m5=',
    ''
  ].join('\n')
)

describe('pickProbeModules', () => {
  it('never picks a private module', () => {
    const picked = pickProbeModules(gosum, { GOPRIVATE: 'github.com/acme' }, 10)
    expect(picked.map((m) => m.path)).not.toContain('github.com/acme/private')
  })

  it('prefers versions whose zip go.sum records, spread over the list, with their go.mod hash', () => {
    const picked = pickProbeModules(gosum, { GOPRIVATE: 'github.com/acme' }, 3)
    expect(picked).toEqual([
      { path: 'example.com/a', version: 'v1.0.0', goModHash: 'h1:m1=' },
      { path: 'example.com/d', version: 'v1.0.0', goModHash: 'h1:m4=' },
      { path: 'example.com/e', version: 'v1.0.0', goModHash: 'h1:m5=' }
    ])
  })

  it('falls back to go.mod-only entries when too few zips are recorded', () => {
    const only = parseGoSum('example.com/c v1.0.0/go.mod h1:m3=\n')
    expect(pickProbeModules(only, {}, 3)).toEqual([{ path: 'example.com/c', version: 'v1.0.0', goModHash: 'h1:m3=' }])
  })

  it('honours GONOPROXY over GOPRIVATE', () => {
    const picked = pickProbeModules(gosum, { GOPRIVATE: 'github.com/acme', GONOPROXY: 'example.com' }, 10)
    expect(picked.map((m) => m.path)).toEqual(['github.com/acme/private'])
  })
})

describe('goSumEntries', () => {
  it('reads go.sum and go.work.sum files but not go.mod', () => {
    const entries = goSumEntries([
      { path: 'go.mod', content: Buffer.from('module x\n') },
      { path: 'go.sum', content: Buffer.from('example.com/a v1.0.0/go.mod h1:m1=\n') },
      { path: 'sub/go.work.sum', content: Buffer.from('example.com/b v1.0.0/go.mod h1:m2=\n') }
    ])
    expect(entries.map((e) => e.path)).toEqual(['example.com/a', 'example.com/b'])
  })

  it('leaves out a go.sum that does not parse, for the download to name in its error', () => {
    const entries = goSumEntries([
      { path: 'go.sum', content: Buffer.from('example.com/a v1.0.0/go.mod\n') },
      { path: 'sub/go.sum', content: Buffer.from('example.com/b v1.0.0/go.mod h1:m2=\n') }
    ])
    expect(entries.map((e) => e.path)).toEqual(['example.com/b'])
  })
})
