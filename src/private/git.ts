// Which git the credentials go to, and whether it can take them out again. The post step removes
// exactly the entries the main step added with `git config --fixed-value`, which git has had only
// since 2.30: an older git would be handed a token it can never remove, so it gets none.
import path from 'node:path'
import { ActionError, errorMessage } from '../errors.ts'
import { isRunnableFile } from '../fsutil.ts'
import { runCommand } from '../go/command.ts'
import { envValue, lookPath } from '../go/lookpath.ts'

export const MIN_GIT: GitVersion = { major: 2, minor: 30, patch: 0, text: '2.30' }

export interface GitVersion {
  major: number
  minor: number
  patch: number
  /** As git prints it, e.g. "2.45.1.windows.1" or "2.39.3 (Apple Git-145)". */
  text: string
}

/**
 * `git --version` output, as printed by git on Linux ('git version 2.43.0'), by Apple's
 * ('git version 2.39.3 (Apple Git-145)') and by git for Windows ('git version 2.45.1.windows.1',
 * CRLF-terminated). Undefined when it is not git's version line. Pure.
 */
export function parseGitVersion(stdout: string): GitVersion | undefined {
  const line = stdout.split(/\r?\n/)[0]?.trim() ?? ''
  const m = /^git version ((\d+)\.(\d+)(?:\.(\d+))?\S*(?: .*)?)$/.exec(line)
  if (!m) return undefined
  return { major: Number(m[2]), minor: Number(m[3]), patch: Number(m[4] ?? 0), text: m[1]! }
}

export function atLeast(v: GitVersion, min: GitVersion): boolean {
  if (v.major !== min.major) return v.major > min.major
  if (v.minor !== min.minor) return v.minor > min.minor
  return v.patch >= min.patch
}

const REMEDY =
  "Install git 2.30 or newer before this step, or drop private-token and fetch the private modules through a module proxy that can read them (put it in 'proxies' and set GONOPROXY=none so go asks it)."

/**
 * Why `git` cannot be given the token, or undefined when it can. `git` is what was found on PATH
 * (undefined: none) and what its `--version` printed. Pure.
 */
export function gitProblem(git: { path: string; versionOutput: string } | undefined): string | undefined {
  const needs = 'private-token needs git 2.30 or newer, which can remove the credential again in the post step (git config --fixed-value)'
  if (git === undefined) return `${needs}, and there is no git program on PATH. No credential was written. ${REMEDY}`
  const version = parseGitVersion(git.versionOutput)
  if (version === undefined) {
    const said = git.versionOutput.split(/\r?\n/)[0]?.trim() ?? ''
    return `${needs}, and the version of ${git.path} is unknown ('git --version' printed '${said}'). No credential was written. ${REMEDY}`
  }
  if (!atLeast(version, MIN_GIT)) {
    return `${needs}, and ${git.path} is git ${version.text}. No credential was written. ${REMEDY}`
  }
  return undefined
}

/**
 * The files a POSIX lookup of `name` on PATH tries, in order. Relative entries (and empty ones,
 * which mean the current directory) are skipped, as go's exec.LookPath does: a git checked into
 * the workspace must not be handed the token. Pure.
 */
export function posixCandidates(name: string, pathValue: string): string[] {
  return pathValue
    .split(':')
    .filter((dir) => path.posix.isAbsolute(dir))
    .map((dir) => path.posix.join(dir, name))
}

/**
 * The git program on PATH, as an absolute path, so the git whose version is checked is the one
 * that is given the token; undefined when there is none. On Windows, the shared lookup (PATHEXT,
 * quoted entries, no current directory): a git.cmd wrapper ahead of git.exe is passed over, since
 * Node runs scripts only through a shell. `runnable` is asked about the file system.
 */
export function findGit(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  runnable: (file: string) => boolean = (file) => isRunnableFile(file, platform)
): string | undefined {
  if (platform !== 'win32') return posixCandidates('git', env.PATH ?? '').find(runnable)
  const found = lookPath('git', {
    platform,
    path: envValue(env, 'PATH', platform) ?? '',
    pathext: envValue(env, 'PATHEXT', platform) ?? '',
    isFile: runnable
  })
  if (found.kind === 'found') return found.file
  if (found.kind === 'script') return found.laterExe
  return undefined
}

/** The git to write credentials with; throws an ActionError, before anything is written, when it cannot remove them again. */
export async function gitForCredentials(): Promise<string> {
  const found = findGit()
  let versionOutput = ''
  if (found !== undefined) {
    try {
      const run = await runCommand(found, ['--version'])
      versionOutput = run.exitCode === 0 ? run.stdout : `${run.stdout}${run.stderr}`.trim() || `nothing, exit ${run.exitCode}`
    } catch (err) {
      versionOutput = `nothing, it could not run: ${errorMessage(err)}`
    }
  }
  const problem = gitProblem(found === undefined ? undefined : { path: found, versionOutput })
  if (problem !== undefined) throw new ActionError(problem)
  return found!
}
