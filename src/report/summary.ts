import type { Metrics } from './metrics.ts'
import { hints } from './hints.ts'
import { sparklines } from './sparklines.ts'

/** Markdown for the job summary. Cells are escaped so a key or an error cannot break a table. */
export function renderSummary(m: Metrics): string {
  const lines: string[] = ['## go-mod-precache', '']
  if (m.error !== '') lines.push(`**Failed:** ${cell(firstLine(m.error))}`, '')
  lines.push(
    '### Cache',
    '',
    '| key | state | restore | save |',
    '| --- | --- | --- | --- |',
    `| ${code(m.cache.primaryKey)} | ${cacheState(m)} | ${m.cache.restoreMs} ms | ${saveCell(m)} |`,
    ''
  )
  if (m.proxy.report.length > 0) {
    lines.push(
      '### Proxies',
      '',
      `Probed in ${m.proxy.probeMs} ms. Chain: ${code(m.proxy.goproxy)}`,
      '',
      '| proxy | role | result | latency | verified | sumdb |',
      '| --- | --- | --- | --- | --- | --- |'
    )
    for (const r of m.proxy.report) {
      const sumdb = r.sumdb === null ? '' : r.sumdb ? 'yes' : 'no'
      lines.push(
        `| ${code(r.url)} | ${r.role} | ${cell(r.class)} | ${r.class === 'ok' ? `${r.latencyMs} ms` : ''} | ${r.verified ? 'yes' : 'no'} | ${sumdb} |`
      )
    }
    lines.push('')
  }
  if (m.toolchain.required !== '') {
    const t = m.toolchain
    const from = t.source === 'local' ? `kept go ${t.local}` : `${t.version} from ${code(t.source)} in ${t.ms} ms`
    lines.push('### Toolchain', '', `${cell(t.reason)}: ${from}.`, '')
  }
  lines.push(
    '### Download',
    '',
    '| attempts | modules | roots | time |',
    '| --- | --- | --- | --- |',
    `| ${m.download.attempts.length} | ${m.download.modules} | ${m.download.roots.map(code).join(' ')} | ${m.download.ms} ms |`,
    ''
  )
  const found = hints(m)
  if (found.length > 0) {
    lines.push('### Hints', '')
    for (const h of found) lines.push(`- ${cell(h)}`)
    lines.push('')
  }
  lines.push(...renderTrend(m))
  lines.push(`Total: ${m.totalMs} ms with ${cell(m.go.version)} on ${m.go.os}/${m.go.arch}.`, '')
  return lines.join('\n')
}

/**
 * The history's trend: a sentence of rates and medians, restore and download time of the last
 * runs as Unicode sparklines on one scale (they render in any job summary; GitHub's summaries
 * run no scripts and no diagrams), and a line per proxy that failed recently.
 */
export function renderTrend(m: Metrics): string[] {
  const h = m.history
  if (h.status === '' || h.status === 'disabled') return []
  const lines = ['### Trend', '']
  if (h.runs === 0) {
    lines.push('This is the first run of the history.', '')
    return lines
  }
  lines.push(
    `Over the ${h.runs} earlier run${h.runs === 1 ? '' : 's'}: exact hits ${Math.round(h.cacheHitRate * 100)}%, median restore ${h.medianRestoreMs} ms, median download ${h.medianDownloadMs} ms, ${h.retriedRuns} retried.`,
    ''
  )
  const restored = (r: (typeof h.recent)[number]) => r.state === 'hit' || r.state === 'partial'
  const [restore, download] = sparklines([
    h.recent.map((r) => (restored(r) ? r.restoreMs : undefined)),
    h.recent.map((r) => r.downloadMs)
  ])
  const max = Math.max(0, ...h.recent.flatMap((r) => [restored(r) ? r.restoreMs : 0, r.downloadMs]))
  const last = h.recent.at(-1)
  // Plain text, not a code span: code is set smaller, and the bars are the picture.
  lines.push(
    `| last ${h.recent.length} runs, oldest first | time on one scale (tallest bar ${max} ms); ░ no restore | median | this run |`,
    '| --- | --- | --- | --- |',
    `| restore | ${restore} | ${h.medianRestoreMs} ms | ${last && restored(last) ? `${last.restoreMs} ms` : '–'} |`,
    `| download | ${download} | ${h.medianDownloadMs} ms | ${last ? `${last.downloadMs} ms` : ''} |`,
    ''
  )
  const failing = h.proxies.filter((p) => p.failures > 0)
  for (const p of failing) lines.push(`- Proxy ${code(p.url)} failed the probe in ${p.failures} of ${p.probes} runs.`)
  if (failing.length > 0) lines.push('')
  return lines
}

function cacheState(m: Metrics): string {
  const size = m.cache.sizeBytes > 0 ? `, ${(m.cache.sizeBytes / 1048576).toFixed(1)} MiB` : ''
  const pruned = m.cache.pruned > 0 ? `, ${m.cache.pruned} pruned` : ''
  if (m.cache.state === 'partial') return `partial (${code(m.cache.matchedKey)})${size}${pruned}`
  if (m.cache.state === 'skipped') return `skipped: ${cell(m.cache.restoreSkipped)}${size}${pruned}`
  return `${m.cache.state || 'miss'}${size}${pruned}`
}

/** The post step's addition: how the background save ended. */
export function renderSaveSummary(m: Metrics): string {
  const size = m.cache.sizeBytes > 0 ? ` (${(m.cache.sizeBytes / 1048576).toFixed(1)} MiB)` : ''
  const outcome = m.cache.saved ? `saved as ${code(m.cache.primaryKey)} in ${m.cache.saveMs} ms${size}` : `not saved: ${cell(m.cache.saveSkipped)}`
  return ['### Module cache save', '', `In the background, while the job ran: ${outcome}.`, ''].join('\n')
}

function saveCell(m: Metrics): string {
  if (m.cache.saveMode === 'background' && !m.cache.saved && m.cache.saveSkipped === '') return 'in the background (see below)'
  if (m.cache.saved) return `saved in ${m.cache.saveMs} ms`
  return m.cache.saveSkipped === '' ? 'not saved' : `skipped: ${cell(m.cache.saveSkipped)}`
}

/** go's and git's messages on Windows end their lines in CRLF: no '\r' may be left in the cell. */
export function firstLine(s: string): string {
  return s.split(/\r?\n/)[0] ?? ''
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

function code(s: string): string {
  return s === '' ? '' : `\`${cell(s).replace(/`/g, "'")}\``
}
