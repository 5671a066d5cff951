// restore-vs-tar: what the action's exact-hit restore costs (lookup, archive download over
// loopback, @actions/cache's tar -x of its entry, the action's own two tars) against unpacking the
// very same stored entry by hand into an empty directory: @actions/cache's tar -x, then the
// action's archive (bench/archive.ts). That is the floor any restore of this entry has to pay on
// this machine. The two alternate within one run, so the ratio compares like with like on a noisy
// machine.
import { mkdir, mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import { removeTree } from '../../__tests__/support/fixtures.ts'
import { unpackArchive, unwrapArgs, unwrapEntry } from '../archive.ts'
import { commandOutput, formatBytes, formatCount, formatMs, markdownTable, median, ratio, settle, treeStats, type TreeStats } from '../lib.ts'
import type { BenchContext, Scenario, ScenarioResult } from '../scenario.ts'
import { createBenchWorld, expectRun, type BenchWorld } from '../world.ts'

const DEFAULT_REPS = 5

interface Sample {
  rep: number
  /** Which of the two ran first in this repetition. */
  first: 'restore' | 'tar'
  restoreMs: number
  /** @actions/cache's tar -x of the entry, then the action's archive unpacked: their sum is tarMs. */
  unwrapMs: number
  unpackMs: number
  tarMs: number
}

async function timeRestore(world: BenchWorld, modules: number): Promise<number> {
  await world.emptyModCache()
  await settle()
  const run = await world.run()
  expectRun(run, { cacheHit: true, modules }, 'warm run')
  return run.restoreMs
}

/** Unwraps the entry into a scratch directory, then unpacks the archive in it into a fresh empty one; only the tars are timed. */
async function timeTar(world: BenchWorld, format: string, entry: string): Promise<{ unwrapMs: number; unpackMs: number; tree: TreeStats }> {
  const dir = await mkdtemp(path.join(world.base, 'tar-'))
  try {
    const into = path.join(dir, 'modcache')
    await settle()
    const unwrapped = await unwrapEntry(format, entry, path.join(dir, 'entry'))
    await mkdir(into)
    const unpacked = await unpackArchive(unwrapped.archive, into)
    return { unwrapMs: unwrapped.ms, unpackMs: unpacked.ms, tree: await treeStats(into) }
  } finally {
    await removeTree(dir)
  }
}

export const restoreVsTar: Scenario = {
  name: 'restore-vs-tar',
  title: "The action's exact-hit restore-ms against unpacking the same stored entry by hand (@actions/cache's tar -x, then the action's archive) into an empty directory.",
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
      ctx.log(`archive ${entry.size} bytes: ${format}`)

      let modCache: TreeStats | undefined
      let extracted: TreeStats | undefined
      const samples: Sample[] = []
      for (let rep = 1; rep <= reps; rep++) {
        const first = rep % 2 === 1 ? 'restore' : 'tar'
        let restoreMs = 0
        let tar = { unwrapMs: 0, unpackMs: 0 }
        for (const which of first === 'restore' ? (['restore', 'tar'] as const) : (['tar', 'restore'] as const)) {
          if (which === 'restore') {
            restoreMs = await timeRestore(world, modules)
            modCache ??= await treeStats(world.modCache)
          } else {
            const byHand = await timeTar(world, format, entry.path)
            tar = byHand
            extracted ??= byHand.tree
          }
        }
        const tarMs = tar.unwrapMs + tar.unpackMs
        ctx.log(`rep ${rep}/${reps} (${first} first): restore-ms ${restoreMs}, by hand ${Math.round(tarMs)} ms`)
        samples.push({ rep, first, restoreMs, ...tar, tarMs })
      }

      const restoreMedian = median(samples.map((s) => s.restoreMs))
      const tarMedian = median(samples.map((s) => s.tarMs))
      const details = [
        `One cold run fills the cache service; then ${reps} repetitions, alternating which goes first, of ` +
          `(a) the action on an exact hit into the emptied GOMODCACHE (its restore-ms output: lookup, archive ` +
          `download over loopback, @actions/cache's extraction of its entry, the action's own) and (b) the cache service's stored ` +
          `entry unpacked by hand into empty directories: \`tar ${unwrapArgs(format, '<entry>', '<dir>').join(' ')}\` as ` +
          `@actions/cache runs it, then the action's archive inside it unpacked as the action does (bench/archive.ts: its two ` +
          `tar parts side by side), each timed around its own work (**tar-ms** is their sum).`,
        '',
        `- Archive: ${formatBytes(entry.size)}, ${format}`,
        `- GOMODCACHE after the restore: ${formatCount(modCache!.files)} files, ${formatBytes(modCache!.bytes)}`,
        `- Unpacked by hand: ${formatCount(extracted!.files)} files, ${formatBytes(extracted!.bytes)}`,
        `- The cold run that saved it: total-ms ${cold.totalMs}, download-ms ${cold.downloadMs}, save-ms ${cold.saveMs}`,
        '',
        '### Every repetition',
        '',
        markdownTable(
          ['rep', 'first', 'restore-ms', "@actions/cache's tar -x", "the action's unpacking", 'tar-ms', 'restore/tar'],
          samples.map((s) => [s.rep, s.first, s.restoreMs, Math.round(s.unwrapMs), Math.round(s.unpackMs), Math.round(s.tarMs), ratio(s.restoreMs, s.tarMs)])
        ),
        '',
        '### Medians',
        '',
        markdownTable(['restore-ms', 'tar-ms', 'restore-ms / tar-ms'], [[restoreMedian, Math.round(tarMedian), ratio(restoreMedian, tarMedian)]])
      ].join('\n')
      return {
        headlines: [
          { metric: 'restore-ms (median)', value: formatMs(restoreMedian) },
          { metric: 'unpacked by hand (median)', value: formatMs(tarMedian) },
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
