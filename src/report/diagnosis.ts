import { proxyOfUrl } from '../go/failure.ts'
import { fixFor } from '../go/fixes.ts'
import type { Metrics } from './metrics.ts'

export interface DiagnosisRow {
  proxy: string
  class: string
  detail: string
  fix: string
}

/**
 * Which proxies were tried and how each failed: the probe's verdict, overridden by what go
 * itself met during the download when it names the proxy.
 */
export function diagnosisRows(m: Metrics): DiagnosisRow[] {
  const rows = m.proxy.report.map((r) => ({ proxy: r.url, class: r.class, detail: r.detail, fix: fixFor(r.class) }))
  const urls = rows.map((r) => r.proxy)
  for (const attempt of m.download.attempts) {
    for (const f of attempt.failures) {
      const url = f.url === undefined ? undefined : proxyOfUrl(f.url, urls)
      const row = rows.find((r) => r.proxy === url)
      if (row !== undefined && row.class === 'ok') {
        row.class = f.class
        row.detail = f.line
        row.fix = fixFor(f.class)
      }
    }
  }
  return rows
}

/** The text the step fails with: what go said, then every proxy with its class and fix. */
export function renderDiagnosis(m: Metrics, goError: string, privateHints: string[] = []): string {
  const lines = [goError.trimEnd(), ...privateHints]
  // A Go too old for the module is no proxy's fault: its fix comes before the proxies.
  if (m.download.attempts.some((a) => a.failures.some((f) => f.class === 'toolchain'))) {
    lines.push(`Fix: ${fixFor('toolchain')}.`)
  }
  const rows = diagnosisRows(m)
  if (rows.length > 0) {
    lines.push('Proxies tried:')
    for (const r of rows) lines.push(`  ${r.proxy}: ${r.class}${r.detail ? ` (${r.detail})` : ''}. Fix: ${r.fix}.`)
  }
  if (m.proxy.report.length === 0 && m.proxy.goproxy !== '') lines.push(`GOPROXY was ${m.proxy.goproxy}.`)
  return lines.join('\n')
}
