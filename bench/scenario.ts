// The scenario contract: what run.ts hands a scenario and what the scenario gives back.
import type { GoProxy } from '../__tests__/support/goproxy.ts'
import type { Fixture } from './fixture.ts'

/** What run.ts hands every scenario. */
export interface BenchContext {
  fixture: Fixture
  /** The loopback GOPROXY serving the fixture, shared by all scenarios (they run one at a time). */
  proxy: GoProxy
  /** Repetitions asked for on the command line (--reps), overriding the scenario's default. */
  reps?: number
  /** A progress line on stderr, prefixed with the scenario name. */
  log(message: string): void
}

/** One headline number: a line of the console table and of the summary in RESULTS.md. */
export interface Headline {
  metric: string
  value: string
}

export interface ScenarioResult {
  headlines: Headline[]
  /** Markdown for the scenario's section in RESULTS.md: every repetition's raw numbers, then medians. */
  details: string
}

export interface Scenario {
  /** The name on the command line and in RESULTS.md (`npm run bench -- <name>`). */
  name: string
  /** One sentence: what is measured against what. */
  title: string
  run(ctx: BenchContext): Promise<ScenarioResult>
}
