// The bundled action under real nektos/act, the core of Gitea's and Forgejo's runners: host mode
// (`-P ubuntu-latest=-self-hosted`, no container), act's own cache server on 127.0.0.1, the node24
// action with its post step, a loopback module proxy. Run twice: a miss saved by the post step,
// then an exact hit that fetches no module and uploads nothing, though act answers with the key
// lowercased.
//
// What act does here (v0.2.89), found by running it:
// - In host mode act copies the directory it was started in to
//   <--action-cache-path>/<random>/hostexecutor, which is GITHUB_WORKSPACE, and skips an
//   `actions/checkout` of the same repository instead of cloning it, so the step needs no network.
//   act reads the repository's git metadata: the directory is a git repository with a commit.
// - Steps get act's process environment (host mode merges os.Environ()), so PATH decides which
//   node runs a node24 action and GOPROXY/GOMODCACHE reach go; nothing else of this process leaks in.
// - The cache server binds --cache-server-addr (default: a detected outbound address) and stores
//   entries under --cache-server-path/cache/<xx>/<id>, one file per committed upload.
// - The job summary and the post step's output appear in act's log, each line prefixed `[workflow/job]   | `.
// - Without Docker it warns "Couldn't get a valid docker connection" and runs the host job all the same.
// - On start it fetches version notices from its project's server unless ACT_DISABLE_VERSION_CHECK=1.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { goEnv, removeTree, tidyConsumer, writeConsumer, writeModule, type ModuleVersion } from '../support/fixtures.ts'
import { startGoProxy, type GoProxy } from '../support/goproxy.ts'
import { repoRoot, runProcess, type StepResult } from '../support/runner.ts'
import { findTool } from '../support/tools.ts'

const NODE_BIN = path.join(repoRoot, 'node_modules', '.bin')

const m = (n: number): ModuleVersion => ({ path: `example.com/fixture/m00${n}`, version: 'v1.0.0' })

const WORKFLOW = `name: gmp
on: push
jobs:
  modules:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: gmp
        uses: ./.github/actions/gmp
        with:
          working-directory: app
          mirrors: ''
          history: 'false'
          cache-timeout: '120'
      - name: report
        run: |
          echo "seen cache-hit=\${{ steps.gmp.outputs.cache-hit }} cache-state=\${{ steps.gmp.outputs.cache-state }}"
          echo "seen workspace=$GITHUB_WORKSPACE"
      - name: build offline
        working-directory: app
        env:
          GOPROXY: 'off'
          GOFLAGS: -mod=readonly
        run: go build ./... && echo "seen build ok"
`

describe('under nektos/act in host mode with its cache server', () => {
  let base: string
  let repo: string
  let cacheDir: string
  let proxy: GoProxy
  let env: Record<string, string>
  let actBin: string

  beforeAll(async () => {
    // act, as `npm test` builds it (go install github.com/nektos/act@v0.2.89 into .tmp/tools/bin).
    actBin = findTool('act')
    base = await mkdtemp(path.join(os.tmpdir(), 'gmp-act-'))
    const proxyRoot = path.join(base, 'proxy')
    for (const mod of [m(1), m(2)]) await writeModule(proxyRoot, mod)
    proxy = await startGoProxy({ root: proxyRoot })
    repo = path.join(base, 'repo')
    cacheDir = path.join(base, 'actcache')

    const go = goEnv(path.join(base, 'go'), { GOPROXY: proxy.url })
    // Node 24 first: act runs a node24 action with the node it finds on PATH.
    env = { ...go, PATH: `${NODE_BIN}:${go.PATH}`, GIT_CONFIG_NOSYSTEM: '1', ACT_DISABLE_VERSION_CHECK: '1' }

    const app = path.join(repo, 'app')
    await writeConsumer(app, { modulePath: 'example.com/app', requires: [m(1), m(2)] })
    await tidyConsumer(app, goEnv(path.join(base, 'tidy'), { GOPROXY: proxy.url }))
    await mkdir(path.join(repo, '.github', 'workflows'), { recursive: true })
    await writeFile(path.join(repo, '.github', 'workflows', 'ci.yml'), WORKFLOW)
    const action = path.join(repo, '.github', 'actions', 'gmp')
    await mkdir(action, { recursive: true })
    await cp(path.join(repoRoot, 'action.yml'), path.join(action, 'action.yml'))
    await cp(path.join(repoRoot, 'dist'), path.join(action, 'dist'), { recursive: true })
    await git(['init', '-q', '-b', 'main'])
    await git(['add', '-A'])
    await git(['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'fixture'])
    proxy.clearRequests()
  })
  afterAll(async () => {
    await proxy?.close()
    if (base !== undefined) await removeTree(base)
  })

  async function git(args: string[]): Promise<void> {
    const r = await runProcess('git', args, { cwd: repo, env })
    if (r.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  }

  function act(): Promise<StepResult> {
    return runProcess(
      actBin,
      [
        'push',
        '-P',
        'ubuntu-latest=-self-hosted',
        '--cache-server-path',
        cacheDir,
        '--cache-server-addr',
        '127.0.0.1',
        '--cache-server-port',
        '0',
        '--artifact-server-addr',
        '127.0.0.1',
        '--action-cache-path',
        path.join(base, 'act-actions'),
        '--action-offline-mode',
        '--pull=false'
      ],
      { cwd: repo, env, timeoutMs: 300_000 }
    )
  }

  /** Archives act's cache server stores: one file per committed upload. */
  async function storedArchives(): Promise<string[]> {
    const dir = path.join(cacheDir, 'cache')
    const names = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
    return names.filter((e) => e.isFile() && path.relative(dir, e.parentPath).split(path.sep)[0] !== 'tmp').map((e) => e.name)
  }

  const log = (r: StepResult) => `${r.stdout}\n${r.stderr}`

  it('a first run misses, saves in the post step and shows its summary', async () => {
    const r = await act()
    expect([r.exitCode, log(r)]).toEqual([0, expect.stringContaining('seen cache-hit=false cache-state=miss')])
    // The local checkout is act's copy of the repository, not a clone.
    expect(log(r)).toMatch(new RegExp(`seen workspace=${path.join(base, 'act-actions')}/[0-9a-f]+/hostexecutor\\n`))
    expect(log(r)).toContain('Success - Main actions/checkout@v4')
    expect(log(r)).toContain('seen build ok')
    expect(log(r)).toContain('Summary - ## go-mod-precache')
    expect(log(r)).toContain(`::set-env:: GOPROXY=${proxy.url}`)
    expect(log(r)).toMatch(/Post \.\/\.github\/actions\/gmp\n(.*\n)*.*Saved the module cache as go-mod-Linux-X64-/)
    expect(proxy.requests.filter((q) => q.path.endsWith('.zip')).length).toBe(2)
    expect(await storedArchives()).toHaveLength(1)
  }, 300_000)

  it('a second run is an exact hit: no module fetched, nothing uploaded', async () => {
    await removeTree(env.GOMODCACHE!)
    await mkdir(env.GOMODCACHE!, { recursive: true })
    proxy.clearRequests()
    const r = await act()
    expect([r.exitCode, log(r)]).toEqual([0, expect.stringContaining('seen cache-hit=true cache-state=hit')])
    expect(log(r)).toContain('seen build ok')
    expect(proxy.requests.filter((q) => q.path.endsWith('.zip'))).toEqual([])
    expect(await storedArchives()).toHaveLength(1)
  }, 300_000)
})
