// actions/setup-go, to run side by side with this action. Its committed bundle (dist/) is read at
// run time from a bare git clone of github.com/actions/setup-go and written to
// bench/.work/setup-go/<tag>/; nothing of it is kept in this repository. The clone is
// BENCH_SETUP_GO_GIT when set, else made on first use in bench/.work/setup-go.git; without it (no
// network) setup-go is skipped. A tool cache holding the machine's Go lets it find Go where
// @actions/tool-cache looks, without downloading anything.
import { execFile } from 'node:child_process'
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionAt, repoRoot, type JobRun, type NodeAction } from '../__tests__/support/runner.ts'
import { storedOrBuilt } from './fixture.ts'

const SETUP_GO_URL = 'https://github.com/actions/setup-go'
/** Cloning is a few seconds; a network that swallows packets must not stall the bench. */
const CLONE_TIMEOUT_MS = 180_000
/** The files the action needs to run: its metadata and both bundled entry points. */
const FILES = ['action.yml', 'dist/setup/index.js', 'dist/setup/package.json', 'dist/cache-save/index.js', 'dist/cache-save/package.json']

export interface SetupGo {
  action: NodeAction
  /** The release tag the bundle was read from, and its commit. */
  tag: string
  commit: string
}

export type SetupGoResult = { setupGo: SetupGo; skipped?: undefined } | { setupGo?: undefined; skipped: string }

function git(gitDir: string | undefined, args: readonly string[], timeoutMs = 0): Promise<string> {
  const gitArgs = gitDir === undefined ? args : ['--git-dir', gitDir, ...args]
  // No prompt for credentials: a clone that needs them fails at once.
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' }
  return new Promise((resolve, reject) => {
    execFile('git', gitArgs, { maxBuffer: 256 << 20, env, timeout: timeoutMs }, (error, stdout, stderr) => {
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

/**
 * The bare clone to read setup-go from: BENCH_SETUP_GO_GIT, or bench/.work/setup-go.git, cloned
 * now when absent (beside its place, then renamed, so an interrupted clone is never used). Gives
 * why not when it cannot be had.
 */
async function setupGoClone(log: (message: string) => void, given = process.env.BENCH_SETUP_GO_GIT): Promise<{ gitDir: string } | { skipped: string }> {
  const gitDir = given ?? path.join(repoRoot, 'bench', '.work', 'setup-go.git')
  if ((await git(gitDir, ['rev-parse', '--git-dir']).catch(() => undefined)) !== undefined) return { gitDir }
  if (given !== undefined) return { skipped: `BENCH_SETUP_GO_GIT (${given}) is not a git clone of ${SETUP_GO_URL}` }
  const cloning = `${gitDir}.cloning-${process.pid}`
  log(`cloning ${SETUP_GO_URL} into ${path.relative(repoRoot, gitDir)} (set BENCH_SETUP_GO_GIT to use another clone)`)
  try {
    await git(undefined, ['clone', '--bare', '--quiet', SETUP_GO_URL, cloning], CLONE_TIMEOUT_MS)
    await rename(cloning, gitDir)
    return { gitDir }
  } catch (err) {
    await rm(cloning, { recursive: true, force: true })
    const message = err instanceof Error ? err.message : String(err)
    const why = /fatal: (.*)/.exec(message)?.[1] ?? message.split('\n')[0]
    return { skipped: `could not clone ${SETUP_GO_URL} (${why}); set BENCH_SETUP_GO_GIT to a bare clone of it` }
  }
}

/** setup-go's bundle from the clone, extracted into bench/.work/ on first use; or why it cannot be run. */
export async function loadSetupGo(log: (message: string) => void): Promise<SetupGoResult> {
  const clone = await setupGoClone(log)
  if ('skipped' in clone) return clone
  const gitDir = clone.gitDir
  const tags = await git(gitDir, ['tag', '--list'])
  const tag = pickTag(tags.split('\n').map((t) => t.trim()))
  if (tag === undefined) return { skipped: `the clone at ${gitDir} has no release tag` }
  const commit = (await git(gitDir, ['rev-parse', `${tag}^{commit}`])).trim()
  const dir = path.join(repoRoot, 'bench', '.work', 'setup-go', `${tag}-${commit.slice(0, 12)}`)
  await storedOrBuilt(dir, log, async (building) => {
    log(`extracting actions/setup-go ${tag} (${commit.slice(0, 12)}) from ${gitDir}`)
    for (const file of FILES) {
      const content = await git(gitDir, ['show', `${commit}:${file}`]).catch(() => undefined)
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
export function setupGoRestored(job: JobRun): boolean {
  return job.outputs['cache-hit'] === 'true'
}
