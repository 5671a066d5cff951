// The background save: `node save-worker.js <job.json>`, started by the main step (or the post
// step), packs and stores one entry, and leaves its outcome in the result file the job names.
import { readFile } from 'node:fs/promises'
import { createBackend } from './cache/select.ts'
import { runSaveJob, writeResult, type SaveJob } from './cache/saver.ts'

const { job, resultFile } = JSON.parse(await readFile(process.argv[2] ?? '', 'utf8')) as { job: SaveJob; resultFile: string }
const outcome = await runSaveJob(await createBackend(job.backend ?? { kind: 'github' }), job)
await writeResult(resultFile, outcome)
// An abandoned lookup of @actions/cache may still be retrying; the outcome is written.
process.exit()
