import type { Metrics } from './metrics.ts'

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
    '',
    '### Download',
    '',
    '| modules | roots | time |',
    '| --- | --- | --- |',
    `| ${m.download.modules} | ${m.download.roots.map(code).join(' ')} | ${m.download.ms} ms |`,
    '',
    `Total: ${m.totalMs} ms with ${cell(m.go.version)} on ${m.go.os}/${m.go.arch}.`,
    ''
  )
  return lines.join('\n')
}

function cacheState(m: Metrics): string {
  if (m.cache.unavailable) return 'unavailable'
  if (m.cache.hit) return 'hit'
  if (m.cache.matchedKey !== '') return `partial (${code(m.cache.matchedKey)})`
  return 'miss'
}

function saveCell(m: Metrics): string {
  if (m.cache.saved) return `saved in ${m.cache.saveMs} ms`
  return m.cache.saveSkipped === '' ? 'not saved' : `skipped: ${cell(m.cache.saveSkipped)}`
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? ''
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

function code(s: string): string {
  return s === '' ? '' : `\`${cell(s).replace(/`/g, "'")}\``
}
