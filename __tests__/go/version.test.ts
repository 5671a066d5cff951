import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import {
  compareGoVersions,
  isLanguageVersion,
  isValidGoVersion,
  toolCacheVersion,
  versionOfGoVersion,
  versionOfToolchain
} from '../../src/go/version.ts'
import { GO_BIN } from '../support/fixtures.ts'

const run = promisify(execFile)

const VERSIONS = [
  '1', '1.0', '1.0.0', '1.9', '1.19', '1.20', '1.20.0', '1.20.14', '1.21', '1.21rc', '1.21rc1', '1.21rc2',
  '1.21beta1', '1.21alpha3', '1.21.0', '1.21.1', '1.21.10', '1.22', '1.22.0', '2', '2.0.0', '1.100.1'
]
const INVALID = ['', '1.', '1.21.', '01.2', '1.02', '1.21.0rc1', '1.21-rc1', 'v1.21', 'go1.21', '1.21.0.1', '1.21RC1']

/** What Go's own go/version package says, as the oracle: Compare and IsValid over every pair. */
async function goVersionOracle(versions: string[]): Promise<{ valid: boolean[]; compare: number[][] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gmp-gover-'))
  try {
    await writeFile(path.join(dir, 'go.mod'), 'module oracle\n\ngo 1.22\n')
    await writeFile(
      path.join(dir, 'main.go'),
      `package main

import (
	"encoding/json"
	"os"
	"go/version"
)

func main() {
	var vs []string
	json.NewDecoder(os.Stdin).Decode(&vs)
	out := struct {
		Valid   []bool  \`json:"valid"\`
		Compare [][]int \`json:"compare"\`
	}{}
	for _, a := range vs {
		out.Valid = append(out.Valid, version.IsValid("go"+a))
		row := []int{}
		for _, b := range vs {
			row = append(row, version.Compare("go"+a, "go"+b))
		}
		out.Compare = append(out.Compare, row)
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
`
    )
    await writeFile(path.join(dir, 'input.json'), JSON.stringify(versions))
    const { stdout } = await run('sh', ['-c', `${GO_BIN} run . < input.json`], {
      cwd: dir,
      env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOPROXY: 'off', GOWORK: 'off' }
    })
    return JSON.parse(stdout) as { valid: boolean[]; compare: number[][] }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

describe('Go version order', () => {
  it('agrees with go/version on validity and on the order of every pair', async () => {
    const all = [...VERSIONS, ...INVALID.filter((v) => v !== '')]
    const oracle = await goVersionOracle(all)
    // go/version reads toolchain names ("go1.21-rc1" is go1.21 with a custom suffix).
    const version = (v: string) => versionOfToolchain(`go${v}`)
    all.forEach((v, i) => expect([v, version(v) !== undefined]).toEqual([v, oracle.valid[i]]))
    const valid = all.filter((_, i) => oracle.valid[i])
    for (const a of valid) {
      for (const b of valid) {
        const expected = oracle.compare[all.indexOf(a)]?.[all.indexOf(b)]
        expect([a, b, Math.sign(compareGoVersions(version(a) ?? '', version(b) ?? ''))]).toEqual([a, b, expected])
      }
    }
  }, 120_000)

  it('orders a language version before its release candidates, and those before the release', () => {
    const sorted = ['1.21.0', '1.21rc1', '1.21', '1.20', '1.21rc2'].sort(compareGoVersions)
    expect(sorted).toEqual(['1.20', '1.21', '1.21rc1', '1.21rc2', '1.21.0'])
  })

  it('rejects what is not a version', () => {
    for (const v of INVALID) expect([v, isValidGoVersion(v)]).toEqual([v, false])
  })

  it('tells a language version from a release: 1.20 was a release, 1.21 is a language version', () => {
    expect(isLanguageVersion('1.21')).toBe(true)
    expect(isLanguageVersion('1.22')).toBe(true)
    expect(isLanguageVersion('1.20')).toBe(false)
    expect(isLanguageVersion('1.21.0')).toBe(false)
    expect(isLanguageVersion('1.21rc1')).toBe(false)
  })
})

describe('toolchain names', () => {
  it('reads the version of a toolchain name, custom suffix dropped', () => {
    expect(versionOfToolchain('go1.22.3')).toBe('1.22.3')
    expect(versionOfToolchain('go1.22.3-custom')).toBe('1.22.3')
    expect(versionOfToolchain('go1.23rc1')).toBe('1.23rc1')
    expect(versionOfToolchain('1.22.3')).toBeUndefined()
    expect(versionOfToolchain('go1.22/../x')).toBeUndefined()
    expect(versionOfToolchain('gox')).toBeUndefined()
  })

  it('reads what go version and GOVERSION report', () => {
    expect(versionOfGoVersion('go1.26.8')).toBe('1.26.8')
    expect(versionOfGoVersion('go1.26.8 X:nocoverageredesign')).toBe('1.26.8')
    expect(versionOfGoVersion('devel go1.27-abcdef Tue Nov 3')).toBeUndefined()
  })

  it('files versions in the tool cache as actions/setup-go does', () => {
    expect(toolCacheVersion('1.22.3')).toBe('1.22.3')
    expect(toolCacheVersion('1.23rc1')).toBe('1.23.0-rc.1')
    expect(toolCacheVersion('1.21beta2')).toBe('1.21.0-beta.2')
    expect(toolCacheVersion('1.20')).toBe('1.20.0')
  })
})
