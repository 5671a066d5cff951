// One save into a cache directory from a process of its own, as a job on another runner makes it:
//   node dir-saver.ts ROOT ENTRY KEY ARCHIVE
// It loads everything, prints READY, waits for a line on stdin (so two of them save at the same
// moment), saves, and prints the outcome as the last line after RESULT.
import { createInterface } from 'node:readline'
import { dirBackend } from '../../src/cache/dir.ts'

const [root, entry, key, archive] = process.argv.slice(2) as [string, string, string, string]
const backend = dirBackend({ kind: 'dir', root, maxSizeBytes: Number.POSITIVE_INFINITY })
const lines = createInterface({ input: process.stdin })
process.stdout.write('READY\n')
await new Promise<void>((resolve) => lines.once('line', () => resolve()))
lines.close()
const stored = await backend.save(entry, key, archive)
process.stdout.write(`\nRESULT${JSON.stringify(stored)}\n`)
