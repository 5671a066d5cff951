import * as core from '@actions/core'
import { errorMessage } from './errors.ts'
import { runPost } from './main.ts'

try {
  await runPost()
} catch (err) {
  core.setFailed(errorMessage(err))
}
