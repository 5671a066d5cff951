// The S3 backend, with the real AWS SDK, against a server that checks credentials as AWS does (a
// SigV4-checking front before gofakes3): a HEAD refused for a wrong secret, key id, token or
// region comes back with no body, and the reason given on restore and on save still names
// what to change.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { CacheBackend, Fetched } from '../../src/cache/backend.ts'
import { s3Backend } from '../../src/cache/s3.ts'
import { PART_SIZE, type S3Config } from '../../src/cache/s3config.ts'
import { readBytes } from '../../src/cache/source.ts'
import { describeS3Error, isUnexplained } from '../../src/cache/s3errors.ts'
import { startS3AuthFront, type S3AuthFront } from '../support/s3-auth.ts'
import { startS3Server, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, type S3Server } from '../support/s3-server.ts'

const ENTRY = 'modules-v1'
const SESSION = {
  accessKeyId: 'ASIAEXPIREDSESSION001',
  secretAccessKey: 'session/Secret+Key0123456789abcdefEXAMPLE',
  sessionToken: 'FwoGZXIvYXdzEXPIREDSESSIONTOKENvalue0123456789',
  expiresAt: new Date(Date.now() - 60_000)
}
const WRONG_SECRET = 'wrong/Secret+Key0123456789abcdefghEXAMPLE'
const SECRETS = [TEST_SECRET_ACCESS_KEY, SESSION.secretAccessKey, SESSION.sessionToken, WRONG_SECRET, 'FwoGZXIvYXdzNOTTHETOKENvalue0123456789']

let server: S3Server
let front: S3AuthFront
let scratch: string
let savedEnv: NodeJS.ProcessEnv

beforeAll(async () => {
  server = await startS3Server()
  await server.createBucket('go-cache')
  await server.createBucket('eu-cache')
  front = await startS3AuthFront(server.url, {
    identities: [{ accessKeyId: TEST_ACCESS_KEY_ID, secretAccessKey: TEST_SECRET_ACCESS_KEY }, SESSION],
    bucketRegions: { 'eu-cache': 'eu-west-1' }
  })
  scratch = await mkdtemp(path.join(os.tmpdir(), 's3-auth-'))
  savedEnv = { ...process.env }
})

afterAll(async () => {
  process.env = savedEnv
  await front?.close()
  await server?.close()
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true })
})

/**
 * A backend whose SDK finds these credentials: its default chain reads process.env, as in the
 * action. Each backend has a client of its own, which reads them on its first request.
 */
function backendWith(credentials: Record<string, string>, config: Partial<S3Config> = {}): CacheBackend {
  for (const name of ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_S3', 'HTTP_PROXY', 'http_proxy']) delete process.env[name]
  Object.assign(process.env, server.env(), credentials)
  return s3Backend({ bucket: 'go-cache', prefix: 'fleet', endpoint: front.url, pathStyle: true, ...config }, { ...process.env }, scratch)
}

async function staged(backend: CacheBackend, bytes: number): Promise<string> {
  const file = await backend.stagingFile(ENTRY)
  await writeFile(file, randomBytes(bytes))
  return file
}

function whyOf(fetched: Fetched): string {
  if (fetched.outcome !== 'service-failed') throw new Error(`expected a service failure, got ${JSON.stringify(fetched)}`)
  return fetched.why
}

describe('the S3 backend against a server that checks signatures', () => {
  it('saves and restores with the right credentials, in one PUT and in parts', async () => {
    const backend = backendWith({})
    for (const [key, bytes] of [['small', 1000], ['large', PART_SIZE + 1024]] as const) {
      const file = await staged(backend, bytes)
      expect(await backend.save(ENTRY, key, file)).toEqual({ saved: true, sizeBytes: bytes })
      const fetched = await backend.restore(ENTRY, key, [], 30_000)
      if (fetched.outcome !== 'restored') throw new Error(`not restored: ${JSON.stringify(fetched)}`)
      expect([fetched.matchedKey, (await readBytes(fetched.source, 0, fetched.source.sizeBytes)).length]).toEqual([key, bytes])
      await fetched.source.close()
    }
    expect(front.log.filter((r) => r.code !== undefined)).toEqual([])
  })

  const cases: { what: string; credentials: Record<string, string>; config?: Partial<S3Config>; code: string; headStatus: number; why: RegExp }[] = [
    {
      what: 'a wrong secret key',
      credentials: { AWS_SECRET_ACCESS_KEY: WRONG_SECRET },
      code: 'SignatureDoesNotMatch',
      headStatus: 403,
      why: /^the request signature does not match at http:\/\/127\.0\.0\.1:\d+: check AWS_SECRET_ACCESS_KEY$/
    },
    {
      what: 'an unknown access key id',
      credentials: { AWS_ACCESS_KEY_ID: 'AKIANOTKNOWNANYWHERE1' },
      code: 'InvalidAccessKeyId',
      headStatus: 403,
      why: /^the AWS access key id is not known at http:\/\/127\.0\.0\.1:\d+: check AWS_ACCESS_KEY_ID$/
    },
    {
      what: 'an expired session token',
      credentials: { AWS_ACCESS_KEY_ID: SESSION.accessKeyId, AWS_SECRET_ACCESS_KEY: SESSION.secretAccessKey, AWS_SESSION_TOKEN: SESSION.sessionToken },
      code: 'ExpiredToken',
      headStatus: 400,
      why: /^the AWS session token has expired: renew the credentials \(AWS_SESSION_TOKEN/
    },
    {
      what: 'a session token that is not the key\'s',
      credentials: { AWS_ACCESS_KEY_ID: SESSION.accessKeyId, AWS_SECRET_ACCESS_KEY: SESSION.secretAccessKey, AWS_SESSION_TOKEN: 'FwoGZXIvYXdzNOTTHETOKENvalue0123456789' },
      code: 'InvalidToken',
      headStatus: 400,
      why: /^the AWS session token is not valid: check AWS_SESSION_TOKEN$/
    },
    {
      what: 'a bucket of another region',
      credentials: {},
      config: { bucket: 'eu-cache', region: 'us-east-2' },
      code: 'AuthorizationHeaderMalformed',
      headStatus: 400,
      why: /^the bucket eu-cache is in another region \(eu-west-1\) than us-east-2: set s3-region \(or AWS_REGION\) to eu-west-1$/
    }
  ]

  it.each(cases)('names $what on restore and on save, though the HEAD answer has no body', async ({ credentials, config, code, headStatus, why }) => {
    const backend = backendWith(credentials, config)
    const from = front.log.length
    const reason = whyOf(await backend.restore(ENTRY, 'go-mod-abc', ['go-mod-'], 30_000))
    expect(reason).toMatch(why)
    // The HEAD was refused as AWS refuses it, and the listing after it told the code.
    expect(front.log.slice(from).map((r) => [r.method, r.status, r.code])).toEqual([
      ['HEAD', headStatus, code],
      ['GET', headStatus, code]
    ])
    const stored = await backend.save(ENTRY, 'go-mod-abc', await staged(backend, 100))
    expect(stored).toMatchObject({ saved: false, failed: true })
    expect(stored.skipped).toMatch(why)
    for (const text of [reason, stored.skipped!, backend.name]) for (const s of SECRETS) expect(text).not.toContain(s)
  })

  it('names a bucket that does not exist', async () => {
    const backend = backendWith({}, { bucket: 'no-such-bucket' })
    const why = /^the bucket no-such-bucket does not exist at http:\/\/127\.0\.0\.1:\d+: check the bucket in cache-url, or create it$/
    expect(whyOf(await backend.restore(ENTRY, 'go-mod-abc', [], 30_000))).toMatch(why)
    expect((await backend.save(ENTRY, 'go-mod-abc', await staged(backend, 100))).skipped).toMatch(why)
  })
})

describe('a refusal without its code', () => {
  const service = (name: string, status: number, headers: Record<string, string> = {}) =>
    Object.assign(new Error('UnknownError'), { name, $metadata: { httpStatusCode: status }, $response: { headers } })
  const ctx = { bucket: 'go-cache', endpoint: 'https://s3.us-east-1.amazonaws.com', region: 'us-east-1' }

  it('is a bare 301, 400 or 403, not a coded error or a missing key', () => {
    expect([service('Unknown', 403), service('Unknown', 400), service('Unknown', 301), service('403', 403)].map(isUnexplained)).toEqual([true, true, true, true])
    expect([service('SignatureDoesNotMatch', 403), service('NotFound', 404), service('Unknown', 500)].map(isUnexplained)).toEqual([false, false, false])
  })

  it('names the region AWS gives in x-amz-bucket-region, when that is all there is', () => {
    expect(describeS3Error(service('Unknown', 400, { 'x-amz-bucket-region': 'ap-south-1' }), ctx)).toBe(
      'the bucket go-cache is in another region (ap-south-1) than us-east-1: set s3-region (or AWS_REGION) to ap-south-1'
    )
    expect(describeS3Error(service('Unknown', 301), ctx)).toBe(
      "the bucket go-cache is in another region than us-east-1: set s3-region (or AWS_REGION) to the bucket's region"
    )
  })
})
