import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { selectMembers } from '../../src/cache/layout.ts'
import { listModCache, type CacheItem } from '../../src/go/gomodcache.ts'
import { parseModGraph } from '../../src/cache/tidy.ts'

describe('parseModGraph', () => {
  it('returns every module@version node once, leaving out the main module and the go and toolchain pseudo-modules', () => {
    const graph = [
      'example.com/app example.com/a@v1.0.0',
      'example.com/app example.com/b@v1.2.0',
      'example.com/app go@1.22',
      'example.com/app toolchain@go1.22.4',
      'example.com/a@v1.0.0 example.com/b@v1.1.0',
      'example.com/a@v1.0.0 go@1.21',
      'example.com/b@v1.2.0 example.com/!azure/sdk@v0.3.0-beta.1+incompatible',
      ''
    ].join('\n')
    expect(parseModGraph(graph).sort()).toEqual(
      ['example.com/!azure/sdk@v0.3.0-beta.1+incompatible', 'example.com/a@v1.0.0', 'example.com/b@v1.1.0', 'example.com/b@v1.2.0'].sort()
    )
  })

  it('reads CRLF line ends and stray blanks', () => {
    expect(parseModGraph('example.com/app  example.com/a@v1.0.0\r\n\r\n  example.com/a@v1.0.0\texample.com/c@v0.0.1\r\n').sort()).toEqual([
      'example.com/a@v1.0.0',
      'example.com/c@v0.0.1'
    ])
  })

  it('returns nothing for a module without requirements', () => {
    expect(parseModGraph('')).toEqual([])
    expect(parseModGraph('example.com/app go@1.22\n')).toEqual([])
  })
})

describe('listModCache on a module cache on disk', () => {
  let base: string
  let modCache: string

  async function put(rel: string, content = 'x'): Promise<void> {
    const file = path.join(modCache, ...rel.split('/'))
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, content)
  }

  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'gmp-prune-'))
    modCache = path.join(base, 'mod')
    // Extracted modules: a case-escaped path, a module nested in another's path, an escaped version.
    await put('example.com/!foo@v1.2.3-pre.1+incompatible/foo.go')
    await put('example.com/a@v1.0.0/go.mod')
    await put('example.com/a/b@v0.1.0-!r!c.1/go.mod')
    // Not a valid escaped path (an upper-case letter): not go's, not ours to list.
    await put('example.com/Bad@v1.0.0/go.mod')
    const foo = 'cache/download/example.com/!foo/@v'
    for (const ext of ['info', 'mod', 'zip', 'ziphash', 'lock', 'partial']) await put(`${foo}/v1.2.3-pre.1+incompatible.${ext}`)
    await put(`${foo}/list`, 'v1.2.3-pre.1+incompatible\n')
    await put(`${foo}/list.lock`, '')
    await put('cache/download/example.com/a/@v/v1.0.0.mod')
    await put('cache/download/example.com/a/@v/v1.0.0.info')
    await put('cache/download/example.com/a/b/@v/v0.1.0-!r!c.1.zip')
    // The checksum database cache has module@version-looking names; it is never pruned.
    await put('cache/download/sumdb/sum.golang.org/lookup/example.com/a@v1.0.0')
    await put('cache/download/sumdb/sum.golang.org/tile/8/0/000')
    await put('cache/vcs/0f1e2d3c4b5a/HEAD', 'ref: refs/heads/main\n')
  })
  afterAll(() => rm(base, { recursive: true, force: true }))

  it('lists extracted directories and per-version download files with unescaped module@version ids', async () => {
    const { items } = await listModCache(modCache)
    const foo = 'cache/download/example.com/!foo/@v/v1.2.3-pre.1+incompatible'
    const fooId = 'example.com/Foo@v1.2.3-pre.1+incompatible'
    const byRel = (a: CacheItem, b: CacheItem) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)
    expect([...items].sort(byRel)).toEqual(
      [
        { rel: 'example.com/!foo@v1.2.3-pre.1+incompatible', id: fooId, kind: 'dir' },
        { rel: 'example.com/a@v1.0.0', id: 'example.com/a@v1.0.0', kind: 'dir' },
        { rel: 'example.com/a/b@v0.1.0-!r!c.1', id: 'example.com/a/b@v0.1.0-RC.1', kind: 'dir' },
        ...['info', 'mod', 'zip', 'ziphash', 'lock', 'partial'].map((kind) => ({ rel: `${foo}.${kind}`, id: fooId, kind })),
        { rel: 'cache/download/example.com/a/@v/v1.0.0.mod', id: 'example.com/a@v1.0.0', kind: 'mod' },
        { rel: 'cache/download/example.com/a/@v/v1.0.0.info', id: 'example.com/a@v1.0.0', kind: 'info' },
        { rel: 'cache/download/example.com/a/b/@v/v0.1.0-!r!c.1.zip', id: 'example.com/a/b@v0.1.0-RC.1', kind: 'zip' }
      ].sort(byRel)
    )
  })

  it('leaves out list files, the checksum database and invalid escapes', async () => {
    const { items } = await listModCache(modCache)
    const listed = items.map((i) => i.rel)
    expect(listed.filter((rel) => /\/list(\.lock)?$|sumdb|Bad/.test(rel))).toEqual([])
  })

  it('notices clones in cache/vcs', async () => {
    expect((await listModCache(modCache)).hasVcs).toBe(true)
    expect((await listModCache(path.join(base, 'missing'))).hasVcs).toBe(false)
  })

  it('lists nothing for a module cache that does not exist', async () => {
    expect(await listModCache(path.join(base, 'missing'))).toEqual({ items: [], hasVcs: false })
  })

  it('selects from what it listed: a needed version whole, a graph-only one its .mod and .info, no clones', async () => {
    const { items } = await listModCache(modCache)
    const members = selectMembers(items, 'full', new Set(['example.com/Foo@v1.2.3-pre.1+incompatible']), new Set(['example.com/a@v1.0.0']), false)
    expect(members.filter((m) => !m.includes('!foo'))).toEqual(
      items.filter((i) => i.id === 'example.com/a@v1.0.0' && (i.kind === 'mod' || i.kind === 'info')).map((i) => i.rel).sort()
    )
    expect(members.some((m) => m.startsWith('cache/vcs'))).toBe(false)
    expect(members).toContain('cache/download/example.com/!foo/@v/v1.2.3-pre.1+incompatible.zip')
  })
})

describe('listModCache with a version whose pre-release ends in a word that is also a file extension', () => {
  let base: string
  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'gmp-prune-ext-'))
    // v1.0.0-rc.mod is a valid semantic version (the pre-release identifiers are "rc" and "mod");
    // go stores its files as v1.0.0-rc.mod.zip, v1.0.0-rc.mod.mod, v1.0.0-rc.mod.info.
    const dir = path.join(base, 'cache', 'download', 'example.com', 'a', '@v')
    await mkdir(dir, { recursive: true })
    for (const ext of ['zip', 'mod', 'info']) await writeFile(path.join(dir, `v1.0.0-rc.mod.${ext}`), 'x')
  })
  afterAll(() => rm(base, { recursive: true, force: true }))

  // A version may itself end in an extension word: only the last extension is the kind, or
  // the zip, .mod and .info of a version the build needs would be left out of the entry.
  it('reads the version from the last extension, so v1.0.0-rc.mod.zip is the zip of v1.0.0-rc.mod', async () => {
    const { items } = await listModCache(base)
    expect(items.map((i) => `${i.id} ${i.kind}`).sort()).toEqual([
      'example.com/a@v1.0.0-rc.mod info',
      'example.com/a@v1.0.0-rc.mod mod',
      'example.com/a@v1.0.0-rc.mod zip'
    ])
    expect(selectMembers(items, 'full', new Set(['example.com/a@v1.0.0-rc.mod']), new Set(), false)).toHaveLength(3)
  })
})
