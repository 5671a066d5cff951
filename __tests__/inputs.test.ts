import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/errors.ts'
import { parseLines, readInputs } from '../src/inputs.ts'

const from = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('readInputs', () => {
  it('falls back to the documented defaults for empty values', () => {
    expect(readInputs(from({}))).toEqual({
      workingDirectory: '.',
      cacheDependencyPath: [],
      keyPrefix: 'go-mod',
      save: 'auto'
    })
  })

  it('accepts save policies in any case', () => {
    expect(readInputs(from({ save: 'Always' })).save).toBe('always')
    expect(readInputs(from({ save: ' never ' })).save).toBe('never')
  })

  it('rejects an unknown save policy, naming the input and the choices', () => {
    expect(() => readInputs(from({ save: 'sometimes' }))).toThrow(InputError)
    expect(() => readInputs(from({ save: 'sometimes' }))).toThrow(
      "Input 'save' has the value 'sometimes'; expected one of: auto, always, never."
    )
  })

  it('rejects a key prefix with a comma or a space', () => {
    expect(() => readInputs(from({ 'key-prefix': 'a,b' }))).toThrow(/Input 'key-prefix'.*without commas/)
    expect(() => readInputs(from({ 'key-prefix': 'a b' }))).toThrow(/Input 'key-prefix'/)
  })

  it('reads cache-dependency-path one glob per line', () => {
    const inputs = readInputs(from({ 'cache-dependency-path': 'a/go.sum\r\n\n  # note\n b/go.sum \n' }))
    expect(inputs.cacheDependencyPath).toEqual(['a/go.sum', 'b/go.sum'])
  })
})

describe('parseLines', () => {
  it('drops blank and comment lines', () => {
    expect(parseLines('\n# x\n y \n')).toEqual(['y'])
  })
})
