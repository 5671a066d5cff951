// S3-compatible storage on 127.0.0.1 for the tests: gofakes3 (github.com/johannesboyne/gofakes3,
// MIT), a real S3 server in one Go binary, spoken to by the real AWS SDK. Buckets are created
// explicitly (no -autobucket), so a missing bucket fails as it does on AWS. gofakes3 checks no
// credentials, no signatures and no region: any access key works (s3-auth.ts puts a front before
// it that checks them as AWS does). It does honour If-None-Match: * on PutObject (412), not on multipart completions.
// The binary is the one tools.ts names ($GOFAKES3, else the one `npm test` builds into .tmp/tools).
//
// startS3Proxy puts a logging reverse proxy in front of a server, which can also cut object
// downloads short: the request log shows what a client sent, the cuts what it makes of a body
// that ends early.
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { findTool } from './tools.ts'

/** Test credentials: gofakes3 accepts any, these are distinctive enough to find in a leak. */
export const TEST_ACCESS_KEY_ID = 'AKIAGOFAKES3TESTKEY01'
export const TEST_SECRET_ACCESS_KEY = 'gofakes3/Test+Secret/Key0123456789abcdefEXAMPLE'

/** A type, not an interface: it spreads into other environments and passes as a Record<string, string>. */
export type S3Env = {
  AWS_ACCESS_KEY_ID: string
  AWS_SECRET_ACCESS_KEY: string
  AWS_REGION: string
  AWS_CONFIG_FILE: string
  AWS_SHARED_CREDENTIALS_FILE: string
  AWS_EC2_METADATA_DISABLED: string
}

export interface S3ServerOptions {
  /** memory (default) loses everything on stop(); fs keeps the buckets in a temp dir across stop() and start(). */
  backend?: 'memory' | 'fs'
}

export interface S3Server {
  /** http://127.0.0.1:<port>, the endpoint (path-style addressing). */
  url: string
  port: number
  /**
   * The AWS_* environment of a client of this server: test credentials, a region, and the shared
   * config files and the instance metadata service turned off, so nothing of the machine's is used.
   * The endpoint is not in it: it is given as the endpoint (s3-endpoint) itself.
   */
  env(): S3Env
  /** A client for setting up and inspecting (path style, the test credentials). */
  client(): S3Client
  createBucket(name: string): Promise<void>
  /** Stops the server (the endpoint then refuses connections); start() brings it back on the same port. */
  stop(): Promise<void>
  start(): Promise<void>
  close(): Promise<void>
}

/** A port free a moment ago; the caller retries when someone takes it first. */
async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** Whether the server answers an S3 request (ListBuckets) on the port. */
async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', timeout: 1000 }, (res) => {
      res.resume()
      resolve(res.statusCode !== undefined && res.statusCode < 500)
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(false))
  })
}

interface Running {
  child: ChildProcess
  exited: Promise<void>
}

/** Starts gofakes3 on the port and waits until it answers; undefined when it exits first (the port taken). */
async function launch(binary: string, port: number, args: string[]): Promise<{ running?: Running; output: string }> {
  const child = spawn(binary, ['-host', `127.0.0.1:${port}`, '-quiet', ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
  let output = ''
  child.stderr!.setEncoding('utf8').on('data', (s: string) => {
    output = (output + s).slice(-4000)
  })
  let gone = false
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      gone = true
      resolve()
    })
    child.once('error', (err) => {
      output += String(err)
      gone = true
      resolve()
    })
  })
  const deadline = Date.now() + 15_000
  while (!gone && Date.now() < deadline) {
    if (await answers(port)) return { running: { child, exited }, output }
    await sleep(50)
  }
  if (!gone) child.kill('SIGKILL')
  await exited
  return { output }
}

export async function startS3Server(options: S3ServerOptions = {}): Promise<S3Server> {
  const binary = findTool('gofakes3')
  const backend = options.backend ?? 'memory'
  const dir = backend === 'fs' ? await mkdtemp(path.join(tmpdir(), 'gofakes3-')) : undefined
  const args = dir === undefined ? ['-backend', 'memory'] : ['-backend', 'fs', '-fs.path', dir, '-fs.create']

  let running: Running | undefined
  let port = 0
  let output = ''
  for (let attempt = 0; attempt < 5 && running === undefined; attempt++) {
    port = await freePort()
    ;({ running, output } = await launch(binary, port, args))
  }
  if (running === undefined) {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
    throw new Error(`gofakes3 (${binary}) did not start: ${output.trim() || 'no output'}`)
  }
  const url = `http://127.0.0.1:${port}`
  const env = (): S3Env => ({
    AWS_ACCESS_KEY_ID: TEST_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: TEST_SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: path.join(tmpdir(), 'gofakes3-no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(tmpdir(), 'gofakes3-no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true'
  })
  const clients: S3Client[] = []
  const client = () => {
    const c = new S3Client({
      endpoint: url,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: TEST_ACCESS_KEY_ID, secretAccessKey: TEST_SECRET_ACCESS_KEY }
    })
    clients.push(c)
    return c
  }
  let setup: S3Client | undefined
  const stop = async () => {
    const r = running
    running = undefined
    if (r === undefined) return
    r.child.kill('SIGTERM')
    await r.exited
  }
  return {
    url,
    port,
    env,
    client,
    async createBucket(name) {
      await (setup ??= client()).send(new CreateBucketCommand({ Bucket: name }))
    },
    stop,
    async start() {
      if (running !== undefined) return
      // The port was ours until a moment ago; another process may hold it briefly.
      for (let attempt = 0; attempt < 20 && running === undefined; attempt++) {
        ;({ running, output } = await launch(binary, port, args))
        if (running === undefined) await sleep(100)
      }
      if (running === undefined) throw new Error(`gofakes3 did not restart on port ${port}: ${output.trim() || 'no output'}`)
    },
    async close() {
      for (const c of clients) c.destroy()
      await stop()
      if (dir !== undefined) await rm(dir, { recursive: true, force: true })
    }
  }
}

/** What the proxy does to the body of an object download (a GET whose path has a key). */
export type Cut =
  /** Pass it on. */
  | 'none'
  /** Send the headers as they are (Content-Length of the whole object), half the body, then drop the connection. */
  | 'drop'
  /** Answer with half the body and a Content-Length that says so: a short but well-formed answer. */
  | 'shorten'

export interface S3ProxyRequest {
  method: string
  /** Path and query, as sent. */
  url: string
}

export interface S3Proxy {
  /** http://127.0.0.1:<port>, to use as the endpoint in place of the server's. */
  url: string
  /** Every request, in arrival order. */
  log: S3ProxyRequest[]
  setCut(cut: Cut): void
  close(): Promise<void>
}

/** Object downloads: GET /bucket/key (path style), not a bucket listing (GET /bucket?list-type=2). */
function isObjectGet(method: string, url: string): boolean {
  const pathname = url.split('?')[0] ?? ''
  return method === 'GET' && /^\/[^/]+\/.+/.test(pathname)
}

/** A reverse proxy on 127.0.0.1 in front of target (an S3 server's URL) that logs and can cut downloads. */
export async function startS3Proxy(target: string, cut: Cut = 'none'): Promise<S3Proxy> {
  const upstream = new URL(target)
  const log: S3ProxyRequest[] = []
  const server = http.createServer((req, res) => {
    log.push({ method: req.method ?? '', url: req.url ?? '' })
    const cutThis = cut !== 'none' && isObjectGet(req.method ?? '', req.url ?? '')
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const length = Number(answer.headers['content-length'] ?? NaN)
        // Whole objects (200) and ranges of them (206) alike.
        if (!cutThis || (answer.statusCode !== 200 && answer.statusCode !== 206) || !Number.isFinite(length) || length < 2) {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
          return
        }
        const keep = Math.floor(length / 2)
        const headers = { ...answer.headers, ...(cut === 'shorten' ? { 'content-length': String(keep) } : {}) }
        res.writeHead(answer.statusCode, headers)
        let sent = 0
        answer.on('data', (chunk: Buffer) => {
          if (sent >= keep) return
          const part = chunk.subarray(0, keep - sent)
          sent += part.length
          if (sent < keep) {
            res.write(part)
            return
          }
          answer.destroy()
          if (cut === 'shorten') res.end(part)
          // Let the half go out, then drop the connection in the middle of the declared body.
          else res.write(part, () => res.socket?.destroy())
        })
      }
    )
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end()
      else res.destroy()
    })
    req.pipe(forward)
  })
  return {
    ...(await listenOnLoopback(server)),
    log,
    setCut(next) {
      cut = next
    }
  }
}

/** Serves on a free port of 127.0.0.1; close() drops the connections still open, then stops. */
export async function listenOnLoopback(server: http.Server): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>()
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
