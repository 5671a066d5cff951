// The start of the main step: the inputs, where the run happens, the backend; and the lookups that
// need nothing of go, started at once so they run while go is asked about its environment.
import * as core from '../host/log.ts'
import { host } from '../host/host.ts'
import path from 'node:path'
import { backendConfigOf, createBackend } from '../cache/select.ts'
import { assertWorkingDirectory, findDependencyFiles } from '../deps.ts'
import { emptyHistory } from '../history/record.ts'
import { historyKeyPrefix, loadHistory, type HistoryLoad } from '../history/store.ts'
import { readInputs } from '../inputs.ts'
import { maskProxyCredentials } from '../proxy/config.ts'
import { readGotoolchain } from '../toolchain/install.ts'
import { savePostState } from './handoff.ts'
import { early, type Run } from './run.ts'

export async function startRun(run: Run): Promise<void> {
  const inputs = readInputs()
  run.inputs = inputs
  run.report.metricsFile = inputs.metricsFile || run.report.metricsFile
  run.report.summary = inputs.summary
  if (inputs.privateToken !== '') core.setSecret(inputs.privateToken)
  maskProxyCredentials([inputs.proxies, ...inputs.mirrors, process.env.GOPROXY ?? ''])
  const runner = host().runner()
  run.runner = runner
  run.workingDirectory = path.resolve(runner.workspace, inputs.workingDirectory)
  assertWorkingDirectory(run.workingDirectory)
  run.backendConfig = backendConfigOf(inputs, process.env)
  savePostState({ backend: run.backendConfig })
  run.backend = await createBackend(run.backendConfig, { timeoutMs: inputs.cacheTimeoutMs })
  // The history is read while go is asked about its environment: the restore decision needs it.
  run.historyPrefix = historyKeyPrefix(inputs.keyPrefix, runner.os, runner.arch)
  run.historyLoading = inputs.history
    ? loadHistory(run.backend, run.historyPrefix, inputs.cacheTimeoutMs)
    : Promise.resolve<HistoryLoad>({ status: 'disabled', history: emptyHistory(), note: "input 'history' is false" })
  // The tree walk and go's GOTOOLCHAIN setting do not wait for go env either.
  run.depsFinding = early(findDependencyFiles(run.workingDirectory, inputs.cacheDependencyPath))
  run.gotoolchain = early(readGotoolchain(run.workingDirectory))
}
