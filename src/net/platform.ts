// The choices the go command makes differently per operating system, as pure functions of the
// platform and the environment, so each OS's rules are tested with its own inputs on any machine:
// where its home and its netrc are (os.UserHomeDir, cmd/go/internal/auth/netrc.go), how it
// splits a path list (path/filepath.SplitList), and which certificates it trusts (crypto/x509).

import path from 'node:path'
import { parseGoVersion, versionOfToolchain } from '../go/version.ts'

export type Env = Readonly<Record<string, string | undefined>>

/** process.platform's values; Plan 9 and iOS, which Go knows, are not among them (Node runs on neither). */
export type Platform = NodeJS.Platform

/**
 * A variable as os.Getenv reads it: Windows names are case-insensitive ("UserProfile" is
 * USERPROFILE). process.env is so on Windows already; a copied env is a plain object.
 */
export function getenv(env: Env, name: string, platform: Platform): string {
  const exact = env[name]
  if (exact !== undefined || platform !== 'win32') return exact ?? ''
  const upper = name.toUpperCase()
  const key = Object.keys(env).find((k) => k.toUpperCase() === upper)
  return key === undefined ? '' : (env[key] ?? '')
}

/** The path module of the platform: go joins with the OS's filepath, whatever machine the tests run on. */
function pathFor(platform: Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix
}

/**
 * os.UserHomeDir: %USERPROFILE% on Windows (HOME does not count there), $HOME elsewhere;
 * undefined when unset, where go has no home either (and so no netrc). Android falls back to
 * /sdcard, as Go does.
 */
export function userHomeDir(platform: Platform, env: Env): string | undefined {
  const home = getenv(env, platform === 'win32' ? 'USERPROFILE' : 'HOME', platform)
  if (home !== '') return home
  return platform === 'android' ? '/sdcard' : undefined
}

/**
 * The files cmd/go's netrcPath considers, in order: $NETRC alone when set; on Windows
 * %USERPROFILE%\_netrc, then %USERPROFILE%\.netrc (Go 1.23 and later fall back to .netrc
 * when _netrc does not exist); elsewhere $HOME/.netrc. Empty without a home.
 */
export function netrcCandidates(platform: Platform, env: Env): string[] {
  const netrc = getenv(env, 'NETRC', platform)
  if (netrc !== '') return [netrc]
  const home = userHomeDir(platform, env)
  if (home === undefined) return []
  const { join } = pathFor(platform)
  return platform === 'win32' ? [join(home, '_netrc'), join(home, '.netrc')] : [join(home, '.netrc')]
}

/**
 * The netrc file go reads: the first candidate that exists, else the last (which then reads as
 * no entries). `exists` answers for a path; I/O stays with the caller.
 */
export function netrcPath(platform: Platform, env: Env, exists: (path: string) => boolean): string | undefined {
  const candidates = netrcCandidates(platform, env)
  return candidates.find(exists) ?? candidates.at(-1)
}

/**
 * filepath.SplitList: ';' on Windows, where a double-quoted part may hold a ';' and the quotes
 * are dropped; ':' elsewhere. Empty parts are left out (go reads them as no directory).
 */
export function splitPathList(value: string, platform: Platform): string[] {
  if (platform !== 'win32') return value.split(':').filter((p) => p !== '')
  const parts: string[] = []
  let start = 0
  let quoted = false
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '"') quoted = !quoted
    else if (value[i] === ';' && !quoted) {
      parts.push(value.slice(start, i))
      start = i + 1
    }
  }
  parts.push(value.slice(start))
  return parts.map((p) => p.replaceAll('"', '')).filter((p) => p !== '')
}

/** A GODEBUG setting's value as internal/godebug reads the variable: comma-separated key=value, untrimmed, the last one winning. */
export function godebugValue(godebug: string, key: string): string | undefined {
  let value: string | undefined
  for (const field of godebug.split(',')) {
    const eq = field.indexOf('=')
    if (eq > 0 && field.slice(0, eq) === key) value = field.slice(eq + 1)
  }
  return value
}

/** Which certificates a probe must trust to judge a server's certificate as go will. */
export interface TrustPlan {
  /** The OS's trust store as Node reads it: Keychain, the Windows certificate store, or OpenSSL's default file and directory. */
  system: boolean
  /** Node's copy of the Mozilla roots: stands in for the roots an OS trusts beyond what Node lists of its store. */
  bundled: boolean
  /** Files whose PEM certificates are trusted (SSL_CERT_FILE). */
  files: string[]
  /** Directories whose files' PEM certificates are trusted (SSL_CERT_DIR, split as the OS splits it). */
  dirs: string[]
  /** Who verifies for go: the OS (macOS, Windows), Go itself with the roots it loads, or either (go version unknown: the plan is the union). */
  verifier: 'platform' | 'go' | 'either'
}

/** The first Go release whose crypto/x509 honours SSL_CERT_FILE/SSL_CERT_DIR on macOS and Windows (go.dev/issue/77865). */
const SSL_CERT_OVERRIDE_GO = { major: 1, minor: 27 }

/**
 * Whether go lets SSL_CERT_* replace the OS verifier on macOS/Windows. Releases before 1.27
 * never do (they know no such setting, whatever GODEBUG says). From 1.27 on they do unless
 * GODEBUG sets x509sslcertoverrideplatform=0: the go command's default follows the release it
 * is, and a go.mod's godebug lines set the binaries go builds, not go. undefined when the
 * version is unknown and the answer depends on it.
 */
function overridesPlatform(env: Env, platform: Platform, goVersion: string | undefined): boolean | undefined {
  const v = goVersion === undefined ? undefined : parseGoVersion(versionOfToolchain(goVersion) ?? goVersion)
  const knowsSetting =
    v === undefined
      ? undefined
      : Number(v.major) > SSL_CERT_OVERRIDE_GO.major ||
        (Number(v.major) === SSL_CERT_OVERRIDE_GO.major && Number(v.minor) >= SSL_CERT_OVERRIDE_GO.minor)
  if (knowsSetting === false) return false
  const setting = godebugValue(getenv(env, 'GODEBUG', platform), 'x509sslcertoverrideplatform')
  if (setting === '0') return false
  return knowsSetting
}

/**
 * What go (crypto/x509 loadSystemRoots) trusts on the platform, for the go version that will
 * download ("1.26.8", "go1.27.1"; undefined when unknown).
 *
 * - Linux and the other Unixes read SSL_CERT_FILE and SSL_CERT_DIR (split on ':', which Go
 *   uses there in every version). The plan adds the system store and Node's roots to them: a
 *   superset, so the probe never calls 'tls' a certificate go accepts.
 * - macOS and Windows verify with the OS and ignore SSL_CERT_* up to Go 1.26. From Go 1.27 on,
 *   either variable set replaces the OS with Go's own verifier and exactly the roots they name,
 *   SSL_CERT_DIR split as filepath.SplitList does (';' on Windows), unless
 *   GODEBUG=x509sslcertoverrideplatform=0 keeps the OS. With the go version
 *   unknown and a variable set, the plan is the union of both answers. The OS's plan adds
 *   Node's Mozilla roots to the store as Node lists it: Windows fetches trusted roots it lacks on
 *   demand, and Node's listing of the macOS keychains follows their trust settings, which need
 *   not cover every root Apple ships.
 */
export function trustPlan(platform: Platform, env: Env, goVersion?: string): TrustPlan {
  const file = getenv(env, 'SSL_CERT_FILE', platform)
  const files = file === '' ? [] : [file]
  const dirs = splitPathList(getenv(env, 'SSL_CERT_DIR', platform), platform)
  if (platform !== 'darwin' && platform !== 'win32') return { system: true, bundled: true, files, dirs, verifier: 'go' }
  const os: TrustPlan = { system: true, bundled: true, files: [], dirs: [], verifier: 'platform' }
  if (file === '' && getenv(env, 'SSL_CERT_DIR', platform) === '') return os
  const override = overridesPlatform(env, platform, goVersion)
  if (override === false) return os
  if (override === true) return { system: false, bundled: false, files, dirs, verifier: 'go' }
  return { system: true, bundled: true, files, dirs, verifier: 'either' }
}
