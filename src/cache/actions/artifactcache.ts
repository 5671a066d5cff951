// Cache service v1 (`_apis/artifactcache`): GHES, and the cache servers of Gitea's and Forgejo's
// runners (act's), as @actions/cache 6's v1 client speaks it: a GET lookup (204: no entry), a
// reservation, the archive PATCHed in ranges a few at a time, and a commit of its size.
import * as core from '../../host/log.ts'
import type { Dispatcher } from 'undici'
import { chunkBody, chunksOf, eachInParallel } from './chunks.ts'
import { call, CacheServiceError, statusWords, V1_RETRIES, withRetries, type Answer, type CallOptions } from './http.ts'
import type { CacheProtocol, Found } from './protocol.ts'
import type { ServiceConfig } from './service.ts'
import type { Env } from '../../net/http.ts'

/** @actions/cache's upload defaults, and the variables that change them (a chunk size in MiB). */
export function uploadShape(env: Env): { chunkBytes: number; concurrency: number } {
  const concurrency = Number(env.CACHE_UPLOAD_CONCURRENCY)
  const chunkMiB = Number(env.CACHE_UPLOAD_CHUNK_SIZE)
  return {
    concurrency: env.CACHE_UPLOAD_CONCURRENCY && concurrency >= 1 ? Math.min(32, Math.trunc(concurrency)) : 4,
    chunkBytes: env.CACHE_UPLOAD_CHUNK_SIZE && chunkMiB > 0 ? Math.min(128, chunkMiB) * 1024 * 1024 : 32 * 1024 * 1024
  }
}

export function artifactCacheProtocol(service: ServiceConfig, dispatcher: Dispatcher, userAgent: string, env: Env): CacheProtocol {
  const api = (resource: string) => `${service.baseUrl}_apis/artifactcache/${resource}`
  const headers = { Accept: 'application/json;api-version=6.0-preview.1', Authorization: `Bearer ${service.token}`, 'User-Agent': userAgent }
  const send = (url: string, options: CallOptions): Promise<Answer> =>
    withRetries(V1_RETRIES, options.signal, () => call(dispatcher, url, { ...options, headers: { ...headers, ...options.headers } }))
  const json = (value: unknown) => ({ headers: { 'Content-Type': 'application/json' }, body: () => JSON.stringify(value) })
  const failed = (what: string, answer: Answer) => new CacheServiceError(`the cache service ${statusWords(answer)} (${what})`, answer.status)

  return {
    async lookup(keys, version, signal): Promise<Found | undefined> {
      const answer = await send(api(`cache?keys=${encodeURIComponent(keys.join(','))}&version=${version}`), { method: 'GET', ...(signal ? { signal } : {}) })
      if (answer.status === 204) return undefined
      if (answer.status >= 300) throw failed('lookup', answer)
      const found = parse(answer) as { archiveLocation?: unknown; cacheKey?: unknown }
      if (typeof found.archiveLocation !== 'string' || found.archiveLocation === '') throw new CacheServiceError('the cache service found an entry but gave no archiveLocation')
      // The whole URL, as @actions/cache masks it: on GHES it is signed storage.
      core.setSecret(found.archiveLocation)
      return { matchedKey: typeof found.cacheKey === 'string' ? found.cacheKey : '', archiveUrl: found.archiveLocation }
    },

    async save(key, version, archive, sizeBytes) {
      const reserved = await send(api('caches'), { method: 'POST', ...json({ key, version, cacheSize: sizeBytes }) })
      // GHES answers 409 for a key that is taken (act never refuses: it stores one more entry).
      if (reserved.status === 409) return 'exists'
      if (reserved.status >= 300) throw failed('reserve', reserved)
      const cacheId = (parse(reserved) as { cacheId?: unknown }).cacheId
      if (typeof cacheId !== 'number') throw new CacheServiceError('the cache service reserved the entry without a cacheId')
      const { chunkBytes, concurrency } = uploadShape(env)
      await eachInParallel(chunksOf(sizeBytes, chunkBytes), concurrency, async (chunk) => {
        if (chunk.end <= chunk.start) return
        const answer = await send(api(`caches/${cacheId}`), {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${chunk.start}-${chunk.end - 1}/*`, 'Content-Length': String(chunk.end - chunk.start) },
          body: chunkBody(archive, chunk)
        })
        if (answer.status >= 300) throw failed(`upload of bytes ${chunk.start}-${chunk.end - 1}`, answer)
      })
      const committed = await send(api(`caches/${cacheId}`), { method: 'POST', ...json({ size: sizeBytes }) })
      if (committed.status >= 300) throw failed('commit', committed)
      return 'saved'
    }
  }
}

function parse(answer: Answer): unknown {
  try {
    return JSON.parse(answer.text)
  } catch {
    throw new CacheServiceError(`the cache service's answer is not JSON (HTTP ${answer.status})`, answer.status)
  }
}
