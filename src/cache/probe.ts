// The first look at a shared cache directory, from a process of its own. On a network mount that
// hangs (an NFS server gone, a stale SMB session) a file system call does not return; made here it
// would hold one of libuv's few threadpool threads (4 by default) for good, slowing every later
// file operation of the step, and keep the process from exiting at all: Node waits for those
// threads when it exits. A child that hangs is killed, and this process never touched the mount.
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { isSingleExecutable, PROBE_MODE } from '../own-process.ts'

/** Reads the directory (a missing one answers too: the cache is only empty); the exit code does not matter. */
const LOOK = "try { require('node:fs').readdirSync(process.argv[1]) } catch {}"

/** The same look, for the single executable's probe mode (which has no -e to run it with). */
export function lookAt(dir: string): void {
  try {
    readdirSync(dir)
  } catch {
    // the exit alone answers
  }
}

/** True when a look at dir answered within timeoutMs, false when it did not (the child is then killed). */
export function probeDirectory(dir: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, isSingleExecutable() ? [PROBE_MODE, dir] : ['-e', LOOK, dir], { stdio: 'ignore', windowsHide: true })
    const timer = setTimeout(() => {
      // A process blocked in a hung mount can still be killed.
      child.kill('SIGKILL')
      resolve(false)
    }, Math.max(0, timeoutMs))
    child.on('error', () => {
      // No process to look with: the lookup itself, bounded as any, decides.
      clearTimeout(timer)
      resolve(true)
    })
    child.on('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}
