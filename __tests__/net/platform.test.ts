// The per-OS rules of the go command, each tested with its own OS's inputs (paths, variable
// names, separators) on whatever machine runs the tests.
import { describe, expect, it } from '@jest/globals'
import {
  getenv,
  godebugValue,
  netrcCandidates,
  netrcPath,
  splitPathList,
  trustPlan,
  userHomeDir,
  type Env,
  type Platform
} from '../../src/net/platform.ts'

/** An exists predicate for a set of paths. */
const existing = (...paths: string[]) => (p: string) => paths.includes(p)

describe('the home directory, as os.UserHomeDir finds it', () => {
  it('is %USERPROFILE% on Windows, whatever HOME says', () => {
    expect(userHomeDir('win32', { USERPROFILE: 'C:\\Users\\runneradmin', HOME: '/c/Users/runneradmin' })).toBe('C:\\Users\\runneradmin')
    expect(userHomeDir('win32', { HOME: 'C:\\Users\\runneradmin' })).toBeUndefined()
  })

  it('is $HOME on macOS and Linux, whatever USERPROFILE says', () => {
    expect(userHomeDir('darwin', { HOME: '/Users/runner', USERPROFILE: 'C:\\Users\\x' })).toBe('/Users/runner')
    expect(userHomeDir('linux', { HOME: '/home/runner' })).toBe('/home/runner')
    expect(userHomeDir('linux', { USERPROFILE: '/home/runner' })).toBeUndefined()
    expect(userHomeDir('linux', { HOME: '' })).toBeUndefined()
  })

  it('reads variable names without regard to case on Windows only, as os.Getenv does', () => {
    expect(userHomeDir('win32', { UserProfile: 'C:\\Users\\runneradmin' })).toBe('C:\\Users\\runneradmin')
    expect(userHomeDir('linux', { home: '/home/runner' })).toBeUndefined()
    expect(getenv({ Path: 'C:\\Go\\bin' }, 'PATH', 'win32')).toBe('C:\\Go\\bin')
    expect(getenv({ Path: '/usr/bin' }, 'PATH', 'darwin')).toBe('')
  })
})

describe('the netrc file, as cmd/go netrcPath picks it', () => {
  const windows: Env = { USERPROFILE: 'C:\\Users\\runneradmin', HOME: '/c/Users/runneradmin' }
  const underscore = 'C:\\Users\\runneradmin\\_netrc'
  const dot = 'C:\\Users\\runneradmin\\.netrc'

  it('on Windows tries %USERPROFILE%\\_netrc, then %USERPROFILE%\\.netrc', () => {
    expect(netrcCandidates('win32', windows)).toEqual([underscore, dot])
    expect(netrcPath('win32', windows, existing(underscore, dot))).toBe(underscore)
    expect(netrcPath('win32', windows, existing(dot))).toBe(dot)
    // Neither exists: go reads .netrc, which then holds no entries.
    expect(netrcPath('win32', windows, existing())).toBe(dot)
  })

  it('on Windows joins with backslashes, as filepath.Join does', () => {
    expect(netrcCandidates('win32', { USERPROFILE: 'C:/Users/runneradmin/' })).toEqual([underscore, dot])
  })

  it('on Windows has no netrc without USERPROFILE, even with HOME set', () => {
    expect(netrcCandidates('win32', { HOME: 'C:\\Users\\runneradmin' })).toEqual([])
    expect(netrcPath('win32', { HOME: 'C:\\Users\\runneradmin' }, existing(underscore))).toBeUndefined()
  })

  it('reads $NETRC alone when it is set, on every OS', () => {
    const netrc = 'D:\\secrets\\netrc'
    expect(netrcPath('win32', { ...windows, NETRC: netrc }, existing(underscore, dot))).toBe(netrc)
    expect(netrcPath('darwin', { HOME: '/Users/runner', NETRC: '/etc/netrc' }, existing('/Users/runner/.netrc'))).toBe('/etc/netrc')
    expect(netrcPath('linux', { HOME: '/home/runner', NETRC: '' }, existing())).toBe('/home/runner/.netrc')
  })

  it('on macOS and Linux is $HOME/.netrc, never _netrc', () => {
    for (const [platform, home] of [['darwin', '/Users/runner'], ['linux', '/home/runner/']] as const) {
      const dir = home.replace(/\/$/, '')
      expect(netrcCandidates(platform, { HOME: home, USERPROFILE: 'C:\\Users\\x' })).toEqual([`${dir}/.netrc`])
      expect(netrcPath(platform, { HOME: home }, existing(`${dir}/_netrc`))).toBe(`${dir}/.netrc`)
    }
    expect(netrcCandidates('linux', {})).toEqual([])
  })
})

describe('path lists, as filepath.SplitList splits them', () => {
  it("splits on ';' on Windows, leaving drive letters whole and honouring quotes", () => {
    expect(splitPathList('C:\\certs;D:\\corp ca', 'win32')).toEqual(['C:\\certs', 'D:\\corp ca'])
    expect(splitPathList('"C:\\odd;name";D:\\ca', 'win32')).toEqual(['C:\\odd;name', 'D:\\ca'])
    expect(splitPathList('C:\\certs;;', 'win32')).toEqual(['C:\\certs'])
  })

  it("splits on ':' on macOS and Linux, where ';' is part of a name", () => {
    expect(splitPathList('/etc/ssl/certs:/opt/ca::', 'linux')).toEqual(['/etc/ssl/certs', '/opt/ca'])
    expect(splitPathList('/a;/b', 'darwin')).toEqual(['/a;/b'])
    expect(splitPathList('', 'linux')).toEqual([])
  })
})

describe('GODEBUG, as internal/godebug reads it', () => {
  it('takes the last value of a setting, and only an exact key', () => {
    expect(godebugValue('http2client=0,x509sslcertoverrideplatform=0,x509sslcertoverrideplatform=1', 'x509sslcertoverrideplatform')).toBe('1')
    expect(godebugValue('http2client=0', 'x509sslcertoverrideplatform')).toBeUndefined()
    expect(godebugValue(' x509sslcertoverrideplatform=0', 'x509sslcertoverrideplatform')).toBeUndefined()
    expect(godebugValue('', 'x509sslcertoverrideplatform')).toBeUndefined()
  })
})

describe('the certificates go trusts, per OS and go release (trustPlan)', () => {
  const osVerifier = { system: true, bundled: true, files: [], dirs: [], verifier: 'platform' }

  it('on Linux adds SSL_CERT_FILE and every SSL_CERT_DIR directory (split on :) to the system store, whatever the go version', () => {
    const env = { SSL_CERT_FILE: '/etc/corp/ca.pem', SSL_CERT_DIR: '/etc/ssl/certs:/opt/ca' }
    for (const goVersion of [undefined, '1.26.8', 'go1.27.1']) {
      expect(trustPlan('linux', env, goVersion)).toEqual({
        system: true,
        bundled: true,
        files: ['/etc/corp/ca.pem'],
        dirs: ['/etc/ssl/certs', '/opt/ca'],
        verifier: 'go'
      })
    }
    expect(trustPlan('freebsd', { SSL_CERT_DIR: '/a;/b' }).dirs).toEqual(['/a;/b'])
  })

  it.each<[Platform, Env]>([
    ['darwin', { SSL_CERT_FILE: '/Users/runner/ca.pem' }],
    ['win32', { SSL_CERT_FILE: 'C:\\ca\\corp.pem', SSL_CERT_DIR: 'C:\\ca' }]
  ])('on %s up to Go 1.26 ignores SSL_CERT_* and trusts the OS', (platform, env) => {
    expect(trustPlan(platform, env, '1.26.8')).toEqual(osVerifier)
    expect(trustPlan(platform, env, 'go1.22.0')).toEqual(osVerifier)
  })

  it('on macOS and Windows trusts the OS when no SSL_CERT_* is set, whatever the go version', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      for (const goVersion of [undefined, '1.26.8', '1.27.0']) expect(trustPlan(platform, { HOME: '/x' }, goVersion)).toEqual(osVerifier)
    }
  })

  it('on macOS from Go 1.27 on trusts only SSL_CERT_FILE and SSL_CERT_DIR (split on :), with Go as the verifier', () => {
    const env = { SSL_CERT_FILE: '/Users/runner/ca.pem', SSL_CERT_DIR: '/opt/ca:/usr/local/etc/ca' }
    const goOwn = { system: false, bundled: false, files: ['/Users/runner/ca.pem'], dirs: ['/opt/ca', '/usr/local/etc/ca'], verifier: 'go' }
    expect(trustPlan('darwin', env, '1.27.0')).toEqual(goOwn)
    expect(trustPlan('darwin', env, 'go1.27rc1')).toEqual(goOwn)
    expect(trustPlan('darwin', env, '1.28')).toEqual(goOwn)
  })

  it("on Windows from Go 1.27 on splits SSL_CERT_DIR on ';', reading variable names in any case", () => {
    const plan = trustPlan('win32', { Ssl_Cert_Dir: 'C:\\certs;D:\\corp' }, '1.27.1')
    expect(plan).toEqual({ system: false, bundled: false, files: [], dirs: ['C:\\certs', 'D:\\corp'], verifier: 'go' })
  })

  it('keeps the OS from Go 1.27 on with GODEBUG=x509sslcertoverrideplatform=0, the last setting winning', () => {
    const env = { SSL_CERT_FILE: 'C:\\ca.pem' }
    expect(trustPlan('win32', { ...env, GODEBUG: 'x509sslcertoverrideplatform=0' }, '1.27.1')).toEqual(osVerifier)
    expect(trustPlan('darwin', { ...env, GODEBUG: 'x509sslcertoverrideplatform=1,x509sslcertoverrideplatform=0' }, '1.27.1')).toEqual(osVerifier)
    expect(trustPlan('darwin', { ...env, GODEBUG: 'x509sslcertoverrideplatform=0,x509sslcertoverrideplatform=1' }, '1.27.1').verifier).toBe('go')
    // Unknown to go before 1.27, the setting changes nothing there.
    expect(trustPlan('win32', { ...env, GODEBUG: 'x509sslcertoverrideplatform=1' }, '1.26.8')).toEqual(osVerifier)
    // With the version unknown, =0 settles it: every go keeps the OS.
    expect(trustPlan('win32', { ...env, GODEBUG: 'x509sslcertoverrideplatform=0' })).toEqual(osVerifier)
  })

  it('with the go version unknown, trusts what either answer would: the OS and the SSL_CERT_* files', () => {
    expect(trustPlan('darwin', { SSL_CERT_FILE: '/Users/runner/ca.pem' })).toEqual({
      system: true,
      bundled: true,
      files: ['/Users/runner/ca.pem'],
      dirs: [],
      verifier: 'either'
    })
    expect(trustPlan('win32', { SSL_CERT_DIR: 'C:\\a;C:\\b' }, 'devel go1.28-0123abc').dirs).toEqual(['C:\\a', 'C:\\b'])
  })
})
