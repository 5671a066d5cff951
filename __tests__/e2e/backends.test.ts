// The pipeline end to end on the cache backends a self-hosted fleet uses: a shared directory and
// S3-compatible storage (gofakes3 on 127.0.0.1, spoken to by the real AWS SDK). The same
// scenarios run on each: cold, exact hit, a dependency bump restored from a restore key, the build
// cache, two jobs saving one key at once, a backend that fails, and a truncated entry.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { chmod, mkdir, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { startS3AuthFront, type S3AuthFront } from '../support/s3-auth.ts'
import { startS3Server, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, type S3Server } from '../support/s3-server.ts'
import { HISTORY_KEEP } from '../../src/history/store.ts'
import { foldKey } from '../../src/cache/key.ts'
import { removeTree, runGo } from '../support/fixtures.ts'
import type { ActionRun } from '../support/runner.ts'
import { buildOffline, createWorld, type World } from './world.ts'

const v = (n: number, version = 'v1.0.0') => ({ path: `example.com/fixture/m00${n}`, version })

function unzstd(file: string): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    execFile('unzstd', ['-c', file], { encoding: 'buffer', maxBuffer: 256 << 20 }, (err, stdout) => (err ? reject(err) : resolve(stdout)))
  )
}

function warnings(run: ActionRun): string[] {
  return run.main.stdout.split('\n').filter((l) => l.startsWith('::warning'))
}

/** What a test needs of a backend: the inputs and environment that select it, and a view of what it holds. */
interface Backend {
  name: string
  inputs: Record<string, string>
  env: Record<string, string>
  /** Stored entries: key as stored (lowercased) → bytes, for the module and build cache entries. */
  entries(): Promise<Map<string, number>>
  /** Cuts an entry's stored archive short. */
  truncate(key: string): Promise<void>
  /** Inputs and environment of the same backend, broken. */
  broken: { inputs: Record<string, string>; env: Record<string, string> }
  close(): Promise<void>
}

async function dirBackend(world: World): Promise<Backend> {
  const root = path.join(world.base, 'shared-cache')
  const filesOf = async (): Promise<string[]> =>
    (await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => path.join(e.parentPath, e.name))
  const notADir = path.join(world.base, 'not-a-directory')
  await writeFile(notADir, 'a file where the cache directory should be\n')
  return {
    name: 'a shared directory',
    inputs: { 'cache-url': `file://${root}` },
    env: {},
    entries: async () => {
      const out = new Map<string, number>()
      for (const f of await filesOf()) out.set(decodeURIComponent(path.basename(f)), (await stat(f)).size)
      return out
    },
    truncate: async (key) => {
      const file = (await filesOf()).find((f) => decodeURIComponent(path.basename(f)) === key)
      if (file === undefined) throw new Error(`no entry ${key}`)
      await truncate(file, Math.floor((await stat(file)).size / 2))
    },
    broken: { inputs: { 'cache-url': `${notADir}/cache` }, env: {} },
    close: async () => {
      await chmod(root, 0o755).catch(() => undefined)
    }
  }
}

async function s3Backend(): Promise<Backend> {
  const server: S3Server = await startS3Server()
  const env = server.env()
  const client = new S3Client({
    endpoint: server.url,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! }
  })
  await client.send(new CreateBucketCommand({ Bucket: 'go-cache' }))
  const list = async () => (await client.send(new ListObjectsV2Command({ Bucket: 'go-cache', Prefix: 'fleet/' }))).Contents ?? []
  return {
    name: 'S3-compatible storage',
    inputs: { 'cache-url': 's3://go-cache/fleet', 's3-endpoint': server.url },
    env,
    entries: async () => new Map((await list()).map((o) => [path.posix.basename(o.Key!), o.Size ?? 0])),
    truncate: async (key) => {
      const object = (await list()).find((o) => path.posix.basename(o.Key!) === key)
      if (object === undefined) throw new Error(`no object ${key}`)
      const body = Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: 'go-cache', Key: object.Key! }))).Body!.transformToByteArray())
      await client.send(new PutObjectCommand({ Bucket: 'go-cache', Key: object.Key!, Body: body.subarray(0, body.length >> 1) }))
    },
    // A port nothing listens on.
    broken: { inputs: { 'cache-url': 's3://go-cache/fleet', 's3-endpoint': 'http://127.0.0.1:9' }, env },
    close: () => server.close()
  }
}

describe.each([
  ['a shared directory', dirBackend],
  ['S3-compatible storage', (_world: World) => s3Backend()]
] as const)('the pipeline on %s', (_name, make) => {
  let world: World
  let backend: Backend
  const run = (inputs: Record<string, string> = {}, env: Record<string, string | undefined> = {}) =>
    world.run({ inputs: { ...backend.inputs, 'background-save': 'false', ...inputs }, env: { ...backend.env, ...env } })

  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)], extraVersions: [v(2, 'v1.1.0')] })
    backend = await make(world)
  })
  afterAll(async () => {
    await backend.close()
    await world.close()
  })

  it('cold: misses, downloads, and stores the entry under the key', async () => {
    await world.emptyModCache()
    const r = await run()
    expect(r.main.exitCode).toBe(0)
    expect([r.outputs['cache-state'], warnings(r)]).toEqual(['miss', []])
    expect(r.main.stdout).toMatch(/Saved the module cache as go-mod-Linux-X64-[0-9a-f]{64}/)
    const stored = await backend.entries()
    expect(stored.get(foldKey(r.outputs['cache-primary-key']!))).toBeGreaterThan(0)
    expect(JSON.parse(r.outputs.metrics!).cache.backend).toBe(backend.inputs['cache-url']!.startsWith('s3:') ? 's3' : 'dir')
  })

  it('exact hit into an emptied module cache: no module request, and go builds offline', async () => {
    await world.emptyModCache()
    world.proxy.clearRequests()
    const r = await run()
    expect([r.outputs['cache-state'], r.outputs['cache-hit'], warnings(r)]).toEqual(['hit', 'true', []])
    expect(world.zipRequests()).toEqual([])
    expect((await buildOffline(world)).code).toBe(0)
  })

  it('a dependency bump restores from the restore key and fetches only the new version', async () => {
    await world.require([v(1), v(2, 'v1.1.0')])
    await world.emptyModCache()
    world.proxy.clearRequests()
    const r = await run()
    expect([r.outputs['cache-state'], warnings(r)]).toEqual(['partial', []])
    expect(world.zipRequests()).toEqual(['/example.com/fixture/m002/@v/v1.1.0.zip'])
    expect((await backend.entries()).has(foldKey(r.outputs['cache-primary-key']!))).toBe(true)
  })

  it('the build cache is saved there and restored from there', async () => {
    const build = async ({ env }: { env: Record<string, string> }) => {
      expect((await runGo(['build', '-o', '/dev/null', '.'], { cwd: world.project, env: { ...world.env, ...env } })).code).toBe(0)
    }
    await removeTree(world.env.GOCACHE)
    const first = await world.run({
      inputs: { ...backend.inputs, 'background-save': 'false', 'cache-build': 'true', 'key-prefix': 'withbuild' },
      env: { ...backend.env, GITHUB_SHA: 'a'.repeat(40) },
      between: build
    })
    expect(first.main.exitCode).toBe(0)
    expect(first.post?.stdout).toMatch(/Saved the build cache/)
    const buildKeys = [...(await backend.entries()).keys()].filter((k) => k.startsWith('withbuild-build-'))
    expect(buildKeys).toHaveLength(1)
    await removeTree(world.env.GOCACHE)
    const second = await run({ 'cache-build': 'true', 'key-prefix': 'withbuild' }, { GITHUB_SHA: 'b'.repeat(40) })
    expect(second.main.stdout).toContain(`Restored the build cache from ${buildKeys[0]}`)
  })

  it('two jobs saving one key at once leave one complete entry', async () => {
    const other = path.join(world.base, 'gomodcache-second-job')
    await mkdir(other, { recursive: true })
    await world.emptyModCache()
    const [a, b] = await Promise.all([run({ 'key-prefix': 'race' }), run({ 'key-prefix': 'race' }, { GOMODCACHE: other })])
    expect([a.main.exitCode, b.main.exitCode]).toEqual([0, 0])
    expect(a.outputs['cache-primary-key']).toBe(b.outputs['cache-primary-key'])
    const raced = [...(await backend.entries()).entries()].filter(([k]) => k.startsWith('race-'))
    expect(raced).toHaveLength(1)
    // The entry that stayed restores whole.
    await world.emptyModCache()
    const r = await run({ 'key-prefix': 'race' })
    expect([r.outputs['cache-state'], warnings(r)]).toEqual(['hit', []])
  })

  it('a backend that fails is a warning, a cold download and no save', async () => {
    await world.emptyModCache()
    const before = await backend.entries()
    const r = await world.run({ inputs: { ...backend.broken.inputs, 'background-save': 'false', 'key-prefix': 'broken', 'cache-timeout': '10' }, env: backend.broken.env })
    expect(r.main.exitCode).toBe(0)
    expect(r.outputs['cache-state']).toBe('unavailable')
    expect(warnings(r).length).toBeGreaterThan(0)
    expect(r.outputs.modules).toBe('2')
    expect(r.main.stdout).toContain('Not saving: the cache service already failed in this job.')
    expect([...(await backend.entries()).keys()].filter((k) => k.startsWith('broken-'))).toEqual([])
    expect((await backend.entries()).size).toBe(before.size)
  })

  it(`seven runs leave the newest ${HISTORY_KEEP} history entries, and the next run reads the newest`, async () => {
    const saved: string[] = []
    for (let i = 1; i <= 7; i++) {
      const r = await run({ 'key-prefix': 'seven', history: 'true' })
      expect(r.main.exitCode).toBe(0)
      const m = /History saved as (seven-history-\S+): (\d+) runs?\./.exec(r.post?.stdout ?? '')
      expect(m?.[2]).toBe(String(i))
      saved.push(m![1]!)
    }
    const left = [...(await backend.entries()).keys()].filter((k) => k.startsWith('seven-history-'))
    // Both backends store keys lowercased: the names read back are the saved keys folded.
    expect(left.sort()).toEqual(saved.slice(-HISTORY_KEEP).map(foldKey).sort())
    const next = await run({ 'key-prefix': 'seven', history: 'true' })
    expect(next.main.stdout).toContain(`History: 7 earlier runs, from ${foldKey(saved[6]!)}.`)
    expect(warnings(next)).toEqual([])
  })

  it('a truncated entry is a warning and a fresh download; go builds', async () => {
    await world.emptyModCache()
    const cold = await run({ 'key-prefix': 'cut' })
    await backend.truncate(foldKey(cold.outputs['cache-primary-key']!))
    await world.emptyModCache()
    world.proxy.clearRequests()
    const r = await run({ 'key-prefix': 'cut' })
    expect(r.main.exitCode).toBe(0)
    expect(r.outputs['cache-state']).toBe('miss')
    expect(warnings(r).join('\n')).toMatch(/cut short|truncated|damaged/)
    expect(world.zipRequests().length).toBe(2)
    expect((await buildOffline(world)).code).toBe(0)
  })
})

describe('S3 storage that checks credentials as AWS does', () => {
  const session = {
    accessKeyId: 'ASIAEXPIREDSESSION002',
    secretAccessKey: 'expired/Session+Key0123456789abcdefEXAMPLE',
    sessionToken: 'FwoGZXIvYXdzE2E2EXPIREDTOKENvalue0123456789',
    expiresAt: new Date(Date.now() - 60_000)
  }
  let world: World
  let server: S3Server
  let front: S3AuthFront
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1)] })
    server = await startS3Server()
    await server.createBucket('go-cache')
    // gofakes3 accepts any credentials: the front refuses them as AWS does, a HEAD with no body.
    front = await startS3AuthFront(server.url, { identities: [{ accessKeyId: TEST_ACCESS_KEY_ID, secretAccessKey: TEST_SECRET_ACCESS_KEY }, session] })
  })
  afterAll(async () => {
    await front.close()
    await server.close()
    await world.close()
  })

  it.each([
    ['a wrong secret key', { AWS_SECRET_ACCESS_KEY: 'wrong/secret/key/0123456789abcdefghijklmn' }, {}, 'the request signature does not match at URL: check AWS_SECRET_ACCESS_KEY'],
    ['an unknown access key id', { AWS_ACCESS_KEY_ID: 'AKIAWRONGWRONGWRONG00' }, {}, 'the AWS access key id is not known at URL: check AWS_ACCESS_KEY_ID'],
    [
      'an expired session token',
      { AWS_ACCESS_KEY_ID: session.accessKeyId, AWS_SECRET_ACCESS_KEY: session.secretAccessKey, AWS_SESSION_TOKEN: session.sessionToken },
      {},
      'the AWS session token has expired: renew the credentials (AWS_SESSION_TOKEN, the assumed role)'
    ],
    ['a region that is not the bucket\'s', {}, { 's3-region': 'eu-central-1' }, 'the bucket go-cache is in another region (us-east-1) than eu-central-1: set s3-region (or AWS_REGION) to us-east-1']
  ])('%s is one warning that names what to change, a cold download, and no save', async (_what, credentials: Record<string, string>, inputs, reason) => {
    await world.emptyModCache()
    const env = { ...server.env(), ...credentials }
    const r = await world.run({ inputs: { 'cache-url': 's3://go-cache/fleet', 's3-endpoint': front.url, 'background-save': 'false', ...inputs }, env })
    expect(r.main.exitCode).toBe(0)
    expect(r.outputs['cache-state']).toBe('unavailable')
    expect(warnings(r)).toEqual([`::warning::The S3 bucket s3://go-cache/fleet at ${front.url} failed: ${reason.replace('URL', front.url)}; going on without the cache.`])
    expect(r.outputs.modules).toBe('1')
    expect(r.main.stdout).toContain('Not saving: the cache service already failed in this job.')
    const shown = r.main.stdout.replace(/^::add-mask::.*$/gm, '') + r.main.stderr
    for (const secret of [env.AWS_SECRET_ACCESS_KEY, session.sessionToken]) expect(shown).not.toContain(secret)
  })
})

describe('S3 credentials stay secret', () => {
  let world: World
  let server: S3Server
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1)] })
    server = await startS3Server()
  })
  afterAll(async () => {
    await server.close()
    await world.close()
  })

  it('never prints, outputs, summarises, records or archives the secret key or session token', async () => {
    const env = { ...server.env(), AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEXAMPLESESSIONTOKENvalue0123456789' }
    const client = new S3Client({
      endpoint: server.url,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! }
    })
    await client.send(new CreateBucketCommand({ Bucket: 'secret-cache' }))
    const metricsFile = path.join(world.base, 'secret-metrics.json')
    const inputs = { 'cache-url': 's3://secret-cache/x', 's3-endpoint': server.url, 'metrics-file': metricsFile, history: 'true' }
    const r = await world.run({ inputs, env })
    expect(r.main.exitCode).toBe(0)
    const secrets = [env.AWS_SECRET_ACCESS_KEY!, env.AWS_SESSION_TOKEN]
    const objects = (await client.send(new ListObjectsV2Command({ Bucket: 'secret-cache' }))).Contents ?? []
    expect(objects.length).toBeGreaterThanOrEqual(2)
    // Module archives (a skippable frame, then zstd streams of tar) and the history are zstd:
    // their plain content is what could leak. The zstd tool reads every frame.
    const stored = await Promise.all(
      objects.map(async (o, i) => {
        const file = path.join(world.base, `object-${i}.zst`)
        await writeFile(file, Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: 'secret-cache', Key: o.Key! }))).Body!.transformToByteArray()))
        return unzstd(file)
      })
    )
    const places: Record<string, string> = {
      main: r.main.stdout.replace(/^::add-mask::.*$/gm, '') + r.main.stderr,
      post: (r.post?.stdout ?? '').replace(/^::add-mask::.*$/gm, '') + (r.post?.stderr ?? ''),
      outputs: JSON.stringify(r.outputs),
      summary: r.summary,
      metrics: await readFile(metricsFile, 'utf8'),
      state: JSON.stringify(r.state),
      objects: Buffer.concat(stored).toString('latin1')
    }
    for (const [where, text] of Object.entries(places)) {
      expect({ where, leaks: secrets.filter((s) => text.includes(s)) }).toEqual({ where, leaks: [] })
    }
    // Masked, so the runner would blot them out of anything a later step prints.
    for (const s of secrets) expect(r.main.stdout).toContain(`::add-mask::${s}`)
    expect(stored.some((b) => b.toString('latin1').includes('example.com/fixture/m001@v1.0.0'))).toBe(true)
  })
})

describe('a shared directory kept to cache-max-size', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld({ modules: [v(1), v(2)] })
  })
  afterAll(() => world.close())

  it('evicts the least recently restored entry after a save, and keeps the one just saved', async () => {
    const root = path.join(world.base, 'small-cache')
    const inputs = (prefix: string, max: string) => ({ 'cache-url': root, 'key-prefix': prefix, 'background-save': 'false', 'cache-max-size': max })
    const files = async () =>
      (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => decodeURIComponent(e.name))

    await world.emptyModCache()
    const first = await world.run({ inputs: inputs('first', '10GB') })
    const size = Number(first.outputs['cache-size-bytes'])
    expect(size).toBeGreaterThan(0)
    await world.emptyModCache()
    const second = await world.run({ inputs: inputs('second', '10GB') })
    expect((await files()).sort()).toEqual([first.outputs['cache-primary-key']!, second.outputs['cache-primary-key']!].map(foldKey).sort())

    // The first entry is restored, so the second is now the least recently used.
    await world.emptyModCache()
    expect((await world.run({ inputs: inputs('first', '10GB') })).outputs['cache-state']).toBe('hit')
    // Room for two entries: the third save evicts one, the least recently used.
    await world.emptyModCache()
    const third = await world.run({ inputs: inputs('third', String(Math.floor(size * 2.5))) })
    expect(third.main.exitCode).toBe(0)
    expect((await files()).sort()).toEqual([first.outputs['cache-primary-key']!, third.outputs['cache-primary-key']!].map(foldKey).sort())
    expect(third.main.stdout.split('\n').filter((l) => l.startsWith('::warning'))).toEqual([])
  })
})
