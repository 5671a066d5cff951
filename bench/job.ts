// One job as the GitHub runner runs it, timed step by step: a JavaScript action's main step
// (INPUT_* from its action.yml defaults and the given inputs, the GITHUB_* command files), then
// later steps of the job with what the action exported (GITHUB_ENV, GITHUB_PATH), then the
// action's post step with its STATE_*. Any node action: this repository's bundle or another's.
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { actionDefaults, createCommandFiles, inputVariable, parseCommandFile, repoRoot, type StepResult } from '../__tests__/support/runner.ts'

/** A node action: its entry points and the defaults of its inputs. */
export interface NodeAction {
  name: string
  main: string
  /** The post step's script, if the action has one. */
  post?: string
  /** Every input action.yml declares, with its default ('' when none). */
  defaults: Record<string, string>
}

/** This repository's bundled action (dist/), with action.yml's defaults. */
export async function thisAction(): Promise<NodeAction> {
  return {
    name: 'go-mod-precache',
    main: path.join(repoRoot, 'dist', 'index.js'),
    post: path.join(repoRoot, 'dist', 'post.js'),
    defaults: await actionDefaults()
  }
}

interface ActionYml {
  inputs?: Record<string, { default?: string | number | boolean }>
  runs?: { main?: string; post?: string }
}

/**
 * A node action checked out in dir, read from its action.yml. Defaults that are expressions
 * (`${{ … }}`) are left empty, as the runner evaluates them to nothing outside GitHub.
 */
export async function actionAt(dir: string, name: string): Promise<NodeAction> {
  const yml = parse(await readFile(path.join(dir, 'action.yml'), 'utf8')) as ActionYml
  if (yml.runs?.main === undefined) throw new Error(`${dir}/action.yml has no runs.main`)
  const defaults: Record<string, string> = {}
  for (const [input, spec] of Object.entries(yml.inputs ?? {})) {
    const value = spec.default === undefined ? '' : String(spec.default)
    defaults[input] = value.includes('${{') ? '' : value
  }
  return {
    name,
    main: path.join(dir, yml.runs.main),
    post: yml.runs.post === undefined ? undefined : path.join(dir, yml.runs.post),
    defaults
  }
}

/** A later step of the job: `run` gets the job's environment with what the action exported. */
export interface JobStep {
  name: string
  run(env: Record<string, string>): Promise<void>
}

export interface JobOptions {
  action: NodeAction
  workspace: string
  inputs?: Record<string, string>
  /** The job's environment (the runner's own variables and the command files are added). */
  env: Record<string, string>
  /** Steps between the action's main and post step, in order. */
  steps?: readonly JobStep[]
  timeoutMs?: number
}

export interface TimedStep extends StepResult {
  ms: number
}

export interface JobResult {
  main: TimedStep
  post?: TimedStep
  /** Each later step: its own time, and when it ended counted from the start of the main step. */
  steps: Record<string, { ms: number; endMs: number }>
  /** From the start of the main step to the end of the post step. */
  totalMs: number
  outputs: Record<string, string>
  exportedEnv: Record<string, string>
  addedPath: string[]
  /** Everything the action printed in both steps. */
  log: string
}

/** Throws with the end of the log when the job failed in any step. */
export async function runJob(opts: JobOptions): Promise<JobResult> {
  const files = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-job-'))
  try {
    const commandFiles = await createCommandFiles(files)
    const runnerTemp = path.join(files, 'runner-temp')
    await mkdir(runnerTemp)
    const env: Record<string, string> = {
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: opts.workspace,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      ...opts.env,
      ...commandFiles
    }
    for (const [name, value] of Object.entries({ ...opts.action.defaults, ...opts.inputs })) env[inputVariable(name)] = value
    const timeoutMs = opts.timeoutMs ?? 600_000
    const started = performance.now()
    const fail = (what: string, step: StepResult): never => {
      const log = [step.stdout, step.stderr].join('\n').trimEnd().split('\n').slice(-40).join('\n')
      throw new Error(`${opts.action.name}: ${what} failed (exit ${step.exitCode}):\n${log}`)
    }

    const main = await runNode(opts.action.main, opts.workspace, env, timeoutMs)
    if (main.exitCode !== 0) fail('the main step', main)

    // What later steps see, as on a runner: the job's env, GITHUB_ENV on top, GITHUB_PATH first on PATH.
    const exportedEnv = parseCommandFile(await readFile(commandFiles.GITHUB_ENV, 'utf8'))
    const addedPath = (await readFile(commandFiles.GITHUB_PATH, 'utf8')).split('\n').filter((l) => l !== '')
    const stepEnv: Record<string, string> = { ...env, ...exportedEnv, PATH: [...[...addedPath].reverse(), env.PATH ?? ''].join(path.delimiter) }
    const steps: JobResult['steps'] = {}
    for (const step of opts.steps ?? []) {
      const stepStarted = performance.now()
      try {
        await step.run({ ...opts.env, ...exportedEnv, PATH: stepEnv.PATH })
      } catch (err) {
        throw new Error(`${opts.action.name}: the step "${step.name}" after it failed: ${err instanceof Error ? err.message : String(err)}`)
      }
      const now = performance.now()
      steps[step.name] = { ms: now - stepStarted, endMs: now - started }
    }

    let post: TimedStep | undefined
    if (opts.action.post !== undefined) {
      const state = parseCommandFile(await readFile(commandFiles.GITHUB_STATE, 'utf8'))
      const postEnv: Record<string, string> = { ...stepEnv }
      for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v
      post = await runNode(opts.action.post, opts.workspace, postEnv, timeoutMs)
      if (post.exitCode !== 0) fail('the post step', post)
    }
    const totalMs = performance.now() - started
    return {
      main,
      post,
      steps,
      totalMs,
      outputs: parseCommandFile(await readFile(commandFiles.GITHUB_OUTPUT, 'utf8')),
      exportedEnv,
      addedPath,
      log: [main.stdout, main.stderr, post?.stdout ?? '', post?.stderr ?? ''].join('\n')
    }
  } finally {
    await rm(files, { recursive: true, force: true })
  }
}

/** How long to wait for output after the process exited: a child it left running may hold the pipes. */
const OUTPUT_GRACE_MS = 500

/**
 * Runs a step's script with the node running the bench. The step ends when its process exits, even
 * if a process it started in the background still holds its output pipes.
 */
function runNode(script: string, cwd: string, env: Record<string, string>, timeoutMs: number): Promise<TimedStep> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      const ms = performance.now() - started
      clearTimeout(timer)
      const done = (): void => resolve({ exitCode: code ?? (signal !== null ? 128 : 1), stdout, stderr, ms })
      const grace = setTimeout(done, OUTPUT_GRACE_MS)
      child.on('close', () => {
        clearTimeout(grace)
        done()
      })
    })
  })
}
