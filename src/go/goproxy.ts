// The GOPROXY list, read and written the way cmd/go does it
// (cmd/go/internal/modfetch/proxy.go, proxyList and TryProxies); GONOPROXY is left to go.
//
// GOPROXY is a list of proxy URLs and the keywords "direct" and "off". The separator
// AFTER an entry says when go may move on to the next one: after ',' only when the
// entry answered 404 or 410 ("not found"), after '|' on any error.

import { ActionError } from '../errors.ts'

/** When go moves on from an entry to the next one. */
export type FallThrough = 'notfound' | 'any'

export interface GoProxyEntry {
  /** The proxy URL (trailing '/' trimmed), or the keyword "direct" or "off". */
  url: string
  kind: 'proxy' | 'direct' | 'off'
  /** 'notfound' after ',' (and for the last entry), 'any' after '|'. */
  fallThrough: FallThrough
}

/** The value go uses when GOPROXY is unset (from $GOROOT/go.env). */
export const DEFAULT_GOPROXY = 'https://proxy.golang.org,direct'

const EXPECTED_FORM =
  'expected an http(s) URL such as https://proxy.example.com/go, a file:///absolute/dir URL, "direct" or "off"'

export class GoProxyError extends ActionError {
  override name = 'GoProxyError'
}

/**
 * Parses a GOPROXY value as proxyList does: blank entries are skipped, "direct" and "off"
 * end the list (later entries are ignored), an entry with a dot, colon or slash but no
 * "://"-style scheme gets "https://". Throws GoProxyError naming the first invalid entry.
 */
export function parseGoProxy(goproxy: string): GoProxyEntry[] {
  const entries: GoProxyEntry[] = []
  for (const { text, separator } of splitGoProxy(goproxy)) {
    const raw = text.trim()
    if (raw === '') continue
    const fallThrough: FallThrough = separator === '|' ? 'any' : 'notfound'
    if (raw === 'off' || raw === 'direct') {
      // cmd/go stops here: "off" always fails hard and "direct" is the end of the line.
      entries.push({ url: raw, kind: raw, fallThrough })
      break
    }
    entries.push({ url: normalizeProxyUrl(raw), kind: 'proxy', fallThrough })
  }
  if (entries.length === 0) {
    throw new GoProxyError(
      `GOPROXY ${JSON.stringify(goproxy)} contains no entries; ${EXPECTED_FORM}, separated by ',' or '|' (default: ${DEFAULT_GOPROXY})`
    )
  }
  return entries
}

/** Writes entries back as a GOPROXY value; each entry's fallThrough picks the separator after it. */
export function formatGoProxy(entries: readonly GoProxyEntry[]): string {
  return entries
    .map((entry, i) => (i === entries.length - 1 ? entry.url : entry.url + (entry.fallThrough === 'any' ? '|' : ',')))
    .join('')
}

/** Redacts the credentials of every URL in a GOPROXY value, keeping its separators; never throws. */
export function redactGoProxy(goproxy: string): string {
  return splitGoProxy(goproxy)
    .map(({ text, separator }) => redactUrl(text) + separator)
    .join('')
}

/**
 * The URL with its userinfo replaced by "***", safe to print. Unlike Go's url.Redacted the
 * user name goes too: a token is often passed as the user name (https://TOKEN@host/).
 * Works on text that does not parse as a URL and never throws.
 */
export function redactUrl(url: string): string {
  const parts = splitAuthority(url)
  if (parts === undefined || parts.userinfo === undefined) return url
  return `${parts.scheme}//***@${parts.rest}`
}

export interface Userinfo {
  username: string
  password: string
}

/** The decoded user name and password of a URL, or undefined when it carries none. */
export function urlUserinfo(url: string): Userinfo | undefined {
  const parts = splitAuthority(url)
  if (parts?.userinfo === undefined) return undefined
  const colon = parts.userinfo.indexOf(':')
  const username = colon < 0 ? parts.userinfo : parts.userinfo.slice(0, colon)
  const password = colon < 0 ? '' : parts.userinfo.slice(colon + 1)
  return { username: decodeUserinfoPart(username), password: decodeUserinfoPart(password) }
}

/** The URL without its userinfo, e.g. to send the credentials in a header instead. */
export function stripUserinfo(url: string): string {
  const parts = splitAuthority(url)
  if (parts === undefined || parts.userinfo === undefined) return url
  return `${parts.scheme}//${parts.rest}`
}

interface GoProxyPiece {
  text: string
  /** The separator that follows the text: ',', '|' or '' at the end. */
  separator: string
}

function splitGoProxy(goproxy: string): GoProxyPiece[] {
  const pieces: GoProxyPiece[] = []
  let start = 0
  for (let i = 0; i < goproxy.length; i++) {
    const c = goproxy[i]
    if (c === ',' || c === '|') {
      pieces.push({ text: goproxy.slice(start, i), separator: c })
      start = i + 1
    }
  }
  pieces.push({ text: goproxy.slice(start), separator: '' })
  return pieces
}

/** Adds the implicit https://, checks the URL the way newProxyRepo does, trims the trailing '/'. */
function normalizeProxyUrl(raw: string): string {
  const checked = checkProxyUrl(raw)
  if ('problem' in checked) {
    const readAs = checked.readAs === undefined ? '' : ` (read as ${redactUrl(checked.readAs)})`
    throw new GoProxyError(`GOPROXY entry ${JSON.stringify(redactUrl(raw))}${readAs} ${checked.problem}; ${EXPECTED_FORM}`)
  }
  return checked.url
}

export type CheckedProxyUrl = { url: string } | { problem: string; readAs?: string }

/**
 * One proxy URL as go reads a GOPROXY entry: "https://" added to a bare host[/path], the URL
 * checked, one trailing '/' trimmed. A problem says what is wrong, for an error that names the
 * input it came from.
 */
export function checkProxyUrl(raw: string): CheckedProxyUrl {
  const implicitHttps = needsImplicitHttps(raw)
  const url = implicitHttps ? `https://${raw}` : raw
  const problem = proxyUrlProblem(url)
  if (problem !== undefined) return implicitHttps ? { problem, readAs: url } : { problem }
  // cmd/go trims one '/' before appending "/<module path>/@v/...".
  return { url: url.endsWith('/') ? url.slice(0, -1) : url }
}

/**
 * Single words are reserved for keywords, and anything with ":/" or an absolute path must
 * already be a complete URL; any other entry with a '.', ':' or '/' is a host[/path].
 */
function needsImplicitHttps(entry: string): boolean {
  return /[.:/]/.test(entry) && !entry.includes(':/') && !entry.startsWith('/') && !entry.startsWith('\\')
}

function proxyUrlProblem(url: string): string | undefined {
  // Most often two URLs separated by a space where a ',' was meant.
  if (/\s/.test(url)) return 'contains white space (separate entries with "," or "|", or new lines in an input)'
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase()
  if (scheme === undefined) {
    return url.includes('/') || url.includes('.')
      ? 'is not a URL: it has no scheme'
      : 'is not a URL: single words are reserved for the keywords "direct" and "off"'
  }
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'file') {
    return `has scheme "${scheme}" (must be https, http or file)`
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'is not a valid URL'
  }
  if (scheme === 'file') return fileUrlProblem(url, parsed)
  // new URL() takes the first path segment of "https:///x" as the host; go finds no host there.
  if (/^[a-z]+:\/\/(?:[^@/?#]*@)?(?:[/?#]|$)/i.test(url)) return 'has no host'
  return undefined
}

/** cmd/go accepts a file URL that is nothing but a path: no host, user, query or fragment. */
function fileUrlProblem(url: string, parsed: URL): string | undefined {
  const authority = /^file:\/\/([^/?#]*)/i.exec(url)?.[1]
  if (authority !== undefined && authority !== '') {
    return 'has a host; a file:// proxy URL must be only a path, as in file:///absolute/dir'
  }
  if (!/^file:\//i.test(url)) return 'is not an absolute file:///path URL'
  if (parsed.search !== '' || parsed.hash !== '') return 'has a query or fragment; a file:// proxy URL must be only a path'
  return undefined
}

interface AuthorityParts {
  /** e.g. "https:" */
  scheme: string
  userinfo: string | undefined
  /** host and everything after it */
  rest: string
}

/** Splits "scheme://userinfo@host/..." by hand, so text that is not a valid URL still works. */
function splitAuthority(url: string): AuthorityParts | undefined {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*:)\/\/(.*)$/s.exec(url)
  if (match === null) return undefined
  const scheme = match[1]!
  const afterScheme = match[2]!
  const authorityEnd = afterScheme.search(/[/?#]/)
  const authority = authorityEnd < 0 ? afterScheme : afterScheme.slice(0, authorityEnd)
  const at = authority.lastIndexOf('@')
  if (at < 0) return { scheme, userinfo: undefined, rest: afterScheme }
  return { scheme, userinfo: authority.slice(0, at), rest: afterScheme.slice(at + 1) }
}

function decodeUserinfoPart(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
