import * as core from '../host/log.ts'
import { host } from '../host/host.ts'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../errors.ts'
import { newMetrics, type Metrics } from './metrics.ts'
import { renderOutputs } from './outputs.ts'
import { renderSaveSummary, renderSummary } from './summary.ts'

export interface ReportOptions {
  /** Where the metrics record goes; '' writes none. */
  metricsFile: string
  summary: boolean
}

/** The metrics file's default place: the job's temp directory, which every Actions job has. */
export function defaultMetricsFile(temp: string = host().runner().temp, p: path.PlatformPath = path): string {
  return temp ? p.join(temp, 'go-mod-precache', 'metrics.json') : ''
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
  for (const [name, value] of Object.entries(renderOutputs(metrics, metricsFile))) host().setOutput(name, value)
  if (!options.summary || !host().hasSummary()) return
  try {
    await host().writeSummary(renderSummary(metrics))
  } catch (err) {
    core.warning(`Could not write the job summary: ${errorMessage(err)}`)
  }
}

/**
 * In the post step: applies what became known after the main step (a background save) to the
 * metrics file, and adds it to the job summary. Outputs were set by the main step and stay.
 */
export async function completeReport(options: ReportOptions, update: (m: Metrics) => void): Promise<void> {
  let metrics: Metrics | undefined
  if (options.metricsFile !== '') {
    try {
      metrics = JSON.parse(await readFile(options.metricsFile, 'utf8')) as Metrics
      update(metrics)
      await writeFile(options.metricsFile, `${JSON.stringify(metrics, null, 2)}\n`)
    } catch (err) {
      core.warning(`Could not complete the metrics file ${options.metricsFile}: ${errorMessage(err)}`)
      metrics = undefined
    }
  }
  if (metrics === undefined) {
    // No file to read back: the update still decides what is logged and summarised.
    metrics = newMetrics()
    update(metrics)
  }
  if (!options.summary || !host().hasSummary()) return
  try {
    await host().writeSummary(renderSaveSummary(metrics))
  } catch (err) {
    core.warning(`Could not write the job summary: ${errorMessage(err)}`)
  }
}
