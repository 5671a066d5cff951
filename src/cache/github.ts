// The GitHub Actions cache through @actions/cache. The library archives paths itself and hashes the
// paths it is given into the entry's version, so each of our archives is handed to it as the only
// file of a directory named by a relative path (`go-mod-precache/<format>/<entry>`), with the workspace and
// working directory pointed at a scratch root: the version is the same on every runner and for
// every GOMODCACHE, and the library's own tar only wraps our already compressed archive.
import * as cache from '@actions/cache'
import { mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { removeTree, scratchDir } from '../fsutil.ts'
import { ARCHIVE_FORMAT, ARCHIVE_NAME } from './archive.ts'
import type { CacheBackend, Fetched, Stored } from './backend.ts'
import { dnsFailureOf } from './dns.ts'
import { sameKey } from './key.ts'
import { TIMED_OUT, watchCacheLog } from './observe.ts'


export function githubBackend(): CacheBackend {
  let root: Promise<string> | undefined
  const stageRoot = () => (root ??= scratchDir('stage-'))
  const dirOf = async (entry: string) => path.join(await stageRoot(), ...relativeDir(entry).split('/'))

  return {
    name: 'the Actions cache service',
    available: () => cache.isFeatureAvailable(),
    async stagingFile(entry) {
      const dir = await dirOf(entry)
      await mkdir(dir, { recursive: true })
      return path.join(dir, ARCHIVE_NAME)
    },
    async restore(entry, primaryKey, restoreKeys, lookupTimeoutMs): Promise<Fetched> {
      const dir = await dirOf(entry)
      // An archive an earlier discard could not remove (a warning then) is overwritten by the restore.
      await removeTree(dir)
      const fetched = await withWorkspace(await stageRoot(), () => lookupAndRestore([relativeDir(entry)], primaryKey, restoreKeys, lookupTimeoutMs))
      if (fetched.outcome !== 'restored') return fetched
      const file = path.join(dir, ARCHIVE_NAME)
      try {
        return { ...fetched, file, sizeBytes: (await stat(file)).size }
      } catch {
        return { outcome: 'broken', matchedKey: fetched.matchedKey, why: `the entry holds no ${ARCHIVE_NAME}`, corrupt: true }
      }
    },
    async save(entry, key, archive): Promise<Stored> {
      const root = await stageRoot()
      if (path.dirname(archive) !== (await dirOf(entry))) throw new Error(`${archive} is not the staging file of ${entry}`)
      const sizeBytes = (await stat(archive)).size
      // @actions/cache resolves the paths it saves against the working directory.
      const cwd = process.cwd()
      process.chdir(root)
      try {
        return await withWorkspace(root, () => saveOnce([relativeDir(entry)], key, sizeBytes))
      } finally {
        process.chdir(cwd)
      }
    },
    // Never throws: an archive left behind (a scan holding it) is a warning, not a failed restore or save.
    discard: async (file) => {
      await removeTree(path.dirname(file))
    }
  }
}

/** Part of the entry's version: another archive format or entry kind never matches. */
function relativeDir(entry: string): string {
  return `go-mod-precache/${ARCHIVE_FORMAT}/${entry}`
}

/**
 * Restores the lookup's match in a second call: only the lookup is raced against the limit, so
 * a download abandoned half-way never goes on writing in the background.
 */
async function lookupAndRestore(
  paths: string[],
  primaryKey: string,
  restoreKeys: string[],
  lookupTimeoutMs: number
): Promise<Fetched | { outcome: 'restored'; matchedKey: string }> {
  // Its failure is ours to report, naming the cache, once for the job: the library's own is a debug line.
  // A name that does not resolve will not resolve on the library's next attempt either (v1 waits
  // 5 s before it tries again): the first such attempt ends the lookup.
  const lookup = await watchCacheLog(() => cache.restoreCache(paths, primaryKey, restoreKeys, { lookupOnly: true }), lookupTimeoutMs, {
    quiet: true,
    giveUpOn: (attemptError) => dnsFailureOf(attemptError, undefined) !== undefined
  })
  if (lookup.value === TIMED_OUT) {
    // Abandoned at cache-timeout, or given up on a name that did not resolve: the attempts' failures say which.
    const unresolved = dnsFailureOf(lookup.log.attemptErrors?.join('; ') ?? '', undefined)
    return unresolved === undefined ? { outcome: 'timeout' } : { outcome: 'service-failed', why: unresolved }
  }
  if (lookup.log.warnings.length > 0) return { outcome: 'service-failed', why: failureWords(lookup.log.warnings.join('; ')) }
  if (lookup.value === undefined) return { outcome: 'miss' }
  const matchedKey = lookup.value
  const restored = await watchCacheLog(() => cache.restoreCache(paths, matchedKey, []))
  if (typeof restored.value !== 'string' || !sameKey(restored.value, matchedKey)) {
    const why = restored.log.warnings.join('; ') || 'the entry disappeared'
    return { outcome: 'broken', matchedKey, why, corrupt: /tar|zstd|gzip|EOF|corrupt|Content-Length|size/i.test(why) }
  }
  return { outcome: 'restored', matchedKey }
}

/**
 * The library's failure, in our words when a name did not resolve. Only the v2 client's error
 * leaves the host out, and v2 speaks to ACTIONS_RESULTS_URL alone.
 */
function failureWords(text: string): string {
  return dnsFailureOf(text, process.env.ACTIONS_RESULTS_URL) ?? text
}

async function saveOnce(paths: string[], key: string, sizeBytes: number): Promise<Stored> {
  try {
    // Checking first keeps the common race (a parallel job of the same commit) from reaching the
    // service's create call, which @actions/cache reports as a warning.
    const existing = await watchCacheLog(() => cache.restoreCache(paths, key, [], { lookupOnly: true }))
    if (typeof existing.value === 'string' && sameKey(existing.value, key)) return { saved: false, skipped: 'entry already exists', sizeBytes }
    const { value: id, log } = await watchCacheLog(() => cache.saveCache(paths, key))
    if (id === -1) {
      // @actions/cache has already logged why (a reservation conflict as info, other problems as warnings).
      const why = log.warnings[0]
      return { saved: false, skipped: why ?? 'the cache service did not accept the entry', failed: why !== undefined, sizeBytes }
    }
    return { saved: true, sizeBytes }
  } catch (err) {
    return { saved: false, skipped: `save failed: ${err instanceof Error ? err.message : String(err)}`, failed: true, sizeBytes }
  }
}

let overrides = 0
let saved: string | undefined
/**
 * @actions/cache names archive members relative to GITHUB_WORKSPACE and extracts them there.
 * Every call of one process shares one scratch root, so overlapping calls agree on it.
 */
async function withWorkspace<T>(root: string, fn: () => Promise<T>): Promise<T> {
  if (overrides++ === 0) {
    saved = process.env.GITHUB_WORKSPACE
    process.env.GITHUB_WORKSPACE = root
  }
  try {
    return await fn()
  } finally {
    if (--overrides === 0) {
      if (saved === undefined) delete process.env.GITHUB_WORKSPACE
      else process.env.GITHUB_WORKSPACE = saved
    }
  }
}
