import { describe, expect, it } from '@jest/globals'
import { parseDownloadOutput, uniqueModules } from '../../src/go/download.ts'
import { parseJsonStream } from '../../src/go/jsonstream.ts'

describe('parseJsonStream', () => {
  it('splits objects printed one after another, braces inside strings included', () => {
    const text = '{\n\t"Path": "a",\n\t"Error": "bad } { \\" x"\n}\n{"Path":"b","V":[1,{}]}\n'
    expect(parseJsonStream(text)).toEqual([{ Path: 'a', Error: 'bad } { " x' }, { Path: 'b', V: [1, {}] }])
  })

  it('reads objects separated by CRLF, as a Windows tool may print them', () => {
    expect(parseDownloadOutput('{\r\n\t"Path": "a",\r\n\t"Version": "v1.0.0"\r\n}\r\n{"Path":"b","Version":"v2.0.0"}\r\n')).toEqual([
      { Path: 'a', Version: 'v1.0.0' },
      { Path: 'b', Version: 'v2.0.0' }
    ])
  })

  it('returns nothing for empty output', () => {
    expect(parseJsonStream('\n')).toEqual([])
  })

  it('rejects a truncated object', () => {
    expect(() => parseJsonStream('{"Path": "a"')).toThrow(/unterminated/)
  })
})

describe('parseDownloadOutput and uniqueModules', () => {
  it('counts each module version once across roots', () => {
    const a = parseDownloadOutput('{"Path":"x","Version":"v1.0.0"}{"Path":"y","Version":"v1.0.0"}')
    const b = parseDownloadOutput('{"Path":"x","Version":"v1.0.0"}{"Path":"x","Version":"v1.1.0"}')
    expect(uniqueModules([...a, ...b]).map((m) => `${m.Path}@${m.Version}`)).toEqual([
      'x@v1.0.0',
      'x@v1.1.0',
      'y@v1.0.0'
    ])
  })
})
