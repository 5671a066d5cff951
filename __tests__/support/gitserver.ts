// A private git host on 127.0.0.1 over HTTPS, the way go meets one: `GET /<path>?go-get=1` answers
// a go-import meta tag to anyone, and git's smart HTTP protocol is served by the real
// `git http-backend` CGI behind HTTP Basic auth. Every request is logged with the Authorization
// header it carried, so a test can tell exactly where a token went.
import { execFile, spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import https from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { makeSelfSignedCert } from './tls.ts'

const GIT = '/usr/bin/git'
const run = promisify(execFile)

export interface GitRequestLog {
  method: string
  /** The decoded URL path, e.g. /team/lib/info/refs */
  path: string
  /** The query string without '?', e.g. service=git-upload-pack or go-get=1 */
  query: string
  /** The Host header, as the client sent it. */
  host: string
  /** What the request's credentials were worth; go-get requests are answered whatever they are. */
  auth: 'none' | 'valid' | 'invalid'
  /** The Authorization header exactly as received, when there was one. */
  authorization?: string
  status: number
}

export interface GitServerOptions {
  /** The host name clients use; the certificate is made for it (and for 127.0.0.1). */
  host: string
  /** Directory of bare repositories by URL path: <root>/team/lib answers https://host/team/lib. */
  root: string
  /** The Basic auth credentials git must send. */
  user: string
  token: string
  /** 443 inside a network namespace, so that module paths need no port; default: any free port. */
  port?: number
}

export interface GitServer {
  /** https://host (or https://host:port when the port is not 443). */
  url: string
  port: number
  /** The self-signed certificate (PEM): SSL_CERT_FILE for go, GIT_SSL_CAINFO for git. */
  caCertPath: string
  /** Every request, in arrival order; cleared in place by clearRequests. */
  requests: GitRequestLog[]
  clearRequests(): void
  close(): Promise<void>
}

/** The environment of every git command the fixtures run: nothing from the machine's or user's config. */
export function hermeticGitEnv(home: string): Record<string, string> {
  return {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Fixture Author',
    GIT_AUTHOR_EMAIL: 'author@corp.test',
    GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
    GIT_COMMITTER_NAME: 'Fixture Committer',
    GIT_COMMITTER_EMAIL: 'committer@corp.test',
    GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z'
  }
}

export interface RepoModule {
  /** The module path, e.g. git.corp.test/team/lib. */
  modulePath: string
  /** The repository's path under the server root, e.g. team/lib. */
  repoPath: string
  /** Tags, in order; each commit changes lib.go so every tag names a different tree. */
  versions: string[]
}

/**
 * Builds a bare repository holding a Go module at its root, one commit and tag per version, with
 * fixed author, committer and dates: the same input gives the same commit hashes (and go.sum lines).
 */
export async function createModuleRepo(root: string, mod: RepoModule): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'gitserver-work-'))
  const env = hermeticGitEnv(work)
  const git = (args: string[], cwd: string) => run(GIT, args, { cwd, env })
  try {
    const tree = join(work, 'tree')
    await mkdir(tree)
    await git(['init', '-q', '-b', 'main', tree], work)
    const pkg = mod.modulePath.split('/').at(-1)!.replace(/[^a-z0-9_]/g, '_')
    await writeFile(join(tree, 'go.mod'), `module ${mod.modulePath}\n\ngo 1.22\n`)
    for (const version of mod.versions) {
      await writeFile(
        join(tree, `${pkg}.go`),
        `// Package ${pkg} is a private fixture module.\npackage ${pkg}\n\n` +
          `// Version reports the module version this package was built from.\n` +
          `func Version() string {\n\treturn ${JSON.stringify(`${mod.modulePath}@${version}`)}\n}\n`
      )
      await git(['add', '-A'], tree)
      await git(['commit', '-q', '-m', `${mod.modulePath} ${version}`], tree)
      await git(['tag', version], tree)
    }
    const bare = join(root, mod.repoPath)
    await mkdir(dirname(bare), { recursive: true })
    await git(['clone', '-q', '--bare', tree, bare], work)
    return bare
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}


function basic(user: string, token: string): string {
  return `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`
}

async function isBareRepo(dir: string): Promise<boolean> {
  return stat(join(dir, 'HEAD')).then(
    (s) => s.isFile(),
    () => false
  )
}

/** The repository a URL path is under (longest prefix that is a bare repository), if any. */
async function repoOf(root: string, path: string): Promise<string | undefined> {
  const elems = path.split('/').filter((e) => e !== '' && e !== '.' && e !== '..')
  for (let n = elems.length; n > 0; n--) {
    const candidate = '/' + elems.slice(0, n).join('/')
    if (await isBareRepo(join(root, candidate))) return candidate
  }
  return undefined
}

function goImportPage(importPrefix: string, repoUrl: string): string {
  const content = `${importPrefix} git ${repoUrl}`
  return `<!DOCTYPE html>\n<html><head>\n<meta name="go-import" content="${content}">\n</head><body>go get ${importPrefix}</body></html>\n`
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

interface CgiReply {
  status: number
  headers: Record<string, string>
  body: Buffer
}

/** Runs `git http-backend` for one request and parses its CGI answer. */
function httpBackend(root: string, req: IncomingMessage, path: string, query: string, user: string, body: Buffer): Promise<CgiReply> {
  const header = (name: string) => {
    const v = req.headers[name]
    return Array.isArray(v) ? v.join(', ') : (v ?? '')
  }
  const env: Record<string, string> = {
    ...hermeticGitEnv(root),
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: path,
    QUERY_STRING: query,
    REQUEST_METHOD: req.method ?? 'GET',
    CONTENT_TYPE: header('content-type'),
    REMOTE_USER: user,
    REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
    GATEWAY_INTERFACE: 'CGI/1.1',
    SERVER_PROTOCOL: `HTTP/${req.httpVersion}`,
    // Protocol v2 is asked for with this header; http-backend reads it from the environment.
    HTTP_GIT_PROTOCOL: header('git-protocol'),
    HTTP_CONTENT_ENCODING: header('content-encoding')
  }
  if (req.method === 'POST') env.CONTENT_LENGTH = String(body.length)
  return new Promise((resolve, reject) => {
    const child = spawn(GIT, ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.stdin.on('error', () => {}) // http-backend may answer (and exit) before reading everything
    child.stdin.end(body)
    child.on('close', (code) => {
      const raw = Buffer.concat(out)
      const end = raw.indexOf('\r\n\r\n')
      if (end < 0) {
        resolve({ status: 500, headers: { 'content-type': 'text/plain' }, body: Buffer.from(`http-backend exited ${code}: ${stderr}\n`) })
        return
      }
      const headers: Record<string, string> = {}
      let status = 200
      for (const line of raw.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':')
        if (colon < 0) continue
        const name = line.slice(0, colon).trim().toLowerCase()
        const value = line.slice(colon + 1).trim()
        if (name === 'status') status = Number.parseInt(value, 10)
        else headers[name] = value
      }
      resolve({ status, headers, body: raw.subarray(end + 4) })
    })
  })
}

/** Starts the git host on 127.0.0.1 serving the bare repositories under options.root. */
export async function startGitServer(options: GitServerOptions): Promise<GitServer> {
  const tls = await makeSelfSignedCert([options.host])
  const requests: GitRequestLog[] = []
  const sockets = new Set<Socket>()
  const expected = basic(options.user, options.token)
  let url = ''

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = new URL(req.url ?? '/', 'https://placeholder')
    const path = decodeURIComponent(target.pathname)
    const query = target.search.replace(/^\?/, '')
    const authorization = req.headers.authorization
    const auth: GitRequestLog['auth'] = authorization === undefined ? 'none' : authorization === expected ? 'valid' : 'invalid'
    const answer = (status: number, headers: Record<string, string>, body: Buffer | string): void => {
      requests.push({
        method: req.method ?? 'GET',
        path,
        query,
        host: req.headers.host ?? '',
        auth,
        ...(authorization === undefined ? {} : { authorization }),
        status
      })
      res.writeHead(status, headers)
      res.end(body)
    }
    const body = await readBody(req)
    const repo = await repoOf(options.root, path)

    if (target.searchParams.get('go-get') === '1') {
      if (repo === undefined) {
        answer(404, { 'content-type': 'text/plain' }, 'no such repository\n')
        return
      }
      const importPrefix = new URL(url).host + repo
      answer(200, { 'content-type': 'text/html; charset=utf-8' }, goImportPage(importPrefix, url + repo))
      return
    }
    if (auth === 'none') {
      answer(401, { 'www-authenticate': `Basic realm="${options.host}"`, 'content-type': 'text/plain' }, 'authentication required\n')
      return
    }
    if (auth === 'invalid') {
      answer(403, { 'content-type': 'text/plain' }, 'bad credentials\n')
      return
    }
    if (repo === undefined) {
      answer(404, { 'content-type': 'text/plain' }, 'no such repository\n')
      return
    }
    const reply = await httpBackend(options.root, req, path, query, options.user, body)
    answer(reply.status, reply.headers, reply.body)
  }

  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(`git server failed: ${String(err)}\n`)
    })
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
  })
  // A client that does not trust the certificate is an outcome a test may want to see.
  server.on('tlsClientError', () => {})
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  url = port === 443 ? `https://${options.host}` : `https://${options.host}:${port}`

  return {
    url,
    port,
    caCertPath: tls.certPath,
    requests,
    clearRequests: () => {
      requests.length = 0
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      for (const socket of sockets) socket.destroy()
      await closed
      await rm(tls.dir, { recursive: true, force: true })
    }
  }
}
