// An S3 front on 127.0.0.1 that checks requests as AWS does, for gofakes3, which checks none:
// a SigV4 signature recomputed with the secret of the access key id (@smithy/signature-v4, the
// AWS SDK's own signer), the region in the credential scope against the bucket's, and the expiry
// of a session token. A refusal is answered as AWS answers it: an XML <Error> with Code and
// Message (and the details AWS adds: the key id, the expected region, the expired token itself),
// and for a HEAD the same status with no body at all, so a client learns only the status there.
//
//   InvalidAccessKeyId           403  the key id is not known
//   SignatureDoesNotMatch        403  the signature is not the one the key's secret gives
//   ExpiredToken                 400  the session token is past its expiry
//   InvalidToken                 400  the key needs a session token and got none or another
//   AuthorizationHeaderMalformed 400  the scope names another region than the bucket's
//                                     (with x-amz-bucket-region, as AWS sends it)
//   AccessDenied                 403  no Authorization header at all
//
// The payload hash is taken as signed (x-amz-content-sha256), not checked against the body.
import { SignatureV4 } from '@smithy/signature-v4'
import type { SourceData } from '@smithy/types'
import { createHash, createHmac, randomBytes } from 'node:crypto'
import http from 'node:http'
import { listenOnLoopback } from './s3-server.ts'

export interface S3Identity {
  accessKeyId: string
  secretAccessKey: string
  /** Temporary credentials: requests must carry this token (x-amz-security-token). */
  sessionToken?: string
  /** When the session token stops being accepted. */
  expiresAt?: Date
}

export interface S3AuthOptions {
  identities: S3Identity[]
  /** The region of each bucket; a bucket not listed is in us-east-1. */
  bucketRegions?: Record<string, string>
}

export interface S3AuthRequest {
  method: string
  /** Path and query, as sent. */
  url: string
  status: number
  /** The error code of a refusal; undefined for what was passed on. */
  code?: string
}

export interface S3AuthFront {
  /** http://127.0.0.1:<port>, the endpoint to give clients (path style). */
  url: string
  log: S3AuthRequest[]
  close(): Promise<void>
}

function bytes(data: SourceData): string | Uint8Array {
  return typeof data === 'string' ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data)
}

/** SHA-256, and HMAC-SHA256 when given a key: the hash the signer is built with. */
class Sha256 {
  private readonly hash
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret))
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data))
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest())
  }
}

interface Refusal {
  status: number
  code: string
  message: string
  /** More elements of the <Error>, as AWS adds them. */
  details?: Record<string, string>
  headers?: Record<string, string>
}

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** 20260101T120000Z → the Date. */
function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)
  return m === null ? undefined : new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!))
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(',') : value
}

/** What AWS would refuse this request for, or undefined when it passes. */
async function check(req: http.IncomingMessage, options: S3AuthOptions): Promise<Refusal | undefined> {
  const auth = header(req, 'authorization')
  if (auth === undefined) return { status: 403, code: 'AccessDenied', message: 'Access Denied' }
  const m = AUTHORIZATION.exec(auth)
  if (m === null) return { status: 400, code: 'AuthorizationHeaderMalformed', message: 'The authorization header is malformed.' }
  const [, keyId, , region, service, signedHeaders, signature] = m as unknown as [string, string, string, string, string, string, string]
  const target = new URL(req.url ?? '/', 'http://s3.invalid')
  const bucket = decodeURIComponent(target.pathname.split('/')[1] ?? '')
  const expected = options.bucketRegions?.[bucket] ?? 'us-east-1'
  if (bucket !== '' && region !== expected) {
    return {
      status: 400,
      code: 'AuthorizationHeaderMalformed',
      message: `The authorization header is malformed; the region '${region}' is wrong; expecting '${expected}'`,
      details: { Region: expected },
      headers: { 'x-amz-bucket-region': expected }
    }
  }
  const identity = options.identities.find((i) => i.accessKeyId === keyId)
  if (identity === undefined) {
    return { status: 403, code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.', details: { AWSAccessKeyId: keyId } }
  }
  const token = header(req, 'x-amz-security-token')
  if (identity.sessionToken !== undefined) {
    if (token !== identity.sessionToken) return { status: 400, code: 'InvalidToken', message: 'The provided token is malformed or otherwise invalid.' }
    if (identity.expiresAt !== undefined && identity.expiresAt.getTime() <= Date.now()) {
      return { status: 400, code: 'ExpiredToken', message: 'The provided token has expired.', details: { 'Token-0': token } }
    }
  }
  const signingDate = parseAmzDate(header(req, 'x-amz-date') ?? '')
  const names = signedHeaders.split(';')
  const headers: Record<string, string> = {}
  for (const name of names) headers[name] = header(req, name) ?? ''
  const query: Record<string, string | string[]> = {}
  for (const [name, value] of target.searchParams) {
    const had = query[name]
    query[name] = had === undefined ? value : [...(Array.isArray(had) ? had : [had]), value]
  }
  const signer = new SignatureV4({
    credentials: { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey, ...(token === undefined ? {} : { sessionToken: token }) },
    region,
    service,
    sha256: Sha256,
    // S3 signs the path as sent, without encoding it again.
    uriEscapePath: false
  })
  const [host, port] = (headers.host ?? '').split(':')
  const signed = await signer.sign(
    { method: req.method ?? 'GET', protocol: 'http:', hostname: host ?? '', ...(port ? { port: Number(port) } : {}), path: target.pathname, query, headers },
    { signingDate: signingDate ?? new Date(0), signableHeaders: new Set(names) }
  )
  const recomputed = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1]
  if (signingDate === undefined || recomputed !== signature) {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      details: { AWSAccessKeyId: keyId, SignatureProvided: signature }
    }
  }
  return undefined
}

/** Answers a refusal as AWS does: XML for a request that may have a body, only the status for a HEAD. */
function refuse(req: http.IncomingMessage, res: http.ServerResponse, refusal: Refusal): void {
  const requestId = randomBytes(8).toString('hex').toUpperCase()
  const headers = { 'content-type': 'application/xml', 'x-amz-request-id': requestId, 'x-amz-id-2': randomBytes(24).toString('base64'), ...refusal.headers }
  if (req.method === 'HEAD') {
    res.writeHead(refusal.status, headers).end()
    return
  }
  const details = Object.entries(refusal.details ?? {})
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join('')
  res
    .writeHead(refusal.status, headers)
    .end(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>${escapeXml(refusal.message)}</Message>${details}<RequestId>${requestId}</RequestId></Error>`
    )
}

/** Starts the front before target (an S3 server's URL, path style). */
export async function startS3AuthFront(target: string, options: S3AuthOptions): Promise<S3AuthFront> {
  const upstream = new URL(target)
  const log: S3AuthRequest[] = []
  const server = http.createServer((req, res) => {
    const entry: S3AuthRequest = { method: req.method ?? '', url: req.url ?? '', status: 0 }
    log.push(entry)
    check(req, options).then(
      (refusal) => {
        if (refusal !== undefined) {
          Object.assign(entry, { status: refusal.status, code: refusal.code })
          req.resume()
          refuse(req, res, refusal)
          return
        }
        const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
          entry.status = answer.statusCode ?? 502
          res.writeHead(entry.status, answer.headers)
          answer.pipe(res)
        })
        forward.on('error', () => {
          if (!res.headersSent) res.writeHead(502).end()
          else res.destroy()
        })
        req.pipe(forward)
      },
      (err: unknown) => {
        entry.status = 500
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err))
      }
    )
  })
  return { ...(await listenOnLoopback(server)), log }
}
