// The tool-cache arch of a toolchain is go's, read from the toolchain's own name, never Node's.
import { describe, expect, it } from '@jest/globals'
import { toolCacheArch, toolchainPlatform } from '../../src/toolchain/arch.ts'

describe('toolchainPlatform', () => {
  it('reads GOOS and GOARCH from an unpacked toolchain directory, release candidates too', () => {
    expect(toolchainPlatform('toolchain@v0.0.1-go1.22.3.linux-amd64')).toEqual({ goos: 'linux', goarch: 'amd64' })
    expect(toolchainPlatform('toolchain@v0.0.1-go1.24rc2.windows-arm64')).toEqual({ goos: 'windows', goarch: 'arm64' })
    expect(toolchainPlatform('v0.0.1-go1.21.0.darwin-arm64')).toEqual({ goos: 'darwin', goarch: 'arm64' })
  })

  it('reads nothing from a name without a platform', () => {
    expect(toolchainPlatform('unpacked-Xy12ab')).toBeUndefined()
    expect(toolchainPlatform('toolchain@v0.0.1-go1.22.3')).toBeUndefined()
    expect(toolchainPlatform('example.com/m@v1.0.0.linux-amd64')).toBeUndefined()
  })
})

describe('the tool-cache arch of a toolchain', () => {
  // [toolchain directory, Node's os.arch() on that runner, the arch setup-go files that go under]
  it.each([
    ['toolchain@v0.0.1-go1.24.2.linux-amd64', 'x64', 'x64'],
    ['toolchain@v0.0.1-go1.24.2.linux-arm64', 'arm64', 'arm64'],
    ['toolchain@v0.0.1-go1.24.2.linux-386', 'ia32', 'x86'],
    ['toolchain@v0.0.1-go1.24.2.linux-arm', 'arm', 'arm'],
    ['toolchain@v0.0.1-go1.24.2.linux-ppc64le', 'ppc64', 'ppc64'],
    ['toolchain@v0.0.1-go1.24.2.linux-s390x', 's390x', 's390x'],
    ['toolchain@v0.0.1-go1.24.2.linux-riscv64', 'riscv64', 'riscv64'],
    ['toolchain@v0.0.1-go1.24.2.darwin-amd64', 'x64', 'x64'],
    ['toolchain@v0.0.1-go1.24.2.darwin-arm64', 'arm64', 'arm64'],
    ['toolchain@v0.0.1-go1.24.2.windows-amd64', 'x64', 'x64'],
    ['toolchain@v0.0.1-go1.24.2.windows-arm64', 'arm64', 'arm64'],
    ['toolchain@v0.0.1-go1.24.2.windows-386', 'ia32', 'x86'],
    // An amd64 go under emulation on Windows (or macOS) on arm64, with a native arm64 Node:
    ['toolchain@v0.0.1-go1.24.2.windows-amd64', 'arm64', 'x64'],
    ['toolchain@v0.0.1-go1.24.2.darwin-amd64', 'arm64', 'x64']
  ])('%s (Node: %s) is filed under %s', (dir, nodeArch, expected) => {
    const goarch = toolchainPlatform(dir)!.goarch
    expect(toolCacheArch(goarch)).toBe(expected)
    // The arch comes from go alone: on the emulated runners it is not Node's.
    if (goarch === 'amd64' && nodeArch === 'arm64') expect(toolCacheArch(goarch)).not.toBe(nodeArch)
  })

  it('leaves a GOARCH that Node spells the same as it is', () => {
    expect(toolCacheArch('loong64')).toBe('loong64')
    expect(toolCacheArch('mips')).toBe('mips')
  })
})
