import { describe, expect, it } from '@jest/globals'
import { applyGoDirs, driveRoot, planGoDirs, type GoDirsInput } from '../src/drives.ts'

const hosted: GoDirsInput = {
  platform: 'win32',
  temp: 'D:\\a\\_temp', env: { USERPROFILE: 'C:\\Users\\runneradmin' },
  userSet: { GOMODCACHE: false, GOCACHE: false },
  goEnv: {
    GOMODCACHE: 'C:\\Users\\runneradmin\\go\\pkg\\mod',
    GOCACHE: 'C:\\Users\\runneradmin\\AppData\\Local\\go-build'
  }
}

function targets(input: GoDirsInput): Record<string, string> {
  return Object.fromEntries(planGoDirs(input).moves.map((m) => [m.name, m.to]))
}

describe('planGoDirs', () => {
  it('moves both directories to the D: drive on a hosted Windows runner', () => {
    const plan = planGoDirs(hosted)
    expect(plan.moves).toEqual([
      { name: 'GOMODCACHE', from: hosted.goEnv.GOMODCACHE, to: 'D:\\go-mod-precache\\gomodcache' },
      { name: 'GOCACHE', from: hosted.goEnv.GOCACHE, to: 'D:\\go-mod-precache\\gocache' }
    ])
    expect(plan.reason).toBe("GOMODCACHE and GOCACHE move from the user profile's drive C:\\ to RUNNER_TEMP's drive D:\\, which is faster")
  })

  it('keeps a GOMODCACHE the user set and still moves GOCACHE', () => {
    const plan = planGoDirs({ ...hosted, userSet: { GOMODCACHE: true, GOCACHE: false } })
    expect(plan.moves.map((m) => m.name)).toEqual(['GOCACHE'])
    expect(plan.reason).toMatch(/GOCACHE moves .*; GOMODCACHE is set by the user$/)
  })

  it('moves nothing when the user set both', () => {
    const plan = planGoDirs({ ...hosted, userSet: { GOMODCACHE: true, GOCACHE: true } })
    expect(plan.moves).toEqual([])
    expect(plan.reason).toMatch(/set by the user/)
  })

  it('moves nothing when RUNNER_TEMP is on the profile drive', () => {
    const plan = planGoDirs({ ...hosted, temp: 'C:\\actions-runner\\_work\\_temp' })
    expect(plan.moves).toEqual([])
    expect(plan.reason).toMatch(/RUNNER_TEMP is on the user profile's drive C:/)
  })

  it('compares drive letters case-insensitively', () => {
    const sameDrive = planGoDirs({ ...hosted, temp: 'c:\\a\\_temp', env: { USERPROFILE: 'C:\\Users\\runneradmin' } })
    expect(sameDrive.moves).toEqual([])
    const lower = planGoDirs({
      ...hosted,
      temp: 'd:\\a\\_temp', env: { USERPROFILE: 'c:\\Users\\runneradmin' },
      goEnv: { GOMODCACHE: 'c:\\Users\\runneradmin\\go\\pkg\\mod', GOCACHE: 'C:\\Users\\runneradmin\\AppData\\Local\\go-build' }
    })
    // Upper-cased so the cached paths are spelled the same whatever the runner reports.
    expect(lower.moves.map((m) => m.to)).toEqual(['D:\\go-mod-precache\\gomodcache', 'D:\\go-mod-precache\\gocache'])
  })

  it('accepts forward slashes', () => {
    expect(targets({ ...hosted, temp: 'D:/a/_temp', env: { USERPROFILE: 'C:/Users/runneradmin' } })).toEqual({
      GOMODCACHE: 'D:\\go-mod-precache\\gomodcache',
      GOCACHE: 'D:\\go-mod-precache\\gocache'
    })
  })

  it('does not move a directory that is already off the profile drive', () => {
    const plan = planGoDirs({ ...hosted, goEnv: { ...hosted.goEnv, GOMODCACHE: 'E:\\gomodcache' } })
    expect(plan.moves.map((m) => m.name)).toEqual(['GOCACHE'])
    const neither = planGoDirs({ ...hosted, goEnv: { GOMODCACHE: 'D:\\go\\pkg\\mod', GOCACHE: 'E:\\go-build' } })
    expect(neither.moves).toEqual([])
    expect(neither.reason).toMatch(/not on the user profile's drive C:/)
  })

  it('does not move a directory whose drive it cannot tell', () => {
    const plan = planGoDirs({ ...hosted, goEnv: { GOMODCACHE: '', GOCACHE: 'off' } })
    expect(plan.moves).toEqual([])
  })

  describe('UNC paths', () => {
    it('moves to the share RUNNER_TEMP is on', () => {
      expect(targets({ ...hosted, temp: '\\\\fileserver\\runners\\temp' })).toEqual({
        GOMODCACHE: '\\\\fileserver\\runners\\go-mod-precache\\gomodcache',
        GOCACHE: '\\\\fileserver\\runners\\go-mod-precache\\gocache'
      })
    })

    it('treats the same share, in any case, as the same drive', () => {
      const plan = planGoDirs({
        ...hosted,
        temp: '\\\\FileServer\\Profiles\\temp', env: { USERPROFILE: '\\\\fileserver\\profiles\\runneradmin' },
        goEnv: { GOMODCACHE: '\\\\fileserver\\profiles\\runneradmin\\go\\pkg\\mod', GOCACHE: '\\\\fileserver\\profiles\\runneradmin\\go-build' }
      })
      expect(plan.moves).toEqual([])
    })

    it('treats another share on the same server as another drive', () => {
      const plan = planGoDirs({
        ...hosted,
        temp: '\\\\fileserver\\fast\\temp', env: { USERPROFILE: '\\\\fileserver\\profiles\\runneradmin' },
        goEnv: { GOMODCACHE: '\\\\fileserver\\profiles\\runneradmin\\go\\pkg\\mod', GOCACHE: 'C:\\go-build' }
      })
      expect(plan.moves).toEqual([
        {
          name: 'GOMODCACHE',
          from: '\\\\fileserver\\profiles\\runneradmin\\go\\pkg\\mod',
          to: '\\\\fileserver\\fast\\go-mod-precache\\gomodcache'
        }
      ])
    })
  })

  describe('missing environment', () => {
    it.each([
      ['missing', undefined],
      ['empty', ''],
      ['relative', 'a\\_temp'],
      ['drive-relative', 'D:a\\_temp'],
      ['rooted without a drive', '\\a\\_temp'],
      ['in the device namespace', '\\\\?\\D:\\a\\_temp']
    ])('moves nothing when RUNNER_TEMP is %s', (_what, temp) => {
      const plan = planGoDirs({ ...hosted, temp: temp ?? '' })
      expect(plan.moves).toEqual([])
      expect(plan.reason).toMatch(/RUNNER_TEMP is not an absolute path/)
    })

    it('moves nothing when the user profile is unknown', () => {
      for (const env of [{}, { HOMEDRIVE: 'C:' }]) {
        const plan = planGoDirs({ ...hosted, env })
        expect(plan.moves).toEqual([])
        expect(plan.reason).toMatch(/user profile .* is unknown/)
      }
    })

    it('falls back to HOMEDRIVE and HOMEPATH without USERPROFILE', () => {
      const env = { HOMEDRIVE: 'C:', HOMEPATH: '\\Users\\runneradmin' }
      expect(planGoDirs({ ...hosted, env }).moves).toHaveLength(2)
      expect(planGoDirs({ ...hosted, env: { ...env, HOMEDRIVE: 'D:' } }).moves).toEqual([])
    })
  })

  it.each([
    ['linux', '/home/runner/work/_temp', '/home/runner/go/pkg/mod', '/home/runner/.cache/go-build'],
    ['darwin', '/Users/runner/work/_temp', '/Users/runner/go/pkg/mod', '/Users/runner/Library/Caches/go-build']
  ] as const)('never moves anything on %s', (platform, temp, GOMODCACHE, GOCACHE) => {
    const plan = planGoDirs({ ...hosted, platform, temp, goEnv: { GOMODCACHE, GOCACHE } })
    expect(plan.moves).toEqual([])
    expect(plan.reason).toMatch(/not a Windows runner/)
  })

  it('never moves anything on a non-Windows platform, even with Windows-looking values', () => {
    expect(planGoDirs({ ...hosted, platform: 'linux' }).moves).toEqual([])
  })
})

describe('driveRoot', () => {
  it.each([
    ['C:\\Users\\runneradmin', 'C:\\'],
    ['c:\\users', 'C:\\'],
    ['D:\\', 'D:\\'],
    ['\\\\server\\share\\dir', '\\\\server\\share\\'],
    ['\\\\server\\share', '\\\\server\\share\\'],
    ['//server/share/dir', '\\\\server\\share\\']
  ])('%s is on %s', (p, root) => {
    expect(driveRoot(p)).toBe(root)
  })

  it.each(['', 'go', 'C:go', '\\go', '\\\\server', '\\\\.\\pipe\\x', '\\\\?\\C:\\x'])('%j has no plain drive', (p) => {
    expect(driveRoot(p)).toBeUndefined()
  })
})

describe('applyGoDirs', () => {
  it('sets the moved variables in this process and for later steps, and logs each move', () => {
    const env: NodeJS.ProcessEnv = { GOMODCACHE: undefined, PATH: 'x' }
    const exported: [string, string][] = []
    const plan = planGoDirs({ ...hosted, userSet: { GOMODCACHE: true, GOCACHE: false } })
    const lines = applyGoDirs(plan, (name, value) => exported.push([name, value]), env)
    expect(exported).toEqual([['GOCACHE', 'D:\\go-mod-precache\\gocache']])
    expect(env).toEqual({ GOMODCACHE: undefined, PATH: 'x', GOCACHE: 'D:\\go-mod-precache\\gocache' })
    expect(lines).toEqual([plan.reason, `GOCACHE=D:\\go-mod-precache\\gocache (was ${hosted.goEnv.GOCACHE})`])
  })

  it('exports nothing and logs only the reason when nothing moves', () => {
    const env: NodeJS.ProcessEnv = {}
    const exported: string[] = []
    const plan = planGoDirs({ ...hosted, platform: 'linux' })
    expect(applyGoDirs(plan, (name) => exported.push(name), env)).toEqual([plan.reason])
    expect(exported).toEqual([])
    expect(env).toEqual({})
  })
})
