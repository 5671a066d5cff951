// The background save: `node save-worker.js <job.json>`, started by the main step (or the post
// step), packs and stores one entry, and leaves its outcome in the result file the job names.
// Whatever stops it first leaves a reason instead: a failure is a failed outcome with its message;
// an exit or a signal without an outcome is recorded beside it (exit.json), for a waiter that is
// not its parent and so cannot learn its exit status. Only SIGKILL leaves nothing.
import { writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createBackend } from './cache/select.ts'
import { runSaveJob, saveFiles, writeResult, type Ended, type WorkerJob } from './cache/saver.ts'
import { errorMessage } from './errors.ts'
import { actionsHost } from './host/actions.ts'
import { useHost } from './host/host.ts'

const started = performance.now()
const jobFile = process.argv[2] ?? ''
const { exitFile } = saveFiles(path.dirname(jobFile))
let resulted = false
const recordEnd = (end: Ended) => {
  if (resulted) return
  try {
    writeFileSync(exitFile, JSON.stringify(end))
  } catch {
    // Its directory is gone: no one is waiting any more.
  }
}
process.on('exit', (code) => recordEnd({ code }))
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.once(signal, () => {
    recordEnd({ signal })
    // Ended as the signal ends it, so a parent sees the signal too.
    process.kill(process.pid, signal)
  })
}

// No top-level await: the single executable runs this as part of one CommonJS bundle, which has none.
void run()

async function run(): Promise<void> {
  const { job, resultFile, runner } = JSON.parse(await readFile(jobFile, 'utf8')) as WorkerJob
  // Whatever started it, the worker logs in workflow commands to its log file: the step that waits
  // for it relays them to its own host (see Host.relayLog). Where it runs is what the job says.
  useHost(actionsHost(() => runner))
  const outcome = await createBackend(job.backend ?? { kind: 'github' }).then(
    (backend) => runSaveJob(backend, job),
    (err: unknown) => ({ saved: false, failed: true, skipped: `save failed: ${errorMessage(err)}`, archiveMs: 0, ms: Math.round(performance.now() - started) })
  )
  await writeResult(resultFile, outcome)
  resulted = true
  // The outcome is written: nothing left running (an idle keep-alive connection) may hold the worker.
  process.exit()
}
