// restore-vs-tar: what the action's exact-hit restore costs (lookup, archive download over
// loopback, extraction by @actions/cache) against a bare `tar -x` of the very same archive file
// into an empty directory: the floor any restore of this archive has to pay on this machine.
// The two alternate within one run, so the ratio compares like with like on a noisy machine.
import { mkdir, mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import { removeTree } from '../../__tests__/support/fixtures.ts'
import { extractArgs } from '../archive.ts'
import {
  commandOutput,
  formatBytes,
  formatCount,
  formatMs,
  markdownTable,
  median,
  ratio,
  settle,
  timeCommand,
  treeStats,
  type BenchContext,
  type Scenario,
  type ScenarioResult,
  type TreeStats
} from '../lib.ts'
import { createBenchWorld, expectRun, type BenchWorld } from '../world.ts'

const DEFAULT_REPS = 5

interface Sample {
  rep: number
  /** Which of the two ran first in this repetition. */
  first: 'restore' | 'tar'
  restoreMs: number
  tarMs: number
}

/**
 * Where to point tar's -C inside an empty directory so that the archive lands inside it: members
 * are stored relative to the workspace, as ../go/… when GOMODCACHE lies outside it, so the stand-in
 * workspace sits as many levels down as the members climb up.
 */
function standInWorkspace(world: BenchWorld, root: string): string {
  const climbs = path.relative(world.workspace, world.modCache).split(path.sep).filter((s) => s === '..').length
  return path.join(root, ...Array.from({ length: climbs }, (_, i) => `w${i}`))
}

async function timeRestore(world: BenchWorld, modules: number): Promise<number> {
  await world.emptyModCache()
  await settle()
  const run = await world.run()
  expectRun(run, { cacheHit: true, modules }, 'warm run')
  return run.restoreMs
}

/** Extracts into a fresh empty directory; only tar itself is timed. */
async function timeTar(world: BenchWorld, args: (workspace: string) => string[]): Promise<{ ms: number; tree: TreeStats }> {
  const dir = await mkdtemp(path.join(world.base, 'tar-'))
  try {
    const workspace = standInWorkspace(world, dir)
    await mkdir(workspace, { recursive: true })
    await settle()
    const { ms } = await timeCommand('tar', args(workspace))
    return { ms, tree: await treeStats(dir) }
  } finally {
    await removeTree(dir)
  }
}

export const restoreVsTar: Scenario = {
  name: 'restore-vs-tar',
  title: "The action's exact-hit restore-ms against a bare tar -x of the same archive file into an empty directory.",
  async run(ctx: BenchContext): Promise<ScenarioResult> {
    const reps = ctx.reps ?? DEFAULT_REPS
    const modules = ctx.fixture.modules.length
    const world = await createBenchWorld(ctx.fixture, ctx.proxy)
    try {
      const cold = await world.run()
      expectRun(cold, { cacheHit: false, modules }, 'cold run')
      const [entry] = world.cache.entries()
      if (entry === undefined) throw new Error('cold run: the module cache was not saved')
      const format = await commandOutput('file', ['-b', entry.path])
      const args = (workspace: string): string[] => extractArgs(format, entry.path, workspace)
      ctx.log(`archive ${entry.size} bytes: ${format}`)

      let modCache: TreeStats | undefined
      let extracted: TreeStats | undefined
      const samples: Sample[] = []
      for (let rep = 1; rep <= reps; rep++) {
        const first = rep % 2 === 1 ? 'restore' : 'tar'
        let restoreMs = 0
        let tarMs = 0
        for (const which of first === 'restore' ? (['restore', 'tar'] as const) : (['tar', 'restore'] as const)) {
          if (which === 'restore') {
            restoreMs = await timeRestore(world, modules)
            modCache ??= await treeStats(world.modCache)
          } else {
            const tar = await timeTar(world, args)
            tarMs = tar.ms
            extracted ??= tar.tree
          }
        }
        ctx.log(`rep ${rep}/${reps} (${first} first): restore-ms ${restoreMs}, tar ${Math.round(tarMs)} ms`)
        samples.push({ rep, first, restoreMs, tarMs })
      }

      const restoreMedian = median(samples.map((s) => s.restoreMs))
      const tarMedian = median(samples.map((s) => s.tarMs))
      const details = [
        `One cold run fills the cache service; then ${reps} repetitions, alternating which goes first, of ` +
          `(a) the action on an exact hit into the emptied GOMODCACHE (its restore-ms output: lookup, archive ` +
          `download over loopback, extraction) and (b) \`tar ${extractArgs(format, '<archive>', '<empty dir>/w0').join(' ')}\` of the cache ` +
          `service's stored archive file (the same arguments @actions/cache uses, with an empty directory in place ` +
          `of the workspace), timed around the tar process.`,
        '',
        `- Archive: ${formatBytes(entry.size)}, ${format}`,
        `- GOMODCACHE after the restore: ${formatCount(modCache!.files)} files, ${formatBytes(modCache!.bytes)}`,
        `- tar's extraction: ${formatCount(extracted!.files)} files, ${formatBytes(extracted!.bytes)}`,
        `- The cold run that saved it: total-ms ${cold.totalMs}, download-ms ${cold.downloadMs}, save-ms ${cold.saveMs}`,
        '',
        '### Every repetition',
        '',
        markdownTable(
          ['rep', 'first', 'restore-ms', 'tar-ms', 'restore/tar'],
          samples.map((s) => [s.rep, s.first, s.restoreMs, Math.round(s.tarMs), ratio(s.restoreMs, s.tarMs)])
        ),
        '',
        '### Medians',
        '',
        markdownTable(['restore-ms', 'tar-ms', 'restore-ms / tar-ms'], [[restoreMedian, Math.round(tarMedian), ratio(restoreMedian, tarMedian)]])
      ].join('\n')
      return {
        headlines: [
          { metric: 'restore-ms (median)', value: formatMs(restoreMedian) },
          { metric: 'tar -x (median)', value: formatMs(tarMedian) },
          { metric: 'restore-ms / tar-ms', value: ratio(restoreMedian, tarMedian) },
          { metric: 'archive size', value: formatBytes(entry.size) },
          { metric: 'files in GOMODCACHE', value: formatCount(modCache!.files) }
        ],
        details
      }
    } finally {
      await world.close()
    }
  }
}
