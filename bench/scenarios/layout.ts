// layout: what to put in the cache archive. The whole GOMODCACHE (module zips, go.mod and .info
// files in cache/download, plus every module extracted) against cache/download alone, from which
// go extracts the modules again on demand. After one cold download: both archives made by the
// command line @actions/cache saves with; then, alternating which goes first, each restored into
// the emptied GOMODCACHE and brought to ready. Both sides end with the same GOMODCACHE at the same
// path and share one GOCACHE warmed beforehand, so the build compiles nothing on either side and
// only the extraction differs.
import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { goEnv, removeTree, type GoEnv } from '../../__tests__/support/fixtures.ts'
import { createArchive, describeCreate, extractArgs, type Archive } from '../archive.ts'
import { copyProject } from '../fixture.ts'
import {
  formatBytes,
  formatCount,
  formatMs,
  markdownTable,
  median,
  ratio,
  settle,
  timeCommand,
  timeGo,
  treeStats,
  type BenchContext,
  type Scenario,
  type ScenarioResult,
  type TreeStats
} from '../lib.ts'
import { NO_NETWORK } from '../world.ts'

const DEFAULT_REPS = 3
/** Both archives are made by createArchive, which compresses with zstd. */
const FORMAT = 'Zstandard'

type Layout = 'whole' | 'download'
const LAYOUTS: readonly Layout[] = ['whole', 'download']
const LABEL: Record<Layout, string> = { whole: 'whole GOMODCACHE', download: 'cache/download only' }

/** One restore and the steps to ready, each timed around its process. */
interface Restore {
  tarMs: number
  downloadMs: number
  buildMs: number
  /** Packages go build -v reported compiling: 0 when the warm GOCACHE served them all. */
  compiled: number
}

interface Sample {
  rep: number
  first: Layout
  restore: Record<Layout, Restore>
  /** Making each archive again from the ready GOMODCACHE: what every save pays. */
  create: Record<Layout, number>
}

/** The directories of one measured setting, laid out like a bench world. */
interface Setting {
  base: string
  workspace: string
  project: string
  modCache: string
  /** GOPROXY=off: the restored archive has to be enough. */
  offline: GoEnv
  binary: string
}

function restoreTotal(r: Restore): number {
  return r.tarMs + r.downloadMs + r.buildMs
}

function cachedPaths(setting: Setting, layout: Layout): string[] {
  return [layout === 'whole' ? setting.modCache : path.join(setting.modCache, 'cache', 'download')]
}

async function emptyModCache(setting: Setting): Promise<void> {
  await removeTree(setting.modCache)
  await mkdir(setting.modCache, { recursive: true })
}

/**
 * tar -x as @actions/cache runs it into the emptied GOMODCACHE, then go mod download (which
 * extracts what the archive lacks) and go build with the warm GOCACHE.
 */
async function restoreAndReady(setting: Setting, archive: Archive, expected: TreeStats): Promise<Restore> {
  await emptyModCache(setting)
  await settle()
  const tar = await timeCommand('tar', extractArgs(FORMAT, archive.path, setting.workspace))
  const download = await timeGo(['mod', 'download'], { cwd: setting.project, env: setting.offline })
  const build = await timeGo(['build', '-v', '-o', setting.binary, '.'], { cwd: setting.project, env: setting.offline })
  const ready = await treeStats(setting.modCache)
  if (ready.files !== expected.files || ready.bytes !== expected.bytes) {
    throw new Error(
      `after restoring ${archive.path}, GOMODCACHE holds ${ready.files} files and ${ready.bytes} bytes, ` +
        `not the ${expected.files} and ${expected.bytes} of the cold download`
    )
  }
  return {
    tarMs: tar.ms,
    downloadMs: download.ms,
    buildMs: build.ms,
    compiled: build.stderr.split('\n').filter((line) => line.trim() !== '').length
  }
}

async function timeCreate(setting: Setting, layout: Layout): Promise<number> {
  const folder = path.join(setting.base, `create-${layout}`)
  await settle()
  const archive = await createArchive(folder, setting.workspace, cachedPaths(setting, layout))
  await removeTree(folder)
  return archive.ms
}

function inOrder(first: Layout): Layout[] {
  return first === 'whole' ? ['whole', 'download'] : ['download', 'whole']
}

function medianOf(samples: readonly Sample[], get: (s: Sample) => number): number {
  return median(samples.map(get))
}

function verdict(size: number, time: number): string {
  const smaller = size > 1 ? 'cache/download only is smaller' : 'the whole GOMODCACHE is smaller'
  const faster = time > 1 ? 'cache/download only is ready sooner' : 'the whole GOMODCACHE is ready sooner'
  const sameSide = size > 1 === time > 1
  return sameSide
    ? `By these numbers **${size > 1 ? 'cache/download only' : 'the whole GOMODCACHE'}** is the better layout: ${smaller} and ${faster}.`
    : `By these numbers neither layout wins both: ${smaller}, ${faster}.`
}

export const layout: Scenario = {
  name: 'layout',
  title:
    'Caching the whole GOMODCACHE against only GOMODCACHE/cache/download (go re-extracts the zips): archive size, files, and restore + ready time.',
  async run(ctx: BenchContext): Promise<ScenarioResult> {
    const reps = ctx.reps ?? DEFAULT_REPS
    const root = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-layout-'))
    try {
      const workspace = path.join(root, 'workspace')
      const project = path.join(workspace, 'app')
      await copyProject(ctx.fixture, project)
      const env: GoEnv = { ...goEnv(path.join(root, 'go'), { GOPROXY: ctx.proxy.url }), ...NO_NETWORK }
      const setting: Setting = {
        base: root,
        workspace,
        project,
        modCache: env.GOMODCACHE!,
        offline: { ...env, GOPROXY: 'off' },
        binary: path.join(root, 'app.bin')
      }
      await mkdir(setting.modCache, { recursive: true })

      const cold = await timeGo(['mod', 'download'], { cwd: project, env })
      // Warms GOCACHE with the modules at the very GOMODCACHE path both sides restore to: the
      // package directory is part of go's build cache key.
      const warmup = await timeGo(['build', '-o', setting.binary, '.'], { cwd: project, env: setting.offline })
      ctx.log(`cold go mod download ${Math.round(cold.ms)} ms; GOCACHE warmed by a build of ${Math.round(warmup.ms)} ms`)
      const trees: Record<Layout, TreeStats> = {
        whole: await treeStats(setting.modCache),
        download: await treeStats(path.join(setting.modCache, 'cache', 'download'))
      }
      const archives = {} as Record<Layout, Archive>
      for (const l of LAYOUTS) archives[l] = await createArchive(path.join(root, `archive-${l}`), workspace, cachedPaths(setting, l))
      ctx.log(`archives: whole ${archives.whole.bytes} bytes, cache/download ${archives.download.bytes} bytes`)

      const samples: Sample[] = []
      for (let rep = 1; rep <= reps; rep++) {
        const first: Layout = rep % 2 === 1 ? 'whole' : 'download'
        const restore = {} as Record<Layout, Restore>
        for (const l of inOrder(first)) restore[l] = await restoreAndReady(setting, archives[l], trees.whole)
        const create = {} as Record<Layout, number>
        for (const l of inOrder(first)) create[l] = await timeCreate(setting, l)
        samples.push({ rep, first, restore, create })
        ctx.log(
          `rep ${rep}/${reps} (${first} first): ` +
            LAYOUTS.map((l) => `${l} ${Math.round(restoreTotal(restore[l]))} ms ready, ${Math.round(create[l])} ms to archive`).join('; ')
        )
      }

      const m = (l: Layout, get: (r: Restore) => number): number => medianOf(samples, (s) => get(s.restore[l]))
      const readyMs = { whole: m('whole', restoreTotal), download: m('download', restoreTotal) }
      const createMs = { whole: medianOf(samples, (s) => s.create.whole), download: medianOf(samples, (s) => s.create.download) }
      const sizeRatio = archives.whole.bytes / archives.download.bytes
      const timeRatio = readyMs.whole / readyMs.download

      const details = [
        `One cold \`go mod download\` of the fixture's consumer (${Math.round(cold.ms)} ms), then a \`go build\` to warm ` +
          `GOCACHE (${Math.round(warmup.ms)} ms). Both archives are made by \`${describeCreate('<workspace>')}\`, ` +
          `manifest.txt naming \`../go/gopath/pkg/mod\` (whole) or \`../go/gopath/pkg/mod/cache/download\` ` +
          `(download only), as @actions/cache saves. ${reps} repetitions, alternating which layout goes first; each side:`,
        '',
        `1. GOMODCACHE emptied in place (same path every time: go's build cache key holds the package directory), ` +
          `\`sync\`, then timed one after the other:`,
        `2. **tar -x**: \`tar ${extractArgs(FORMAT, '<archive>', '<workspace>').join(' ')}\`, as @actions/cache restores;`,
        `3. **go mod download** with GOPROXY=off, what the action runs after its restore: near nothing to do after the ` +
          `whole layout, every module extracted from its zip after the download-only one;`,
        `4. **go build -v** of the consumer with GOPROXY=off and the shared warm GOCACHE (the next step of a job): ` +
          `it compiled ${[...new Set(samples.flatMap((s) => LAYOUTS.map((l) => s.restore[l].compiled)))].join(' or ')} packages.`,
        '',
        `Each side must end with the same GOMODCACHE as the cold download (${formatCount(trees.whole.files)} files, ` +
          `${formatBytes(trees.whole.bytes)}), checked after every restore. Then, from that GOMODCACHE, both archives ` +
          `are made again and timed (the cost of each save).`,
        '',
        markdownTable(
          ['layout', 'files archived', 'bytes archived', 'archive'],
          LAYOUTS.map((l) => [LABEL[l], formatCount(trees[l].files), formatBytes(trees[l].bytes), formatBytes(archives[l].bytes)])
        ),
        '',
        '### Every repetition (ms)',
        '',
        markdownTable(
          ['rep', 'first', 'layout', 'tar -x', 'go mod download', 'go build', 'restore + ready', 'packages compiled', 'archive creation'],
          samples.flatMap((s) =>
            inOrder(s.first).map((l) => {
              const r = s.restore[l]
              return [s.rep, s.first, LABEL[l], Math.round(r.tarMs), Math.round(r.downloadMs), Math.round(r.buildMs), Math.round(restoreTotal(r)), r.compiled, Math.round(s.create[l])]
            })
          )
        ),
        '',
        '### Medians (ms)',
        '',
        markdownTable(
          ['layout', 'tar -x', 'go mod download', 'go build', 'restore + ready', 'archive creation'],
          LAYOUTS.map((l) => [
            LABEL[l],
            Math.round(m(l, (r) => r.tarMs)),
            Math.round(m(l, (r) => r.downloadMs)),
            Math.round(m(l, (r) => r.buildMs)),
            Math.round(readyMs[l]),
            Math.round(createMs[l])
          ])
        ),
        '',
        `Whole / download-only: archive **${ratio(archives.whole.bytes, archives.download.bytes)}**, files ` +
          `**${ratio(trees.whole.files, trees.download.files)}**, restore + ready **${ratio(readyMs.whole, readyMs.download)}**, ` +
          `archive creation **${ratio(createMs.whole, createMs.download)}** (medians); restore + ready per repetition: ` +
          `${samples.map((s) => ratio(restoreTotal(s.restore.whole), restoreTotal(s.restore.download))).join(', ')}. ` +
          verdict(sizeRatio, timeRatio)
      ].join('\n')

      return {
        headlines: [
          { metric: 'archive, whole GOMODCACHE', value: formatBytes(archives.whole.bytes) },
          { metric: 'archive, cache/download only', value: formatBytes(archives.download.bytes) },
          { metric: 'archive whole / download-only', value: ratio(archives.whole.bytes, archives.download.bytes) },
          { metric: 'files whole / download-only', value: `${formatCount(trees.whole.files)} / ${formatCount(trees.download.files)}` },
          { metric: 'restore + ready, whole (median)', value: formatMs(readyMs.whole) },
          { metric: 'restore + ready, download-only (median)', value: formatMs(readyMs.download) },
          { metric: 'restore + ready whole / download-only', value: ratio(readyMs.whole, readyMs.download) },
          { metric: 'archive creation whole / download-only', value: ratio(createMs.whole, createMs.download) }
        ],
        details
      }
    } finally {
      await removeTree(root)
    }
  }
}
