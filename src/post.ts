import * as core from '@actions/core'
import { errorMessage } from './errors.ts'
import { runPost } from './post-step.ts'

try {
  await runPost()
} catch (err) {
  core.setFailed(errorMessage(err))
}
