// The post step's record through the runner's own channel: savePostState writes GITHUB_STATE as
// @actions/core does, the runner hands each entry to the post step as STATE_<name>, and
// loadPostState reads the record back.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { GIT_CREDENTIALS_STATE, loadPostState, savePostState, type PostState } from '../../src/phases/handoff.ts'
import { parseCommandFile } from '../support/runner.ts'

const RECORD: Required<PostState> = {
  moduleSave: {
    pid: 4242,
    resultFile: '/tmp/save-1/result.json',
    logFile: '/tmp/save-1/log.txt',
    startedAt: 1_700_000_000_000,
    key: 'gmp-Linux-X64-abc',
    timeoutMs: 60_000,
    report: { metricsFile: '/tmp/metrics.json', summary: true }
  },
  backend: { kind: 'github' },
  backendFailed: { why: 'the Actions cache service failed: 503' },
  later: '/tmp/later-1/baseline.json',
  buildCache: { dir: '/tmp/gocache', primaryKey: 'b-1', exactHit: false, restoredAt: 1, fingerprint: 'f' },
  history: '/tmp/history-1/pending.json',
  gitCredentials: [{ key: 'http.https://git.corp.example.com/team.extraheader', valueSha256: 'ab12' }]
}

describe('the post step record', () => {
  let dir: string
  let stateFile: string
  const saved = { GITHUB_STATE: process.env.GITHUB_STATE }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'handoff-'))
    stateFile = path.join(dir, 'state')
    await writeFile(stateFile, '')
    process.env.GITHUB_STATE = stateFile
  })
  afterEach(async () => {
    for (const k of Object.keys(process.env)) if (k.startsWith('STATE_')) delete process.env[k]
    if (saved.GITHUB_STATE === undefined) delete process.env.GITHUB_STATE
    else process.env.GITHUB_STATE = saved.GITHUB_STATE
    await rm(dir, { recursive: true, force: true })
  })

  /** What the runner gives the post step: every entry of GITHUB_STATE as STATE_<name>. */
  async function handOver(): Promise<Record<string, string>> {
    const state = parseCommandFile(await readFile(stateFile, 'utf8'))
    for (const [name, value] of Object.entries(state)) process.env[`STATE_${name}`] = value
    return state
  }

  it('comes back whole, part for part, however many calls saved it', async () => {
    const { gitCredentials, backend, ...rest } = RECORD
    savePostState({ gitCredentials })
    savePostState({ backend })
    savePostState(rest)
    await handOver()
    expect(loadPostState()).toEqual(RECORD)
  })

  it('keeps files as their paths and the credentials as the JSON the command reads', async () => {
    savePostState({ later: RECORD.later, history: RECORD.history, gitCredentials: RECORD.gitCredentials })
    const state = await handOver()
    expect(state).toEqual({
      'later-modules': RECORD.later,
      history: RECORD.history,
      [GIT_CREDENTIALS_STATE]: JSON.stringify(RECORD.gitCredentials)
    })
  })

  it('has no part the main step did not save, and reads only the parts asked for', async () => {
    savePostState({ gitCredentials: RECORD.gitCredentials })
    await handOver()
    expect(loadPostState()).toEqual({ gitCredentials: RECORD.gitCredentials })
    // A part that cannot be read does not keep the credentials from being removed.
    process.env['STATE_build-cache'] = '{not json'
    expect(() => loadPostState()).toThrow(SyntaxError)
    expect(loadPostState(['gitCredentials'])).toEqual({ gitCredentials: RECORD.gitCredentials })
  })
})
