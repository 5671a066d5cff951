// The command's temp dir with a background save at work in it, in a process of its own:
//   node held-temp.ts DIR WORKER
// DIR becomes the process's own temp dir (removed when it ends), a save is started whose worker
// is the script WORKER, its pid is printed after WORKER, and the process waits, as the command's
// post phase waits for the save, until a signal ends it.
import { startSave } from '../../src/cache/saver.ts'
import { ownCredentials } from '../../src/cli/credentials.ts'
import { endCleanly } from '../../src/cli/ending.ts'

const [dir, worker] = process.argv.slice(2) as [string, string]
process.env.RUNNER_TEMP = dir
// No private-token was written here: the record holds none.
endCleanly({ dir, credentials: ownCredentials(() => ''), warn: (text) => process.stderr.write(text) })
const save = await startSave({ entry: 'modules-lean', key: 'k-1', root: dir, members: [] }, worker)
process.stdout.write(`WORKER ${save.pid}\n`)
setInterval(() => undefined, 1000)
