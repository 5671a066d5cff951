// Where cache entries live, chosen in one place from the `cache-url` input: the GitHub Actions
// cache service (empty), S3-compatible storage (s3://BUCKET/PREFIX) or a directory the runners
// share (file:///PATH or an absolute path). The restore, the save, the build cache and the
// history all go through the backend this returns.
import type { CacheBackend } from './backend.ts'
import type { DirConfig } from './dir.ts'
import { guardBackend, type GuardOptions } from './guarded.ts'
import { probeDirectory } from './probe.ts'
import type { S3Config } from './s3config.ts'

/** Where `cache-url` puts cache entries. */
export type CacheLocation =
  | { kind: 'github' }
  | { kind: 's3'; bucket: string; prefix: string }
  | { kind: 'dir'; root: string }

/** What the inputs say of the backend (see inputs.ts). */
export interface BackendInputs {
  /** Where cache entries live (`cache-url`). */
  cacheLocation: CacheLocation
  /** '' : the SDK's own (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, or AWS itself). */
  s3Endpoint: string
  s3Region: string
  /** undefined: path style when an endpoint is given. */
  s3PathStyle: boolean | undefined
  /** A shared directory's limit, in bytes. */
  cacheMaxSizeBytes: number
}

/** Each backend declares its own configuration; the Actions cache needs none. */
export type BackendConfig = { kind: 'github' } | DirConfig | ({ kind: 's3' } & S3Config)

/**
 * The backend of a configuration. Each client is loaded only when it is used. With `guard`, the
 * one that the steps of a job use: one deadline and one warning for a backend that fails (see
 * guarded.ts); a shared directory is first looked at from a process of its own.
 */
export async function createBackend(config: BackendConfig, guard?: Omit<GuardOptions, 'probe'>): Promise<CacheBackend> {
  const backend = await unguardedBackend(config)
  if (guard === undefined) return backend
  const probe = config.kind === 'dir' ? (ms: number) => probeDirectory(config.root, ms) : undefined
  return guardBackend(backend, { ...guard, ...(probe ? { probe } : {}) })
}

async function unguardedBackend(config: BackendConfig): Promise<CacheBackend> {
  switch (config.kind) {
    case 'github':
      return (await import('./github.ts')).githubBackend()
    case 'dir':
      return (await import('./dir.ts')).dirBackend(config)
    case 's3':
      return (await import('./s3.ts')).s3Backend(config)
  }
}

/**
 * The backend configuration of the inputs. Path-style addressing defaults to on when an endpoint
 * is given (the input or the SDK's AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL): MinIO, Ceph RGW and
 * SeaweedFS expect it, AWS itself prefers virtual-hosted style.
 */
export function backendConfigOf(
  inputs: BackendInputs,
  env: NodeJS.ProcessEnv = process.env
): BackendConfig {
  const where = inputs.cacheLocation
  switch (where.kind) {
    case 'github':
      return { kind: 'github' }
    case 'dir':
      return { kind: 'dir', root: where.root, maxSizeBytes: inputs.cacheMaxSizeBytes }
    case 's3': {
      const endpointGiven = inputs.s3Endpoint !== '' || Boolean(env.AWS_ENDPOINT_URL_S3) || Boolean(env.AWS_ENDPOINT_URL)
      return {
        kind: 's3',
        bucket: where.bucket,
        prefix: where.prefix,
        ...(inputs.s3Endpoint !== '' ? { endpoint: inputs.s3Endpoint } : {}),
        ...(inputs.s3Region !== '' ? { region: inputs.s3Region } : {}),
        pathStyle: inputs.s3PathStyle ?? endpointGiven
      }
    }
  }
}
