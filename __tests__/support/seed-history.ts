// Stores bytes as a history entry through the action's own GitHub backend (its client of the
// cache service, against the test's service, configured by the environment), the way a
// run's post step stores one: node seed-history.ts KEY FILE. Prints "saved" or why not.
import { readFile, writeFile } from 'node:fs/promises'
import { zstdCompressSync } from 'node:zlib'
import { githubBackend } from '../../src/cache/github.ts'
import { HISTORY_ENTRY } from '../../src/history/store.ts'

const [key, file, mode] = process.argv.slice(2)
if (key === undefined || file === undefined) throw new Error('usage: seed-history.ts KEY FILE [raw]')
const backend = githubBackend()
const staging = await backend.stagingFile(HISTORY_ENTRY)
const bytes = await readFile(file)
// raw: the bytes as they are (a corrupt entry); else compressed as the action stores its JSON.
await writeFile(staging, mode === 'raw' ? bytes : zstdCompressSync(bytes))
const stored = await backend.save(HISTORY_ENTRY, key, staging)
process.stdout.write(`\nseed-history: ${stored.saved ? 'saved' : `not saved: ${stored.skipped}`}\n`)
