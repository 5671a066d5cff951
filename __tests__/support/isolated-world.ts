// End-to-end runs of the action where no DNS query or packet can leave the machine: the world
// (module proxy, cache service, project; see e2e/world.ts) is built inside a network namespace
// of its own (netns.ts), with a DNS server on 127.0.0.1:53 that answers only the names a run
// asks for. Imported, this file runs a spec that way; run as a script (inside the namespace), it
// does the work and prints the result as JSON on its last stdout line.
import { realpathSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { createWorld } from '../e2e/world.ts'
import { startDnsServer, type DnsQuestion } from './dns-server.ts'
import { runGo, type ModuleVersion } from './fixtures.ts'
import { startForwardProxy, type ForwardProxy, type RelayLog } from './forward-proxy.ts'
import type { RequestLog } from './goproxy.ts'
import { lastJsonLine, runInNetworkNamespace } from './netns.ts'

/**
 * One run of the action. In inputs and env values, {proxy} stands for the world's module proxy
 * URL, {port} for its port and {forward} for the URL of the run's forward proxy.
 */
export interface IsolatedRunSpec {
  inputs: Record<string, string>
  env?: Record<string, string>
  /** Names the namespace's DNS server answers with 127.0.0.1 during this run; others are NXDOMAIN. */
  dnsNames?: string[]
  /** Start a forward proxy (forward-proxy.ts) for this run, relaying these names to 127.0.0.1. */
  forwardProxyHosts?: string[]
  /** Run `go build` in the project between the steps, so GOCACHE has news for a post step that saves. */
  buildBetween?: boolean
}

export interface IsolatedWorldSpec {
  modules: ModuleVersion[]
  runs: IsolatedRunSpec[]
}

export interface IsolatedRunResult {
  exitCode: number
  stdout: string
  stderr: string
  /** How long the main step took. */
  ms: number
  post?: { exitCode: number; stdout: string; stderr: string; ms: number }
  /** Everything both steps printed. */
  log: string
  outputs: Record<string, string>
  exportedEnv: Record<string, string>
  /** What the world's module proxy was asked during the run. */
  proxyRequests: RequestLog[]
  /** What the forward proxy relayed; empty without one. */
  forwardLog: RelayLog[]
  /** Every question the namespace's DNS server got during the run. */
  dnsQuestions: DnsQuestion[]
  /** The questions it got during the post step alone. */
  postDnsQuestions: DnsQuestion[]
}

export interface IsolatedWorldResult {
  /** The network as the runs saw it. */
  network: { interfaces: string[]; resolvConf: string }
  proxyUrl: string
  proxyPort: number
  runs: IsolatedRunResult[]
}

const SELF = fileURLToPath(import.meta.url)

/** Builds a world inside an isolated network namespace and runs the action there as spec says. */
export async function runIsolatedWorld(spec: IsolatedWorldSpec, timeoutMs = 100_000): Promise<IsolatedWorldResult> {
  const result = await runInNetworkNamespace([process.execPath, '--experimental-strip-types', SELF, JSON.stringify(spec)], { timeoutMs })
  if (result.exitCode !== 0) {
    throw new Error(`the run in the network namespace failed (exit ${result.exitCode})\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`)
  }
  return lastJsonLine<IsolatedWorldResult>(result)
}

function fill(values: Record<string, string>, placeholders: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, v.replace(/\{(proxy|port|forward)\}/g, (m, name: string) => placeholders[name] ?? m)])
  )
}

async function runInside(spec: IsolatedWorldSpec): Promise<IsolatedWorldResult> {
  const dns = await startDnsServer()
  const world = await createWorld({ modules: spec.modules })
  try {
    const runs: IsolatedRunResult[] = []
    for (const runSpec of spec.runs) {
      let forward: ForwardProxy | undefined
      try {
        if (runSpec.forwardProxyHosts !== undefined) forward = await startForwardProxy({ hosts: runSpec.forwardProxyHosts })
        const placeholders = { proxy: world.proxy.url, port: String(world.proxy.port), forward: forward?.url ?? '' }
        dns.names.clear()
        for (const name of runSpec.dnsNames ?? []) dns.names.add(name)
        dns.questions.length = 0
        await world.emptyModCache()
        world.proxy.clearRequests()
        let beforePost = 0
        const run = await world.run({
          inputs: fill(runSpec.inputs, placeholders),
          env: fill(runSpec.env ?? {}, placeholders),
          between: async ({ env }) => {
            if (runSpec.buildBetween === true) {
              const built = await runGo(['build', '-o', '/dev/null', '.'], { cwd: world.project, env: { ...world.env, ...env } })
              if (built.code !== 0) throw new Error(`go build between the steps failed:\n${built.stderr}`)
            }
            beforePost = dns.questions.length
          }
        })
        runs.push({
          exitCode: run.main.exitCode,
          stdout: run.main.stdout,
          stderr: run.main.stderr,
          ms: run.main.ms,
          ...(run.post ? { post: run.post } : {}),
          log: run.log,
          outputs: run.outputs,
          exportedEnv: run.exportedEnv,
          proxyRequests: [...world.proxy.requests],
          forwardLog: [...(forward?.log ?? [])],
          dnsQuestions: [...dns.questions],
          postDnsQuestions: dns.questions.slice(beforePost)
        })
      } finally {
        await forward?.close()
      }
    }
    return {
      network: { interfaces: Object.keys(os.networkInterfaces()), resolvConf: await readFile('/etc/resolv.conf', 'utf8') },
      proxyUrl: world.proxy.url,
      proxyPort: world.proxy.port,
      runs
    }
  } finally {
    await world.close()
    await dns.close()
  }
}

// argv[1] is the path as given; import.meta.url is the real one.
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === SELF) {
  const spec = JSON.parse(process.argv[2] ?? '') as IsolatedWorldSpec
  const result = await runInside(spec)
  process.stdout.write('\n' + JSON.stringify(result) + '\n')
}
