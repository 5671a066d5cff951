import { ActionError } from '../errors.ts'
import { runGo } from './command.ts'

/** The part of `go env` the action works with. */
export interface GoEnv {
  GOMODCACHE: string
  GOPROXY: string
  GOPRIVATE: string
  GONOPROXY: string
  GONOSUMDB: string
  GOSUMDB: string
  GOFLAGS: string
  GOVERSION: string
  GOOS: string
  GOARCH: string
  GOCACHE: string
}

export const GO_ENV_NAMES = [
  'GOMODCACHE',
  'GOPROXY',
  'GOPRIVATE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOSUMDB',
  'GOFLAGS',
  'GOVERSION',
  'GOOS',
  'GOARCH',
  'GOCACHE'
] as const satisfies readonly (keyof GoEnv)[]

/**
 * Reads the go environment. GOTOOLCHAIN=local keeps a `toolchain` line in go.mod from making
 * `go` download a toolchain before the cache is even restored.
 */
export async function readGoEnv(cwd: string): Promise<GoEnv> {
  const result = await runGo(['env', '-json', ...GO_ENV_NAMES], {
    cwd,
    env: { GOTOOLCHAIN: 'local' }
  })
  if (result.exitCode !== 0) {
    throw new ActionError(
      `'go env' failed (exit ${result.exitCode}) in ${cwd}: ${result.stderr.trim() || result.stdout.trim()}`
    )
  }
  return parseGoEnvJson(result.stdout)
}

export function parseGoEnvJson(text: string): GoEnv {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new ActionError(`'go env -json' printed something that is not JSON: ${text.slice(0, 200)}`)
  }
  const record = (raw ?? {}) as Record<string, unknown>
  const env = {} as GoEnv
  for (const name of GO_ENV_NAMES) {
    const value = record[name]
    env[name] = typeof value === 'string' ? value : ''
  }
  if (env.GOMODCACHE === '') throw new ActionError("'go env' reported no GOMODCACHE")
  return env
}

/**
 * Which of these go settings the user chose, in the environment or with `go env -w`, rather than
 * go's default. `go env -changed` knows (go 1.23 and later); an older go counts the environment only.
 */
export async function userSetGoEnv<K extends keyof GoEnv>(cwd: string, names: readonly K[]): Promise<Record<K, boolean>> {
  const set = {} as Record<K, boolean>
  for (const name of names) set[name] = (process.env[name] ?? '') !== ''
  const changed = await runGo(['env', '-changed', '-json', ...names], { cwd, env: { GOTOOLCHAIN: 'local' } })
  if (changed.exitCode !== 0) return set
  try {
    const record = JSON.parse(changed.stdout || '{}') as Record<string, unknown>
    for (const name of names) if (typeof record[name] === 'string') set[name] = true
  } catch {
    // an older go's output: the environment alone decides
  }
  return set
}
