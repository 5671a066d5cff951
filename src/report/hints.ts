import type { Metrics } from './metrics.ts'

/** One sentence per thing that went wrong, each with what to change. */
export function hints(m: Metrics): string[] {
  const out: string[] = []
  for (const p of m.proxy.problems) {
    const what = p.dropped ? 'dropped from the chain' : 'kept, though unhealthy'
    out.push(`${p.url} (${p.role}) ${what}: ${p.class}${p.detail ? ` (${p.detail})` : ''}. Fix: ${p.fix}.`)
  }
  if (m.proxy.noneHealthy) {
    out.push(
      'No proxy answered the probe correctly; the configured chain was kept in case the failure is transient. Check the runner network, HTTPS_PROXY, and the proxies above.'
    )
  }
  if (m.proxy.sumdb === 'unreachable') {
    out.push(
      'The checksum database is reachable neither directly nor through a healthy proxy: go will fail to verify new modules. Allow access to it, use a proxy that serves /sumdb/, or list private modules in `private`.'
    )
  }
  const t = m.toolchain
  for (const a of t.attempts.filter((a) => a.outcome !== 'ok')) {
    out.push(`${a.source} did not deliver the toolchain ${t.required}: ${a.class || a.outcome}${a.detail ? ` (${a.detail})` : ''}.`)
  }
  if (t.required !== '' && t.source === 'local' && m.error === '') {
    out.push(
      `${t.reason}; later steps run go ${t.local}. Fix: install ${t.required} with actions/setup-go, or let go switch (GOTOOLCHAIN=auto).`
    )
  }
  for (const a of m.download.attempts) {
    for (const d of a.dropped) out.push(`${d.url} left the chain during the download: ${d.reason}.`)
  }
  if (m.cache.state === 'unavailable') {
    out.push('The Actions cache service failed in this job: modules were downloaded without it and nothing was saved. Raise cache-timeout if the service is only slow.')
  }
  if (m.cache.verify === 'mismatch') {
    out.push('go mod verify found modified files in the restored module cache: it was thrown away, the modules were downloaded afresh, and the bad content was not saved.')
  }
  return out
}
