// `npm test` runs this before jest: it obtains, once, the programs the tests run besides the
// project's Node and the machine's go (__tests__/support/tools.ts names them) into .tmp/tools.
// Later runs only check that each is there and of the right version. One line per tool; a failure
// names the tool, the command that failed and its output, and the script exits 1.
//
//   node --experimental-strip-types scripts/test-tools.ts [gofakes3|act|node22 ...]   (default: all)
import { access, constants } from 'node:fs/promises'
import path from 'node:path'
import { repoRoot, runProcess, type StepResult } from '../__tests__/support/runner.ts'
import { builtVersion, defaultToolPath, node22Dir, nodeFits, thisNodePackage, tools, type GoTool, type NodeTool, type ToolName } from '../__tests__/support/tools.ts'

const BUILD_TIMEOUT_MS = 30 * 60_000

function environment(extra: Record<string, string> = {}): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined))
  return { ...env, ...extra }
}

/** Runs a command for a tool; a failure is an Error naming the tool, the command and what it printed. */
async function run(tool: string, shown: string, program: string, args: string[], extraEnv: Record<string, string> = {}): Promise<StepResult> {
  const command = `\`${[shown, ...args].join(' ')}\``
  let result: StepResult
  try {
    result = await runProcess(program, args, { cwd: repoRoot, env: environment(extraEnv), timeoutMs: BUILD_TIMEOUT_MS })
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? `${shown} is not on PATH` : String(err)
    throw new Error(`${tool}: ${command} could not start: ${why}`)
  }
  if (result.exitCode !== 0) {
    throw new Error(`${tool}: ${command} failed (exit ${result.exitCode}):\n${(result.stdout + result.stderr).trim()}`)
  }
  return result
}

/** Runs a command only to learn something; undefined when it cannot run or fails. */
async function probe(program: string, args: string[]): Promise<string | undefined> {
  const r = await runProcess(program, args, { cwd: repoRoot, env: environment() }).catch(() => undefined)
  return r?.exitCode === 0 ? r.stdout : undefined
}

async function executable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false
  )
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const shown = (file: string) => (file.startsWith(repoRoot + path.sep) ? path.relative(repoRoot, file) : file)

/** A binary the environment names instead: used as it is, but it has to be there. */
async function checkOverride(name: ToolName, file: string): Promise<string> {
  if (!(await executable(file))) throw new Error(`${name}: ${tools[name].env} names ${file}, which is not an executable file`)
  return `${name}: ${file} (from ${tools[name].env})`
}

async function ensureGoTool(name: ToolName, tool: GoTool): Promise<string> {
  const file = defaultToolPath(name)
  const label = `${name} ${tool.version}`
  // The module version go stamped into the binary, as `go version -m` reads it.
  const stamped = builtVersion((await probe('go', ['version', '-m', file])) ?? '', tool.module)
  if (stamped === tool.version) return `${label}: reused (${shown(file)})`
  const started = Date.now()
  await run(name, 'go', 'go', ['install', `${tool.pkg}@${tool.version}`], { GOBIN: path.dirname(file), GOFLAGS: '' })
  if (!(await executable(file))) throw new Error(`${name}: go install reported success but ${file} is not there`)
  return `${label}: built in ${seconds(started)} (${shown(file)})`
}

/** npm itself: the one running `npm test` when there is one, so no shell is needed to start it on Windows. */
function npmCommand(): [string, string[]] {
  const cli = process.env.npm_execpath
  return cli !== undefined && /\.[cm]?js$/.test(cli) ? [process.execPath, [cli]] : ['npm', []]
}

async function nodeVersion(file: string): Promise<string | undefined> {
  return (await probe(file, ['--version']))?.trim()
}

async function ensureNode(name: ToolName, tool: NodeTool, override: string | undefined): Promise<string> {
  const file = override ?? defaultToolPath(name)
  const found = await nodeVersion(file)
  if (override !== undefined) {
    if (!nodeFits(found, tool)) throw new Error(`${name}: ${tool.env} names ${file}, which is not Node ${tool.major} from ${tool.minimum} on (--version: ${found ?? 'did not run'})`)
    return `${name} ${found}: ${file} (from ${tool.env})`
  }
  // An older release of the major (kept from an earlier run) is replaced: the command refuses it.
  if (nodeFits(found, tool)) return `${name} ${found}: reused (${shown(file)})`
  const started = Date.now()
  const pkg = thisNodePackage()
  const [npm, npmArgs] = npmCommand()
  // --prefix and --no-save keep it out of the project's package.json and lockfile.
  const args = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', node22Dir, `${pkg.name}@${tool.major}`]
  await run(name, 'npm', npm, [...npmArgs, ...args])
  const installed = await nodeVersion(file)
  if (!nodeFits(installed, tool)) throw new Error(`${name}: ${pkg.name}@${tool.major} was installed but ${file} does not run as Node ${tool.major} from ${tool.minimum} on (--version: ${installed ?? 'did not run'})`)
  return `${name} ${installed}: installed in ${seconds(started)} (${shown(file)})`
}

async function ensure(name: ToolName): Promise<string> {
  const tool = tools[name]
  const override = process.env[tool.env] || undefined
  if (tool.kind === 'node') return ensureNode(name, tool, override)
  if (override !== undefined) return checkOverride(name, override)
  return ensureGoTool(name, tool)
}

const asked = process.argv.slice(2)
const unknown = asked.filter((a) => !(a in tools))
if (unknown.length > 0) {
  console.error(`test-tools: unknown tool ${unknown.join(', ')}; known: ${Object.keys(tools).join(', ')}`)
  process.exit(2)
}
const names = (asked.length > 0 ? asked : Object.keys(tools)) as ToolName[]

/** Obtains the tools one after the other; what failed, each as the message that names it. */
async function inTurn(list: ToolName[]): Promise<string[]> {
  const failures: string[] = []
  for (const name of list) {
    try {
      console.log(await ensure(name))
    } catch (err) {
      failures.push(err instanceof Error ? err.message : String(err))
    }
  }
  return failures
}

// The Go builds take turns: on a fresh GOCACHE, run side by side they would each compile the
// standard library. The Node download overlaps them.
const goTools = names.filter((name) => tools[name].kind === 'go')
const others = names.filter((name) => tools[name].kind !== 'go')
const failures = (await Promise.all([inTurn(goTools), ...others.map((name) => inTurn([name]))])).flat()
for (const failure of failures) console.error(failure)
if (failures.length > 0) process.exit(1)
