// peers: the action beside what a user would pick instead, on two projects. cli/cli v2.60.0
// (bench/corpus.ts) over the network model of `network` (proxy 50 MB/s + 20 ms per request, cache
// service 100 MB/s), and a project of 10 generated modules (bench/fixture.ts) with no throttle.
// Each repetition, per project, with the order rotating by one each repetition:
//
// - cold: a bare `go mod download` (go's defaults), a whole job of actions/setup-go v7 (`cache:
//   true`) and one of this action (`cache-build: true`, so both cache GOMODCACHE and GOCACHE),
//   each action with a fresh cache service of its own;
// - warm: a whole job of each action again, restoring what its cold job saved.
//
// Every job runs in module and build cache directories never used before (bench/peer-jobs.ts).
// The headline ratios are per repetition, of jobs measured side by side: the action's cold
// download-ms and main step against the bare go command, its warm job against setup-go's.
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { GO_ROOT, removeTree } from '../../__tests__/support/fixtures.ts'
import { startGoProxy, type GoProxy } from '../../__tests__/support/goproxy.ts'
import { thisAction } from '../../__tests__/support/runner.ts'
import { CORPUS_GOFLAGS, loadBuildCacheSeed, loadCorpus } from '../corpus.ts'
import { loadFixture } from '../fixture.ts'
import { describeMachine, formatBytes, formatCount, rotation, settle, warmPageCache, type MachineInfo } from '../lib.ts'
import type { BenchContext, Headline, Scenario, ScenarioResult } from '../scenario.ts'
import { BESIDE_SETUP_GO, CACHE_THROTTLE, MB, PROXY_THROTTLE, restoredBothCaches } from '../network-model.ts'
import { peerJob, startPeerRun, type JobContext, type JobNumbers, type Peer, type PeerProject, type PeerRun } from '../peer-jobs.ts'
import { BARE, OURS, projectDetails, projectHeadlines, SETUP_GO, type Phase, type PeersSample } from '../peers-report.ts'
import { goVersionNumber, loadSetupGo, prepareToolCache, runnerImage, setupGoInputs, setupGoRestored } from '../setup-go.ts'
import { WORKING_DIRECTORY } from '../world.ts'
import { bareGo } from './cold-vs-go.ts'

const DEFAULT_REPS = 3
/** The small project: 10 generated modules of 34 files (~4 KB each), served at loopback speed. */
const SMALL = { modules: 10, filesPerModule: 34, fileSize: 4096 }

/** BENCH_PEERS_PROJECT=<name> ('10 modules' or 'cli/cli') measures that project alone, for a quick look. */
async function loadProjects(machine: MachineInfo, log: (m: string) => void, only = process.env.BENCH_PEERS_PROJECT): Promise<PeerProject[]> {
  const small = await loadFixture(SMALL, machine.go, log)
  const smallSeed = await loadBuildCacheSeed({ ...small, module: small.consumer }, log)
  const corpus = await loadCorpus(machine.go, log)
  const corpusSeed = await loadBuildCacheSeed(corpus, log)
  return [
    {
      name: '10 modules',
      description:
        `**10 modules**: a generated consumer requiring ${small.modules.length} modules of ${SMALL.filesPerModule} files ` +
        `(${formatBytes(small.stats.zipBytes)} of zips; bench/fixture.ts), served by the loopback proxy and cache service with no throttle.`,
      projectDir: small.projectDir,
      proxyRoot: small.proxyRoot,
      seed: smallSeed
    },
    {
      name: 'cli/cli',
      description:
        `**cli/cli**: ${corpus.module} ${corpus.version}, ${corpus.stats.zips} module zips (${formatBytes(corpus.stats.zipBytes)}; ` +
        `bench/corpus.ts) from a loopback proxy that waits ${PROXY_THROTTLE.perRequestMs} ms before each answer and shares ` +
        `${PROXY_THROTTLE.bytesPerSecond / MB} MB/s among the bodies in flight; each cache service moves archive bytes at ` +
        `${CACHE_THROTTLE.bytesPerSecond / MB} MB/s (MB = 10⁶ bytes).`,
      projectDir: corpus.projectDir,
      proxyRoot: corpus.proxyRoot,
      proxyThrottle: PROXY_THROTTLE,
      cacheThrottle: CACHE_THROTTLE,
      seed: corpusSeed
    }
  ].filter((p) => only === undefined || p.name === only)
}

/** The bare command, as a job: go's defaults (GOMAXPROCS = the cores) into a new GOMODCACHE. */
async function bareJob(project: PeerProject, proxy: GoProxy, base: string): Promise<JobNumbers> {
  const run = await bareGo(BARE).run({ corpus: project, proxy, base }, path.join(base, 'bare-gomodcache'))
  return {
    mainMs: run.wallMs,
    jobMs: run.wallMs,
    modules: run.modules,
    zipRequests: run.zipRequests,
    otherRequests: proxy.requests.length - run.zipRequests
  }
}

async function runPhase(names: readonly string[], job: (name: string) => Promise<JobNumbers>): Promise<Phase> {
  const jobs: Phase['jobs'] = {}
  for (const name of names) jobs[name] = await job(name)
  return { order: [...names], jobs }
}

function describePhase(phase: Phase): string {
  return phase.order.map((n) => `${n} ${Math.round(phase.jobs[n]!.jobMs)} ms`).join(', ')
}

/** Every repetition on one project; each repetition's trees are removed after it, outside any timed step. */
async function measureProject(
  project: PeerProject,
  peers: readonly Peer[],
  reps: number,
  root: string,
  runnerEnv: Record<string, string>,
  log: (m: string) => void
): Promise<PeersSample[]> {
  const proxy = await startGoProxy({ root: project.proxyRoot, throttle: project.proxyThrottle })
  const ctx: JobContext = { project, proxy, runnerEnv }
  await warmPageCache(project.proxyRoot)
  const samples: PeersSample[] = []
  try {
    for (let rep = 1; rep <= reps; rep++) {
      const base = await mkdtemp(path.join(root, 'rep-'))
      const runs = new Map<string, PeerRun>()
      try {
        for (const peer of peers) runs.set(peer.name, await startPeerRun(peer, path.join(base, peer.name), project))
        const cold = await runPhase(rotation([BARE, ...runs.keys()], rep), (name) =>
          name === BARE ? bareJob(project, proxy, base) : peerJob(runs.get(name)!, ctx, true)
        )
        if (cold.jobs[BARE]!.modules !== cold.jobs[OURS]!.modules) {
          throw new Error(`${project.name}, rep ${rep}: ${BARE} left ${cold.jobs[BARE]!.modules} module zips, ${OURS} ${cold.jobs[OURS]!.modules}`)
        }
        const warm = await runPhase(rotation([...runs.keys()], rep), (name) => peerJob(runs.get(name)!, ctx, false))
        samples.push({ rep, cold, warm })
        log(`${project.name} rep ${rep}/${reps}: cold ${describePhase(cold)}; warm ${describePhase(warm)}`)
      } finally {
        for (const run of runs.values()) await run.cache.close()
        await removeTree(base)
        await settle()
      }
    }
    return samples
  } finally {
    await proxy.close()
  }
}

function method(reps: number, cpus: number, setupGoLine: string, oursInputs: string): string {
  return (
    `${reps} repetition${reps === 1 ? '' : 's'} per project. Each: the cold jobs, then the warm ones, interleaved, the order rotating by one each ` +
    `repetition. **${BARE}**: the go command alone in a fresh copy of the project, go's defaults (GOMAXPROCS = ${cpus} cores here). ` +
    `${setupGoLine} **${OURS}** with ${oursInputs}: like setup-go it caches GOMODCACHE and GOCACHE, so both warm jobs restore the ` +
    `same two caches. Each action has a cache service of its own per repetition; its cold job (nothing cached) fills it and its warm ` +
    `job restores from it. A job: the action's main step, \`go build -v ./...\`, its post step, timed as the runner would (whole job: ` +
    `from the start of the main step to the end of the post step). In a cold job the build step first copies a build cache warmed ` +
    `once by \`go build ./...\` into the empty GOCACHE, standing in for a first build (every entry new, all saved) without minutes ` +
    `of compiling, so its go build time is not a compile time. Every job runs in a GOMODCACHE and GOCACHE never used before: ` +
    `the same path strings (setup-go's cache version hashes them) through a link repointed to a new directory per job, since ` +
    `extracting where a tree was just deleted is several times slower on these machines; the trees are removed after each ` +
    `repetition, outside any timed step, and \`sync\` runs before every job. GOFLAGS=\`${CORPUS_GOFLAGS}\` (-trimpath: the build ` +
    `cache serves any module cache path); GOSUMDB=off (go.sum holds every hash). Ratios are taken within a repetition, then their ` +
    `median. **.zip requests** and **other proxy requests** are what the proxy saw during the job: a warm job with no .zip request ` +
    `fetched no module; **zips in GOMODCACHE** is counted after the job (a cache restored without zips leaves none).`
  )
}

export const peers: Scenario = {
  name: 'peers',
  title:
    'The action beside a bare `go mod download` and actions/setup-go v7 (`cache: true`), cold and warm, on cli/cli over the modelled network (proxy 50 MB/s + 20 ms per request, cache 100 MB/s) and on a 10-module project with no throttle.',
  async run(ctx: BenchContext): Promise<ScenarioResult> {
    const reps = ctx.reps ?? DEFAULT_REPS
    const machine = await describeMachine()
    const projects = await loadProjects(machine, ctx.log)
    const found = await loadSetupGo(ctx.log)
    const goVersion = goVersionNumber(machine.go)
    const skipped =
      found.skipped ?? (goVersion === undefined ? `the machine's go (${machine.go}) is not a release setup-go can be given` : undefined)
    const root = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-peers-'))
    try {
      const toolCache = path.join(root, 'toolcache')
      const ours: Peer = {
        name: OURS,
        action: await thisAction(),
        inputs: BESIDE_SETUP_GO,
        workingDirectory: WORKING_DIRECTORY,
        entriesAfterCold: 2,
        restored: restoredBothCaches
      }
      const peerList: Peer[] = [ours]
      if (skipped === undefined) {
        await prepareToolCache(toolCache, goVersion!, GO_ROOT)
        peerList.unshift({
          name: SETUP_GO,
          action: found.setupGo!.action,
          inputs: setupGoInputs(goVersion!, WORKING_DIRECTORY),
          workingDirectory: WORKING_DIRECTORY,
          entriesAfterCold: 1,
          restored: setupGoRestored
        })
      } else ctx.log(`setup-go skipped: ${skipped}`)

      const headlines: Headline[] = []
      const sections: string[] = []
      for (const project of projects) {
        const samples = await measureProject(project, peerList, reps, root, runnerImage(toolCache), ctx.log)
        headlines.push(...projectHeadlines(project.name, samples))
        sections.push(`### ${project.name}`, '', project.description, '', projectDetails(samples), '')
      }
      if (skipped !== undefined) headlines.push({ metric: `actions/${SETUP_GO}`, value: `skipped: ${skipped}` })

      const setupGoLine =
        skipped === undefined
          ? `**${SETUP_GO}**: actions/setup-go ${found.setupGo!.tag} (commit ${found.setupGo!.commit.slice(0, 12)}), its committed dist/ ` +
            `run by the same job harness with \`go-version: ${goVersion}\`, \`cache: true\`, \`cache-dependency-path: ` +
            `${WORKING_DIRECTORY}/go.sum\`, and a RUNNER_TOOL_CACHE holding this machine's Go, so it downloads no Go.`
          : `actions/setup-go was skipped: ${skipped}.`
      const inputs: Record<string, string> = { ...ours.action.defaults, ...BESIDE_SETUP_GO }
      const oursInputs = ['cache-build', 'cache-layout', 'background-save'].map((n) => `\`${n}: ${inputs[n]}\``).join(', ')
      const details = [
        method(reps, machine.cpus, setupGoLine, oursInputs),
        '',
        `Build caches copied into cold jobs: ${projects.map((p) => `${p.name} ${formatCount(p.seed.files)} files, ${formatBytes(p.seed.bytes)}`).join('; ')}.`,
        '',
        ...sections
      ].join('\n')
      return { headlines, details }
    } finally {
      await removeTree(root)
    }
  }
}
