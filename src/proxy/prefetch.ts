// go mod download asks the proxy for each required module's .info (its version and time) one
// module after another, whatever GOMAXPROCS (cmd/go/internal/modload moduleInfo → Query), before it
// fetches any zip: 158 round trips in a row for cli/cli. Fetched here side by side into the module
// cache, where go looks first, while go loads the module graph. go.sum does not cover .info files:
// go takes them from the proxy as they come, and so do we, from the first proxy of the chain.
// Best effort: a .info that fails, or is not there in time, go fetches itself as before.
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '../host/log.ts'
import { pathExists } from '../fsutil.ts'
import { escapePath, escapeVersion } from '../go/escape.ts'
import { downloadFile } from '../go/gomodcache.ts'
import type { GoSumEntry } from '../go/gosum.ts'
import { requires } from '../go/golines.ts'
import { goDispatcher } from '../net/http.ts'
import { getWithin, proxyTarget } from './probe.ts'

export interface ModuleVersion {
  path: string
  version: string
}

/**
 * The versions go mod download will ask the .info of: the requirements of each go.mod, when go.sum
 * holds their zip hash (go downloads nothing else without failing) and go asks the proxy for them.
 */
export function infoTargets(goMods: readonly string[], sums: readonly GoSumEntry[], viaProxy: (modulePath: string) => boolean): ModuleVersion[] {
  const zips = new Set(sums.filter((e) => e.kind === 'zip').map((e) => `${e.path}@${e.version}`))
  const targets = new Map<string, ModuleVersion>()
  for (const text of goMods) {
    // Read line by line: a file go rejects fails the download anyway, and stops this with it.
    for (const { path: p, version } of requires(text)) {
      const id = `${p}@${version}`
      if (zips.has(id) && viaProxy(p)) targets.set(id, { path: p, version })
    }
  }
  return [...targets.values()]
}

/** Where go keeps a version's .info (cache/download is in GOPROXY layout). */
export function infoPath(modCache: string, m: ModuleVersion): string {
  return downloadFile(modCache, m.path, m.version, 'info')
}

/** Whether a proxy's answer is the .info of this version, as go would read it. */
export function isInfoOf(body: Buffer, version: string): boolean {
  try {
    const info = JSON.parse(body.toString('utf8')) as { Version?: unknown; Time?: unknown }
    return info.Version === version && typeof info.Time === 'string'
  } catch {
    return false
  }
}

export interface PrefetchOptions {
  /** The first proxy of the chain, credentials included. */
  proxy: string
  modCache: string
  targets: readonly ModuleVersion[]
  /** Requests in flight at once. */
  concurrency: number
  /** Stops every request; nothing is written after it. */
  signal: AbortSignal
}

/** Fetches the .info files the module cache lacks; returns how many it wrote. Never throws. */
export async function prefetchInfo(options: PrefetchOptions): Promise<number> {
  let written = 0
  let temps = 0
  const queue = [...options.targets]
  try {
    const target = await proxyTarget(options.proxy, process.env, {})
    const dispatcher = await goDispatcher({ env: process.env })
    const started = performance.now()
    const elapsed = (): number => Math.round(performance.now() - started)
    const one = async (m: ModuleVersion): Promise<void> => {
      const file = infoPath(options.modCache, m)
      if (await pathExists(file)) return
      const answer = await getWithin(`${target.base}/${escapePath(m.path)}/@v/${escapeVersion(m.version)}.info`, target, dispatcher, options.signal, elapsed)
      if (answer.status !== 200 || !isInfoOf(answer.body, m.version) || options.signal.aborted) return
      await mkdir(path.dirname(file), { recursive: true })
      // Renamed into place, as go writes it: go never reads half a file.
      const temp = `${file}.${process.pid}.${temps++}.tmp`
      await writeFile(temp, answer.body)
      await rename(temp, file)
      written++
    }
    const worker = async (): Promise<void> => {
      for (let m = queue.shift(); m !== undefined && !options.signal.aborted; m = queue.shift()) await one(m).catch(() => undefined)
    }
    try {
      await Promise.all(Array.from({ length: options.concurrency }, worker))
    } finally {
      await dispatcher.destroy()
    }
  } catch {
    // go fetches what is missing
  }
  return written
}

/** Runs work (go's download) with the .info files fetched beside it, stopped when work ends. */
export async function besidePrefetch<T>(options: Omit<PrefetchOptions, 'signal'>, work: () => Promise<T>): Promise<T> {
  const stop = new AbortController()
  const prefetching = prefetchInfo({ ...options, signal: stop.signal })
  try {
    return await work()
  } finally {
    stop.abort()
    const written = await prefetching
    core.info(`${written} of ${options.targets.length} .info files fetched beside go.`)
  }
}
