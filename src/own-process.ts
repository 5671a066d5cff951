// How this program starts a process of its own (the background save, the look at a cache
// directory). Under node it runs node with a script; as a single executable (Node's SEA) there is
// no node to run scripts with, so the executable runs itself in a hidden mode (see src/sea.ts).

/** The hidden first arguments that select a mode of the single executable. */
export const SAVE_WORKER_MODE = '--internal-save-worker'
export const PROBE_MODE = '--internal-probe-directory'

/** True in a single executable. process.getBuiltinModule, as node:sea has no unprefixed name to import by. */
export function isSingleExecutable(): boolean {
  return process.getBuiltinModule('node:sea')?.isSea() === true
}

