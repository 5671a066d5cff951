// What the main step hands the post step: one typed record. Each part is saved as soon as it is
// known (a main step that fails halfway still hands over what it had: the credentials it wrote
// above all), and the post step reads the whole record back at once, through the host. Besides
// the host, this file imports types only, so the post step loads nothing else with it.
import { host } from '../host/host.ts'
import type { BuildCacheState } from '../cache/buildcache.ts'
import type { BackendFailure } from '../cache/guarded.ts'
import type { BackgroundSave } from '../cache/saver.ts'
import type { BackendConfig } from '../cache/select.ts'
import type { GitConfigRecord } from '../private/gitconfig.ts'
import type { ReportOptions } from '../report/publish.ts'

/** The background save as the main step started it, with what the post step reports it with. */
export interface ModuleSaveState extends BackgroundSave {
  key: string
  timeoutMs: number
  report: ReportOptions
}

export interface PostState {
  /** The module cache save started in the background, for the post step to wait for. */
  moduleSave?: ModuleSaveState
  /** The backend's configuration (no secrets: those stay in the environment). */
  backend?: BackendConfig
  /** Why the backend failed in the main step: the post step leaves it alone. */
  backendFailed?: BackendFailure
  /** The file of the GOMODCACHE baseline the extras entry is compared with (see cache/laterio.ts). */
  later?: string
  /** What the build cache save needs (see cache/buildcache.ts). */
  buildCache?: BuildCacheState
  /** The file of this run's pending history record (see history/pending.ts). */
  history?: string
  /** The git config entries the private module setup added, removed when the job is done. */
  gitCredentials?: GitConfigRecord[]
}

/**
 * The name of the git credentials in the state. The command reads them from its host's record:
 * they are its to remove, however it ends (see cli/credentials.ts).
 */
export const GIT_CREDENTIALS_STATE = 'git-credentials'

/** Each part's state name; a file is kept as its path, the rest as JSON. */
const NAMES: { readonly [K in keyof Required<PostState>]: string } = {
  moduleSave: 'module-save',
  backend: 'cache-backend',
  backendFailed: 'cache-backend-failed',
  later: 'later-modules',
  buildCache: 'build-cache',
  history: 'history',
  gitCredentials: GIT_CREDENTIALS_STATE
}
const FILES: readonly (keyof PostState)[] = ['later', 'history']

/** Saves the parts given; a part saved again replaces what was saved before. */
export function savePostState(parts: PostState): void {
  for (const name of Object.keys(NAMES) as (keyof PostState)[]) {
    const value = parts[name]
    if (value !== undefined) host().saveState(NAMES[name], FILES.includes(name) ? (value as string) : JSON.stringify(value))
  }
}

/** In the post step: the parts `names` (all by default) the main step saved. */
export function loadPostState(names = Object.keys(NAMES) as (keyof PostState)[]): PostState {
  const state: Record<string, unknown> = {}
  for (const name of names) {
    const saved = host().getState(NAMES[name])
    if (saved !== '') state[name] = FILES.includes(name) ? saved : JSON.parse(saved)
  }
  return state as PostState
}
