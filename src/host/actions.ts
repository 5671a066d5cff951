// The Actions runner as the host: the one place that speaks to it, through @actions/core (inputs as
// INPUT_*, the file commands, STATE_* in the post step, workflow commands in the log), and reads
// where the run happens from its variables (context.ts).
import * as core from '@actions/core'
import { readRunnerContext, type RunnerContext } from './context.ts'
import type { Host } from './host.ts'

export interface ActionsHost extends Host {
  /** The step fails with this message. */
  setFailed(message: string): void
}

/** `runner`: where the run happens; by default the runner's variables, read when asked. */
export function actionsHost(runner: () => RunnerContext = () => readRunnerContext()): ActionsHost {
  return {
    runner,
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    exportVariable: (name, value) => core.exportVariable(name, value),
    addPath: (dir) => core.addPath(dir),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    hasSummary: () => Boolean(process.env.GITHUB_STEP_SUMMARY),
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown).write()
    },
    setSecret: (secret) => core.setSecret(secret),
    isDebug: () => core.isDebug(),
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    notice: (message, annotation) => core.notice(message, annotation),
    warning: (message, annotation) => core.warning(message, annotation),
    error: (message, annotation) => core.error(message, annotation),
    group: (title, fn) => core.group(title, fn),
    // The runner's log shows time stamps; go's own lines show the download going on.
    downloadStarted: () => ({ stop: async () => undefined }),
    // The worker logged through @actions/core (with os.EOL: CRLF on Windows): its workflow
    // commands mean to the runner what they would have meant had the step printed them.
    relayLog: (text) => {
      for (const line of text.split(/\r?\n/)) if (line !== '') core.info(line)
    },
    setFailed: (message) => core.setFailed(message)
  }
}
