// On hosted Windows runners go's default GOMODCACHE and GOCACHE live under the user profile on C:,
// which is many times slower than the D: drive RUNNER_TEMP is on: a module cache restore takes
// 13-15 minutes on C: against about one on D: (actions/setup-go#515). When the user has not chosen
// these directories, they move to RUNNER_TEMP's drive.
import path from 'node:path'

export type GoDirName = 'GOMODCACHE' | 'GOCACHE'

/** Everything the decision needs, as plain values, so it can be tested on any platform. */
export interface GoDirsInput {
  platform: NodeJS.Platform
  /** The job's temp dir (RUNNER_TEMP), as the host gives it; '' when there is none. */
  temp: string
  env: {
    USERPROFILE?: string
    HOMEDRIVE?: string
    HOMEPATH?: string
  }
  /** Set in the process environment or in the go env file: the user's choice, never moved. */
  userSet: Record<GoDirName, boolean>
  /** The current values from `go env`. */
  goEnv: Record<GoDirName, string>
}

export interface GoDirMove {
  name: GoDirName
  from: string
  to: string
}

export interface GoDirsPlan {
  /** Empty when nothing moves. */
  moves: GoDirMove[]
  /** One line for the log: why the directories move or stay. */
  reason: string
}

/**
 * The new homes, directly under the drive root, the same in every run. RUNNER_TEMP itself is not used:
 * a self-hosted runner empties it at the start of every job and its path depends on where the
 * runner is installed. The workspace is not used either: a checkout may clean it, and go would see
 * the caches as part of the module tree. A folder named after the action cannot collide with a Go
 * installation or a GOPATH at `D:\go`.
 */
export const MOVED_DIRS: Record<GoDirName, string> = {
  GOMODCACHE: 'go-mod-precache\\gomodcache',
  GOCACHE: 'go-mod-precache\\gocache'
}

const NAMES: readonly GoDirName[] = ['GOMODCACHE', 'GOCACHE']

/** Decides which of GOMODCACHE and GOCACHE move to RUNNER_TEMP's drive, and where. */
export function planGoDirs(input: GoDirsInput): GoDirsPlan {
  const stay = (reason: string): GoDirsPlan => ({ moves: [], reason: `GOMODCACHE and GOCACHE stay: ${reason}` })
  if (input.platform !== 'win32') return stay('not a Windows runner')

  const temp = driveRoot(input.temp)
  if (temp === undefined) return stay('RUNNER_TEMP is not an absolute path on a drive or share')
  const profile = driveRoot(userProfile(input.env))
  if (profile === undefined) return stay('the user profile (USERPROFILE, HOMEDRIVE+HOMEPATH) is unknown')
  if (sameRoot(temp, profile)) return stay(`RUNNER_TEMP is on the user profile's drive ${profile}`)

  const free = NAMES.filter((name) => !input.userSet[name])
  if (free.length === 0) return stay('both are set by the user')
  const moves = free
    .filter((name) => onRoot(input.goEnv[name], profile))
    .map((name) => ({ name, from: input.goEnv[name], to: path.win32.join(temp, MOVED_DIRS[name]) }))
  const kept = NAMES.filter((name) => input.userSet[name]).map((name) => `; ${name} is set by the user`)
  if (moves.length === 0) return stay(`they are not on the user profile's drive ${profile}${kept.join('')}`)

  const moved = moves.map((m) => m.name).join(' and ')
  return {
    moves,
    reason: `${moved} move${moves.length === 1 ? 's' : ''} from the user profile's drive ${profile} to RUNNER_TEMP's drive ${temp}, which is faster${kept.join('')}`
  }
}

/**
 * Applies the plan to this process and, through `exportVariable` (the host's, in the pipeline),
 * to the job's later steps. Returns the lines to log. go creates the directories itself.
 */
export function applyGoDirs(
  plan: GoDirsPlan,
  exportVariable: (name: string, value: string) => void,
  env: NodeJS.ProcessEnv = process.env
): string[] {
  for (const m of plan.moves) {
    env[m.name] = m.to
    exportVariable(m.name, m.to)
  }
  return [plan.reason, ...plan.moves.map((m) => `${m.name}=${m.to} (was ${m.from})`)]
}

function userProfile(env: GoDirsInput['env']): string {
  if (env.USERPROFILE) return env.USERPROFILE
  return env.HOMEDRIVE && env.HOMEPATH ? env.HOMEDRIVE + env.HOMEPATH : ''
}

/**
 * The drive (`D:\`) or share (`\\server\share\`) an absolute Windows path is on, with the drive
 * letter upper-cased so the new paths are spelled the same in every run. Undefined for relative and
 * drive-relative paths and for the device namespaces (`\\?\`, `\\.\`), whose drive is not plain.
 */
export function driveRoot(p: string): string | undefined {
  if (!p || !path.win32.isAbsolute(p)) return undefined
  const root = path.win32.parse(path.win32.normalize(p)).root
  if (/^[a-z]:\\$/i.test(root)) return root.toUpperCase()
  const share = /^\\\\([^\\]+)\\[^\\]+\\$/.exec(root)
  if (share && share[1] !== '?' && share[1] !== '.') return root
  return undefined
}

/** Drive letters, server and share names are all case-insensitive on Windows. */
function sameRoot(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function onRoot(p: string, root: string): boolean {
  const own = driveRoot(p)
  return own !== undefined && sameRoot(own, root)
}
