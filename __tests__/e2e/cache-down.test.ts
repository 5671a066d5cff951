// A cache that is down, whatever the backend and however it fails, costs the job one cache-timeout
// and one warning: the history read, the build cache and the module restore do not each wait for
// it, and the post step does not try it again. The bounds are loose (a loaded machine), yet below
// two cache-timeouts: they catch a second wait, not a slow run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { runGo } from '../support/fixtures.ts'
import { canMountHung, mountHung, startSilentServer, type HungMount, type SilentServer } from '../support/hung.ts'
import type { ActionRun } from '../support/runner.ts'
import { createWorld, type World } from './world.ts'

const v = (n: number) => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

/** cache-timeout: 5; the main step must end before a second one could have passed. */
const INPUTS = { 'cache-timeout': '5', 'cache-build': 'true', history: 'true' }
const MAIN_BOUND_MS = 9_000
const POST_BOUND_MS = 4_000

/** Credentials the SDK takes from the environment; nothing of the machine's is read. */
const S3_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIAGMPTESTDOWN00001',
  AWS_SECRET_ACCESS_KEY: 'gmp/test/secret/key/for/a/backend/that/is/down',
  AWS_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true'
}

const S3_NAME = 'The S3 bucket s3://go-cache/fleet at http://127\\.0\\.0\\.1:\\d+'
const NO_ANSWER = 'did not answer within cache-timeout \\(5 s\\); going on without the cache\\.'

function warnings(run: ActionRun): string[] {
  return run.log.split('\n').filter((l) => l.startsWith('::warning'))
}

async function assertOneWaitOneWarning(run: ActionRun, warning: RegExp): Promise<void> {
  expect(run.main.exitCode).toBe(0)
  expect(run.post?.exitCode).toBe(0)
  expect(run.outputs.modules).toBe('2')
  expect(run.outputs['cache-state']).toBe('unavailable')
  expect(warnings(run)).toEqual([expect.stringMatching(warning)])
  expect(run.main.ms).toBeLessThan(MAIN_BOUND_MS)
  expect(run.post?.stdout).toContain('Nothing is saved to the cache: in the main step, ')
  expect(run.post?.ms).toBeLessThan(POST_BOUND_MS)
}

/** A URL on 127.0.0.1 where nothing listens: a port that was free a moment ago. */
async function refusingUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  await new Promise((resolve) => server.close(resolve))
  return url
}

/** A go build between the steps changes GOCACHE, so a post step that tried the backend would save the build cache. */
const build = (world: World) => async ({ env }: { env: Record<string, string> }) => {
  const built = await runGo(['build', '-o', '/dev/null', '.'], { cwd: world.project, env: { ...world.env, ...env } })
  expect(built.code).toBe(0)
}

describe('the Actions cache service down, with cache-timeout: 5 and cache-build', () => {
  let world: World
  let refused: string
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
    refused = await refusingUrl()
  })
  afterAll(() => world.close())

  it.each([
    ['answering 503 (v2)', 'down', 'v2'],
    ['accepting and never answering (v2)', 'hang', 'v2'],
    ['answering 503 (v1)', 'down', 'v1'],
    ['accepting and never answering (v1)', 'hang', 'v1']
  ] as const)('%s: one wait, one warning, and a post step that leaves it alone', async (_name, fault, protocol) => {
    await world.emptyModCache()
    world.cache.setFault(fault)
    try {
      const run = await world.run({ inputs: INPUTS, env: world.cache.env(protocol), between: build(world) })
      await assertOneWaitOneWarning(run, new RegExp(`^::warning::The Actions cache service ${NO_ANSWER}$`))
      expect(run.main.stdout).toContain('History not read: the Actions cache service did not answer within cache-timeout (5 s).')
      expect(world.cache.entries()).toEqual([])
    } finally {
      world.cache.setFault('none')
    }
  })

  it('refusing connections (v2): one wait, one warning, and a post step that leaves it alone', async () => {
    await world.emptyModCache()
    const env = { ...world.cache.env('v2'), ACTIONS_RESULTS_URL: `${refused}/`, ACTIONS_CACHE_URL: `${refused}/` }
    const run = await world.run({ inputs: INPUTS, env, between: build(world) })
    // The client gives up at once (v2 retries no refused connection), naming what refused.
    await assertOneWaitOneWarning(run, new RegExp(`^::warning::The Actions cache service failed: connection refused by ${refused.replace(/\./g, '\\.')}; going on without the cache\\.$`))
  })
})

describe('S3 storage down, with cache-timeout: 5 and cache-build', () => {
  let world: World
  let silent: SilentServer
  let unavailable: Server
  let unavailableUrl: string
  let refused: string
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
    silent = await startSilentServer()
    unavailable = createServer((req, res) => {
      req.resume()
      res.writeHead(503, { 'content-type': 'application/xml' })
      res.end(req.method === 'HEAD' ? undefined : '<?xml version="1.0" encoding="UTF-8"?><Error><Code>ServiceUnavailable</Code><Message>Please reduce your request rate.</Message></Error>')
    })
    await new Promise<void>((resolve) => unavailable.listen(0, '127.0.0.1', resolve))
    unavailableUrl = `http://127.0.0.1:${(unavailable.address() as AddressInfo).port}`
    refused = await refusingUrl()
  })
  afterAll(async () => {
    await silent.close()
    await new Promise((resolve) => unavailable.close(resolve))
    await world.close()
  })

  it.each([
    ['an endpoint that accepts and never answers', () => silent.url, NO_ANSWER],
    ['an endpoint answering 503', () => unavailableUrl, 'failed: http://127\\.0\\.0\\.1:\\d+ failed with HTTP 503.*; going on without the cache\\.'],
    ['a port nothing listens on', () => refused, 'failed: connection refused by http://127\\.0\\.0\\.1:\\d+; going on without the cache\\.']
  ])('%s: one wait, one warning, and a post step that leaves it alone', async (_name, endpoint, cause) => {
    await world.emptyModCache()
    const run = await world.run({
      inputs: { ...INPUTS, 'cache-url': 's3://go-cache/fleet', 's3-endpoint': endpoint() },
      env: S3_ENV,
      between: build(world)
    })
    await assertOneWaitOneWarning(run, new RegExp(`^::warning::${S3_NAME} ${cause}$`))
  })
})

describe('a shared directory on a mount that hangs, with cache-timeout: 5 and cache-build', () => {
  let world: World
  let mount: HungMount | undefined
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
    if (canMountHung) mount = await mountHung(path.join(world.base, 'nfs'))
  })
  afterAll(async () => {
    await mount?.release()
    await world.close()
  })

  // Needs root and FUSE; elsewhere there is no hung mount to make.
  ;(canMountHung ? it : it.skip)('one wait, one warning, a post step that leaves it alone, and no process held up by the mount', async () => {
    await world.emptyModCache()
    const root = path.join(mount!.dir, 'go-cache')
    const run = await world.run({ inputs: { ...INPUTS, 'cache-url': `file://${root}` }, between: build(world) })
    await assertOneWaitOneWarning(run, new RegExp(`^::warning::The cache directory ${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${NO_ANSWER}$`))
  })
})
