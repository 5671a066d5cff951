// What a file-system error code means on each runner OS, as plain decisions the I/O in fsutil.ts
// follows. On Windows an antivirus scan, the search indexer or a process still holding a file
// open refuses a rename or a delete (EPERM, EACCES, EBUSY) for as long as it lasts, so waiting
// helps; on Linux and macOS nothing locks a file, and the same codes mean a permission that time
// will not change.

/** Codes a Windows lock gives while it lasts (libuv maps ERROR_ACCESS_DENIED and ERROR_SHARING_VIOLATION to these). */
const WINDOWS_LOCK_CODES: ReadonlySet<string> = new Set(['EPERM', 'EACCES', 'EBUSY'])

/**
 * What to do after a failed rename:
 * retry: a lock that may pass; copy once the retries are spent;
 * copy: a rename cannot do it, a recursive copy can;
 * fail: neither helps (the source is missing, the disk is full…).
 */
export type RenameFallback = 'retry' | 'copy' | 'fail'

export function renameFallback(code: string | undefined, platform: NodeJS.Platform): RenameFallback {
  // Another file system or drive: a rename never crosses one.
  if (code === 'EXDEV') return 'copy'
  if (platform === 'win32') return code !== undefined && WINDOWS_LOCK_CODES.has(code) ? 'retry' : 'fail'
  // POSIX: renaming a directory needs write permission on both parents and on the directory
  // itself (its '..' changes), and EBUSY means a mount point. A copy needs only read access
  // to the source, so it may still succeed; waiting never does.
  return code === 'EACCES' || code === 'EPERM' || code === 'EBUSY' ? 'copy' : 'fail'
}

/**
 * The waits between rename attempts while a lock may pass: 0.2 + 0.4 + 0.8 + 1.6 = 3 s in all,
 * about what an on-access scan of a freshly unpacked toolchain takes.
 */
export const LOCK_RETRY_DELAYS_MS: readonly number[] = [200, 400, 800, 1600]

/**
 * fs.rm's retries: node retries EBUSY, EMFILE, ENFILE, ENOTEMPTY and EPERM, waiting
 * retryDelay × n before the n-th retry.
 */
export function rmRetryOptions(platform: NodeJS.Platform): { maxRetries: number; retryDelay: number } {
  // Windows: 200 ms × (1 + … + 6) = 4.2 s, long enough for a scan to let go. Elsewhere only a
  // process still writing into the tree (ENOTEMPTY) is worth a short wait: 0.6 s.
  return platform === 'win32' ? { maxRetries: 6, retryDelay: 200 } : { maxRetries: 3, retryDelay: 100 }
}

/** What was left when a removal failed: the path it failed on and the code. */
export interface Leftover {
  path: string
  code: string
}

export function leftoverOf(target: string, err: unknown): Leftover {
  const e = err as NodeJS.ErrnoException
  return { path: typeof e?.path === 'string' ? e.path : target, code: typeof e?.code === 'string' ? e.code : 'unknown' }
}

/** The likely cause of a failed removal, for the user; '' when the code says nothing useful. */
export function removalCause(code: string, platform: NodeJS.Platform): string {
  if (platform === 'win32' && WINDOWS_LOCK_CODES.has(code)) {
    return 'another process holds a file in it open: an antivirus scan, the search indexer, or a program started from it'
  }
  if (code === 'EACCES' || code === 'EPERM') return 'a file or directory in it is not writable by this user, or is immutable'
  if (code === 'EBUSY') return 'a directory in it is in use as a mount point'
  if (code === 'ENOTEMPTY' || code === 'EEXIST') return 'another process kept writing into it'
  return ''
}

/** The warning for a scratch path that could not be removed; the job goes on. */
export function cleanupWarning(target: string, left: Leftover, platform: NodeJS.Platform): string {
  const where = left.path === target ? '' : ` on ${left.path}`
  const cause = removalCause(left.code, platform)
  return `Could not remove ${target} (${left.code}${where}); it is left behind and the job goes on.${cause ? ` Likely cause: ${cause}.` : ''}`
}

/** The code of a file-system error (ENOENT, EACCES…); undefined for anything else. */
export function errnoCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  return typeof code === 'string' ? code : undefined
}

/** The error's message, with the path when the message does not name it already. */
export function withPath(target: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  return message.includes(target) ? message : `${target}: ${message}`
}
