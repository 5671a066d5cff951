// The GitHub Actions cache service (and the v1 servers of GHES and of Gitea's and Forgejo's
// runners), spoken by a client of our own (actions/): the entry stored is our archive as it is,
// with no second tar or compression around it, and a restore streams the archive from storage
// into the unpacking. Every failure comes back from the client in our words.
import * as core from '../host/log.ts'
import path from 'node:path'
import { stat } from 'node:fs/promises'
import type { Dispatcher } from 'undici'
import { errorMessage } from '../errors.ts'
import { removeTree, scratchDir } from '../fsutil.ts'
import { runnerDispatcher, type Env } from '../net/http.ts'
import { artifactCacheProtocol } from './actions/artifactcache.ts'
import { openDownload } from './actions/download.ts'
import type { CacheProtocol } from './actions/protocol.ts'
import { cacheVersion, keyProblem, MAX_ENTRY_BYTES, serviceOf, type ServiceConfig } from './actions/service.ts'
import { twirpProtocol } from './actions/twirp.ts'
import { ARCHIVE_FORMAT, ARCHIVE_NAME } from './archive.ts'
import type { CacheBackend, Fetched, Stored } from './backend.ts'
import { TIMED_OUT, withinTime } from './guarded.ts'
import { sameKey } from './key.ts'

const USER_AGENT = 'go-mod-precache'

/** `temp`: where staging archives go; by default the host's temp dir. */
export function githubBackend(env: Env = process.env, temp?: string): CacheBackend {
  const service = serviceOf(env)
  let client: { protocol: CacheProtocol; dispatcher: Dispatcher } | undefined
  const connect = (s: ServiceConfig) => {
    if (client !== undefined) return client
    const dispatcher = runnerDispatcher(env)
    const protocol = s.protocol === 'v2' ? twirpProtocol(s, dispatcher, USER_AGENT) : artifactCacheProtocol(s, dispatcher, USER_AGENT, env)
    return (client = { protocol, dispatcher })
  }

  return {
    name: 'the Actions cache service',
    available: () => service !== undefined,
    stagingFile: async (entry) => path.join(await scratchDir(`gha-${entry}-`, temp), ARCHIVE_NAME),

    async restore(entry, primaryKey, restoreKeys, lookupTimeoutMs, idleTimeoutMs = lookupTimeoutMs): Promise<Fetched> {
      if (service === undefined) return { outcome: 'service-failed', why: 'no cache service is configured for this job' }
      if (!service.readable) {
        core.info(`Cache restore skipped: the effective cache-mode '${service.mode}' does not permit reads.`)
        return { outcome: 'miss' }
      }
      const keys = [primaryKey, ...restoreKeys]
      const invalid = keyProblem(keys)
      if (invalid !== undefined) return { outcome: 'service-failed', why: invalid }
      const { protocol, dispatcher } = connect(service)
      let found
      try {
        // Abandoned at the limit: the request and its retries stop, nothing goes on in the background.
        found = await withinTime((signal) => protocol.lookup(keys, cacheVersion(ARCHIVE_FORMAT, entry), signal), lookupTimeoutMs)
      } catch (err) {
        return { outcome: 'service-failed', why: errorMessage(err) }
      }
      if (found === TIMED_OUT) return { outcome: 'timeout' }
      if (found === undefined) return { outcome: 'miss' }
      const matchedKey = found.matchedKey || primaryKey
      try {
        return { outcome: 'restored', matchedKey, source: await openDownload(dispatcher, found.archiveUrl, idleTimeoutMs) }
      } catch (err) {
        return { outcome: 'broken', matchedKey, why: errorMessage(err), corrupt: false }
      }
    },

    async save(entry, key, archive): Promise<Stored> {
      const sizeBytes = (await stat(archive)).size
      if (service === undefined) return { saved: false, skipped: 'no cache service is configured for this job', failed: true, sizeBytes }
      if (!service.writable) return { saved: false, skipped: `the effective cache-mode '${service.mode}' does not permit writes`, sizeBytes }
      const invalid = keyProblem([key])
      if (invalid !== undefined) return { saved: false, skipped: invalid, failed: true, sizeBytes }
      if (service.githubCom && sizeBytes > MAX_ENTRY_BYTES) {
        return { saved: false, skipped: `the archive is ${sizeBytes} bytes, over the cache service's 10 GiB limit`, failed: true, sizeBytes }
      }
      const { protocol } = connect(service)
      const version = cacheVersion(ARCHIVE_FORMAT, entry)
      try {
        // Checking first keeps the common race (a parallel job of the same commit) from reaching
        // the create call; act's server, which refuses no reservation, would store a second entry.
        const existing = await protocol.lookup([key], version)
        if (existing !== undefined && sameKey(existing.matchedKey, key)) return { saved: false, skipped: 'entry already exists', sizeBytes }
        const stored = await protocol.save(key, version, archive, sizeBytes)
        // The service refused a second entry of the key: another job (a parallel one of the same
        // commit) saved it meanwhile or is saving it now. Not a failure.
        return stored === 'saved'
          ? { saved: true, sizeBytes }
          : { saved: false, skipped: 'the cache service already has this key (another job may be creating this cache, or saved it meanwhile)', sizeBytes }
      } catch (err) {
        return { saved: false, skipped: `save failed: ${errorMessage(err)}`, failed: true, sizeBytes }
      }
    },

    // Never throws: an archive left behind (a scan holding it) is a warning, not a failed save.
    discard: async (file) => {
      await removeTree(path.dirname(file))
    }
  }
}
