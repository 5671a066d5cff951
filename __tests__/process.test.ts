import { describe, expect, it } from '@jest/globals'
import { detachForTreeKill, treeKill } from '../src/process.ts'

describe('treeKill', () => {
  it('on Windows runs taskkill over the whole tree, forcibly', () => {
    expect(treeKill('win32', 4242)).toEqual({ command: 'taskkill', args: ['/PID', '4242', '/T', '/F'] })
  })

  it.each(['linux', 'darwin'] as const)('on %s signals the process group the detached child leads', (platform) => {
    expect(treeKill(platform, 4242)).toEqual({ signalGroup: -4242 })
  })
})

describe('detachForTreeKill', () => {
  it('detaches on POSIX, where the group is what gets signalled, and not on Windows', () => {
    expect(detachForTreeKill('linux')).toBe(true)
    expect(detachForTreeKill('darwin')).toBe(true)
    // detached there means no console: every console program go starts would open a window
    expect(detachForTreeKill('win32')).toBe(false)
  })
})
