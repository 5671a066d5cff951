// toolchain: the fixture's consumer with `toolchain go1.99.0` in its go.mod, a Go newer than the
// machine's, behind GOPROXY=<black hole>|<good proxy>. go alone switches on its first command and
// downloads the toolchain module through that chain: the request to the black hole never ends, and
// go has no timeout. The action probes the chain, fetches the toolchain through the good proxy
// (go checking it against a loopback checksum database), files it in the tool cache, then
// downloads the modules with it. Also measured: go alone through the good proxy only (what the
// switch and the modules cost with no fault), and the action's second run, with the toolchain in
// the tool cache. The toolchain zip is the machine's cmd/go under a new name (a few MB; a real one
// is about 70 MB), so transfer times are smaller than on a real network.
import { appendFile, cp, mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startChecksumDb, type ChecksumDb } from '../../__tests__/support/checksum-db.ts'
import { buildToolchainModule, writeToolchainModule } from '../../__tests__/support/fake-toolchain.ts'
import { goEnv, removeTree, runGo, type GoEnv } from '../../__tests__/support/fixtures.ts'
import { startGoProxy, type GoProxy } from '../../__tests__/support/goproxy.ts'
import { copyProject, type Fixture } from '../fixture.ts'
import { formatMs, markdownTable, median, settle } from '../lib.ts'
import type { BenchContext, Scenario, ScenarioResult } from '../scenario.ts'
import { createBenchWorld, NO_NETWORK } from '../world.ts'
import { formatBoundedMs, formatRatio, GO_ALONE_BOUND_MS, goAloneMedian } from './blackhole.ts'

const DEFAULT_REPS = 3
const TOOLCHAIN = 'go1.99.0'

interface GoRun {
  ms: number
  finished: boolean
  exitCode: number
  /** Toolchain zips the good proxy served. */
  toolchainZips: number
}

interface ActionRun {
  totalMs: number
  probeMs: number
  toolchainMs: number
  downloadMs: number
  source: string
}

interface Sample {
  rep: number
  first: string
  goBehindHole: GoRun
  goHealthy: GoRun
  cold: ActionRun
  warm: ActionRun
}

interface Setup {
  fixture: Fixture
  sumdb: ChecksumDb
  hole: GoProxy
  good: GoProxy
}

const toolchainEnv = (sumdb: ChecksumDb) => ({ GOTOOLCHAIN: 'auto', GOSUMDB: sumdb.gosumdb })

async function addToolchainLine(projectDir: string): Promise<void> {
  await appendFile(path.join(projectDir, 'go.mod'), `\ntoolchain ${TOOLCHAIN}\n`)
}

/** `go mod download` in a fresh copy of the project with empty caches, stopped at the bound. */
async function runGoAlone(s: Setup, goproxy: string): Promise<GoRun> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-tc-go-'))
  try {
    const project = path.join(base, 'app')
    await copyProject(s.fixture, project)
    await addToolchainLine(project)
    const env: GoEnv = { ...goEnv(path.join(base, 'go'), { GOPROXY: goproxy, ...toolchainEnv(s.sumdb) }), ...NO_NETWORK }
    await mkdir(env.GOMODCACHE!, { recursive: true })
    s.good.clearRequests()
    await settle()
    const started = performance.now()
    const result = await runGo(['mod', 'download'], { cwd: project, env, timeoutMs: GO_ALONE_BOUND_MS })
    const ms = performance.now() - started
    if (!result.timedOut && result.code !== 0) throw new Error(`go alone failed: ${result.stderr}`)
    return {
      ms,
      finished: !result.timedOut,
      exitCode: result.code,
      toolchainZips: s.good.requests.filter((r) => r.path.startsWith('/golang.org/toolchain/') && r.path.endsWith('.zip')).length
    }
  } finally {
    await removeTree(base)
  }
}

/** The action twice in one world: cold (empty module cache, cache service and tool cache), then warm. */
async function runActionTwice(s: Setup): Promise<{ cold: ActionRun; warm: ActionRun }> {
  const toolCache = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-toolcache-'))
  const world = await createBenchWorld(s.fixture, s.good, {
    inputs: { proxies: `${s.hole.url}|${s.good.url}` },
    env: { ...toolchainEnv(s.sumdb), RUNNER_TOOL_CACHE: toolCache }
  })
  try {
    await addToolchainLine(path.join(world.workspace, 'app'))
    const one = async (expected: string): Promise<ActionRun> => {
      await settle()
      const t = await world.run()
      const run = {
        totalMs: t.totalMs,
        probeMs: t.probeMs ?? Number.NaN,
        toolchainMs: Number(t.outputs['toolchain-ms']),
        downloadMs: t.downloadMs,
        source: t.outputs['toolchain-source'] ?? ''
      }
      if (t.outputs['go-version'] !== TOOLCHAIN.slice(2) || run.source !== expected) {
        throw new Error(`expected ${TOOLCHAIN} from ${expected}, got ${t.outputs['go-version']} from ${run.source}`)
      }
      return run
    }
    const cold = await one(s.good.url)
    await world.emptyModCache()
    const warm = await one('tool-cache')
    return { cold, warm }
  } finally {
    await world.close()
    await removeTree(toolCache)
  }
}

export const toolchain: Scenario = {
  name: 'toolchain',
  title: `A toolchain line (${TOOLCHAIN}) behind GOPROXY=<black hole>|<good proxy>: go alone (stopped at 120 s) against the action, which fetches the toolchain through the healthy chain and keeps it in the tool cache.`,
  async run(ctx: BenchContext): Promise<ScenarioResult> {
    const reps = ctx.reps ?? DEFAULT_REPS
    const module = await buildToolchainModule(TOOLCHAIN)
    const root = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-tc-proxy-'))
    await cp(ctx.fixture.proxyRoot, root, { recursive: true })
    await writeToolchainModule(root, module)
    const sumdb = await startChecksumDb({ lines: module.sumLines })
    const good = await startGoProxy({ root })
    const hole = await startGoProxy({ root, fault: 'blackhole' })
    const setup: Setup = { fixture: ctx.fixture, sumdb, hole, good }
    try {
      const samples: Sample[] = []
      for (let rep = 1; rep <= reps; rep++) {
        const goFirst = rep % 2 === 1
        let action: { cold: ActionRun; warm: ActionRun } | undefined
        if (!goFirst) action = await runActionTwice(setup)
        const goBehindHole = await runGoAlone(setup, `${hole.url}|${good.url}`)
        const goHealthy = await runGoAlone(setup, good.url)
        if (goFirst) action = await runActionTwice(setup)
        const sample = { rep, first: goFirst ? 'go alone' : 'action', goBehindHole, goHealthy, ...action! }
        samples.push(sample)
        ctx.log(
          `rep ${rep}/${reps}: go alone behind the hole ${sample.goBehindHole.finished ? formatMs(sample.goBehindHole.ms) : 'killed'}, ` +
            `go alone healthy ${formatMs(sample.goHealthy.ms)}, action cold ${sample.cold.totalMs} ms ` +
            `(toolchain ${sample.cold.toolchainMs} ms), warm ${sample.warm.totalMs} ms (toolchain ${sample.warm.toolchainMs} ms)`
        )
      }

      const goHole = goAloneMedian(samples.map((s) => s.goBehindHole))
      const goHealthy = median(samples.map((s) => s.goHealthy.ms))
      const cold = median(samples.map((s) => s.cold.totalMs))
      const coldToolchain = median(samples.map((s) => s.cold.toolchainMs))
      const probe = median(samples.map((s) => s.cold.probeMs))
      const warm = median(samples.map((s) => s.warm.totalMs))
      const warmToolchain = median(samples.map((s) => s.warm.toolchainMs))
      const headlineRatio = formatRatio(goHole.ms, cold, goHole.bounded)
      const finished = samples.filter((s) => s.goBehindHole.finished).length

      const details = [
        `The fixture's consumer with \`toolchain ${TOOLCHAIN}\` added to its go.mod; the machine's go is older, ` +
          `GOTOOLCHAIN=auto. A copy of the fixture's proxy root also serves \`golang.org/toolchain@${module.version}\` ` +
          `(${(module.zip.length / 1048576).toFixed(1)} MiB), and a loopback checksum database vouches for it. ` +
          `${reps} repetitions, alternating whether go alone or the action goes first, of:`,
        '',
        `- **go alone behind the hole**: \`go mod download\` with \`GOPROXY=<black hole>|<good>\` and empty caches, ` +
          `stopped at ${GO_ALONE_BOUND_MS / 1000} s.`,
        '- **go alone, healthy**: the same with `GOPROXY=<good>`: the switch and the modules with no fault.',
        '- **action cold**: the bundled action with `proxies: <black hole>|<good>`, empty module cache, cache service ' +
          'and tool cache; its total-ms, probe-ms and toolchain-ms outputs. It must report the toolchain from the good proxy.',
        '- **action warm**: the same world again with an emptied GOMODCACHE: the modules come from the cache ' +
          'service, the toolchain from the tool cache (`toolchain-source: tool-cache`).',
        '',
        '### Every repetition',
        '',
        markdownTable(
          ['rep', 'first', 'go alone behind the hole', 'go alone, healthy', 'action cold total', 'probe', 'toolchain', 'action warm total', 'warm toolchain'],
          samples.map((s) => [
            s.rep,
            s.first,
            s.goBehindHole.finished ? formatMs(s.goBehindHole.ms) : `≥${GO_ALONE_BOUND_MS / 1000} s (killed)`,
            formatMs(s.goHealthy.ms),
            s.cold.totalMs,
            s.cold.probeMs,
            s.cold.toolchainMs,
            s.warm.totalMs,
            s.warm.toolchainMs
          ])
        ),
        '',
        '### Medians',
        '',
        markdownTable(
          ['go alone behind the hole', 'go alone, healthy', 'action cold', 'probe', 'toolchain', 'action warm', 'warm toolchain', 'go behind the hole / action cold'],
          [[formatBoundedMs(goHole), formatMs(goHealthy), cold, probe, coldToolchain, warm, warmToolchain, headlineRatio]]
        )
      ].join('\n')

      return {
        headlines: [
          { metric: 'go alone behind the hole (median)', value: formatBoundedMs(goHole) },
          { metric: 'go alone behind the hole finished', value: `${finished} of ${reps}` },
          { metric: 'go alone, healthy chain (median)', value: formatMs(goHealthy) },
          { metric: 'action cold total-ms (median)', value: formatMs(cold) },
          { metric: 'action cold toolchain-ms (median)', value: formatMs(coldToolchain) },
          { metric: 'action warm toolchain-ms (median)', value: formatMs(warmToolchain) },
          { metric: 'go alone behind the hole / action cold', value: headlineRatio }
        ],
        details
      }
    } finally {
      await hole.close()
      await good.close()
      await sumdb.close()
      await removeTree(root)
    }
  }
}
