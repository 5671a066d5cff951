// The single executable's entry (scripts/package.ts): the command, or, behind a hidden first
// argument, one of the processes the command starts of itself (src/own-process.ts). Node's SEA
// runs it as CommonJS, where these imports load only the part asked for.
import { lookAt } from './cache/probe.ts'
import { PROBE_MODE, SAVE_WORKER_MODE } from './own-process.ts'

const mode = process.argv[2]
if (mode === SAVE_WORKER_MODE) {
  // The worker reads its job file from argv[2], as under node.
  process.argv.splice(2, 1)
  void import('./save-worker.ts')
} else if (mode === PROBE_MODE) {
  lookAt(process.argv[3] ?? '')
} else {
  void import('./bin.ts')
}
