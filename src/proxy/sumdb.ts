// Whether the checksum database answers directly. go reaches it through a proxy that answers
// <proxy>/sumdb/<name>/supported, else directly; if neither works, new modules fail to verify.
import { fetch } from 'undici'
import { goDispatcher, type GoPlatform } from '../net/http.ts'

export type SumDbReach = 'direct' | 'proxy' | 'unreachable' | 'off'

/** The base URL go uses for a GOSUMDB value ("name", "name+key" or "name+key url"). */
export function sumDbUrl(gosumdb: string): string {
  const [name = '', url] = gosumdb.trim().split(/\s+/)
  if (url !== undefined) return url.replace(/\/+$/, '')
  return `https://${name.split('+')[0]}`
}

/** GET <sumdb>/latest answers 200 before the deadline; `where` says which OS rules and go release decide the certificates. */
export async function probeSumDb(gosumdb: string, deadline: AbortSignal, env?: NodeJS.ProcessEnv, where: GoPlatform = {}): Promise<boolean> {
  const dispatcher = await goDispatcher({ env, ...where })
  try {
    const res = await fetch(`${sumDbUrl(gosumdb)}/latest`, { dispatcher, signal: deadline })
    await res.body?.cancel()
    return res.status === 200
  } catch {
    return false
  } finally {
    await dispatcher.destroy()
  }
}
