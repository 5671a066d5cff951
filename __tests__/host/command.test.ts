// The command's host: a plain log written directly, what later commands get, the post phase's
// record in memory, and the download's progress line driven by the download phase.
import { afterEach, describe, expect, it } from '@jest/globals'
import { commandHost, type CommandHostOptions } from '../../src/host/command.ts'
import type { RunnerContext } from '../../src/host/context.ts'
import type { DownloadPlace } from '../../src/host/host.ts'

const place: RunnerContext = { workspace: '/src', os: 'Linux', arch: 'X64', eventName: 'pull_request', commit: '', temp: '/tmp/gmp-own', toolCache: '/tmp/gmp-tools' }

function made(options: Partial<CommandHostOptions> = {}) {
  let log = ''
  const host = commandHost({
    runner: place,
    inputs: {},
    debug: false,
    tty: false,
    write: (text) => {
      log += text
    },
    progress: () => ({ stop: async () => undefined }),
    ...options
  })
  return { host, log: () => log }
}

describe('the command host', () => {
  const saved = { PATH: process.env.PATH, GMP_TEST_VAR: process.env.GMP_TEST_VAR }
  afterEach(() => {
    process.env.PATH = saved.PATH
    delete process.env.GMP_TEST_VAR
  })

  it('tells where the run happens as the command gave it, not from the runner variables of its process', () => {
    const saved = process.env.RUNNER_TEMP
    process.env.RUNNER_TEMP = '/runner/temp'
    try {
      expect(made().host.runner()).toEqual(place)
    } finally {
      if (saved === undefined) delete process.env.RUNNER_TEMP
      else process.env.RUNNER_TEMP = saved
    }
  })

  it('reads its options trimmed, and an option not given as empty', () => {
    const { host } = made({ inputs: { 'key-prefix': '  gmp \n' } })
    expect(host.getInput('key-prefix')).toBe('gmp')
    expect(host.getInput('proxies')).toBe('')
  })

  it('writes a plain log: headings, labels without titles, debug only when asked, secrets masked', () => {
    const { host, log } = made()
    host.group('Probe proxies', async () => undefined)
    host.info('go: downloading example.com/a v1.0.0\r\nsecond line')
    host.setSecret('s3cr3t')
    host.warning('auth failed for s3cr3t\nretrying', { title: 'go-mod-precache: t' })
    host.notice(new Error('fell back'))
    host.debug('hidden')
    host.error('it broke')
    expect(log()).toBe(
      '── Probe proxies ──\ngo: downloading example.com/a v1.0.0\nsecond line\nwarning: auth failed for ***\n         retrying\nnotice: Error: fell back\nerror: it broke\n'
    )
    expect(host.log).toMatchObject({ warnings: 1, errors: 1, secrets: ['s3cr3t'] })
  })

  it('shows debug lines with --debug', () => {
    const { host, log } = made({ debug: true })
    host.debug('GOFLAGS=-mod=mod')
    expect(host.isDebug()).toBe(true)
    expect(log()).toBe('debug: GOFLAGS=-mod=mod\n')
  })

  it('exports to this process and keeps the exports and outputs for later commands', () => {
    const { host } = made()
    const before = process.env.PATH
    host.exportVariable('GMP_TEST_VAR', 'a|b')
    host.addPath('/tool/one')
    host.addPath('/tool/two')
    host.setOutput('modules', '12')
    expect(process.env.GMP_TEST_VAR).toBe('a|b')
    expect(process.env.PATH?.split(':').slice(0, 2)).toEqual(['/tool/two', '/tool/one'])
    expect(process.env.PATH?.endsWith(`:${before}`)).toBe(true)
    expect(host.exported).toEqual({ GMP_TEST_VAR: 'a|b' })
    expect(host.paths).toEqual(['/tool/one', '/tool/two'])
    expect(host.outputs).toEqual({ modules: '12' })
  })

  it('hands the record to the post phase only, less what is withheld', () => {
    const { host } = made()
    host.saveState('history', '/tmp/pending.json')
    host.saveState('git-credentials', '[{"key":"k"}]')
    expect(host.getState('history')).toBe('')
    expect(host.saved('git-credentials')).toBe('[{"key":"k"}]')
    host.handOver(['git-credentials'])
    expect(host.getState('history')).toBe('/tmp/pending.json')
    expect(host.getState('git-credentials')).toBe('')
  })

  it('relays a worker log written in workflow commands as plain lines', () => {
    const { host, log } = made()
    host.relayLog('Saved the entry.\r\n::warning::Could not evict %25 of it\r\n\r\n::debug::hidden\r\n')
    expect(log()).toBe('Saved the entry.\nwarning: Could not evict % of it\n')
    expect(host.log.warnings).toBe(1)
  })

  it('starts the progress line when the download phase says so, clears it for log lines on a terminal, and holds lines while it stops', async () => {
    const places: DownloadPlace[] = []
    let finish = () => undefined as void
    const { host, log } = made({
      tty: true,
      progress: (place) => {
        places.push(place)
        return { stop: () => new Promise<void>((resolve) => (finish = resolve)) }
      }
    })
    host.info('before')
    const progress = host.downloadStarted({ modCache: '/go/pkg/mod', workingDirectory: '/src' })
    expect(places).toEqual([{ modCache: '/go/pkg/mod', workingDirectory: '/src' }])
    host.info('during')
    const stopped = progress.stop()
    host.info('while stopping')
    expect(log()).toBe('before\n\r\x1b[Kduring\n')
    finish()
    await stopped
    await host.settled()
    expect(log()).toBe('before\n\r\x1b[Kduring\nwhile stopping\n')
    expect(progress.stop()).toBe(stopped)
  })
})
