import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../errors.ts'
import type { Metrics } from './metrics.ts'
import { renderOutputs } from './outputs.ts'
import { renderSummary } from './summary.ts'

export interface ReportOptions {
  /** Where the metrics record goes; '' writes none. */
  metricsFile: string
  summary: boolean
}

/** The metrics file's default place: the runner's temp directory, which every job has. */
export function defaultMetricsFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, 'go-mod-precache', 'metrics.json') : ''
}

/** Writes every view of the record. A reporting problem is a warning: the work itself is done. */
export async function publishReport(metrics: Metrics, options: ReportOptions): Promise<void> {
  let metricsFile = options.metricsFile
  if (metricsFile !== '') {
    try {
      await mkdir(path.dirname(metricsFile), { recursive: true })
      await writeFile(metricsFile, `${JSON.stringify(metrics, null, 2)}\n`)
    } catch (err) {
      core.warning(`Could not write the metrics file ${metricsFile}: ${errorMessage(err)}`)
      metricsFile = ''
    }
  }
  for (const [name, value] of Object.entries(renderOutputs(metrics, metricsFile))) core.setOutput(name, value)
  if (!options.summary || !process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(renderSummary(metrics)).write()
  } catch (err) {
    core.warning(`Could not write the job summary: ${errorMessage(err)}`)
  }
}
