// The end of the main step, however it went: what the post step must know of a failed backend,
// this run's history, and the report.
import { backendFailure } from '../cache/guarded.ts'
import { publishReport } from '../report/publish.ts'
import { savePostState } from './handoff.ts'
import { keepHistory } from './history.ts'
import type { Run } from './run.ts'

export async function finish(run: Run): Promise<void> {
  run.metrics.totalMs = Math.round(performance.now() - run.started)
  const failure = run.backend && backendFailure(run.backend)
  if (failure) savePostState({ backendFailed: failure })
  await keepHistory(run)
  await publishReport(run.metrics, run.report)
}
