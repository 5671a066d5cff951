// Private modules against a real git host: https://git.corp.test serves a go-import meta tag to
// anyone and the repository (git http-backend) only with the right token. The action gets the
// token through `private-token`, scoped to the `private` pattern's prefix in the global git config.
// Everything runs in a network namespace of its own (support/private-scenario.ts): git.corp.test
// is 127.0.0.1 there, and nothing else resolves.
import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  basicCredentials,
  GIT_HOST,
  PRIVATE_MODULE,
  PRIVATE_PATTERN,
  runPrivateScenario,
  TOKEN_USER,
  type PrivateRunResult,
  type PrivateScenarioResult
} from '../support/private-scenario.ts'

const EXTRAHEADER_KEY = `http.https://${GIT_HOST}/team.extraheader`
const LIB_ZIP = `cache/download/${PRIVATE_MODULE.path}/@v/${PRIVATE_MODULE.version}.zip`
const LIB_SOURCE = `${PRIVATE_MODULE.path}@${PRIVATE_MODULE.version}/lib.go`

/** Everything a run left for anyone to read, but the ::add-mask:: commands the runner consumes. */
function visibleTexts(run: PrivateRunResult): Record<string, string> {
  const unmasked = (log: string) =>
    log
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
  return {
    'main stdout': unmasked(run.main.stdout),
    'main stderr': unmasked(run.main.stderr),
    'post stdout': unmasked(run.post.stdout),
    'post stderr': unmasked(run.post.stderr),
    outputs: JSON.stringify(run.outputs),
    'exported env': JSON.stringify(run.exportedEnv),
    state: JSON.stringify(run.state),
    summary: run.summary,
    'metrics file': run.metricsFile,
    'git config after post': run.gitConfig.after.file
  }
}

/** Where each secret shows up, as "<secret name> in <place>"; empty when nowhere. */
function leaks(run: PrivateRunResult, secrets: Record<string, string>): string[] {
  const found: string[] = []
  for (const [place, text] of Object.entries(visibleTexts(run))) {
    for (const [name, secret] of Object.entries(secrets)) if (text.includes(secret)) found.push(`${name} in ${place}`)
  }
  return found
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '')

/** The message of the step's ::error:: command, decoded: what the job's annotation shows. */
function errorAnnotation(run: PrivateRunResult): string {
  const line = run.main.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
  return line.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

describe('private modules from a git host that wants a token', () => {
  let result: PrivateScenarioResult
  let withToken: PrivateRunResult
  let again: PrivateRunResult
  let noToken: PrivateRunResult
  let wrongToken: PrivateRunResult
  let header: string
  let secrets: Record<string, string>

  beforeAll(async () => {
    result = await runPrivateScenario()
    const byName = (name: string) => result.runs.find((r) => r.name === name)!
    withToken = byName('token')
    again = byName('token-again')
    noToken = byName('no-token')
    wrongToken = byName('wrong-token')
    header = `Basic ${basicCredentials(TOKEN_USER, result.token)}`
    secrets = {
      token: result.token,
      'user:token in base64': basicCredentials(TOKEN_USER, result.token),
      'wrong token': result.wrongToken,
      'user:wrong token in base64': basicCredentials(TOKEN_USER, result.wrongToken)
    }
  }, 120_000)

  it('runs where the git host is git.corp.test on port 443 and the only network is loopback', () => {
    expect(result.network.interfaces).toEqual(['lo'])
    expect(result.network.hosts).toContain(`127.0.0.1 ${GIT_HOST}`)
    expect(result.gitUrl).toBe(`https://${GIT_HOST}`)
  })

  describe('with the token', () => {
    it('downloads the private module from the git host with the token and caches it', () => {
      expect(withToken.main.exitCode).toBe(0)
      expect(withToken.outputs.modules).toBe('3')
      expect(withToken.outputs['cache-hit']).toBe('false')
      expect(withToken.exportedEnv.GOPRIVATE).toBe(PRIVATE_PATTERN)
      const [lookup, ...git] = withToken.gitRequests
      // go finds the repository with a plain HTTPS request, which carries no credentials...
      expect(lookup).toEqual(expect.objectContaining({ method: 'GET', path: '/team/lib', query: 'go-get=1', auth: 'none', status: 200 }))
      // ...then git sends the token with every request, so none is ever refused.
      expect(git.length).toBeGreaterThanOrEqual(2)
      expect(git.map((r) => [r.auth, r.status])).toEqual(git.map(() => ['valid', 200]))
      expect(git.some((r) => r.method === 'POST' && r.path === '/team/lib/git-upload-pack')).toBe(true)
      const saved = result.archives.find((a) => a.key === withToken.outputs['cache-primary-key'])
      // The default lean layout keeps the tree and its .ziphash, not the zip.
      expect(saved?.members.some((m) => m.endsWith(`${LIB_ZIP}hash`))).toBe(true)
      expect(saved?.members.some((m) => m.endsWith(LIB_ZIP))).toBe(false)
      expect(saved?.members.some((m) => m.endsWith(LIB_SOURCE))).toBe(true)
    })

    it('is an exact cache hit on a second run with the module cache emptied, and never reaches the git host', () => {
      expect(again.main.exitCode).toBe(0)
      expect(again.outputs['cache-hit']).toBe('true')
      expect(again.outputs['cache-matched-key']).toBe(withToken.outputs['cache-primary-key'])
      expect(again.outputs.modules).toBe('3')
      expect(again.gitRequests).toEqual([])
      expect(again.proxyRequests.filter((r) => /\.(zip|info)$/.test(r.path))).toEqual([])
    })

    it('gives git the token for the pattern prefix only, in the global git config, until the post step', () => {
      const before = lines(withToken.gitConfig.before.list)
      const during = lines(withToken.gitConfig.during.list)
      expect(during.filter((l) => !before.includes(l))).toEqual([`${EXTRAHEADER_KEY}=Authorization: ${header}`])
      expect(before.filter((l) => !during.includes(l))).toEqual([])
    })
  })

  describe('without a usable token', () => {
    it('fails without a token, and the git host saw only requests without credentials', () => {
      expect(noToken.main.exitCode).not.toBe(0)
      expect(errorAnnotation(noToken)).toContain(`${PRIVATE_MODULE.path}@${PRIVATE_MODULE.version}`)
      expect(noToken.gitRequests.some((r) => r.path === '/team/lib/info/refs' && r.status === 401)).toBe(true)
      expect(noToken.gitRequests.filter((r) => r.auth !== 'none')).toEqual([])
      // Nothing for the post step to remove: the backend's configuration and the run's history record are all it left.
      expect(Object.keys(noToken.state).sort()).toEqual(['cache-backend', 'history'])
    })

    it('explains that no private-token was given', () => {
      expect(errorAnnotation(noToken)).toContain(
        `${PRIVATE_MODULE.path}@${PRIVATE_MODULE.version} is private (GOPRIVATE=${PRIVATE_PATTERN}) and git asked for credentials, but no private-token was given`
      )
    })

    it('fails with a wrong token, which git sent and the host refused', () => {
      expect(wrongToken.main.exitCode).not.toBe(0)
      expect(errorAnnotation(wrongToken)).toContain(`${PRIVATE_MODULE.path}@${PRIVATE_MODULE.version}`)
      const sent = wrongToken.gitRequests.filter((r) => r.auth !== 'none')
      expect(sent.length).toBeGreaterThan(0)
      expect(sent.map((r) => [r.authorization, r.status])).toEqual(
        sent.map(() => [`Basic ${basicCredentials(TOKEN_USER, result.wrongToken)}`, 403])
      )
    })

    it('explains that the host rejected the token', () => {
      expect(errorAnnotation(wrongToken)).toContain(`The host rejected private-token for ${PRIVATE_MODULE.path}@${PRIVATE_MODULE.version} (401/403)`)
    })

    it('does not retry a missing or rejected token: another attempt cannot succeed', () => {
      expect(noToken.outputs['download-attempts']).toBe('1')
      expect(wrongToken.outputs['download-attempts']).toBe('1')
    })
  })

  describe('nothing leaked', () => {
    it('leaves the global git config exactly as it was after each post step, the entry beside the token kept', () => {
      for (const run of result.runs) {
        expect({ run: run.name, list: run.gitConfig.after.list, file: run.gitConfig.after.file }).toEqual({
          run: run.name,
          list: run.gitConfig.before.list,
          file: run.gitConfig.before.file
        })
      }
      expect(withToken.gitConfig.after.list).toContain(`http.https://${GIT_HOST}/team.postbuffer=1048576`)
      expect(withToken.post.stdout).toContain('Removed 1 credential entry from the global git config.')
    })

    it('masks the token and its header value, and prints neither anywhere a later reader sees', () => {
      for (const run of [withToken, again, wrongToken]) {
        const token = run === wrongToken ? result.wrongToken : result.token
        expect(run.main.stdout).toContain(`::add-mask::${token}\n`)
        expect(run.main.stdout).toContain(`::add-mask::${basicCredentials(TOKEN_USER, token)}\n`)
      }
      for (const run of result.runs) expect({ run: run.name, leaks: leaks(run, secrets) }).toEqual({ run: run.name, leaks: [] })
    })

    it('keeps the token out of the cache archive: neither member names nor any file hold it', () => {
      const modules = result.archives.filter((a) => !a.key.includes('-history-'))
      expect(modules.map((a) => a.key)).toEqual([withToken.outputs['cache-primary-key']])
      const [archive] = modules
      expect(archive!.filesScanned).toBeGreaterThanOrEqual(archive!.members.filter((m) => /\.(mod|info|ziphash|go)$/.test(m)).length)
      expect(archive!.filesScanned).toBeGreaterThan(0)
      expect(archive!.leaks).toEqual([])
      // git's clones (cache/vcs) are pruned before saving: their config names the remote.
      expect(archive!.members.filter((m) => m.startsWith('cache/vcs'))).toEqual([])
    })

    it('the command (dist/cli.js, no GITHUB_* variables) fetches the private module with the token and leaves no credential behind', () => {
      const cli = result.cli
      expect([cli.exitCode, cli.stderr.split('\n').filter((l) => l.startsWith('error'))]).toEqual([0, []])
      expect(cli.stdout).toBe('')
      expect(cli.stderr).toMatch(/modules: {3}3 module versions ready/)
      // git asked with the token, under the pattern prefix only.
      const withToken = cli.gitRequests.filter((r) => r.authorization !== undefined)
      expect(withToken.length).toBeGreaterThan(0)
      expect(withToken.every((r) => r.path.startsWith('/team/'))).toBe(true)
      // The global git config is exactly as it was.
      expect(cli.gitConfig.after).toEqual(cli.gitConfig.before)
      for (const s of [result.token, basicCredentials(TOKEN_USER, result.token)]) {
        expect(cli.stderr.includes(s)).toBe(false)
        expect(cli.gitConfig.after.file.includes(s)).toBe(false)
      }
    })

    it('with --keep-credentials the token stays for later commands, and go-mod-precache cleanup removes it', () => {
      const { kept, keptConfig, cleanup, afterCleanup } = result.keep
      expect(kept.exitCode).toBe(0)
      expect(kept.stderr).toContain('The private-token stays in the global git config for later commands; remove it with: go-mod-precache cleanup')
      expect(keptConfig.list).toContain(`${EXTRAHEADER_KEY}=Authorization: Basic ${basicCredentials(TOKEN_USER, result.token)}`)
      expect(cleanup.exitCode).toBe(0)
      expect(cleanup.stderr).toBe('go-mod-precache cleanup: removed 1 credential entry from the global git config.\n')
      expect(afterCleanup).toEqual(result.cli.gitConfig.before)
    })

    it('keeps the token, the private module path and the git host out of every history entry', () => {
      const histories = result.archives.filter((a) => a.key.includes('-history-'))
      expect(histories.length).toBeGreaterThanOrEqual(2)
      for (const h of histories) expect({ key: h.key, leaks: h.leaks }).toEqual({ key: h.key, leaks: [] })
    })

    it('sends the token only to the git host, under the pattern prefix', () => {
      const withAuthorization = result.runs.flatMap((r) => r.gitRequests).filter((r) => r.authorization !== undefined)
      expect(withAuthorization.length).toBeGreaterThan(0)
      for (const r of withAuthorization) {
        expect({ host: r.host, underPrefix: r.path.startsWith('/team/'), goGet: r.query.includes('go-get') }).toEqual({
          host: GIT_HOST,
          underPrefix: true,
          goGet: false
        })
      }
    })

    it('never asks the public module proxy for the private module, nor sends it credentials', () => {
      const requests = result.runs.flatMap((r) => r.proxyRequests)
      // The probe and go asked it for the public modules: the log is not empty for nothing.
      expect(requests.some((r) => r.path === '/example.com/fixture/m001/@v/v1.0.0.zip')).toBe(true)
      expect(requests.filter((r) => r.path.includes(GIT_HOST))).toEqual([])
      expect(requests.filter((r) => r.authorization !== undefined)).toEqual([])
    })
  })
})
