// @actions/cache reports its failures only in the log: restoreCache returns undefined and saveCache
// -1 whether the entry was missing or the service broke. Watching the log lines it writes while it
// runs tells the two apart, finds the archive size it printed, and turns the ::error:: it gives a
// 5xx answer into a warning: a cache problem must never look like a failed job.

export interface CacheLog {
  /** Text of every warning (and former error) the cache library wrote. */
  warnings: string[]
  /** Archive size in bytes, when the library printed it. */
  sizeBytes?: number
  /** Why the library's failed attempts failed, from its debug lines (a lookup's, while it is watched). */
  attemptErrors?: string[]
}

const ATTEMPT_FAILED = /^::debug::.* - Attempt \d+ of \d+ failed with error: (.*?)\r?$/
const SIZE = /(?:Cache Size: ~\d+ MB \((\d+) B\)|^::debug::File Size: (\d+))/

export const TIMED_OUT = Symbol('timed out')

/**
 * Runs fn while watching (and mending) what is written to stdout. With a time limit, it stops
 * waiting when the limit passes and yields TIMED_OUT; fn goes on, and until it settles its own
 * failure lines (the library gives up on a failing service about 30 s later) are made debug lines:
 * the timeout was the warning, and nothing else written meanwhile is touched. `quiet` (for a
 * lookup): the caller reports the library's failure itself, so its "Failed to restore" lines are
 * recorded and written as debug lines; every other line, a warning of another phase printed
 * meanwhile among them, is neither recorded nor changed.
 */
export async function watchCacheLog<T>(
  fn: () => Promise<T>,
  timeoutMs?: number,
  options: {
    quiet?: boolean
    /** With quiet: a failed attempt no retry will mend (a name that does not resolve) ends the wait at once, as TIMED_OUT. */
    giveUpOn?: (attemptError: string) => boolean
  } = {}
): Promise<{ value: T | typeof TIMED_OUT; log: CacheLog }> {
  const log: CacheLog = { warnings: [] }
  const write = process.stdout.write.bind(process.stdout)
  let pending = ''
  let mode: 'mend' | 'quiet' | 'pass' = 'mend'
  const treat = (line: string) => {
    if (mode !== 'mend') return quietLine(line)
    if (!options.quiet) return mendLine(line, log)
    const attempt = ATTEMPT_FAILED.exec(line)?.[1]
    if (attempt !== undefined) {
      ;(log.attemptErrors ??= []).push(attempt)
      if (options.giveUpOn?.(attempt)) giveUp()
    }
    const quiet = quietLine(line)
    if (quiet !== line) log.warnings.push(quiet.slice('::debug::'.length).replace(/\r$/, ''))
    return quiet
  }
  const patched = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    if (mode === 'pass') return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest)
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    pending += text
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    const out = lines.map(treat).join('\n') + (lines.length > 0 ? '\n' : '')
    return (write as (c: string, ...r: unknown[]) => boolean)(out, ...rest)
  }
  process.stdout.write = patched as typeof process.stdout.write
  const stopWatching = () => {
    if (pending !== '') write(treat(pending))
    pending = ''
    // Another watcher that patched over this one keeps its place; this one then passes lines on.
    if (process.stdout.write === (patched as unknown)) process.stdout.write = write
    mode = 'pass'
  }
  let timer: NodeJS.Timeout | undefined
  let abandoned = false
  let giveUp = () => {}
  try {
    const limit = new Promise<typeof TIMED_OUT>((resolve) => {
      giveUp = () => resolve(TIMED_OUT)
      if (timeoutMs !== undefined) timer = setTimeout(resolve, timeoutMs, TIMED_OUT)
    })
    const running = fn()
    const value = await Promise.race([running, limit])
    if (value === TIMED_OUT) {
      abandoned = true
      mode = 'quiet'
      running.then(stopWatching, stopWatching)
    }
    return { value, log }
  } finally {
    clearTimeout(timer)
    if (!abandoned) stopWatching()
  }
}

/** A failure line of the cache library's, as a debug line. */
export function quietLine(line: string): string {
  return /^::(error|warning)[^:]*::Failed to (restore|save)/.test(line) ? `::debug::${line.slice(line.indexOf('::', 2) + 2)}` : line
}

export function mendLine(line: string, log: CacheLog): string {
  const size = SIZE.exec(line)
  if (size) log.sizeBytes = Number(size[1] ?? size[2])
  let mended = line
  // Only @actions/cache's own errors (it logs a 5xx answer as one): never anything else's.
  if (/^::error[^:]*::Failed to (restore|save)/.test(mended)) mended = `::warning${mended.slice('::error'.length)}`
  // On Windows @actions/core ends its lines with os.EOL: the '\r' is no part of the warning.
  if (mended.startsWith('::warning')) log.warnings.push(mended.slice(mended.indexOf('::', 2) + 2).replace(/\r$/, ''))
  return mended
}
