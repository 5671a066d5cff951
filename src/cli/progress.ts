// While go downloads modules the log is quiet for minutes; outside GitHub nothing else shows the
// job is alive. The module zips appearing in the module cache are the progress: go writes each to a
// temporary file and renames it, so a *.zip there is a finished download.
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

export interface Downloaded {
  done: number
  bytes: number
}

/** `downloading modules: 37 of 158 (12.3 MB, 14 s)`. A total of 0 is unknown; a count above the
 * total (go.sum is an estimate, and a restored cache may hold more) is shown alone, not as
 * `170 of 158`. The elapsed time, when given, tells a stuck download from a slow one. */
export function progressLine(p: { done: number; total: number; bytes: number; elapsedMs?: number }): string {
  const count = p.total > 0 && p.done <= p.total ? `${p.done} of ${p.total}` : `${p.done}`
  const elapsed = p.elapsedMs === undefined ? '' : `, ${formatElapsed(p.elapsedMs)}`
  return `downloading modules: ${count} (${formatBytes(p.bytes)}${elapsed})`
}

/** Decimal units with one decimal, as download sizes are usually quoted: 999 B, 1.5 kB, 12.3 MB. */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`
  const units = ['kB', 'MB', 'GB']
  let i = 0
  // The unit is picked after rounding: 999,950 bytes is 1.0 MB, not 1000.0 kB.
  while (i < units.length - 1 && Math.round(n / 1000 ** (i + 1) * 10) >= 10_000) i++
  return `${(n / 1000 ** (i + 1)).toFixed(1)} ${units[i]}`
}

function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`
}

/** The module zips under <modCache>/cache/download and their size. Zeros for a missing (or
 * unreadable) directory; a zip that vanishes between listing and stat is not counted. */
export async function countDownloaded(modCache: string): Promise<Downloaded> {
  try {
    const entries = await readdir(path.join(modCache, 'cache', 'download'), { withFileTypes: true, recursive: true })
    const zips = entries.filter((e) => e.isFile() && e.name.endsWith('.zip'))
    const sizes = await Promise.all(zips.map((e) => stat(path.join(e.parentPath, e.name)).then((s) => s.size, () => undefined)))
    const found = sizes.filter((s) => s !== undefined)
    return { done: found.length, bytes: found.reduce((a, b) => a + b, 0) }
  } catch {
    return { done: 0, bytes: 0 }
  }
}

/** The module versions whose zip go.sum records (`mod version h1:…`, not `mod version/go.mod h1:…`):
 * what a full download fetches, near enough to be the total. */
export function zipCountOf(goSumText: string): number {
  const zips = new Set<string>()
  for (const line of goSumText.split('\n')) {
    const f = line.trim().split(/\s+/)
    if (f.length === 3 && !f[1]!.endsWith('/go.mod')) zips.add(`${f[0]} ${f[1]}`)
  }
  return zips.size
}

/**
 * Shows the download's progress until stop(). On a terminal, one line rewritten every 500 ms; in a
 * CI log, which cannot rewrite, a line every 15 s, and a last one at stop only if something was
 * shown or downloaded (a fully cached run stays quiet). Never throws; the timer keeps no process alive.
 */
export function startProgress(o: {
  modCache: string
  total: number
  tty: boolean
  write: (text: string) => void
  intervalMs?: number
  now?: () => number
}): { stop(): Promise<void> } {
  const now = o.now ?? Date.now
  const started = now()
  const line = (c: Downloaded) => progressLine({ ...c, total: o.total, elapsedMs: now() - started })
  // On a terminal the line is redrawn in place, \x1b[K clearing what a longer line left.
  const show = (c: Downloaded, last: boolean) => {
    try {
      o.write(o.tty ? `\r${line(c)}\x1b[K${last ? '\n' : ''}` : `${line(c)}\n`)
    } catch {
      // a closed stream: the progress is a nicety
    }
  }

  let baseline: Downloaded | undefined
  let shown = false
  let stopped = false
  // One count at a time: a tick while one is running (a big cache, a slow disk) is skipped.
  let pending: Promise<void> | undefined
  const run = (then: (c: Downloaded) => void) => {
    pending = countDownloaded(o.modCache)
      .then((c) => {
        if (!stopped) then(c)
      })
      .catch(() => undefined)
      .finally(() => {
        pending = undefined
      })
  }
  run((c) => {
    baseline = c
  })
  const timer = setInterval(() => {
    if (pending !== undefined) return
    run((c) => {
      shown = true
      show(c, false)
    })
  }, o.intervalMs ?? (o.tty ? 500 : 15_000))
  timer.unref()

  let stopping: Promise<void> | undefined
  return {
    stop() {
      stopping ??= (async () => {
        clearInterval(timer)
        // A count under way finishes (and shows) first, so the last line is the last written.
        await pending
        stopped = true
        const c = await countDownloaded(o.modCache)
        const changed = baseline === undefined || c.done !== baseline.done || c.bytes !== baseline.bytes
        if (shown || changed) show(c, true)
      })().catch(() => undefined)
      return stopping
    }
  }
}
