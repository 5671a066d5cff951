// HTTP_PROXY, HTTPS_PROXY and NO_PROXY as go reads them (golang.org/x/net/http/httpproxy, which
// net/http uses for cmd/go): the forward proxy a request goes through, or none. The probe, the
// .info prefetch and the S3 client all follow these rules, so each reaches a host the way go does.

import { BlockList, isIP } from 'node:net'
import { domainToASCII } from 'node:url'
import type { Env } from './platform.ts'

export type { Env } from './platform.ts'

export interface ProxyConfig {
  httpProxy?: URL
  httpsProxy?: URL
  /** NO_PROXY as set, comma-separated. */
  noProxy: string
}

/** The first non-empty variable: Go reads the upper-case name first. */
function envAny(env: Env, ...names: string[]): string {
  for (const name of names) {
    const value = env[name]
    if (value !== undefined && value !== '') return value
  }
  return ''
}

/** A proxy URL as Go parses it: a bare "host:port" means http://host:port; nonsense means no proxy. */
export function parseProxyUrl(value: string): URL | undefined {
  if (value === '') return undefined
  const parsed = URL.parse(value)
  if (parsed !== null && parsed.host !== '') return parsed
  return URL.parse(`http://${value}`) ?? undefined
}

export function proxyConfigFromEnv(env: Env): ProxyConfig {
  return {
    httpProxy: parseProxyUrl(envAny(env, 'HTTP_PROXY', 'http_proxy')),
    httpsProxy: parseProxyUrl(envAny(env, 'HTTPS_PROXY', 'https_proxy')),
    noProxy: envAny(env, 'NO_PROXY', 'no_proxy')
  }
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host
}

function ipFamily(address: string): 'ipv4' | 'ipv6' | undefined {
  const family = isIP(address)
  return family === 4 ? 'ipv4' : family === 6 ? 'ipv6' : undefined
}

const LOOPBACK = new BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addAddress('::1', 'ipv6')

/** host, port of "host:port" or "[v6]:port", as net.SplitHostPort; undefined without a port. */
function splitHostPort(entry: string): { host: string; port: string } | undefined {
  const bracketed = /^\[([^\]]*)\]:([^:]*)$/.exec(entry)
  if (bracketed !== null) return { host: bracketed[1]!, port: bracketed[2]! }
  const plain = /^([^:]*):([^:]*)$/.exec(entry)
  return plain === null ? undefined : { host: plain[1]!, port: plain[2]! }
}

/** Whether NO_PROXY exempts host:port, with httpproxy's rules (CIDR, IP[:port], [*.|.]domain[:port], *). */
function noProxyMatches(noProxy: string, host: string, port: string): boolean {
  const family = ipFamily(host)
  for (const raw of noProxy.split(',')) {
    const entry = raw.trim().toLowerCase()
    if (entry === '') continue
    if (entry === '*') return true
    const cidr = /^(.+)\/(\d+)$/.exec(entry)
    const cidrFamily = cidr === null ? undefined : ipFamily(cidr[1]!)
    if (cidr !== null && cidrFamily !== undefined) {
      if (family === cidrFamily && inSubnet(host, cidr[1]!, Number(cidr[2]), cidrFamily)) return true
      continue
    }
    const split = splitHostPort(entry)
    if (split !== undefined && split.host === '') continue
    const entryHost = split?.host ?? entry
    const entryPort = split?.port ?? ''
    const portMatches = entryPort === '' || entryPort === port
    const entryFamily = ipFamily(entryHost)
    if (entryFamily !== undefined) {
      if (family === entryFamily && portMatches && sameAddress(entryHost, host, family)) return true
      continue
    }
    if (family !== undefined) continue // a domain entry never matches an IP address
    // "example.com" matches it and its subdomains; ".example.com" and "*.example.com" only subdomains.
    const matchesSelf = !entryHost.startsWith('.') && !entryHost.startsWith('*.')
    const bare = entryHost.startsWith('*.') ? entryHost.slice(2) : matchesSelf ? entryHost : entryHost.slice(1)
    const suffix = domainToASCII(bare) || bare
    if ((host.endsWith('.' + suffix) || (matchesSelf && host === suffix)) && portMatches) return true
  }
  return false
}

function inSubnet(address: string, network: string, prefix: number, family: 'ipv4' | 'ipv6'): boolean {
  const subnet = new BlockList()
  try {
    subnet.addSubnet(network, prefix, family)
  } catch {
    return false // an impossible prefix length: not a network Go would parse either
  }
  return subnet.check(address, family)
}

function sameAddress(a: string, b: string, family: 'ipv4' | 'ipv6'): boolean {
  const list = new BlockList()
  list.addAddress(a, family)
  return list.check(b, family)
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' }

/**
 * The forward proxy go would use for a request, or undefined for a direct connection.
 * Like Go, https requests use only HTTPS_PROXY (no fallback to HTTP_PROXY), and localhost and
 * loopback addresses are always reached directly, whatever the environment says.
 */
export function proxyForUrl(target: URL, config: ProxyConfig): URL | undefined {
  const proxy = target.protocol === 'https:' ? config.httpsProxy : target.protocol === 'http:' ? config.httpProxy : undefined
  if (proxy === undefined) return undefined
  const host = stripBrackets(target.hostname).toLowerCase()
  if (host === 'localhost') return undefined
  const family = ipFamily(host)
  if (family !== undefined && LOOPBACK.check(host, family)) return undefined
  const port = target.port !== '' ? target.port : (DEFAULT_PORTS[target.protocol] ?? '')
  return noProxyMatches(config.noProxy, host, port) ? undefined : proxy
}
