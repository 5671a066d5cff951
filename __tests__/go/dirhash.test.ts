import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { crc32 } from 'node:zlib'
import { hash1, hash1Summary, hashGoMod } from '../../src/go/dirhash.ts'
import { EMPTY_GO_MOD_HASH } from '../../src/go/gosum.ts'
import { GO_BIN } from '../support/fixtures.ts'


describe('hashGoMod', () => {
  it('gives the hash cmd/go knows for an empty go.mod', () => {
    // cmd/go/internal/modfetch/fetch.go: emptyGoModHash.
    expect(hashGoMod('')).toBe(EMPTY_GO_MOD_HASH)
  })

  // go.mod files as proxy.golang.org serves them, with the hashes public go.sum files record.
  it.each([
    ['github.com/google/uuid v1.6.0', 'module github.com/google/uuid\n', 'h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo='],
    [
      'github.com/mattn/go-isatty v0.0.20',
      'module github.com/mattn/go-isatty\n\ngo 1.15\n\nrequire golang.org/x/sys v0.6.0\n',
      'h1:W+V8PltTTMOvKvAeJH7IuucS94S2C6jfK/D7dTCTo3Y='
    ],
    ['golang.org/x/sys v0.6.0', 'module golang.org/x/sys\n\ngo 1.17\n', 'h1:oPkhp1MJrh7nUepCBck5+mAzfO9JrbApNNgaTdGDITg=']
  ])('matches the go.sum line of %s', (_module, goMod, want) => {
    expect(hashGoMod(goMod)).toBe(want)
  })

  it('hashes a string and the same bytes in a Buffer alike', () => {
    const content = 'module example.com/ünïcode\n\ngo 1.22\n'
    expect(hashGoMod(content)).toBe(hashGoMod(Buffer.from(content, 'utf8')))
  })

  it('changes when one byte of the go.mod changes', () => {
    expect(hashGoMod('module example.com/a\n')).not.toBe(hashGoMod('module example.com/b\n'))
  })
})

describe('hash1Summary', () => {
  it('writes one "<hex sha256>  <name>" line per file', () => {
    expect(hash1Summary([{ name: 'go.mod', content: '' }])).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  go.mod\n'
    )
  })

  it('orders names by their UTF-8 bytes, not by UTF-16 code units', () => {
    // JavaScript's default order puts U+1F600 (surrogate D83D) before U+FF21;
    // Go's byte order puts U+FF21 (EF BC A1) before U+1F600 (F0 9F 98 80).
    const names = ['m/\u{1F600}', 'm/\uFF21', 'm/Z', 'm/a']
    const summary = hash1Summary(names.map(name => ({ name, content: '' })))
    const order = summary.trimEnd().split('\n').map(line => line.slice(66))
    expect(order).toEqual(['m/Z', 'm/a', 'm/\uFF21', 'm/\u{1F600}'])
  })

  it('refuses a file name with a newline, which would forge a summary line', () => {
    expect(() => hash1Summary([{ name: 'a\nb', content: '' }])).toThrow(/newline/)
  })
})

describe('hash1 against the go command', () => {
  const modulePath = 'example.com/hashme'
  const version = 'v1.0.0'
  const goMod = 'module example.com/hashme\n\ngo 1.21\n\n// a comment, so the file is not trivial\n'
  const files = [
    { name: 'go.mod', content: goMod },
    { name: 'hashme.go', content: 'package hashme\n\n// Answer is the answer.\nconst Answer = 42\n' },
    { name: 'README.md', content: '# hashme\n' },
    { name: 'sub/zz.go', content: 'package sub\n' }
  ]
  let root: string
  let reported: { Sum: string; GoModSum: string }

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'dirhash-'))
    const versionDir = path.join(root, 'proxy', modulePath, '@v')
    await mkdir(versionDir, { recursive: true })
    await writeFile(path.join(versionDir, 'list'), `${version}\n`)
    await writeFile(path.join(versionDir, `${version}.info`), JSON.stringify({ Version: version }))
    await writeFile(path.join(versionDir, `${version}.mod`), goMod)
    const zipFiles = files.map(file => ({ name: `${modulePath}@${version}/${file.name}`, content: Buffer.from(file.content) }))
    await writeFile(path.join(versionDir, `${version}.zip`), storedZip(zipFiles))

    const home = path.join(root, 'home')
    await mkdir(home)
    const { stdout } = await promisify(execFile)(GO_BIN, ['mod', 'download', '-json', `${modulePath}@${version}`], {
      cwd: home,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: home,
        GOENV: 'off',
        GOPATH: path.join(root, 'gopath'),
        GOMODCACHE: path.join(root, 'modcache'),
        GOCACHE: path.join(root, 'gocache'),
        GOPROXY: `file://${path.join(root, 'proxy')}`,
        GOSUMDB: 'off',
        GONOSUMDB: '',
        GOPRIVATE: '',
        GOFLAGS: '-mod=mod',
        GOTOOLCHAIN: 'local',
        GO111MODULE: 'on'
      }
    })
    reported = JSON.parse(stdout) as typeof reported
  })

  afterAll(async () => {
    if (root === undefined) return
    // The module cache is read-only, as go leaves it.
    await promisify(execFile)('chmod', ['-R', 'u+w', root])
    await rm(root, { recursive: true, force: true })
  })

  it('computes the go.mod hash go reports as GoModSum', () => {
    expect(reported.GoModSum).toMatch(/^h1:/)
    expect(hashGoMod(goMod)).toBe(reported.GoModSum)
  })

  it('computes the zip hash go reports as Sum, over names prefixed with module@version/', () => {
    const prefixed = files.map(file => ({ name: `${modulePath}@${version}/${file.name}`, content: file.content }))
    expect(reported.Sum).toMatch(/^h1:/)
    expect(hash1(prefixed)).toBe(reported.Sum)
  })
})

/** A minimal zip archive with stored (uncompressed) members, enough for go to read. */
function storedZip(files: { name: string; content: Buffer }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8')
    const crc = crc32(file.content)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(0, 8) // stored
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(file.content.length, 18)
    local.writeUInt32LE(file.content.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(file.content.length, 20)
    central.writeUInt32LE(file.content.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, file.content)
    centrals.push(central, name)
    offset += local.length + name.length + file.content.length
  }
  const centralSize = centrals.reduce((size, part) => size + part.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, ...centrals, end])
}
