import { errorMessage } from './errors.ts'
import { actionsHost } from './host/actions.ts'
import { runMain } from './main.ts'

const host = actionsHost()
try {
  await runMain(host)
} catch (err) {
  host.setFailed(errorMessage(err))
  if (err instanceof Error && err.stack) host.debug(err.stack)
}
// A cache lookup abandoned at cache-timeout keeps retrying in the background; the step is done.
process.exit()
