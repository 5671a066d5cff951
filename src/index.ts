import * as core from '@actions/core'
import { errorMessage } from './errors.ts'
import { runMain } from './main.ts'

try {
  await runMain()
} catch (err) {
  core.setFailed(errorMessage(err))
  if (err instanceof Error && err.stack) core.debug(err.stack)
}
// A cache lookup abandoned at cache-timeout keeps retrying in the background; the step is done.
process.exit()
