import * as core from '@actions/core'
import { errorMessage } from '../errors.ts'
import type { Metrics } from './metrics.ts'
import { renderOutputs } from './outputs.ts'
import { renderSummary } from './summary.ts'

/** Writes every view of the record. A reporting problem is a warning: the work itself is done. */
export async function publishReport(metrics: Metrics): Promise<void> {
  for (const [name, value] of Object.entries(renderOutputs(metrics))) core.setOutput(name, value)
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(renderSummary(metrics)).write()
  } catch (err) {
    core.warning(`Could not write the job summary: ${errorMessage(err)}`)
  }
}
