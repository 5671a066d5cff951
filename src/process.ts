// Stopping a child together with everything it started. go runs git (and git runs ssh or a
// credential helper) for direct and private modules; killing go alone leaves those running, holding
// files in the module cache open (on Windows, locked) and the child's output pipes open.
import { spawn, type ChildProcess } from 'node:child_process'

/** How to stop a process tree: signal its process group, or run a command that walks the tree. */
export type TreeKill = { signalGroup: number } | { command: string; args: string[] }

/**
 * POSIX: the child was spawned detached, so it leads its own process group and every descendant
 * that does not leave it on purpose is in it: SIGKILL to -pid reaches them all.
 * Windows has no process groups to signal; taskkill /T walks the parent-child links from the pid.
 */
export function treeKill(platform: NodeJS.Platform, pid: number): TreeKill {
  if (platform === 'win32') return { command: 'taskkill', args: ['/PID', String(pid), '/T', '/F'] }
  return { signalGroup: -pid }
}

/**
 * Whether to spawn detached so that treeKill can reach the tree. Not on Windows: there detached
 * means no console, and each console program the child starts (git) would then open a window of
 * its own; taskkill /T needs no detaching.
 */
export function detachForTreeKill(platform: NodeJS.Platform): boolean {
  return platform !== 'win32'
}

/** Stops the child and its descendants; a tree already gone is no error. */
export function killTree(child: ChildProcess, platform: NodeJS.Platform = process.platform): void {
  // When the group is gone or was never made, or taskkill cannot start: the child alone, then.
  if (child.pid !== undefined) killTreeOf(child.pid, platform, () => child.kill('SIGKILL'))
}

/**
 * Stops the process pid leads and its descendants (treeKill's way); `fallback` runs when that
 * way fails. Never throws: an 'error' from taskkill with no listener would end this process.
 */
export function killTreeOf(pid: number, platform: NodeJS.Platform = process.platform, fallback: () => void = () => undefined): void {
  const how = treeKill(platform, pid)
  if ('signalGroup' in how) {
    try {
      process.kill(how.signalGroup, 'SIGKILL')
    } catch {
      fallback()
    }
    return
  }
  spawn(how.command, how.args, { stdio: 'ignore', windowsHide: true }).on('error', fallback)
}

const running = new Set<ChildProcess>()
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * A detached child misses the Ctrl-C a terminal sends to the foreground process group, and outlives
 * this process when a signal ends it. While such children run, a signal that would end this process
 * stops their trees first, then ends it as it would have ended anyway. Returns the undo, to call
 * once the child is gone. Nothing to do where children are not detached (Windows: a console's
 * Ctrl-C reaches every process on it).
 */
export function stopTreeOnSignal(child: ChildProcess, platform: NodeJS.Platform = process.platform): () => void {
  if (!detachForTreeKill(platform) || child.pid === undefined) return () => {}
  if (running.size === 0) for (const s of ENDING_SIGNALS) process.on(s, relaySignal)
  running.add(child)
  return () => {
    if (running.delete(child) && running.size === 0) for (const s of ENDING_SIGNALS) process.off(s, relaySignal)
  }
}

function relaySignal(signal: NodeJS.Signals): void {
  for (const child of running) killTree(child)
  running.clear()
  for (const s of ENDING_SIGNALS) process.off(s, relaySignal)
  // Another listener means someone else decides what the signal does; otherwise, with this
  // listener gone, raising it again ends the process the default way (killed by that signal).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
}
