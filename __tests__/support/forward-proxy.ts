// An HTTP forward proxy on 127.0.0.1, the kind HTTP_PROXY/HTTPS_PROXY point at: it tunnels
// CONNECT requests (https) and relays absolute-URI requests (plain http), and logs each one.
// It only ever connects to 127.0.0.1: the host names it is given stand for loopback, and any
// other destination is refused with 502, so a test can never reach out through it.
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo, Socket } from 'node:net'

export interface RelayLog {
  method: string
  /** "host:port" for CONNECT, the absolute URL otherwise. */
  target: string
  /** What the proxy answered: 200 for an established tunnel, the origin's status for a relayed request. */
  status: number
  /** The Proxy-Authorization header the client sent, if any. */
  proxyAuthorization?: string
  /** The Authorization header of a relayed request (a tunnel's headers are encrypted). */
  authorization?: string
}

export interface ForwardProxyOptions {
  /** Host names that stand for 127.0.0.1 (besides 127.0.0.1 and localhost themselves). */
  hosts?: readonly string[]
  /** Require these Basic credentials in Proxy-Authorization, answering 407 without them. */
  auth?: { username: string; password: string }
}

export interface ForwardProxy {
  /** http://127.0.0.1:<port>, ready for HTTP_PROXY/HTTPS_PROXY. */
  url: string
  port: number
  /** Every request, in arrival order. */
  log: RelayLog[]
  close(): Promise<void>
}

/** host and port of "host:port" or "[v6]:port". */
function splitAuthority(authority: string, defaultPort: number): { host: string; port: number } {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(authority)
  if (m === null) return { host: authority, port: defaultPort }
  return { host: m[1]!.toLowerCase(), port: m[2] === undefined ? defaultPort : Number(m[2]) }
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const loopbackNames = new Set(['127.0.0.1', 'localhost', ...(options.hosts ?? []).map((h) => h.toLowerCase())])
  const expectedAuth =
    options.auth === undefined ? undefined : 'Basic ' + Buffer.from(`${options.auth.username}:${options.auth.password}`).toString('base64')
  const log: RelayLog[] = []
  const sockets = new Set<Socket>()

  function entry(req: http.IncomingMessage, target: string, status: number): RelayLog {
    const record: RelayLog = { method: req.method ?? '', target, status }
    const proxyAuthorization = req.headers['proxy-authorization']
    if (proxyAuthorization !== undefined) record.proxyAuthorization = proxyAuthorization
    return record
  }

  function authorized(req: http.IncomingMessage): boolean {
    return expectedAuth === undefined || req.headers['proxy-authorization'] === expectedAuth
  }

  const server = http.createServer((req, res) => {
    const url = URL.parse(req.url ?? '')
    if (url === null || url.protocol !== 'http:') {
      log.push(entry(req, req.url ?? '', 400))
      res.writeHead(400).end('a forward proxy needs an absolute http:// URL\n')
      return
    }
    if (!authorized(req)) {
      log.push(entry(req, url.href, 407))
      res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="test"' }).end()
      return
    }
    const { host, port } = splitAuthority(url.host, 80)
    if (!loopbackNames.has(host)) {
      log.push(entry(req, url.href, 502))
      res.writeHead(502).end(`refusing to leave loopback for ${host}\n`)
      return
    }
    const headers = { ...req.headers }
    delete headers['proxy-authorization']
    delete headers['proxy-connection']
    const upstream = http.request(
      { host: '127.0.0.1', port, method: req.method, path: url.pathname + url.search, headers },
      (answer) => {
        log.push({ ...entry(req, url.href, answer.statusCode ?? 0), ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) })
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => {
      log.push(entry(req, url.href, 502))
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    req.pipe(upstream)
  })

  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    client.on('error', () => {})
    const refuse = (status: number, reason: string): void => {
      log.push(entry(req, target, status))
      client.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Length: 0\r\n\r\n`)
    }
    if (!authorized(req)) return refuse(407, 'Proxy Authentication Required')
    const { host, port } = splitAuthority(target, 443)
    if (!loopbackNames.has(host)) return refuse(502, 'Bad Gateway')
    const upstream = net.connect(port, '127.0.0.1')
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    let established = false
    upstream.once('error', () => (established ? client.destroy() : refuse(502, 'Bad Gateway')))
    upstream.once('connect', () => {
      established = true
      log.push(entry(req, target, 200))
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
    })
  })

  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      for (const socket of sockets) socket.destroy()
      await closed
    }
  }
}
