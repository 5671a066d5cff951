import { describe, expect, it } from '@jest/globals'
import { ActionError } from '../../src/errors.ts'
import { GO_NOT_FOUND, goCommand, mergeEnv } from '../../src/go/command.ts'
import { envValue, lookPath, pathExtensions, splitWindowsPath } from '../../src/go/lookpath.ts'

const SHIMS = 'C:\\tools\\shims'
const SETUP_GO = 'C:\\hostedtoolcache\\windows\\go\\1.26.0\\x64\\bin'
const WINDOWS_PATH = `${SHIMS};${SETUP_GO}`
const PATHEXT = '.COM;.EXE;.BAT;.CMD'

/** A file system holding exactly these files, matched as Windows matches names: without case. */
const windowsFiles = (...files: string[]) => {
  const present = new Set(files.map((f) => f.toLowerCase()))
  return (file: string) => present.has(file.toLowerCase())
}

describe('lookPath on Windows', () => {
  const win = (path: string, isFile: (f: string) => boolean, pathext = PATHEXT) =>
    lookPath('go', { platform: 'win32', path, pathext, isFile })

  it('finds the go.exe that actions/setup-go put on PATH', () => {
    expect(win(WINDOWS_PATH, windowsFiles(`${SETUP_GO}\\go.exe`))).toEqual({ kind: 'found', file: `${SETUP_GO}\\go.exe` })
  })

  it('reports a go.cmd shim that comes first, and the go.exe further on', () => {
    const found = win(WINDOWS_PATH, windowsFiles(`${SHIMS}\\go.cmd`, `${SETUP_GO}\\go.exe`))
    expect(found).toEqual({ kind: 'script', file: `${SHIMS}\\go.cmd`, laterExe: `${SETUP_GO}\\go.exe` })
  })

  it('reports a .bat wrapper when no go.exe is anywhere', () => {
    expect(win(WINDOWS_PATH, windowsFiles(`${SETUP_GO}\\go.bat`))).toEqual({ kind: 'script', file: `${SETUP_GO}\\go.bat` })
  })

  it('takes go.exe over go.cmd in one directory: PATHEXT lists .EXE first', () => {
    expect(win(SHIMS, windowsFiles(`${SHIMS}\\go.cmd`, `${SHIMS}\\go.exe`))).toEqual({ kind: 'found', file: `${SHIMS}\\go.exe` })
  })

  it('follows a PATHEXT that puts .CMD first, as cmd.exe would', () => {
    expect(win(SHIMS, windowsFiles(`${SHIMS}\\go.cmd`, `${SHIMS}\\go.exe`), '.CMD;.EXE')).toMatchObject({ kind: 'script', file: `${SHIMS}\\go.cmd` })
  })

  it('uses the default PATHEXT when it is unset', () => {
    expect(win(SHIMS, windowsFiles(`${SHIMS}\\go.bat`), '')).toMatchObject({ kind: 'script', file: `${SHIMS}\\go.bat` })
  })

  it('ignores an extensionless go (a Git Bash script), which cmd.exe does not run either', () => {
    expect(win(WINDOWS_PATH, windowsFiles(`${SHIMS}\\go`, `${SETUP_GO}\\go.exe`))).toEqual({ kind: 'found', file: `${SETUP_GO}\\go.exe` })
  })

  it('skips relative entries: a go.exe in the checkout does not run', () => {
    expect(win(`.;bin;${SETUP_GO}`, (f) => f === 'go.exe' || f === 'bin\\go.exe' || f === `${SETUP_GO}\\go.exe`)).toEqual({
      kind: 'found',
      file: `${SETUP_GO}\\go.exe`
    })
  })

  it('finds go in a quoted directory that holds a semicolon, and after empty entries', () => {
    const dir = 'C:\\Program Files\\Go;1.26\\bin'
    expect(win(`;;"${dir}";`, windowsFiles(`${dir}\\go.exe`))).toEqual({ kind: 'found', file: `${dir}\\go.exe` })
  })

  it('reports go missing when no directory holds it', () => {
    expect(win(WINDOWS_PATH, windowsFiles())).toEqual({ kind: 'missing' })
    expect(win('', windowsFiles(`${SETUP_GO}\\go.exe`))).toEqual({ kind: 'missing' })
  })
})

describe('lookPath on macOS and Linux', () => {
  it.each(['darwin', 'linux'] as const)('%s spawns the name: execvp searches PATH itself', (platform) => {
    const path = '/Users/me/.asdf/shims:/opt/homebrew/bin:/usr/local/go/bin'
    const seen: string[] = []
    const found = lookPath('go', { platform, path, pathext: PATHEXT, isFile: (f) => (seen.push(f), true) })
    expect(found).toEqual({ kind: 'search', command: 'go' })
    // Windows rules (PATHEXT, ';') are not applied: nothing is looked up.
    expect(seen).toEqual([])
  })
})

describe('splitWindowsPath and pathExtensions', () => {
  it('splits on ; outside quotes and drops the quotes and empty entries', () => {
    expect(splitWindowsPath('C:\\a;;"C:\\b;c";C:\\d;')).toEqual(['C:\\a', 'C:\\b;c', 'C:\\d'])
  })

  it('lowercases PATHEXT and gives each entry its dot', () => {
    expect(pathExtensions('.COM;EXE;;.Cmd')).toEqual(['.com', '.exe', '.cmd'])
    expect(pathExtensions('')).toEqual(['.com', '.exe', '.bat', '.cmd'])
  })
})

describe('envValue', () => {
  it('matches names without case on Windows only', () => {
    const env = { Path: 'C:\\Go\\bin', PathExt: '.EXE' }
    expect(envValue(env, 'PATH', 'win32')).toBe('C:\\Go\\bin')
    expect(envValue(env, 'PATHEXT', 'win32')).toBe('.EXE')
    expect(envValue(env, 'PATH', 'linux')).toBeUndefined()
  })
})

describe('goCommand', () => {
  it('spawns the go.exe found through a Path spelled the Windows way', () => {
    const env = { Path: WINDOWS_PATH, PATHEXT }
    expect(goCommand(env, 'win32', windowsFiles(`${SETUP_GO}\\go.exe`))).toBe(`${SETUP_GO}\\go.exe`)
  })

  it('refuses a go.cmd first on PATH with an error that names it and says what to do', () => {
    const env = { Path: WINDOWS_PATH, PATHEXT }
    let error: unknown
    try {
      goCommand(env, 'win32', windowsFiles(`${SHIMS}\\go.cmd`, `${SETUP_GO}\\go.exe`))
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(ActionError)
    const message = (error as Error).message
    expect(message).toContain(`${SHIMS}\\go.cmd`)
    expect(message).toContain('.cmd wrapper')
    expect(message).toContain('actions/setup-go')
    expect(message).toContain(`ahead of ${SHIMS}`)
    expect(message).toContain(`${SETUP_GO}\\go.exe is further on PATH`)
  })

  it('says go is not on PATH when Windows finds none', () => {
    expect(() => goCommand({ Path: WINDOWS_PATH }, 'win32', windowsFiles())).toThrow(GO_NOT_FOUND)
  })

  it('spawns plain go on Linux whatever PATH holds', () => {
    expect(goCommand({ PATH: '/usr/local/go/bin' }, 'linux', () => false)).toBe('go')
  })
})

describe('mergeEnv', () => {
  it('on Windows, a change to PATH replaces the inherited Path instead of sitting beside it', () => {
    const env = mergeEnv({ Path: 'C:\\old', SystemRoot: 'C:\\Windows' }, { PATH: 'C:\\new' }, 'win32')
    expect(env).toEqual({ PATH: 'C:\\new', SystemRoot: 'C:\\Windows' })
  })

  it('on Windows, removing a variable removes it whatever its case', () => {
    expect(mergeEnv({ GoFlags: '-mod=mod', HOME: 'x' }, { GOFLAGS: undefined }, 'win32')).toEqual({ HOME: 'x' })
  })

  it('on Linux, names that differ in case are different variables', () => {
    const env = mergeEnv({ Path: '/old', HOME: '/h' }, { PATH: '/new', HOME: undefined }, 'linux')
    expect(env).toEqual({ Path: '/old', PATH: '/new' })
  })
})
