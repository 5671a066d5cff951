import * as core from '@actions/core'
import { errorMessage } from './errors.ts'
import { runMain } from './main.ts'

try {
  await runMain()
} catch (err) {
  core.setFailed(errorMessage(err))
}
