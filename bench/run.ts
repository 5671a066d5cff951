// npm run bench [-- [options] [scenario...]]: measures the bundled action on 127.0.0.1 only (the
// loopback GOPROXY and Actions cache service from __tests__/support, hermetic go settings), prints
// a table and rewrites bench/RESULTS.md. With no scenario names every scenario runs; sections of
// scenarios not run this time are kept from the previous RESULTS.md.
//
// Options: --reps=N (repetitions, overriding each scenario's default), --modules=N, --files=N,
// --file-size=N (fixture parameters; the fixture is cached under bench/.work/ per parameter set),
// --no-write (print only), --list.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startGoProxy } from '../__tests__/support/goproxy.ts'
import { repoRoot } from '../__tests__/support/runner.ts'
import { loadFixture, type Fixture, type FixtureParams } from './fixture.ts'
import { describeMachine, describeSource, formatBytes, formatCount, markdownTable, textTable, type MachineInfo } from './lib.ts'
import type { Headline, Scenario } from './scenario.ts'
import { scenarios } from './scenarios/index.ts'

const DEFAULT_FIXTURE: FixtureParams = { modules: 300, filesPerModule: 34, fileSize: 4096 }
const resultsPath = path.join(repoRoot, 'bench', 'RESULTS.md')
const benchStarted = performance.now()

interface Outcome {
  scenario: Scenario
  seconds: number
  headlines?: Headline[]
  /** The scenario's whole section of RESULTS.md, markers included. */
  section?: string
  error?: string
}

function log(scope: string, message: string): void {
  const elapsed = ((performance.now() - benchStarted) / 1000).toFixed(1).padStart(6)
  process.stderr.write(`[${elapsed} s] ${scope}: ${message}\n`)
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, not ${value}`)
  return n
}

function parseCommandLine(): {
  selected: Scenario[]
  params: FixtureParams
  reps?: number
  write: boolean
  list: boolean
} {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      reps: { type: 'string' },
      modules: { type: 'string' },
      files: { type: 'string' },
      'file-size': { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      list: { type: 'boolean', default: false }
    }
  })
  const unknown = positionals.filter((name) => !scenarios.some((s) => s.name === name))
  if (unknown.length > 0) {
    throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`)
  }
  return {
    selected: positionals.length === 0 ? [...scenarios] : scenarios.filter((s) => positionals.includes(s.name)),
    params: {
      modules: positiveInt('modules', values.modules, DEFAULT_FIXTURE.modules),
      filesPerModule: positiveInt('files', values.files, DEFAULT_FIXTURE.filesPerModule),
      fileSize: positiveInt('file-size', values['file-size'], DEFAULT_FIXTURE.fileSize)
    },
    reps: values.reps === undefined ? undefined : positiveInt('reps', values.reps, 1),
    write: !values['no-write'],
    list: values.list
  }
}

function describeFixture(f: Fixture): string {
  const { modules, filesPerModule, fileSize } = f.params
  return (
    `${modules} modules × ${filesPerModule} files (go.mod, the package source and ${filesPerModule - 2} filler ` +
    `files of ~${formatCount(fileSize)} bytes) = ${formatCount(f.stats.moduleFiles)} files, ` +
    `${formatBytes(f.stats.moduleBytes)} extracted, ${formatBytes(f.stats.zipBytes)} of module zips; ` +
    `the consumer ${f.consumer} requires all ${f.modules.length} (go.sum written by \`go mod tidy\`)`
  )
}

function describeMachineLine(m: MachineInfo): string {
  return `${m.cpus} CPUs (${m.cpuModel}), ${formatBytes(m.memoryBytes).replace(/ \(.*\)$/, '')} memory, ${m.kernel}`
}

function sectionMarkers(name: string): { start: string; end: string } {
  return { start: `<!-- bench:${name} -->`, end: `<!-- /bench:${name} -->` }
}

function renderSection(scenario: Scenario, headlines: Headline[], details: string, context: string): string {
  const { start, end } = sectionMarkers(scenario.name)
  return [
    start,
    `## ${scenario.name}`,
    '',
    scenario.title,
    '',
    context,
    '',
    markdownTable(['metric', 'value'], headlines.map((h) => [h.metric, h.value])),
    '',
    details.trim(),
    end
  ].join('\n')
}

/** The sections of the previous RESULTS.md, by scenario name. */
async function previousSections(): Promise<Map<string, string>> {
  const text = await readFile(resultsPath, 'utf8').catch(() => '')
  const sections = new Map<string, string>()
  for (const m of text.matchAll(/<!-- bench:([\w-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g)) sections.set(m[1]!, m[0])
  return sections
}

async function writeResults(
  machine: MachineInfo,
  source: string,
  fixture: Fixture,
  outcomes: Outcome[],
  date: string
): Promise<void> {
  const previous = await previousSections()
  const sections: string[] = []
  for (const scenario of scenarios) {
    const fresh = outcomes.find((o) => o.scenario === scenario)?.section
    const kept = previous.get(scenario.name)
    if (fresh !== undefined) sections.push(fresh)
    else if (kept !== undefined) sections.push(kept)
  }
  const text = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); rerun it instead of editing this file. Everything runs on',
    '127.0.0.1: the bundled `dist/` driven by the runner harness (`__tests__/support/runner.ts`), the loopback',
    'GOPROXY (`__tests__/support/goproxy.ts`), the Actions cache service on the v2 protocol',
    '(`__tests__/support/cache-service.ts`) and hermetic go settings (`fixtures.goEnv`). The machine is noisy:',
    'trust the ratios of numbers measured side by side in one run more than any absolute time.',
    '',
    `- Date: ${date}`,
    `- Machine: ${describeMachineLine(machine)}`,
    `- Tools: ${machine.go}; Node ${machine.node}; ${machine.tar}; ${machine.zstd}`,
    `- Action: dist/ built by \`npm run bench\` from ${source}`,
    `- Fixture: ${describeFixture(fixture)}`,
    '',
    ...sections.flatMap((s) => [s, ''])
  ].join('\n')
  await writeFile(resultsPath, text)
}

async function main(): Promise<void> {
  const options = parseCommandLine()
  if (options.list) {
    for (const s of scenarios) console.log(`${s.name.padEnd(16)} ${s.title}`)
    return
  }
  const date = new Date().toISOString()
  const machine = await describeMachine()
  // Read now, as close as possible to the build `npm run bench` has just made.
  const source = await describeSource(repoRoot)
  log('bench', `${describeMachineLine(machine)}; ${machine.go}; Node ${machine.node}`)
  const fixture = await loadFixture(options.params, machine.go, (m) => log('fixture', m))
  log('fixture', describeFixture(fixture))

  const proxy = await startGoProxy({ root: fixture.proxyRoot })
  const outcomes: Outcome[] = []
  try {
    for (const scenario of options.selected) {
      const started = performance.now()
      log(scenario.name, 'starting')
      const seconds = (): number => (performance.now() - started) / 1000
      try {
        const result = await scenario.run({
          fixture,
          proxy,
          reps: options.reps,
          log: (m) => log(scenario.name, m)
        })
        const context =
          `Measured ${date} in ${seconds().toFixed(0)} s on ${describeMachineLine(machine)}; ` +
          `fixture ${fixture.params.modules}×${fixture.params.filesPerModule}×${fixture.params.fileSize} B.`
        outcomes.push({
          scenario,
          seconds: seconds(),
          headlines: result.headlines,
          section: renderSection(scenario, result.headlines, result.details, context)
        })
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err)
        log(scenario.name, `FAILED: ${message}`)
        outcomes.push({ scenario, seconds: seconds(), error: message.split('\n')[0] })
      }
      log(scenario.name, `done in ${seconds().toFixed(1)} s`)
    }
  } finally {
    await proxy.close()
  }

  const rows = outcomes.flatMap((o) =>
    o.error !== undefined
      ? [[o.scenario.name, 'FAILED', o.error]]
      : o.headlines!.map((h) => [o.scenario.name, h.metric, h.value])
  )
  console.log('\n' + textTable(['scenario', 'metric', 'value'], rows) + '\n')
  if (options.write) {
    await writeResults(machine, source, fixture, outcomes, date)
    log('bench', `wrote ${path.relative(repoRoot, resultsPath)}`)
  }
  log('bench', `finished in ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`)
  if (outcomes.some((o) => o.error !== undefined)) process.exitCode = 1
}

await main()
