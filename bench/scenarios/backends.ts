// backends: cli/cli's module cache saved and restored through each cache backend, side by side:
// the GitHub cache service protocol (the loopback service of __tests__/support, spoken to by the
// action's own client), S3-compatible storage (gofakes3 on 127.0.0.1, the real AWS SDK) and a
// shared directory on the local disk. Per repetition and backend, in an order that rotates: fresh
// storage, a cold job (a miss; the save in the main step, so save-ms is its own output) and a warm
// job (an exact hit) in a new GOMODCACHE path. Nothing is throttled: the numbers are what each
// backend itself costs on this machine.
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from '../../__tests__/support/cache-service.ts'
import { goEnv, removeTree } from '../../__tests__/support/fixtures.ts'
import { startGoProxy } from '../../__tests__/support/goproxy.ts'
import { runAction } from '../../__tests__/support/runner.ts'
import { startS3Server, type S3Server } from '../../__tests__/support/s3-server.ts'
import { copyCorpusProject, CORPUS_GOFLAGS, loadCorpus, type Corpus } from '../corpus.ts'
import { describeMachine, formatBytes, formatMs, markdownTable, median, ratio, settle } from '../lib.ts'
import type { BenchContext, Scenario, ScenarioResult } from '../scenario.ts'
import { NO_NETWORK } from '../world.ts'

const DEFAULT_REPS = 3
const BACKENDS = ['github', 's3', 'dir'] as const
type BackendName = (typeof BACKENDS)[number]
const LABEL: Record<BackendName, string> = {
  github: 'GitHub cache protocol (loopback service)',
  s3: 'S3 (gofakes3)',
  dir: 'shared directory (local disk)'
}
const INPUTS = { 'working-directory': 'app', mirrors: '', history: 'false', 'background-save': 'false' }

interface Storage {
  inputs: Record<string, string>
  env: Record<string, string>
  close(): Promise<void>
}

interface Sample {
  rep: number
  backend: BackendName
  coldTotalMs: number
  saveMs: number
  sizeBytes: number
  warmTotalMs: number
  restoreMs: number
  /** Of restoreMs, unpacking into GOMODCACHE: the same work whatever the backend. */
  extractMs: number
}

/** Fresh storage of one backend: its own cache service, bucket or directory. */
async function storageFor(backend: BackendName, base: string, s3: S3Server, n: number): Promise<Storage> {
  switch (backend) {
    case 'github': {
      const cache: CacheService = await startCacheService()
      return { inputs: {}, env: cache.env('v2'), close: () => cache.close() }
    }
    case 's3': {
      const env = s3.env()
      const bucket = `bench-${n}`
      const client = new S3Client({
        endpoint: s3.url,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! }
      })
      await client.send(new CreateBucketCommand({ Bucket: bucket }))
      client.destroy()
      return { inputs: { 'cache-url': `s3://${bucket}/cli`, 's3-endpoint': s3.url }, env, close: async () => undefined }
    }
    case 'dir': {
      const dir = path.join(base, `shared-${n}`)
      return { inputs: { 'cache-url': dir }, env: {}, close: () => removeTree(dir) }
    }
  }
}

async function measure(corpus: Corpus, proxyUrl: string, root: string, s3: S3Server, backend: BackendName, rep: number, n: number): Promise<Sample> {
  const base = await mkdtemp(path.join(root, `${backend}-`))
  const storage = await storageFor(backend, base, s3, n)
  try {
    const workspace = path.join(base, 'workspace')
    await copyCorpusProject(corpus, path.join(workspace, 'app'))
    const job = async (label: string) => {
      const modCache = path.join(base, `gomodcache-${label}`)
      await mkdir(modCache, { recursive: true })
      const env = { ...goEnv(path.join(base, 'go'), { GOPROXY: proxyUrl, GOFLAGS: CORPUS_GOFLAGS, GOMODCACHE: modCache }), ...NO_NETWORK, ...storage.env }
      await settle()
      const run = await runAction({ workspace, inputs: { ...INPUTS, ...storage.inputs }, env, timeoutMs: 600_000 })
      if (run.main.exitCode !== 0) throw new Error(`${backend} ${label}: the action failed:\n${run.log.split('\n').slice(-30).join('\n')}`)
      return run.outputs
    }
    const cold = await job('cold')
    if (cold['cache-state'] !== 'miss' || !(Number(cold['save-ms']) > 0)) {
      throw new Error(`${backend}: the cold job found cache-state=${cold['cache-state']} and save-ms=${cold['save-ms']}`)
    }
    const warm = await job('warm')
    if (warm['cache-state'] !== 'hit') throw new Error(`${backend}: the warm job found cache-state=${warm['cache-state']}, not hit`)
    return {
      rep,
      backend,
      coldTotalMs: Number(cold['total-ms']),
      saveMs: Number(cold['save-ms']),
      sizeBytes: Number(cold['cache-size-bytes']),
      warmTotalMs: Number(warm['total-ms']),
      restoreMs: Number(warm['restore-ms']),
      extractMs: Number((JSON.parse(warm.metrics ?? '{}') as { cache?: { extractMs?: number } }).cache?.extractMs ?? Number.NaN)
    }
  } finally {
    await storage.close()
    await removeTree(base)
  }
}

export const backends: Scenario = {
  name: 'backends',
  title: "cli/cli's module cache saved and restored through each cache backend: the GitHub cache protocol, S3 (gofakes3) and a shared directory, side by side.",
  async run(ctx: BenchContext): Promise<ScenarioResult> {
    const reps = ctx.reps ?? DEFAULT_REPS
    const machine = await describeMachine()
    const corpus = await loadCorpus(machine.go, ctx.log)
    const root = await mkdtemp(path.join(os.tmpdir(), 'gmp-bench-backends-'))
    const proxy = await startGoProxy({ root: corpus.proxyRoot })
    const s3 = await startS3Server()
    try {
      const samples: Sample[] = []
      let n = 0
      for (let rep = 1; rep <= reps; rep++) {
        const order = [...BACKENDS.slice((rep - 1) % BACKENDS.length), ...BACKENDS.slice(0, (rep - 1) % BACKENDS.length)]
        for (const backend of order) {
          const x = await measure(corpus, proxy.url, root, s3, backend, rep, n++)
          samples.push(x)
          ctx.log(`rep ${rep}/${reps} ${backend}: save-ms ${x.saveMs}, restore-ms ${x.restoreMs} (unpacking ${x.extractMs}), archive ${x.sizeBytes} B`)
        }
      }
      const med = (b: BackendName, get: (x: Sample) => number) => median(samples.filter((x) => x.backend === b).map(get))
      const fetch = (x: Sample) => x.restoreMs - x.extractMs
      const headlines = BACKENDS.flatMap((b) => [
        {
          metric: `${LABEL[b]}: save-ms / restore-ms / fetch (median)`,
          value: `${formatMs(med(b, (x) => x.saveMs))} / ${formatMs(med(b, (x) => x.restoreMs))} / ${formatMs(med(b, fetch))}`
        },
        ...(b === 'github'
          ? []
          : [
              {
                metric: `${LABEL[b]} / GitHub protocol: save, fetch`,
                value: `${ratio(med(b, (x) => x.saveMs), med('github', (x) => x.saveMs))}, ${ratio(med(b, fetch), med('github', fetch))}`
              }
            ])
      ])
      const details = [
        `The consumer is ${corpus.module} ${corpus.version}; its module cache is saved with the default layout (lean) in the main step ` +
          `(background-save: false) and restored into a new GOMODCACHE path. ${reps} repetitions; the backends' order rotates by one ` +
          `each repetition, and each backend starts from empty storage every time. Nothing is throttled: the GitHub-protocol service, ` +
          `gofakes3 and the directory all sit on this machine, so the numbers are each backend's own cost, not a network's. ` +
          `restore-ms includes unpacking the archive into GOMODCACHE (the same work for every backend, and the noisiest part on ` +
          `this disk); **fetch** is restore-ms less the unpacking: the lookup and the download, what the backend itself costs.`,
        '',
        '#### Every job (ms, bytes)',
        '',
        markdownTable(
          ['rep', 'backend', 'cold total-ms', 'save-ms', 'archive', 'warm total-ms', 'restore-ms', 'of which unpacking', 'fetch'],
          samples.map((x) => [x.rep, LABEL[x.backend], x.coldTotalMs, x.saveMs, formatBytes(x.sizeBytes), x.warmTotalMs, x.restoreMs, x.extractMs, fetch(x)])
        ),
        '',
        '#### Medians (ms)',
        '',
        markdownTable(
          ['backend', 'save-ms', 'restore-ms', 'fetch', 'warm total-ms', 'save / GitHub', 'restore / GitHub', 'fetch / GitHub'],
          BACKENDS.map((b) => [
            LABEL[b],
            med(b, (x) => x.saveMs),
            med(b, (x) => x.restoreMs),
            med(b, fetch),
            med(b, (x) => x.warmTotalMs),
            ratio(med(b, (x) => x.saveMs), med('github', (x) => x.saveMs)),
            ratio(med(b, (x) => x.restoreMs), med('github', (x) => x.restoreMs)),
            ratio(med(b, fetch), med('github', fetch))
          ])
        )
      ].join('\n')
      return { headlines, details }
    } finally {
      await s3.close()
      await proxy.close()
      await removeTree(root)
    }
  }
}
