// Which tool-cache architecture a Go toolchain is filed under. The tool cache (and actions/setup-go,
// whose `architecture` input defaults to os.arch()) names architectures as Node does (x64, arm64),
// Go names them by GOARCH (amd64, arm64). The toolchain to file is go's: the GOARCH in its module
// name, which is the GOHOSTARCH of the go that switched to it. Node's own arch can differ: an
// amd64 go runs under emulation on Windows and macOS on arm64, with an arm64 Node beside it.

/**
 * GOARCH names that Node (and so the tool cache) spells differently; every other GOARCH (arm64,
 * arm, s390x, riscv64, loong64, mips, ppc64) is spelt the same.
 */
const TOOL_CACHE_ARCH: Readonly<Record<string, string>> = {
  amd64: 'x64',
  // Node says ia32; setup-go's `architecture` input documents x86, as the other actions/*-versions do.
  '386': 'x86',
  // Node reports little-endian POWER as ppc64.
  ppc64le: 'ppc64',
  mipsle: 'mipsel'
}

export function toolCacheArch(goarch: string): string {
  return TOOL_CACHE_ARCH[goarch] ?? goarch
}

/**
 * GOOS and GOARCH of an unpacked toolchain module directory or version:
 * `toolchain@v0.0.1-go1.24rc2.windows-arm64` → windows, arm64. undefined for anything else.
 */
export function toolchainPlatform(name: string): { goos: string; goarch: string } | undefined {
  const m = /(?:^|@)v0\.0\.1-go[^@/\\]*\.([a-z0-9]+)-([a-z0-9]+)$/.exec(name)
  return m ? { goos: m[1]!, goarch: m[2]! } : undefined
}
