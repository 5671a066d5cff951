// The Go environment: what go says of itself, the module and build caches moved off a slow drive,
// and what go must be told about private modules.
import * as core from '../host/log.ts'
import { host } from '../host/host.ts'
import { applyGoDirs, planGoDirs } from '../drives.ts'
import { readGoEnv, userSetGoEnv, type GoEnv } from '../go/env.ts'
import { redactGoProxy } from '../go/goproxy.ts'
import { privateOptions } from '../inputs.ts'
import { setupPrivateModules } from '../private/setup.ts'
import { maskProxyCredentials, primaryChain } from '../proxy/config.ts'
import { savePostState } from './handoff.ts'
import { need, type Run } from './run.ts'

export async function goEnvironment(run: Run): Promise<void> {
  const { inputs, runner, workingDirectory, metrics } = need(run, 'inputs', 'runner', 'workingDirectory')
  const env = await readGoEnv(workingDirectory)
  maskProxyCredentials([env.GOPROXY])
  core.info(`${env.GOVERSION} ${env.GOOS}/${env.GOARCH}, GOMODCACHE=${env.GOMODCACHE}`)
  core.info(`GOPROXY=${redactGoProxy(env.GOPROXY)} GOSUMDB=${env.GOSUMDB} GOPRIVATE=${env.GOPRIVATE}`)
  metrics.go = { version: env.GOVERSION, os: env.GOOS, arch: env.GOARCH }
  // Hosted Windows keeps both caches on the slow C: drive; RUNNER_TEMP is on D:.
  if (process.platform === 'win32') await moveGoDirs(workingDirectory, runner.temp, env)
  run.goEnv = env
  // A malformed `proxies` input fails here, before anything is written for private modules.
  run.primary = primaryChain(inputs.proxies, env.GOPROXY)
}

/** Moves GOMODCACHE and GOCACHE where drives.ts decides, for this process, later steps and `env`. */
async function moveGoDirs(workingDirectory: string, temp: string, env: GoEnv): Promise<void> {
  const plan = planGoDirs({
    platform: process.platform,
    temp,
    env: process.env,
    userSet: await userSetGoEnv(workingDirectory, ['GOMODCACHE', 'GOCACHE'] as const),
    goEnv: { GOMODCACHE: env.GOMODCACHE, GOCACHE: env.GOCACHE }
  })
  for (const line of applyGoDirs(plan, (name, value) => host().exportVariable(name, value))) core.info(line)
  for (const m of plan.moves) env[m.name] = m.to
}

/**
 * GOPRIVATE and, with a token, git credentials: each recorded for the post step as soon as it is
 * written, so a main step that fails later still has them removed.
 */
export async function privateModules(run: Run): Promise<void> {
  const { inputs, goEnv } = need(run, 'inputs', 'goEnv')
  run.privateSetup = await setupPrivateModules(privateOptions(inputs), goEnv, (added) => savePostState({ gitCredentials: added }))
}
