// The plain log from what @actions/core really prints: the input of each case is captured from the
// toolkit itself, so the escaping decoded here is the toolkit's, not a copy of it.
import { describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import { newPlainState, plainLine, plainWriter, type PlainState } from '../../src/host/plain.ts'
import { captureStdout } from '../support/stdout.ts'

/** What the toolkit writes to standard output while fn runs. */
function printed(fn: () => void): string {
  const out = captureStdout()
  try {
    fn()
  } finally {
    out.restore()
  }
  return out.text()
}

/** text through a plain writer, in one chunk or in the given pieces. */
function plain(text: string | (string | Uint8Array)[], state: PlainState = newPlainState()): string {
  let log = ''
  const writer = plainWriter((t) => {
    log += t
  }, state)
  for (const chunk of typeof text === 'string' ? [text] : text) writer.write(chunk)
  writer.flush()
  return log
}

describe('plainLine', () => {
  it('shows a warning with a title as its message alone, and counts it', () => {
    const text = printed(() => core.warning('x', { title: 'go-mod-precache: t' }))
    expect(text).toBe('::warning title=go-mod-precache%3A t::x\n')
    const state = newPlainState()
    expect(plainLine(text.trimEnd(), state)).toBe('warning: x')
    expect(state.warnings).toBe(1)
    expect(state.errors).toBe(0)
  })

  it('labels errors and notices, and counts errors', () => {
    const state = newPlainState()
    const lines = printed(() => {
      core.error('it broke')
      core.notice('a fallback proxy was used', { title: 'go-mod-precache: fallback proxy used' })
    }).trimEnd().split('\n')
    expect(lines.map((l) => plainLine(l, state))).toEqual(['error: it broke', 'notice: a fallback proxy was used'])
    expect(state).toMatchObject({ warnings: 0, errors: 1 })
  })

  it('drops endgroup and the commands the runner acts on without printing', () => {
    const state = newPlainState()
    const lines = printed(() => {
      core.endGroup()
      core.setCommandEcho(true)
    }).trimEnd().split('\n')
    lines.push('::set-output name=modules::12', '::save-state name=key::v', '::set-env name=A::b', '::add-path::/x', '::stop-commands::tok')
    for (const l of lines) expect(plainLine(l, state)).toBeUndefined()
  })

  it('passes plain lines through as they are, escapes and all', () => {
    const state = newPlainState()
    for (const l of ['go: downloading example.com/a v1.0.0', '', '100%25 done', '::1 is the loopback address::', ':: not a command']) {
      expect(plainLine(l, state)).toBe(l)
    }
  })

  it('shows debug lines only when asked', () => {
    const text = printed(() => core.debug('GOFLAGS=-mod=mod')).trimEnd()
    expect(plainLine(text, newPlainState())).toBeUndefined()
    expect(plainLine(text, newPlainState(true))).toBe('debug: GOFLAGS=-mod=mod')
  })

  it('decodes in one pass: an escaped %0A stays text', () => {
    const text = printed(() => core.warning('100% of 5; literal %0A and %25 here')).trimEnd()
    expect(plainLine(text, newPlainState())).toBe('warning: 100% of 5; literal %0A and %25 here')
  })
})

describe('plainWriter', () => {
  it('turns a group around info lines into a heading and its lines', () => {
    const text = printed(() => {
      core.startGroup('Download modules')
      core.info('go: downloading example.com/a v1.0.0')
      core.info('go: downloading example.com/b v1.2.0')
      core.endGroup()
      core.info('after')
    })
    expect(plain(text)).toBe('── Download modules ──\ngo: downloading example.com/a v1.0.0\ngo: downloading example.com/b v1.2.0\nafter\n')
  })

  it('masks a secret in every later line, in a warning and in an info line, and in a title', () => {
    const state = newPlainState()
    const text = printed(() => {
      core.info('before: s3cr3t-token is not known yet')
      core.setSecret('s3cr3t-token')
      core.info('git clone https://x:s3cr3t-token@git.example.com/p.git')
      core.warning('auth failed for s3cr3t-token', { title: 'go-mod-precache: s3cr3t-token' })
      core.startGroup('Using s3cr3t-token')
    })
    expect(plain(text, state)).toBe(
      'before: s3cr3t-token is not known yet\n' +
        'git clone https://x:***@git.example.com/p.git\n' +
        'warning: auth failed for ***\n' +
        '── Using *** ──\n'
    )
    expect(state.secrets).toEqual(['s3cr3t-token'])
  })

  it('masks the longest secret first, and each line of a multi-line secret', () => {
    const state = newPlainState()
    const text = printed(() => {
      core.setSecret('abc')
      core.setSecret('abcdef')
      core.setSecret('line-one\nline-two\n')
      core.info('abcdef abc line-two')
      core.error('key:\nline-one\nline-two')
    })
    expect(plain(text, state)).toBe('*** *** ***\nerror: key:\n       ***\n       ***\n')
    expect(state.secrets).toEqual(['abc', 'abcdef', 'line-one', 'line-two'])
  })

  it('shows a multi-line error as aligned lines, blank lines kept, the trailing one dropped', () => {
    const state = newPlainState()
    const text = printed(() => core.error('go mod download failed:\r\nverifying example.com/a@v1.0.0: checksum mismatch\n\n  downloaded: h1:x\n'))
    expect(text.split('\n')).toHaveLength(2) // one command line
    expect(plain(text, state)).toBe(
      'error: go mod download failed:\n' +
        '       verifying example.com/a@v1.0.0: checksum mismatch\n' +
        '\n' +
        '         downloaded: h1:x\n'
    )
    expect(state.errors).toBe(1)
  })

  it('reassembles chunks split mid-line and mid-escape', () => {
    const text = printed(() => {
      core.warning('first\nsecond', { title: 'go-mod-precache: t' })
      core.info('plain')
    })
    const cut = text.indexOf('%0A') + 1 // between '%' and '0A'
    const pieces = [text.slice(0, 3), text.slice(3, cut), text.slice(cut, cut + 1), text.slice(cut + 1)]
    expect(plain(pieces)).toBe('warning: first\n         second\nplain\n')
    // Every split point gives the same log.
    for (let i = 1; i < text.length; i++) expect(plain([text.slice(0, i), text.slice(i)])).toBe('warning: first\n         second\nplain\n')
  })

  it('reassembles bytes split inside a character, and mixes bytes and strings in order', () => {
    const bytes = Buffer.from('::notice::café ✓\nnext\n')
    const at = bytes.indexOf(0xe2) + 1 // inside the three bytes of ✓
    const log = plain([bytes.subarray(0, at), bytes.subarray(at)])
    expect(log).toBe('notice: café ✓\nnext\n')
    expect(plain([Buffer.from('one\ntw'), 'o\n'])).toBe('one\ntwo\n')
  })

  it('tolerates CRLF lines, a CR split from its LF included', () => {
    expect(plain(['::group::Probe\r\n::warning::slow\r', '\nok\r\n::endgroup::\r\n'])).toBe('── Probe ──\nwarning: slow\nok\n')
  })

  it('passes on an unfinished last line at flush, once', () => {
    let log = ''
    const writer = plainWriter((t) => {
      log += t
    }, newPlainState())
    writer.write('done\n::error::no newline')
    expect(log).toBe('done\n')
    writer.flush()
    writer.flush()
    expect(log).toBe('done\nerror: no newline\n')
  })

  it('counts across the stream for the closing summary, debug off and on', () => {
    const text = printed(() => {
      core.debug('probing')
      core.warning('one')
      core.warning('two', { title: 'go-mod-precache: t' })
      core.error('three')
    })
    const quiet = newPlainState()
    expect(plain(text, quiet)).toBe('warning: one\nwarning: two\nerror: three\n')
    expect(quiet).toMatchObject({ warnings: 2, errors: 1 })
    expect(plain(text, newPlainState(true))).toBe('debug: probing\nwarning: one\nwarning: two\nerror: three\n')
  })
})
