// One job as the GitHub runner runs it, for the tests and the bench alike: a node action's main step
// (INPUT_* from its action.yml's defaults and the given inputs, the runner's variables, the GITHUB_*
// command files), the job's later steps with what it exported (GITHUB_ENV, GITHUB_PATH), then its
// post step with STATE_* and those exports, every step timed. Any node action: this repository's
// bundle (runAction) or another's (actionAt).
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface StepResult {
  exitCode: number
  stdout: string
  stderr: string
  /** From the start to the end of the process. */
  ms: number
}

/** A node action: its entry points and the defaults of its inputs. */
export interface NodeAction {
  name: string
  main: string
  /** The post step's script, if the action has one. */
  post?: string
  /** Every input action.yml declares, with its default ('' when none). */
  defaults: Record<string, string>
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

/** This repository's action as bundled in dist/, with action.yml's defaults. */
export async function thisAction(): Promise<NodeAction> {
  return { ...(await actionAt(repoRoot, 'go-mod-precache')), main: path.join(repoRoot, 'dist', 'index.js'), post: path.join(repoRoot, 'dist', 'post.js') }
}

export async function actionDefaults(): Promise<Record<string, string>> {
  return (await actionAt(repoRoot, 'go-mod-precache')).defaults
}

/** The runner's name for an input: INPUT_ + upper case, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** The runner's command files (GITHUB_OUTPUT, GITHUB_ENV, …), empty, in dir. */
export async function createCommandFiles(dir: string) {
  const commandFiles = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary')
  }
  for (const f of Object.values(commandFiles)) await writeFile(f, '')
  return commandFiles
}

/** What the main step left for the steps after it. */
export interface Exported {
  /** Variables exported through GITHUB_ENV. */
  env: Record<string, string>
  outputs: Record<string, string>
  state: Record<string, string>
}

/** A later step of the job, between the action's main and post step. */
export interface JobStep {
  name: string
  /** env: the job's environment with what the action exported (GITHUB_ENV on top, GITHUB_PATH first on PATH). */
  run(env: Record<string, string>, exported: Exported): Promise<void>
}

export interface JobOptions {
  action: NodeAction
  workspace: string
  inputs?: Record<string, string>
  /** The job's environment (the harness adds the runner's own variables and the command files). */
  env?: Record<string, string | undefined>
  /** Steps between the action's main and post step, in order; skipped when the main step fails. */
  steps?: readonly JobStep[]
  /** false: no post step. */
  post?: boolean
  /** RUNNER_TEMP of the job, kept after the run (default: one of the run's own, removed after it). */
  runnerTemp?: string
  timeoutMs?: number
}

export interface JobRun extends Exported {
  main: StepResult
  post?: StepResult
  /** Each later step: its own time, and when it ended counted from the start of the main step. */
  steps: Record<string, { ms: number; endMs: number }>
  /** From the start of the main step to the end of the post step. */
  totalMs: number
  /** Variables exported to later steps through GITHUB_ENV (the same as env). */
  exportedEnv: Record<string, string>
  /** Directories added to PATH through GITHUB_PATH. */
  addedPath: string[]
  summary: string
  /** Everything both steps printed. */
  log: string
}

/**
 * Runs a job as the runner does: the main step; the later steps unless it failed; the post step
 * (the runner's default `post-if: always()`). A step's exit code is in the result, not thrown.
 */
export async function runJob(opts: JobOptions): Promise<JobRun> {
  const files = await mkdtemp(path.join(os.tmpdir(), 'gmp-runner-'))
  try {
    const commandFiles = await createCommandFiles(files)
    const runnerTemp = opts.runnerTemp ?? path.join(files, 'runner-temp')
    await mkdir(runnerTemp, { recursive: true })
    const jobEnv: Record<string, string> = {}
    for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) jobEnv[k] = v
    const env: Record<string, string> = {
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: opts.workspace,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      ...jobEnv,
      ...commandFiles
    }
    for (const [name, value] of Object.entries({ ...opts.action.defaults, ...opts.inputs })) env[inputVariable(name)] = value
    const timeoutMs = opts.timeoutMs ?? 240_000
    const read = async (file: string): Promise<Record<string, string>> => parseCommandFile(await readFile(file, 'utf8'))
    const started = performance.now()

    const main = await runNode(opts.action.main, opts.workspace, env, timeoutMs)
    const exported: Exported = { env: await read(commandFiles.GITHUB_ENV), outputs: await read(commandFiles.GITHUB_OUTPUT), state: await read(commandFiles.GITHUB_STATE) }
    const addedPath = (await readFile(commandFiles.GITHUB_PATH, 'utf8')).split('\n').filter((l) => l !== '')
    // What later steps see, as on a runner: GITHUB_ENV on top, GITHUB_PATH first on PATH (last added first).
    const withExports = (base: Record<string, string>): Record<string, string> => {
      const out = { ...base, ...exported.env }
      if (addedPath.length > 0) out.PATH = [...[...addedPath].reverse(), ...(base.PATH === undefined ? [] : [base.PATH])].join(path.delimiter)
      return out
    }
    const steps: JobRun['steps'] = {}
    for (const step of main.exitCode === 0 ? (opts.steps ?? []) : []) {
      const stepStarted = performance.now()
      try {
        await step.run(withExports(jobEnv), exported)
      } catch (err) {
        throw new Error(`${opts.action.name}: the step "${step.name}" after it failed: ${err instanceof Error ? err.message : String(err)}`)
      }
      const now = performance.now()
      steps[step.name] = { ms: now - stepStarted, endMs: now - started }
    }

    let post: StepResult | undefined
    if (opts.post !== false && opts.action.post !== undefined) {
      const postEnv = withExports(env)
      for (const [k, v] of Object.entries(exported.state)) postEnv[`STATE_${k}`] = v
      post = await runNode(opts.action.post, opts.workspace, postEnv, timeoutMs)
    }
    const totalMs = performance.now() - started
    return {
      main,
      post,
      steps,
      totalMs,
      ...exported,
      outputs: await read(commandFiles.GITHUB_OUTPUT),
      exportedEnv: exported.env,
      addedPath,
      summary: await readFile(commandFiles.GITHUB_STEP_SUMMARY, 'utf8'),
      log: [main.stdout, main.stderr, post?.stdout ?? '', post?.stderr ?? ''].join('\n')
    }
  } finally {
    await rm(files, { recursive: true, force: true })
  }
}

/** Throws, with the end of the log, when a step of the job failed: what followed would mislead. */
export function expectJobSucceeded(job: JobRun, name: string): void {
  const failed = job.main.exitCode !== 0 ? ['the main step', job.main] as const : job.post !== undefined && job.post.exitCode !== 0 ? ['the post step', job.post] as const : undefined
  if (failed === undefined) return
  const [what, step] = failed
  const log = [step.stdout, step.stderr].join('\n').trimEnd().split('\n').slice(-40).join('\n')
  throw new Error(`${name}: ${what} failed (exit ${step.exitCode}):\n${log}`)
}

export interface RunOptions extends Omit<JobOptions, 'action' | 'steps'> {
  /** A later step of the job, run between the main and the post step with what main exported. */
  between?: (exported: Exported) => Promise<void>
}

/** This repository's bundled action (dist/) as one job; a later step when `between` is given. */
export async function runAction(opts: RunOptions): Promise<JobRun> {
  const { between, ...rest } = opts
  const steps: JobStep[] = between === undefined ? [] : [{ name: 'between', run: (_env, exported) => between(exported) }]
  return runJob({ ...rest, action: await thisAction(), steps })
}

/** A run of this repository's action, as the tests read it. */
export type ActionRun = JobRun

/** Parses the `name<<delimiter` / `name=value` format of GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE. */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      if (i >= lines.length) throw new Error(`unterminated value for ${name} in command file`)
      result[name] = value.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq < 0) throw new Error(`unparseable command file line: ${line}`)
    result[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return result
}

/** How long to wait for output after a step's process exited: a child it left running may hold the pipes. */
const OUTPUT_GRACE_MS = 500

/**
 * Runs a step's script with the node running the harness. The step ends when its process exits,
 * even if a process it started in the background still holds its output pipes.
 */
function runNode(script: string, cwd: string, env: Record<string, string>, timeoutMs: number): Promise<StepResult> {
  return runProcess(process.execPath, [script], { cwd, env, timeoutMs, endAtExit: true })
}

/**
 * Runs a program to its end with the given environment alone, and gives its exit code and output.
 * endAtExit: the end is the program's exit, not the close of its output, which a child it left
 * running may hold (output after OUTPUT_GRACE_MS is not waited for).
 */
export function runProcess(
  program: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number; endAtExit?: boolean }
): Promise<StepResult> {
  const { cwd, env, timeoutMs = 600_000, endAtExit = false } = options
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(program, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    let ms: number | undefined
    const done = (code: number | null, signal: NodeJS.Signals | null): void => {
      clearTimeout(timer)
      resolve({ exitCode: code ?? (signal !== null ? 128 : 1), stdout, stderr, ms: ms ?? Math.round(performance.now() - started) })
    }
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (!endAtExit) return
      ms = performance.now() - started
      clearTimeout(timer)
      const grace = setTimeout(() => done(code, signal), OUTPUT_GRACE_MS)
      child.on('close', () => {
        clearTimeout(grace)
        done(code, signal)
      })
    })
    if (!endAtExit) child.on('close', done)
  })
}
