// Runs the bundled action the way the GitHub runner does: INPUT_* from action.yml's defaults plus
// the given inputs, the GITHUB_* command files, then the post step with STATE_* from the main step.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
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

export interface ActionRun {
  main: StepResult
  post?: StepResult
  outputs: Record<string, string>
  /** Variables exported to later steps through GITHUB_ENV. */
  exportedEnv: Record<string, string>
  /** Directories added to PATH through GITHUB_PATH. */
  addedPath: string[]
  state: Record<string, string>
  summary: string
  /** Everything both steps printed. */
  log: string
}

export interface RunOptions {
  workspace: string
  inputs?: Record<string, string>
  /** The step's environment (the harness adds only the runner's own variables). */
  env?: Record<string, string | undefined>
  post?: boolean
  /** RUNNER_TEMP of the job, kept after the run (default: one of the run's own, removed after it). */
  runnerTemp?: string
  timeoutMs?: number
  /** A later step of the job, run between the main and the post step with what main exported. */
  between?: (exported: { env: Record<string, string>; outputs: Record<string, string>; state: Record<string, string> }) => Promise<void>
}

interface ActionYml {
  inputs?: Record<string, { default?: string | number | boolean }>
}

export async function actionDefaults(): Promise<Record<string, string>> {
  const yml = parse(await readFile(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYml
  const defaults: Record<string, string> = {}
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    defaults[name] = spec.default === undefined ? '' : String(spec.default)
  }
  return defaults
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

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const files = await mkdtemp(path.join(os.tmpdir(), 'gmp-runner-'))
  try {
    const commandFiles = await createCommandFiles(files)
    const inputs = { ...(await actionDefaults()), ...(opts.inputs ?? {}) }
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries({
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: opts.runnerTemp ?? path.join(files, 'runner-temp'),
      GITHUB_WORKSPACE: opts.workspace,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      ...opts.env,
      ...commandFiles
    })) {
      if (v !== undefined) env[k] = v
    }
    for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value

    const timeoutMs = opts.timeoutMs ?? 240_000
    const main = await runNode(path.join(repoRoot, 'dist', 'index.js'), opts.workspace, env, timeoutMs)
    const state = parseCommandFile(await readFile(commandFiles.GITHUB_STATE, 'utf8'))
    if (opts.between) {
      await opts.between({
        env: parseCommandFile(await readFile(commandFiles.GITHUB_ENV, 'utf8')),
        outputs: parseCommandFile(await readFile(commandFiles.GITHUB_OUTPUT, 'utf8')),
        state
      })
    }
    let post: StepResult | undefined
    if (opts.post !== false) {
      const postEnv = { ...env }
      for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v
      post = await runNode(path.join(repoRoot, 'dist', 'post.js'), opts.workspace, postEnv, timeoutMs)
    }
    const pathText = await readFile(commandFiles.GITHUB_PATH, 'utf8')
    return {
      main,
      post,
      outputs: parseCommandFile(await readFile(commandFiles.GITHUB_OUTPUT, 'utf8')),
      exportedEnv: parseCommandFile(await readFile(commandFiles.GITHUB_ENV, 'utf8')),
      addedPath: pathText.split('\n').filter((l) => l !== ''),
      state,
      summary: await readFile(commandFiles.GITHUB_STEP_SUMMARY, 'utf8'),
      log: [main.stdout, main.stderr, post?.stdout ?? '', post?.stderr ?? ''].join('\n')
    }
  } finally {
    await rm(files, { recursive: true, force: true })
  }
}

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

function runNode(
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number
): Promise<StepResult> {
  return runProcess(process.execPath, [script], { cwd, env, timeoutMs })
}

/** Runs a program to its end with the given environment alone, and gives its exit code and output. */
export function runProcess(
  program: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number }
): Promise<StepResult> {
  const { cwd, env, timeoutMs = 600_000 } = options
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(program, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr, ms: Math.round(performance.now() - started) })
    })
  })
}
