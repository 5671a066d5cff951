// The S3 service's errors in plain words: what failed and what to change (which variable, which
// input), never with a credential in it. S3 refuses a HEAD with a bare status (a HEAD answer has
// no body), so explainHead asks once more, with a request whose refusal carries the code.
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import type { Env } from '../net/platform.ts'
import { unresolvedHost } from './dns.ts'

/** The credentials in the environment: masked in the log, and never part of a reason given. */
export const SECRET_VARIABLES = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_ACCESS_KEY_ID'] as const

/** What an error message of ours may show: the configured credentials (and proxy passwords) replaced by ***. */
export function redactor(env: Env): (text: string) => string {
  const proxies = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].map((name) => URL.parse(env[name] ?? ''))
  const proxyPasswords = proxies.flatMap((url) => (url?.password ? [url.password, decodeURIComponent(url.password)] : []))
  const secrets = [...SECRET_VARIABLES.map((name) => env[name] ?? ''), ...proxyPasswords].filter((value) => value.length >= 4)
  return (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text)
}

export interface ErrorContext {
  bucket: string
  /** The endpoint as shown: http://127.0.0.1:9000, or https://s3.eu-west-1.amazonaws.com. */
  endpoint: string
  region?: string
  /** The forward proxy in use, shown without its credentials. */
  proxy?: string
}

export interface ErrorShape {
  name?: string
  message?: string
  code?: string
  hostname?: string
  $metadata?: { httpStatusCode?: number }
  $response?: { headers?: Record<string, string> }
}

export function shapeOf(err: unknown): ErrorShape {
  return typeof err === 'object' && err !== null ? (err as ErrorShape) : { message: String(err) }
}

export function statusOf(err: unknown): number | undefined {
  return shapeOf(err).$metadata?.httpStatusCode
}

/** A 404 without a code of its own (HEAD answers have no body): the object is not there. */
export function isNotFound(err: unknown): boolean {
  const e = shapeOf(err)
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || (statusOf(err) === 404 && e.name !== 'NoSuchBucket')
}

const NETWORK_CODE = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)\b/

/** The SDK's errors in plain words, naming what to check. Never contains a credential. */
export function describeS3Error(err: unknown, ctx: ErrorContext): string {
  const e = shapeOf(err)
  const name = e.name ?? ''
  const message = e.message ?? ''
  // An error of another realm (a vm context) reaches us as the SDK's wrapper of its text only.
  const code = e.code ?? NETWORK_CODE.exec(message)?.[1] ?? ''
  const hostname = e.hostname ?? /getaddrinfo \S+ (\S+)/.exec(message)?.[1]
  const status = statusOf(err)
  const via = ctx.proxy === undefined ? '' : ` (through the proxy ${ctx.proxy})`
  const at = ` at ${ctx.endpoint}`
  // AWS names the bucket's region in a header of its 301 and 400 answers, HEAD answers included.
  const bucketRegion = e.$response?.headers?.['x-amz-bucket-region']
  switch (code) {
    case 'ECONNREFUSED':
      return `connection refused by ${ctx.proxy ?? ctx.endpoint}${ctx.proxy === undefined ? '' : ` (the proxy for ${ctx.endpoint})`}`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${unresolvedHost(hostname ?? URL.parse(ctx.endpoint)?.hostname ?? ctx.endpoint, code)}${via}`
    case 'ECONNRESET':
    case 'EPIPE':
      return `the connection to ${ctx.endpoint} was reset${via}`
    case 'ETIMEDOUT':
      return `${ctx.endpoint} did not answer in time${via}`
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${ctx.endpoint} is unreachable${via}`
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) return `the TLS certificate of ${ctx.endpoint} is not trusted (${code})${via}`
  if (/^ERR_(SSL|TLS)_/.test(code)) return `TLS with ${ctx.endpoint} failed (${code})${via}`
  // Node's proxy agent: a CONNECT the proxy refused; a relayed plain-http request answered 407.
  const tunnel = /Failed to establish tunnel to \S+ via \S+: HTTP\/[\d.]+ (\d{3}) ?(.*)$/.exec(message)
  if (tunnel !== null || status === 407) {
    const proxy = ctx.proxy ?? 'the proxy'
    const variable = ctx.endpoint.startsWith('https:') ? 'HTTPS_PROXY' : 'HTTP_PROXY'
    if (tunnel === null || tunnel[1] === '407') return `the proxy ${proxy} refused the credentials (HTTP 407): check the user and password in ${variable}`
    return `the proxy ${proxy} did not open a tunnel to ${ctx.endpoint} (HTTP ${tunnel[1]}${tunnel[2] ? ` ${tunnel[2]}` : ''})`
  }
  if (name === 'TimeoutError') return `${ctx.endpoint} did not answer in time${via}`
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return 'no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or a role to assume (OIDC web identity)'
  }
  if (/Region is missing/i.test(message)) return `no AWS region for the bucket ${ctx.bucket}: set AWS_REGION`
  switch (name) {
    case 'NoSuchBucket':
      return `the bucket ${ctx.bucket} does not exist${at}: check the bucket in cache-url, or create it`
    case 'InvalidBucketName':
      return `${ctx.bucket} is not a valid bucket name${at}`
    case 'InvalidAccessKeyId':
      return `the AWS access key id is not known${at}: check AWS_ACCESS_KEY_ID`
    case 'SignatureDoesNotMatch':
      return `the request signature does not match${at}: check AWS_SECRET_ACCESS_KEY`
    case 'ExpiredToken':
    case 'TokenRefreshRequired':
      return 'the AWS session token has expired: renew the credentials (AWS_SESSION_TOKEN, the assumed role)'
    case 'InvalidToken':
      return 'the AWS session token is not valid: check AWS_SESSION_TOKEN'
    case 'RequestTimeTooSkewed':
      return `the runner's clock is too far off the time${at}`
    case 'PermanentRedirect':
    case 'AuthorizationHeaderMalformed':
    case 'IllegalLocationConstraintException': {
      return otherRegion(ctx, /expecting '([^']+)'/.exec(message)?.[1] ?? bucketRegion)
    }
    case 'AccessDenied':
    case 'AllAccessDisabled':
    case 'AccountProblem':
      return `access denied to the bucket ${ctx.bucket}${at}: check AWS credentials and the bucket's policy`
    case 'SlowDown':
      return `${ctx.endpoint} is throttling requests (SlowDown)`
  }
  if (status === 403) return `access denied to the bucket ${ctx.bucket}${at}: check AWS credentials and the bucket's policy`
  if (status === 301 || (status === 400 && bucketRegion !== undefined)) return otherRegion(ctx, bucketRegion)
  if (status !== undefined && status >= 500) return `${ctx.endpoint} failed with HTTP ${status}${name && name !== 'UnknownError' ? ` (${name})` : ''}`
  const what = [name && name !== 'Error' && name !== 'UnknownError' ? name : '', message].filter((s) => s !== '').join(': ')
  return `${what || 'an unknown error'}${status === undefined ? '' : ` (HTTP ${status})`}${at}`
}

function otherRegion(ctx: ErrorContext, expected: string | undefined): string {
  const region = expected === undefined ? '' : ` (${expected})`
  return `the bucket ${ctx.bucket} is in another region${region} than ${ctx.region ?? 'the one configured'}: set s3-region (or AWS_REGION) to ${expected ?? "the bucket's region"}`
}

/**
 * A refusal without its code: the SDK names an error it has no code for 'Unknown' (HEAD answers
 * have no body to carry one), and AWS refuses a wrong key, secret, token or region alike with a
 * bare 403 or 400 (301) there.
 */
export function isUnexplained(err: unknown): boolean {
  const status = statusOf(err)
  const name = shapeOf(err).name ?? ''
  return (status === 301 || status === 400 || status === 403) && ['', 'Unknown', 'UnknownError', 'Forbidden', 'BadRequest', String(status)].includes(name)
}

/**
 * The error to describe for a HEAD of key that failed with err: when err carries no code, a
 * listing of the key (one key at most), whose refusal has a body, tells why: the secret, the key
 * id, the token, the region or the bucket. A listing that passes leaves err: the object itself is
 * refused (no s3:GetObject). Never throws.
 */
export async function explainHead(client: S3Client, bucket: string, key: string, err: unknown, abortSignal?: AbortSignal): Promise<unknown> {
  if (!isUnexplained(err)) return err
  try {
    await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 1 }), { abortSignal })
    return err
  } catch (listed) {
    return isUnexplained(listed) || abortSignal?.aborted ? err : listed
  }
}
