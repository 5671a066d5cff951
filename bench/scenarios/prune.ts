// prune: what pruning before the save does to the cache over successive dependency bumps. Five
// bumps, each requiring the next version of one module in five (go.sum written by go).
// - pruned: the bundled action (cache-layout full, so that only the pruning differs) for the
//   fixture's consumer and then for each bump, GOMODCACHE
//   emptied in place before each run, so each run restores the entry the one before saved (a
//   restore-key hit), downloads the bumped versions, prunes the ones no longer needed and saves.
// - not pruned: the same sequence with plain `go mod download` into one GOMODCACHE that keeps
//   everything, archived after each step in the action's own format (bench/archive.ts).
// The not-pruned sequence runs for both series of bumps.ts, so the ratio comes with its floor:
// versions that share their content with the previous one.
import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { goEnv, removeTree, type GoEnv } from '../../__tests__/support/fixtures.ts'
import { startGoProxy, type GoProxy } from '../../__tests__/support/goproxy.ts'
import { archiveTree, type Archive } from '../archive.ts'
import { loadBumps, type BumpSeries, type Bumps, type SeriesName } from '../bumps.ts'
import { copyProject } from '../fixture.ts'
import { formatBytes, formatCount, markdownTable, ratio, settle, timeGo, treeStats, zipsIn, type TreeStats } from '../lib.ts'
import type { BenchContext, Scenario, ScenarioResult } from '../scenario.ts'
import { createBenchWorld, expectRun, NO_NETWORK, type ActionTimes } from '../world.ts'

const BUMPS = 5
/** The whole GOMODCACHE, as the not-pruned side archives it: the two differ only by the pruning. */
const LAYOUT = 'full'
const EVERY = 5

/** The state of a module cache after a step. */
interface CacheShape {
  tree: TreeStats
  /** Module versions with a zip in cache/download. */
  zips: number
}

interface PrunedStep {
  step: number
  /** The bumped modules' version this step requires. */
  version: string
  times: ActionTimes
  state: string
  pruned: number
  cacheFiles: number
  /** The archive the cache service stored for this step's save. */
  entryBytes: number
}

interface PrunedRun {
  steps: PrunedStep[]
  final: CacheShape
  /** The final GOMODCACHE archived by this bench's copy of the save command, to check it against the entry. */
  check: Archive
}

interface AccumulatedStep {
  step: number
  version: string
  downloadMs: number
  shape: CacheShape
  archive: Archive
}

interface AccumulatedRun {
  series: SeriesName
  steps: AccumulatedStep[]
}

async function shapeOf(modCache: string): Promise<CacheShape> {
  return { tree: await treeStats(modCache), zips: await zipsIn(modCache) }
}

function stepVersion(ctx: BenchContext, series: BumpSeries, step: number): string {
  return step === 0 ? ctx.fixture.modules[0]!.version : series.versions[step - 1]!
}

/** The action at every step, each run restoring the entry the previous one saved. */
async function runPruned(ctx: BenchContext, bumps: Bumps, proxy: GoProxy, series: BumpSeries): Promise<PrunedRun> {
  const modules = ctx.fixture.modules.length
  const world = await createBenchWorld(ctx.fixture, proxy, { inputs: { 'cache-layout': LAYOUT } })
  try {
    const steps: PrunedStep[] = []
    for (let step = 0; step <= series.versions.length; step++) {
      if (step > 0) {
        await world.useProject(series.projectDirs[step - 1]!)
        await world.emptyModCache()
      }
      await settle()
      const times = await world.run()
      const what = step === 0 ? 'the run before the bumps' : `bump ${step}`
      expectRun(times, { cacheHit: false, modules }, what)
      const state = times.outputs['cache-state'] ?? ''
      const pruned = Number(times.outputs.pruned)
      const expected = step === 0 ? { state: 'miss', pruned: 0 } : { state: 'partial', pruned: bumps.bumped.length }
      if (state !== expected.state || pruned !== expected.pruned) {
        throw new Error(`${what}: expected cache-state ${expected.state} and ${expected.pruned} pruned, got ${state} and ${pruned}`)
      }
      const entries = world.cache.entries()
      if (entries.length !== step + 1) throw new Error(`${what}: the module cache was not saved as a new entry`)
      const entry = entries.at(-1)!
      const done: PrunedStep = {
        step,
        version: stepVersion(ctx, series, step),
        times,
        state,
        pruned,
        cacheFiles: Number(times.outputs['cache-files']),
        entryBytes: entry.size
      }
      ctx.log(`pruned, step ${step}: ${state}, pruned ${pruned}, entry ${entry.size} bytes, total-ms ${times.totalMs}`)
      steps.push(done)
    }
    const final = await shapeOf(world.modCache)
    const check = await archiveTree(world.modCache, path.join(world.base, 'check.tzst'))
    return { steps, final, check }
  } finally {
    await world.close()
  }
}

/** Plain go mod download at every step into one GOMODCACHE, archived after each. */
async function runAccumulated(ctx: BenchContext, proxy: GoProxy, series: BumpSeries): Promise<AccumulatedRun> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-accumulate-'))
  try {
    // The same layout as a bench world: the archive's member names are the action's.
    const workspace = path.join(base, 'workspace')
    const project = path.join(workspace, 'app')
    const env: GoEnv = { ...goEnv(path.join(base, 'go'), { GOPROXY: proxy.url }), ...NO_NETWORK }
    const modCache = env.GOMODCACHE!
    await mkdir(modCache, { recursive: true })
    const steps: AccumulatedStep[] = []
    for (let step = 0; step <= series.versions.length; step++) {
      await copyProject(step === 0 ? ctx.fixture : { projectDir: series.projectDirs[step - 1]! }, project)
      await settle()
      const download = await timeGo(['mod', 'download'], { cwd: project, env })
      const shape = await shapeOf(modCache)
      await settle()
      const file = path.join(base, `archive-${step}.tzst`)
      const archive = await archiveTree(modCache, file)
      await removeTree(file)
      ctx.log(`not pruned (${series.name}), step ${step}: ${shape.zips} versions, ${shape.tree.files} files, archive ${archive.bytes} bytes`)
      steps.push({ step, version: stepVersion(ctx, series, step), downloadMs: download.ms, shape, archive })
    }
    return { series: series.name, steps }
  } finally {
    await removeTree(base)
  }
}

function seriesNamed(bumps: Bumps, name: SeriesName): BumpSeries {
  const series = bumps.series.find((s) => s.name === name)
  if (series === undefined) throw new Error(`the bumps have no ${name} series`)
  return series
}

function prunedTable(run: PrunedRun): string {
  return markdownTable(
    ['step', 'bumped modules at', 'cache-state', 'pruned', 'cache-files', 'saved entry (bytes)', 'restore-ms', 'download-ms', 'save-ms', 'total-ms', 'rest of total-ms'],
    run.steps.map((s) => [
      s.step,
      s.version,
      s.state,
      s.pruned,
      s.cacheFiles,
      formatCount(s.entryBytes),
      s.times.restoreMs,
      s.times.downloadMs,
      s.times.saveMs,
      s.times.totalMs,
      untimedMs(s.times)
    ])
  )
}

/** What total-ms holds besides the timed phases: go mod verify after a partial restore, pruning, go env, reading the dependency files. */
function untimedMs(t: ActionTimes): number {
  return t.totalMs - t.restoreMs - t.downloadMs - t.saveMs
}

function accumulatedTable(runs: readonly AccumulatedRun[], pruned: PrunedRun): string {
  const rows = runs.flatMap((run) =>
    run.steps.map((s) => [
      run.series,
      s.step,
      s.version,
      Math.round(s.downloadMs),
      s.shape.zips,
      formatCount(s.shape.tree.files),
      formatCount(s.shape.tree.bytes),
      formatCount(s.archive.bytes),
      ratio(s.archive.bytes, pruned.steps[s.step]!.entryBytes)
    ])
  )
  return markdownTable(
    ['series', 'step', 'bumped modules at', 'go mod download (ms)', 'module versions', 'files', 'bytes on disk', 'archive (bytes)', 'archive / pruned entry of the step'],
    rows
  )
}

export const prune: Scenario = {
  name: 'prune',
  title:
    'Five dependency bumps: the archive the action saves after pruning, against a GOMODCACHE that keeps every version (plain go mod download), archived in the action’s own format.',
  async run(ctx: BenchContext): Promise<ScenarioResult> {
    const bumps = await loadBumps(ctx.fixture, { bumps: BUMPS, every: EVERY }, ctx.log)
    const proxy = await startGoProxy({ root: bumps.proxyRoot })
    try {
      const fresh = seriesNamed(bumps, 'fresh')
      const same = seriesNamed(bumps, 'same')
      const pruned = await runPruned(ctx, bumps, proxy, fresh)
      const accumulated = [await runAccumulated(ctx, proxy, fresh), await runAccumulated(ctx, proxy, same)]
      const [freshEnd, sameEnd] = accumulated.map((run) => run.steps.at(-1)!)
      const prunedEnd = pruned.steps.at(-1)!
      const bumped = bumps.bumped.length
      const modules = ctx.fixture.modules.length

      const finalRows: Array<Array<string | number>> = [
        ['pruned (the action’s saved entry)', pruned.final.zips, formatCount(pruned.final.tree.files), formatBytes(pruned.final.tree.bytes), formatBytes(prunedEnd.entryBytes), '1.00×'],
        ...accumulated.map((run) => {
          const end = run.steps.at(-1)!
          return [
            `not pruned, ${run.series} series`,
            end.shape.zips,
            formatCount(end.shape.tree.files),
            formatBytes(end.shape.tree.bytes),
            formatBytes(end.archive.bytes),
            ratio(end.archive.bytes, prunedEnd.entryBytes)
          ]
        })
      ]
      const details = [
        `The fixture's consumer requires ${modules} modules at ${stepVersion(ctx, fresh, 0)}; each of ${BUMPS} bumps requires ` +
          `the next version of ${bumped} of them (one in ${EVERY}), its go.sum written by \`go mod tidy\`. Two series of ` +
          `versions: **fresh** (v1.0.1…v1.0.${BUMPS}: every filler file is new content of the same size) and **same** ` +
          `(v1.1.1…v1.1.${BUMPS}: only go.mod and the package source change, the filler files stay those of v1.0.0).`,
        '',
        `- **pruned**: the bundled action with \`cache-layout: ${LAYOUT}\` (the whole GOMODCACHE, as the other side keeps it), fresh series: one run for the consumer as it was (a miss), then one per bump ` +
          `with the new project and GOMODCACHE emptied in place, so each run restores the previous entry through ` +
          `the restore key (cache-state partial), downloads the ${bumped} new versions, prunes and saves a new entry. ` +
          `Entry sizes are the cache service's stored archives.`,
        `- **not pruned**: plain \`go mod download\` for the same projects into one GOMODCACHE that keeps everything, ` +
          `archived whole after each step in the action's own format (bench/archive.ts: two zstd tar parts behind a ` +
          `header, as the action saves), which @actions/cache then wraps in a tar of its own for the cache service.`,
        '',
        `"Rest of total-ms" is total-ms less restore-ms, download-ms and save-ms: the phases the action does not ` +
          `time on their own, of which \`go mod verify\` (run after a partial restore, the default verify: partial) ` +
          `and the pruning itself are the large ones; the probe overlaps the restore.`,
        '',
        `Check: the final pruned GOMODCACHE archived whole in that format is ${formatBytes(pruned.check.bytes)}; the ` +
          `action's saved entry is ${formatBytes(prunedEnd.entryBytes)} (${ratio(pruned.check.bytes, prunedEnd.entryBytes)}).`,
        '',
        '### Pruned: the action at each step',
        '',
        prunedTable(pruned),
        '',
        '### Not pruned: plain go mod download at each step',
        '',
        accumulatedTable(accumulated, pruned),
        '',
        `### After ${BUMPS} bumps`,
        '',
        markdownTable(['GOMODCACHE', 'module versions', 'files', 'bytes on disk', 'archive', 'archive / pruned'], finalRows),
        '',
        `Not pruned / pruned archive after ${BUMPS} bumps: **${ratio(freshEnd!.archive.bytes, prunedEnd.entryBytes)}** ` +
          `with fresh versions, **${ratio(sameEnd!.archive.bytes, prunedEnd.entryBytes)}** when the versions share ` +
          `their filler files (the floor: zstd at level 3 without long-distance matching, as the action packs, can ` +
          `reuse a repeat only within its window).`
      ].join('\n')
      return {
        headlines: [
          { metric: `archive after ${BUMPS} bumps, pruned`, value: formatBytes(prunedEnd.entryBytes) },
          { metric: `archive after ${BUMPS} bumps, not pruned`, value: formatBytes(freshEnd!.archive.bytes) },
          { metric: 'not pruned / pruned archive', value: ratio(freshEnd!.archive.bytes, prunedEnd.entryBytes) },
          { metric: 'not pruned / pruned, versions sharing files', value: ratio(sameEnd!.archive.bytes, prunedEnd.entryBytes) },
          {
            metric: `files after ${BUMPS} bumps, pruned / not pruned`,
            value: `${formatCount(pruned.final.tree.files)} / ${formatCount(freshEnd!.shape.tree.files)}`
          },
          { metric: 'module versions pruned per bump', value: pruned.steps.slice(1).map((s) => s.pruned).join(', ') }
        ],
        details
      }
    } finally {
      await proxy.close()
    }
  }
}
