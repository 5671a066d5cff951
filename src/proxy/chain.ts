// Choosing the GOPROXY chain from probe results: healthy primary entries in their order, then
// healthy mirrors by latency, joined with '|' so any error falls through, 'direct' last when allowed.
import { fixFor } from '../go/fixes.ts'
import { formatGoProxy, redactUrl, type GoProxyEntry } from '../go/goproxy.ts'

/** What the chain needs to know of one probe (see probe.ts). */
export interface ProbeOutcome {
  class: string
  detail: string
  latencyMs: number
  verified: boolean
  sumdb?: boolean
}

export interface Candidate {
  /** The URL as configured, credentials included: the chain go gets must keep them. */
  url: string
  role: 'primary' | 'mirror'
  result?: ProbeOutcome
}

export interface ProxyProblem {
  /** Credentials stripped. */
  url: string
  role: 'primary' | 'mirror'
  class: string
  detail: string
  fix: string
  /** Left out of the chain (false only when nothing was healthy and it was kept for another try). */
  dropped: boolean
}

export interface ChainChoice {
  /** The GOPROXY value to use and export (credentials included). */
  goproxy: string
  entries: GoProxyEntry[]
  /** Every probed proxy that failed, dropped or not. */
  problems: ProxyProblem[]
  /** The first entry of the chain, credentials stripped; '' when the chain is empty. */
  selected: string
  /** The first primary entry was dropped. */
  fallbackUsed: boolean
  /** No probed proxy was healthy: the chain is the configured one, kept in case the failure is transient. */
  noneHealthy: boolean
}

export interface ChainInputs {
  /** The primary chain as parsed from GOPROXY (or the `proxies` input). */
  primary: GoProxyEntry[]
  /** Primary proxy entries and mirrors, each with its probe result (file:// entries are not probed). */
  candidates: Candidate[]
  allowDirect: boolean
}

export function isHealthy(result: ProbeOutcome | undefined): boolean {
  return result === undefined || result.class === 'ok'
}

export function chooseChain(inputs: ChainInputs): ChainChoice {
  const primaries = inputs.candidates.filter((c) => c.role === 'primary')
  const mirrors = inputs.candidates.filter(
    (c) => c.role === 'mirror' && !primaries.some((p) => sameProxy(p.url, c.url))
  )
  const healthyMirrors = mirrors
    .filter((c) => isHealthy(c.result))
    .sort((a, b) => (a.result?.latencyMs ?? 0) - (b.result?.latencyMs ?? 0))
  let chosen = [...primaries.filter((c) => isHealthy(c.result)), ...healthyMirrors]
  const noneHealthy = chosen.length === 0 && inputs.candidates.length > 0
  if (noneHealthy) {
    // The failure may be transient: keep everything but a proxy caught serving wrong content.
    chosen = [...primaries, ...mirrors].filter((c) => c.result?.class !== 'mismatch')
  }
  const problems = [...primaries, ...mirrors]
    .filter((c) => !isHealthy(c.result))
    .map((c) => problemOf(c, !chosen.includes(c)))
  const entries: GoProxyEntry[] = chosen.map((c) => ({ url: c.url, kind: 'proxy', fallThrough: 'any' }))
  if (inputs.allowDirect) entries.push({ url: 'direct', kind: 'direct', fallThrough: 'notfound' })
  if (entries.length > 0) entries[entries.length - 1] = { ...entries[entries.length - 1], fallThrough: 'notfound' }
  const firstPrimary = primaries[0]
  return {
    goproxy: entries.length > 0 ? formatGoProxy(entries) : 'off',
    entries,
    problems,
    selected: entries.length > 0 ? redactUrl(entries[0].url) : '',
    fallbackUsed: firstPrimary !== undefined && !noneHealthy && !isHealthy(firstPrimary.result),
    noneHealthy
  }
}

function problemOf(c: Candidate, dropped: boolean): ProxyProblem {
  const cls = c.result?.class ?? 'unknown'
  return { url: redactUrl(c.url), role: c.role, class: cls, detail: c.result?.detail ?? '', fix: fixFor(cls), dropped }
}

/** Two spellings of one proxy (case of the host, a trailing slash) are the same proxy. */
export function sameProxy(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/\/+$/, '').replace(/^([a-z]+:\/\/[^/]*)/i, (m) => m.toLowerCase())
  return norm(a) === norm(b)
}
