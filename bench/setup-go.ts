// actions/setup-go, to run side by side with this action. Its committed bundle (dist/) is read at
// run time from a bare git clone of github.com/actions/setup-go (BENCH_SETUP_GO_GIT, or the
// default below) and written to bench/.work/setup-go/<tag>/; nothing of it is kept in this
// repository. Without the clone the comparison is skipped. A tool cache holding the machine's Go
// lets it find Go where @actions/tool-cache looks, without downloading anything.
import { execFile } from 'node:child_process'
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../__tests__/support/runner.ts'
import { storedOrBuilt } from './fixture.ts'
import { actionAt, type JobResult, type NodeAction } from './job.ts'

export const SETUP_GO_GIT_DIR = process.env.BENCH_SETUP_GO_GIT ?? '/work/.mirror/actions+setup-go/repo'
/** The files the action needs to run: its metadata and both bundled entry points. */
const FILES = ['action.yml', 'dist/setup/index.js', 'dist/setup/package.json', 'dist/cache-save/index.js', 'dist/cache-save/package.json']

export interface SetupGo {
  action: NodeAction
  /** The release tag the bundle was read from, and its commit. */
  tag: string
  commit: string
}

export type SetupGoResult = { setupGo: SetupGo; skipped?: undefined } | { setupGo?: undefined; skipped: string }

function git(gitDir: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['--git-dir', gitDir, ...args], { maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      if (error !== null) reject(new Error(`git ${args.join(' ')}: ${stderr.trim() || error.message}`))
      else resolve(stdout)
    })
  })
}

function semverParts(tag: string): number[] {
  return tag.slice(1).split('.').map(Number)
}

function compareTags(a: string, b: string): number {
  const x = semverParts(a)
  const y = semverParts(b)
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!
  return 0
}

/** The newest v7.x.y release tag, or the newest vX.Y.Z when there is no v7 yet. */
export function pickTag(tags: readonly string[]): string | undefined {
  const releases = tags.filter((t) => /^v\d+\.\d+\.\d+$/.test(t)).sort(compareTags)
  return releases.filter((t) => t.startsWith('v7.')).at(-1) ?? releases.at(-1)
}

/** setup-go's bundle from the clone, extracted into bench/.work/ on first use; or why it cannot be run. */
export async function loadSetupGo(log: (message: string) => void): Promise<SetupGoResult> {
  const tags = await git(SETUP_GO_GIT_DIR, ['tag', '--list']).catch(() => undefined)
  if (tags === undefined) {
    return { skipped: `no git clone of github.com/actions/setup-go at ${SETUP_GO_GIT_DIR} (set BENCH_SETUP_GO_GIT to one)` }
  }
  const tag = pickTag(tags.split('\n').map((t) => t.trim()))
  if (tag === undefined) return { skipped: `the clone at ${SETUP_GO_GIT_DIR} has no release tag` }
  const commit = (await git(SETUP_GO_GIT_DIR, ['rev-parse', `${tag}^{commit}`])).trim()
  const dir = path.join(repoRoot, 'bench', '.work', 'setup-go', `${tag}-${commit.slice(0, 12)}`)
  await storedOrBuilt(dir, log, async (building) => {
    log(`extracting actions/setup-go ${tag} (${commit.slice(0, 12)}) from ${SETUP_GO_GIT_DIR}`)
    for (const file of FILES) {
      const content = await git(SETUP_GO_GIT_DIR, ['show', `${commit}:${file}`]).catch(() => undefined)
      // Older bundles are CommonJS without a package.json; every other file is required.
      if (content === undefined && file.endsWith('package.json')) continue
      if (content === undefined) throw new Error(`actions/setup-go ${tag} has no ${file}`)
      await mkdir(path.dirname(path.join(building, file)), { recursive: true })
      await writeFile(path.join(building, file), content)
    }
    return { tag, commit }
  })
  return { setupGo: { action: await actionAt(dir, `actions/setup-go ${tag}`), tag, commit } }
}

/** The X.Y.Z of a `go version` line (go1.26.8 → 1.26.8), or undefined for a pre-release or devel go. */
export function goVersionNumber(goVersionLine: string): string | undefined {
  return /\bgo(\d+\.\d+\.\d+)\b/.exec(goVersionLine)?.[1]
}

/**
 * A RUNNER_TOOL_CACHE in which @actions/tool-cache finds Go `version` for this machine's arch, as
 * on a hosted runner: <dir>/go/<version>/<arch> (here a link to goroot) and the `<arch>.complete`
 * marker beside it.
 */
export async function prepareToolCache(dir: string, version: string, goroot: string): Promise<void> {
  const versionDir = path.join(dir, 'go', version)
  const arch = os.arch()
  await mkdir(versionDir, { recursive: true })
  await rm(path.join(versionDir, arch), { recursive: true, force: true })
  await symlink(goroot, path.join(versionDir, arch), 'dir')
  await writeFile(path.join(versionDir, `${arch}.complete`), '')
}

/** setup-go's inputs: the machine's go (found in the tool cache), its cache on, keyed by the project's go.sum. */
export function setupGoInputs(goVersion: string, workingDirectory: string): Record<string, string> {
  return { 'go-version': goVersion, cache: 'true', 'cache-dependency-path': `${workingDirectory}/go.sum` }
}

/** The same runner image for every action: the tool cache, and the image name setup-go puts in its key. */
export function runnerImage(toolCache: string): Record<string, string> {
  return { RUNNER_TOOL_CACHE: toolCache, ImageOS: 'ubuntu24' }
}

/** Whether a setup-go job restored its cache (GOMODCACHE and GOCACHE in one entry). */
export function setupGoRestored(job: JobResult): boolean {
  return job.outputs['cache-hit'] === 'true'
}
