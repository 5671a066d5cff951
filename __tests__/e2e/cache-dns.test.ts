// A cache whose host name does not resolve costs the job what any cache that is down costs (see
// cache-down.test.ts): one bounded wait, one warning naming the cache and saying the name did not
// resolve, and a post step that leaves it alone. The runs happen in a network namespace of their
// own (support/isolated-world.ts) whose DNS server on 127.0.0.1 says NXDOMAIN for every name: the
// lookups are real, and no query leaves the machine.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { runIsolatedWorld, type IsolatedRunResult, type IsolatedWorldResult } from '../support/isolated-world.ts'
import { RESOLV_CONF } from '../support/netns.ts'

const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

/** As in cache-down.test.ts: cache-timeout 5, and bounds below two of them. */
const INPUTS = { 'cache-timeout': '5', 'cache-build': 'true', history: 'true' }
const MAIN_BOUND_MS = 9_000
const POST_BOUND_MS = 4_000

const S3_HOST = 's3.corp.example'
const S3_INPUTS = { ...INPUTS, 'cache-url': 's3://bucket/prefix', 's3-endpoint': `http://${S3_HOST}:9000` }
/** Credentials the SDK takes from the environment; nothing of the machine's is read. */
const S3_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIAGMPTESTDNS000001',
  AWS_SECRET_ACCESS_KEY: 'gmp/test/secret/key/for/a/host/that/does/not/resolve',
  AWS_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true'
}

const CACHE_HOST = 'cache.corp.example'
const CACHE_URL = `http://${CACHE_HOST}:8080/`
/** The world's cache service env (v2, see cache-service.ts env()), its URLs pointed at a name that does not resolve. */
const GITHUB_V2_ENV = { ACTIONS_RESULTS_URL: CACHE_URL, ACTIONS_CACHE_URL: CACHE_URL }
const GITHUB_V1_ENV = { ...GITHUB_V2_ENV, ACTIONS_CACHE_SERVICE_V2: '', GITHUB_SERVER_URL: 'http://ghes.corp.example' }

const warnings = (run: IsolatedRunResult): string[] => run.log.split('\n').filter((l) => l.startsWith('::warning'))
const names = (questions: IsolatedRunResult['dnsQuestions']): Set<string> => new Set(questions.map((q) => q.name))
const NOT_RESOLVED = (host: string) => `${host.replace(/\./g, '\\.')} did not resolve \\(DNS: ENOTFOUND\\); going on without the cache\\.`

describe('a cache whose host name does not resolve, with cache-timeout: 5 and cache-build', () => {
  let result: IsolatedWorldResult
  let s3: IsolatedRunResult
  let v2: IsolatedRunResult
  let v1: IsolatedRunResult

  beforeAll(async () => {
    // A go build between the steps changes GOCACHE, so a post step that tried the cache would save the build cache.
    result = await runIsolatedWorld({
      modules: [v(1), v(2)],
      runs: [
        { inputs: S3_INPUTS, env: S3_ENV, buildBetween: true },
        { inputs: INPUTS, env: GITHUB_V2_ENV, buildBetween: true },
        { inputs: INPUTS, env: GITHUB_V1_ENV, buildBetween: true }
      ]
    })
    ;[s3, v2, v1] = result.runs as [IsolatedRunResult, IsolatedRunResult, IsolatedRunResult]
  }, 110_000)

  it('runs in a namespace whose only network is loopback and whose resolver is on 127.0.0.1', () => {
    expect(result.network.interfaces).toEqual(['lo'])
    expect(result.network.resolvConf).toBe(RESOLV_CONF)
  })

  it.each([
    ['S3 storage', () => s3, S3_HOST, `The S3 bucket s3://bucket/prefix at http://s3\\.corp\\.example:9000 failed: the host name ${NOT_RESOLVED(S3_HOST)}`],
    ['the Actions cache service (v2)', () => v2, CACHE_HOST, `The Actions cache service failed: the host name ${NOT_RESOLVED(CACHE_HOST)}`],
    ['the Actions cache service (v1)', () => v1, CACHE_HOST, `The Actions cache service failed: the host name ${NOT_RESOLVED(CACHE_HOST)}`]
  ])('%s: one wait, one warning saying the name did not resolve, and a post step that leaves it alone', (_name, runOf, host, warning) => {
    const run = runOf()
    expect(run.exitCode).toBe(0)
    expect(run.post?.exitCode).toBe(0)
    expect(run.outputs.modules).toBe('2')
    expect(run.outputs['cache-state']).toBe('unavailable')
    expect(warnings(run)).toEqual([expect.stringMatching(new RegExp(`^::warning::${warning}$`))])
    // The failure is the name's: the namespace's DNS server was asked for it, and for no other name.
    expect(names(run.dnsQuestions)).toEqual(new Set([host]))
    expect(run.ms).toBeLessThan(MAIN_BOUND_MS)
    expect(run.post?.stdout).toContain('Nothing is saved to the cache: in the main step, ')
    expect(run.postDnsQuestions).toEqual([])
    expect(run.post?.ms).toBeLessThan(POST_BOUND_MS)
  })
})
