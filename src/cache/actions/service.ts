// Which Actions cache service a job has, read from the environment the runner gives it, by the
// rules of @actions/cache 6 (src/internal/config.ts): v2 (Twirp on ACTIONS_RESULTS_URL) on
// github.com and GHE.com when ACTIONS_CACHE_SERVICE_V2 is set, else v1 (`_apis/artifactcache` on
// ACTIONS_CACHE_URL): GHES, and the cache servers of Gitea's and Forgejo's runners (act's).
import { createHash } from 'node:crypto'
import type { Env } from '../../net/http.ts'
import { MAX_KEY_LENGTH } from '../key.ts'

export type Protocol = 'v1' | 'v2'

export interface ServiceConfig {
  protocol: Protocol
  /** The service's base URL, as the runner gives it (ending in '/'). */
  baseUrl: string
  /** ACTIONS_RUNTIME_TOKEN, sent as a bearer token; never logged. */
  token: string
  /** False when the server is GHES: its own size limit applies there, not github.com's. */
  githubCom: boolean
  /** ACTIONS_CACHE_MODE allows lookups and downloads. */
  readable: boolean
  /** ACTIONS_CACHE_MODE allows saves. */
  writable: boolean
  /** The mode as set, for the log; '' when unset. */
  mode: string
}

/** github.com, GHE.com (data residency) and *.localhost are not GHES; any other server is. */
export function isGhes(serverUrl: string | undefined): boolean {
  const host = (URL.parse(serverUrl || 'https://github.com')?.hostname ?? '').trimEnd().toUpperCase()
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')
}

const KNOWN_MODES = ['none', 'read', 'write', 'write-only']

/** The job's cache service; undefined when it has none (outside Actions, or a runner without the cache). */
export function serviceOf(env: Env): ServiceConfig | undefined {
  const ghes = isGhes(env.GITHUB_SERVER_URL)
  // v2 is not offered on GHES, whatever the flag says.
  const protocol: Protocol = !ghes && env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1'
  const available = protocol === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL
  if (!available) return undefined
  const baseUrl = (protocol === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL) ?? ''
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase()
  // An unknown or unset mode allows everything, as before the runner had modes.
  const known = KNOWN_MODES.includes(mode)
  return {
    protocol,
    baseUrl,
    token: env.ACTIONS_RUNTIME_TOKEN ?? '',
    githubCom: !ghes,
    readable: !known || mode === 'read' || mode === 'write',
    writable: !known || mode === 'write' || mode === 'write-only',
    mode
  }
}

/**
 * The version an entry is stored under: the service matches keys only among entries of one
 * version. It names the archive format and the entry kind, and that the entry is our archive as
 * it is: entries @actions/cache wrapped in its own tar (whose versions hash paths and a
 * compression method) never match.
 */
export function cacheVersion(archiveFormat: string, entry: string): string {
  return createHash('sha256').update(`go-mod-precache/${archiveFormat}/${entry}|raw-archive`).digest('hex')
}

/** The service's own limits on keys, as @actions/cache checks them before it asks; undefined when they hold. */
export function keyProblem(keys: readonly string[]): string | undefined {
  if (keys.length > 10) return `a lookup takes at most 10 keys, not ${keys.length}`
  for (const key of keys) {
    if (key.length > MAX_KEY_LENGTH) return `the key ${key} is longer than ${MAX_KEY_LENGTH} characters`
    if (key.includes(',')) return `the key ${key} contains a comma`
  }
  return undefined
}

/** github.com refuses entries over 10 GiB; on GHES the service applies its own limit when the entry is reserved. */
export const MAX_ENTRY_BYTES = 10 * 1024 ** 3
