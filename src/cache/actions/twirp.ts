// Cache service v2 (github.com): Twirp calls in JSON (proto field names, defaults left out, int64
// as strings), as @actions/cache 6's generated client sends them, and the archive uploaded to the
// Azure blob URL the service signs.
import * as core from '../../host/log.ts'
import type { Dispatcher } from 'undici'
import { uploadBlob } from './blob.ts'
import { CacheServiceError, call, statusWords, TWIRP_RETRIES, withRetries, type Answer } from './http.ts'
import type { ServiceConfig } from './service.ts'
import type { CacheProtocol, Found } from './protocol.ts'

const SERVICE = 'github.actions.results.api.v1.CacheService'
/** The text GitHub's service sends when an entry of the key and version exists (Twirp code already_exists, HTTP 409). */
const ALREADY_EXISTS = 'already_exists'

export function twirpProtocol(service: ServiceConfig, dispatcher: Dispatcher, userAgent: string): CacheProtocol {
  const rpc = async (method: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<{ answer: Answer; json: Record<string, unknown> }> => {
    // As the library builds it: the path replaces whatever path the base URL has.
    const url = new URL(`/twirp/${SERVICE}/${method}`, service.baseUrl).href
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${service.token}`, 'User-Agent': userAgent }
    const answer = await withRetries(TWIRP_RETRIES, signal, () => call(dispatcher, url, { method: 'POST', headers, body: () => JSON.stringify(body), ...(signal ? { signal } : {}) }))
    let json: Record<string, unknown> = {}
    try {
      json = JSON.parse(answer.text || '{}') as Record<string, unknown>
    } catch {
      if (answer.status < 300) throw new CacheServiceError(`the cache service's answer to ${method} is not JSON`, answer.status)
    }
    maskSignedUrl(json.signed_upload_url)
    maskSignedUrl(json.signed_download_url)
    return { answer, json }
  }
  const failed = (method: string, answer: Answer) => new CacheServiceError(`the cache service ${statusWords(answer)} (${method})`, answer.status)

  return {
    async lookup(keys, version, signal): Promise<Found | undefined> {
      const [key, ...restoreKeys] = keys
      const body = { key, ...(restoreKeys.length > 0 ? { restore_keys: restoreKeys } : {}), version }
      const { answer, json } = await rpc('GetCacheEntryDownloadURL', body, signal)
      if (answer.status >= 300) throw failed('GetCacheEntryDownloadURL', answer)
      if (json.ok !== true) return undefined
      const url = stringOf(json.signed_download_url)
      if (url === '') throw new CacheServiceError('the cache service found an entry but gave no URL to download it from')
      return { matchedKey: stringOf(json.matched_key), archiveUrl: url }
    },

    async save(key, version, archive, sizeBytes) {
      const created = await rpc('CreateCacheEntry', { key, version })
      if (created.answer.status === 409 || created.json.code === ALREADY_EXISTS) return 'exists'
      if (created.answer.status >= 300) throw failed('CreateCacheEntry', created.answer)
      if (created.json.ok !== true) {
        const message = stringOf(created.json.message)
        throw new CacheServiceError(`the cache service did not accept the entry${message === '' ? '' : `: ${message}`}`)
      }
      await uploadBlob(dispatcher, stringOf(created.json.signed_upload_url), archive, sizeBytes)
      const finalized = await rpc('FinalizeCacheEntryUpload', { key, size_bytes: String(sizeBytes), version })
      if (finalized.answer.status >= 300) throw failed('FinalizeCacheEntryUpload', finalized.answer)
      if (finalized.json.ok !== true) {
        const message = stringOf(finalized.json.message)
        throw new CacheServiceError(`the cache service did not complete the entry${message === '' ? '' : `: ${message}`}`)
      }
      return 'saved'
    }
  }
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** A signed URL's signature (the `sig` of an Azure SAS) is a secret: masked as @actions/cache masks it. */
function maskSignedUrl(url: unknown): void {
  if (typeof url !== 'string' || url === '') return
  const sig = URL.parse(url)?.searchParams.get('sig')
  if (sig) {
    core.setSecret(sig)
    core.setSecret(encodeURIComponent(sig))
  }
}
