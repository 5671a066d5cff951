// The probe of the GOPROXY chain: started as soon as the keys are known, so it runs while the
// module cache is restored; its verdicts are logged after the restore.
import * as core from '../host/log.ts'
import { redactGoProxy } from '../go/goproxy.ts'
import { goSumEntries, pickProbeModules } from '../proxy/sample.ts'
import { selectChain } from '../proxy/select.ts'
import { announceFlakyProxies } from './history.ts'
import { expectedGoVersion } from './toolchain.ts'
import { early, need, type Run } from './run.ts'

export function startProbe(run: Run): void {
  const { inputs, primary, deps, privateSetup, goEnv, decision } = need(run, 'inputs', 'primary', 'deps', 'privateSetup', 'goEnv', 'decision')
  run.probing = early(
    selectChain({
      primary,
      mirrors: inputs.mirrors,
      allowDirect: inputs.allowDirect ?? primary.some((e) => e.kind === 'direct'),
      modules: pickProbeModules(goSumEntries(deps.files), privateSetup.env),
      timeoutMs: inputs.probeTimeoutMs,
      gosumdb: goEnv.GOSUMDB,
      goVersion: expectedGoVersion(decision, goEnv)
    })
  )
}

/** Logs the probe's verdicts and warns about every proxy that failed, and names those that often do. */
export async function announceSelection(run: Run): Promise<void> {
  const { probing, goEnv, history, metrics } = need(run, 'probing', 'goEnv', 'history')
  const s = await probing
  for (const r of s.report) {
    const verdict =
      r.class === 'ok' ? `ok in ${r.latencyMs} ms${r.verified ? ', go.mod verified against go.sum' : ''}` : `${r.class}: ${r.detail}`
    core.info(`${r.role} ${r.url}: ${verdict}${r.sumdb ? ', serves the checksum database' : ''}`)
  }
  for (const p of s.choice.problems) {
    const text = `${p.role === 'mirror' ? 'Mirror' : 'Proxy'} ${p.url} ${p.dropped ? 'dropped from the chain' : 'is unhealthy'}: ${p.class} (${p.detail}). Fix: ${p.fix}.`
    // A mirror is a spare: one that fails (often the default mirrors on a network that cannot
    // reach them) is worth knowing, not a warning on every run.
    if (p.role === 'mirror') core.notice(text, { title: 'go-mod-precache: Go module mirror unavailable' })
    else core.warning(text, { title: 'go-mod-precache: unhealthy Go module proxy' })
  }
  if (s.choice.noneHealthy) {
    core.warning('No Go module proxy passed the probe; keeping the configured chain in case the failure is transient.')
  }
  if (s.sumdb === 'unreachable') {
    core.warning(
      `The checksum database (GOSUMDB=${goEnv.GOSUMDB}) is reachable neither directly nor through a healthy proxy: new modules will fail to verify. Allow access to it, or use a proxy that serves /sumdb/.`
    )
  }
  core.info(`GOPROXY=${redactGoProxy(s.choice.goproxy)} (probed in ${s.ms} ms)`)
  Object.assign(metrics.proxy, {
    probeMs: s.ms,
    report: s.report,
    problems: s.choice.problems,
    noneHealthy: s.choice.noneHealthy,
    fallbackUsed: s.choice.fallbackUsed,
    sumdb: s.sumdb,
    goproxy: redactGoProxy(s.choice.goproxy),
    selected: s.choice.selected
  })
  run.selection = s
  announceFlakyProxies(history.history.runs)
}
