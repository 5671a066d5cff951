// A complete little world for end-to-end runs: a module proxy with fixture modules, an Actions cache
// service, and a consumer project in a workspace, all under one temp directory on 127.0.0.1.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheFlavor, type CacheService } from '../support/cache-service.ts'
import {
  goEnv,
  removeTree,
  runGo,
  tidyConsumer,
  writeConsumer,
  writeModule,
  type GoEnv,
  type ModuleVersion
} from '../support/fixtures.ts'
import { startGoProxy, type GoProxy } from '../support/goproxy.ts'
import { runAction, type ActionRun, type RunOptions } from '../support/runner.ts'

export interface World {
  base: string
  workspace: string
  project: string
  proxy: GoProxy
  /** The directory the proxy serves, for starting more proxies with the same modules. */
  proxyRoot: string
  cache: CacheService
  /** The environment the action's steps run in (hermetic go settings, the loopback proxy). */
  env: GoEnv
  modCache: string
  run(options?: {
    inputs?: Record<string, string>
    env?: Record<string, string | undefined>
    between?: RunOptions['between']
  }): Promise<ActionRun>
  /** Empties GOMODCACHE in place: the cache version hashes the path, so the path must stay. */
  emptyModCache(): Promise<void>
  /** Rewrites the project to require these versions and lets go write go.sum. */
  require(modules: ModuleVersion[]): Promise<void>
  zipRequests(): string[]
  close(): Promise<void>
}

export async function createWorld(options: {
  modules: ModuleVersion[]
  extraVersions?: ModuleVersion[]
  protocol?: 'v1' | 'v2'
  /** Whose cache service: GitHub's (default) or act's, which speaks v1 only. */
  cacheFlavor?: CacheFlavor
}): Promise<World> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'gmp-e2e-'))
  const proxyRoot = path.join(base, 'proxy')
  for (const m of [...options.modules, ...(options.extraVersions ?? [])]) {
    await writeModule(proxyRoot, m)
  }
  const proxy = await startGoProxy({ root: proxyRoot })
  const cache = await startCacheService({ flavor: options.cacheFlavor ?? 'github' })
  const workspace = path.join(base, 'workspace')
  const project = path.join(workspace, 'app')
  const env = goEnv(path.join(base, 'go'), { GOPROXY: proxy.url })
  // go mod tidy fills a module cache of its own, so the action's GOMODCACHE starts empty.
  const tidyEnv = goEnv(path.join(base, 'tidy'), { GOPROXY: proxy.url, GOCACHE: env.GOCACHE })
  const modCache = env.GOMODCACHE

  const world: World = {
    base,
    workspace,
    project,
    proxy,
    proxyRoot,
    cache,
    env,
    modCache,
    run: (runOptions = {}) =>
      runAction({
        workspace,
        // No default mirrors: every proxy a test talks to is one it started on 127.0.0.1. A lookup
        // on a loaded machine can take seconds: only the tests of cache-timeout set it short.
        // The history adds an entry per run; its own tests turn it on.
        inputs: { 'working-directory': 'app', mirrors: '', 'cache-timeout': '60', history: 'false', ...runOptions.inputs },
        env: { ...env, ...cache.env(options.protocol ?? 'v2'), ...runOptions.env },
        between: runOptions.between
      }),
    emptyModCache: async () => {
      await removeTree(modCache)
      await mkdir(modCache, { recursive: true })
    },
    require: async (modules) => {
      await writeConsumer(project, { modulePath: 'example.com/app', requires: modules })
      await rm(path.join(project, 'go.sum'), { force: true })
      await tidyConsumer(project, tidyEnv)
      proxy.clearRequests()
    },
    zipRequests: () => proxy.requests.filter((r) => r.path.endsWith('.zip')).map((r) => r.path),
    close: async () => {
      await proxy.close()
      await cache.close()
      await removeTree(base)
    }
  }
  await world.require(options.modules)
  return world
}

/** `go build ./...` in the project with the network for modules switched off. */
export async function buildOffline(world: World): Promise<{ code: number; stderr: string }> {
  const result = await runGo(['build', './...'], {
    cwd: world.project,
    env: { ...world.env, GOPROXY: 'off', GOFLAGS: '-mod=readonly' }
  })
  return { code: result.code, stderr: result.stderr }
}

export async function writeProjectFile(world: World, name: string, content: string): Promise<void> {
  await writeFile(path.join(world.project, name), content)
}
