// The command on a Node older than it supports: one line that names the Node it needs, exit 1,
// before any of the command is loaded (which would fail on a missing export of node:zlib).
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { nodeSupported } from '../../src/cli/floor.ts'
import { repoRoot, runProcess } from '../support/runner.ts'

const CLI = path.join(repoRoot, 'dist', 'cli.js')

/** The system's Node (Debian's is 20), when it is older than the command supports. */
function olderNode(): { bin: string; version: string } | undefined {
  for (const bin of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(bin)) continue
    const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '')
    if (!nodeSupported(version)) return { bin, version }
  }
  return undefined
}

const older = olderNode()
if (older === undefined) console.warn('skipped: no Node older than the command supports at /usr/bin/node or /usr/local/bin/node')

describe('go-mod-precache on a Node it does not support', () => {
  ;(older === undefined ? it.skip : it).each([[['--help']], [['--working-directory', '.', '--cache-url', '/nonexistent']]])(
    'prints one line naming the Node it needs and the single executable, exit 1 (%j)',
    async (args) => {
      const r = await runProcess(older!.bin, [CLI, ...args], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '' } })
      expect(r.exitCode).toBe(1)
      expect(r.stdout).toBe('')
      expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`needs Node 22.21 or later (24.5 or later on Node 24); this is Node ${older!.version}.`)])
      expect(r.stderr).toContain('single executable')
      expect(r.stderr).not.toMatch(/\n\s+at |Error/)
    }
  )
})
