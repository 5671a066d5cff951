// restore-vs-tar: what the action's exact-hit restore costs (lookup, the archive streamed over
// loopback into its unpacking) against a bare `tar -x` of the very same archive file (the stored
// entry is the action's archive as it is) into an empty directory: the floor any restore of this
// archive has to pay on this machine with one tar.
// The two alternate within one run, so the ratio compares like with like on a noisy machine.
import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import { removeTree } from '../../__tests__/support/fixtures.ts'
import {
  formatBytes,
  formatCount,
  formatMs,
  markdownTable,
  median,
  ratio,
  settle,
  timeCommand,
  treeStats,
  type TreeStats
} from '../lib.ts'
import type { BenchContext, Scenario, ScenarioResult } from '../scenario.ts'
import { createBenchWorld, expectRun, type BenchWorld } from '../world.ts'

const DEFAULT_REPS = 5

interface Sample {
  rep: number
  /** Which of the two ran first in this repetition. */
  first: 'restore' | 'tar'
  restoreMs: number
  tarMs: number
}

async function timeRestore(world: BenchWorld, modules: number): Promise<number> {
  await world.emptyModCache()
  await settle()
  const run = await world.run()
  expectRun(run, { cacheHit: true, modules }, 'warm run')
  return run.restoreMs
}

/** Extracts into a fresh empty directory; only tar itself is timed. */
async function timeTar(world: BenchWorld, args: (dir: string) => string[]): Promise<{ ms: number; tree: TreeStats }> {
  const dir = await mkdtemp(path.join(world.base, 'tar-'))
  try {
    await settle()
    const { ms } = await timeCommand('tar', args(dir))
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
      // Members are relative to GOMODCACHE; -i reads the archive's tar streams one after the other.
      const args = (dir: string): string[] => ['-ixf', entry.path, '-C', dir, '--use-compress-program', 'unzstd']
      ctx.log(`archive ${entry.size} bytes`)

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
          `download over loopback, extraction) and (b) \`tar ${args('<empty dir>').join(' ').replace(entry.path, '<archive>')}\` of the cache ` +
          `service's stored archive file (the action's own archive as it is), timed around the tar process.`,
        '',
        `- Archive: ${formatBytes(entry.size)}`,
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
