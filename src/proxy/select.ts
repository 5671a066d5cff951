// The probe phase: every HTTP(S) proxy of the primary chain and every mirror, probed at once
// within one deadline, then the chain chosen from what they answered.
import { redactUrl, urlUserinfo, type GoProxyEntry } from '../go/goproxy.ts'
import { chooseChain, sameProxy, type Candidate, type ChainChoice } from './chain.ts'
import { probeProxy, type ProbeModule, type ProbeResult } from './probe.ts'
import { probeSumDb, type SumDbReach } from './sumdb.ts'

export interface SelectInputs {
  primary: GoProxyEntry[]
  mirrors: string[]
  allowDirect: boolean
  modules: ProbeModule[]
  timeoutMs: number
  /** GOSUMDB as go env reports it. */
  gosumdb: string
  env?: NodeJS.ProcessEnv
  /** The go that will download (it decides which certificates count on macOS and Windows). */
  goVersion?: string
}

/** One probed proxy as the report shows it. */
export interface ProxyReportRow {
  /** Credentials stripped. */
  url: string
  role: 'primary' | 'mirror'
  class: string
  latencyMs: number
  verified: boolean
  /** Serves the checksum database; null when it was not learned. */
  sumdb: boolean | null
  detail: string
}

export interface Selection {
  choice: ChainChoice
  report: ProxyReportRow[]
  sumdb: SumDbReach
  ms: number
}

export function isProbeable(url: string): boolean {
  return /^https?:\/\//i.test(url)
}

export async function selectChain(inputs: SelectInputs): Promise<Selection> {
  const started = performance.now()
  const candidates = candidatesOf(inputs.primary, inputs.mirrors)
  const sumdbName = sumDbName(inputs.gosumdb)
  // With no module to check (an empty go.sum) a proxy is still asked something: a black hole
  // must leave the chain before a toolchain or a first module is fetched through it.
  // A proxy listed twice in GOPROXY is one proxy: probed once, reported once.
  const probed = candidates.filter((c, i) => isProbeable(c.url) && !candidates.slice(0, i).some((d) => sameProxy(d.url, c.url)))
  const deadline = AbortSignal.timeout(inputs.timeoutMs)
  const [results, direct] = await Promise.all([
    Promise.all(
      probed.map((c) =>
        sendsCredentialsInClear(c.url)
          ? Promise.resolve(insecureCredentials(c.url))
          : probeProxy(c.url, { modules: inputs.modules, deadline, sumdbName: sumdbName || undefined, env: inputs.env, goVersion: inputs.goVersion })
      )
    ),
    sumdbName === '' ? Promise.resolve(undefined) : probeSumDb(inputs.gosumdb, deadline, inputs.env, { goVersion: inputs.goVersion })
  ])
  for (const c of candidates) {
    const i = probed.findIndex((p) => sameProxy(p.url, c.url))
    if (i >= 0) c.result = results[i]
  }
  const choice = chooseChain({ primary: inputs.primary, candidates, allowDirect: inputs.allowDirect })
  const chained = new Set(choice.entries.map((e) => e.url))
  const sumdb: SumDbReach =
    sumdbName === ''
      ? 'off'
      : direct
        ? 'direct'
        : probed.some((c) => chained.has(c.url) && c.result?.sumdb === true)
          ? 'proxy'
          : 'unreachable'
  return {
    choice,
    report: probed.map((c, i) => reportRow(c, results[i])),
    sumdb,
    ms: Math.round(performance.now() - started)
  }
}

/**
 * The primary chain's proxies in their order, then each mirror that is not already among them
 * (the default mirrors start with proxy.golang.org, go's default GOPROXY).
 */
export function candidatesOf(primary: readonly GoProxyEntry[], mirrors: readonly string[]): Candidate[] {
  const candidates: Candidate[] = primary.filter((e) => e.kind === 'proxy').map((e) => ({ url: e.url, role: 'primary' }))
  for (const url of mirrors) {
    if (!candidates.some((c) => sameProxy(c.url, url))) candidates.push({ url, role: 'mirror' })
  }
  return candidates
}

/** go refuses to send a proxy URL's credentials over plain http, so such an entry can never work. */
export function sendsCredentialsInClear(url: string): boolean {
  return /^http:\/\//i.test(url) && urlUserinfo(url) !== undefined
}

function insecureCredentials(url: string): ProbeResult {
  return {
    url: redactUrl(url),
    class: 'insecure',
    detail: 'go refuses to pass credentials to an http:// URL',
    latencyMs: 0,
    verified: false
  }
}

function reportRow(c: Candidate, r: ProbeResult): ProxyReportRow {
  return {
    url: redactUrl(c.url),
    role: c.role,
    class: r.class,
    latencyMs: r.latencyMs,
    verified: r.verified,
    sumdb: r.sumdb ?? null,
    detail: r.detail
  }
}

/** The checksum database's name from GOSUMDB ("name[+key] [url]"); '' when it is off. */
export function sumDbName(gosumdb: string): string {
  const first = gosumdb.trim().split(/\s+/)[0] ?? ''
  if (first === '' || first === 'off') return first === 'off' ? '' : 'sum.golang.org'
  return first.split('+')[0]
}
