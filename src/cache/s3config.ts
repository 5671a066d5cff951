// How the S3 backend reaches its bucket: the configuration, where requests go (endpoint, region,
// addressing), the forward proxy, and the object key of an entry.
//
// Credentials, the shared config file and AWS_ENDPOINT_URL(_S3) are the SDK's own (its default
// chain reads them from process.env and ~/.aws). The environment given here decides what the SDK
// has no rule for: the forward proxy (HTTP(S)_PROXY and NO_PROXY with Go's rules, as for the proxy
// probe), AWS_DEFAULT_REGION, a region for custom endpoints, and the values to mask in the log.
import http from 'node:http'
import https from 'node:https'
import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { proxyConfigFromEnv, proxyForUrl, type Env } from '../net/proxyenv.ts'
import { ARCHIVE_FORMAT } from './archive.ts'
import { foldKey } from './key.ts'
import type { ErrorContext } from './s3errors.ts'

export interface S3Config {
  bucket: string
  /** Object key prefix, without leading or trailing '/'; '' for the bucket's root. */
  prefix: string
  /** An S3-compatible endpoint; undefined for AWS (or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL). */
  endpoint?: string
  region?: string
  pathStyle: boolean
}

/** Attempts per request, the first included: a dead endpoint fails in well under a second. */
export const MAX_ATTEMPTS = 3
/** Connecting to the endpoint (or the proxy); the SDK's default is no limit at all. */
const CONNECT_TIMEOUT_MS = 10_000
/** A socket that carries nothing this long is given up: a stalled download or upload ends. */
const IDLE_TIMEOUT_MS = 60_000
/** Multipart uploads: parts of 16 MiB, four in flight (lib-storage's minimum part is 5 MiB). */
export const PART_SIZE = 16 * 1024 * 1024
export const QUEUE_SIZE = 4

/** `<prefix>/<format>/<entry>/`: where the entries of one kind live (no leading '/' at the root). */
export function entryPrefix(prefix: string, entry: string): string {
  return [prefix, ARCHIVE_FORMAT, entry].filter((part) => part !== '').join('/') + '/'
}

/** The object key of an entry's key, which is stored lowercased. */
export function objectKey(prefix: string, entry: string, key: string): string {
  return entryPrefix(prefix, entry) + foldKey(key)
}

/** The endpoint the SDK will use: the configured one, else the SDK's environment variables. */
export function configuredEndpoint(config: Pick<S3Config, 'endpoint'>, env: Env): string | undefined {
  if (config.endpoint) return config.endpoint
  if (/^true$/i.test(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '')) return undefined
  return env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined
}

/** The region to give the SDK, or undefined to leave it to its own chain (AWS_REGION, ~/.aws/config). */
export function regionFor(config: Pick<S3Config, 'region'>, env: Env, customEndpoint: boolean): string | undefined {
  // The SDK reads AWS_REGION itself but not the CLI's AWS_DEFAULT_REGION; S3-compatible servers
  // mostly ignore the region, yet SigV4 needs one.
  return config.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || (customEndpoint ? 'us-east-1' : undefined)
}

/**
 * The URL the requests go to, for the proxy decision: with virtual-hosted addressing the bucket
 * is part of the host name, which NO_PROXY entries may or may not cover.
 */
export function requestUrl(config: Pick<S3Config, 'bucket' | 'pathStyle'>, endpoint: string | undefined, region: string | undefined): URL {
  const base = URL.parse(endpoint ?? `https://s3.${region ?? 'us-east-1'}.amazonaws.com`) ?? new URL('https://s3.amazonaws.com')
  // The SDK falls back to path style for names that cannot be a host label (dots, upper case).
  if (!config.pathStyle && /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(config.bucket)) base.hostname = `${config.bucket}.${base.hostname}`
  return base
}

/** A URL for a message: no credentials in it, no trailing slash. */
export function displayUrl(url: URL): string {
  const shown = new URL(url.href)
  shown.username = ''
  shown.password = ''
  return shown.href.replace(/\/$/, '')
}

/** The SDK's request handler options: timeouts, and an agent through the forward proxy go would use. */
export function requestHandlerFor(target: URL, env: Env): { options: NonNullable<S3ClientConfig['requestHandler']>; proxy?: URL } {
  const base = { connectionTimeout: CONNECT_TIMEOUT_MS, socketTimeout: IDLE_TIMEOUT_MS }
  const proxy = proxyForUrl(target, proxyConfigFromEnv(env))
  if (proxy === undefined) return { options: base }
  // Node's own proxy support (http.Agent's proxyEnv, Node 22.21 and 24.5: cli/floor.ts): CONNECT for https, absolute URIs
  // for http, credentials in the proxy URL sent as Proxy-Authorization. The decision is ours (Go's
  // rules), so the agent gets just the one proxy and no NO_PROXY of its own.
  const agent = { keepAlive: true, maxSockets: 50 }
  const options =
    target.protocol === 'https:'
      ? { ...base, httpsAgent: new https.Agent({ ...agent, proxyEnv: { HTTPS_PROXY: proxy.href } }) }
      : { ...base, httpAgent: new http.Agent({ ...agent, proxyEnv: { HTTP_PROXY: proxy.href } }) }
  return { options, proxy }
}

export interface Connection {
  /** The SDK client's configuration. */
  client: S3ClientConfig
  /** The endpoint the SDK uses; undefined for AWS. */
  endpoint?: string
  /** The endpoint for messages: no credentials in it. */
  shownEndpoint: string
  /** What an error message names (see s3errors.ts). */
  errorContext: ErrorContext
}

/** How the client reaches the bucket: the endpoint, the region, the addressing and the proxy. */
export function connectionOf(config: S3Config, env: Env): Connection {
  const endpoint = configuredEndpoint(config, env)
  const region = regionFor(config, env, endpoint !== undefined)
  const target = requestUrl(config, endpoint, region)
  const handler = requestHandlerFor(target, env)
  const shownEndpoint = displayUrl(URL.parse(endpoint ?? '') ?? new URL(`https://s3.${region ?? 'us-east-1'}.amazonaws.com`))
  const errorContext: ErrorContext = {
    bucket: config.bucket,
    endpoint: shownEndpoint,
    ...(region === undefined ? {} : { region }),
    ...(handler.proxy === undefined ? {} : { proxy: displayUrl(handler.proxy) })
  }
  const client: S3ClientConfig = {
    forcePathStyle: config.pathStyle,
    maxAttempts: MAX_ATTEMPTS,
    requestHandler: handler.options,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(region === undefined ? {} : { region }),
    // On AWS a bucket of another region answers 301: the SDK retries there.
    ...(endpoint === undefined ? { followRegionRedirects: true } : {}),
    // Many S3-compatible servers reject the checksum headers (and aws-chunked bodies) the SDK
    // sends by default since 2025; the SDK's own variables still choose, when set.
    ...(endpoint !== undefined && !env.AWS_REQUEST_CHECKSUM_CALCULATION ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const } : {}),
    ...(endpoint !== undefined && !env.AWS_RESPONSE_CHECKSUM_VALIDATION ? { responseChecksumValidation: 'WHEN_REQUIRED' as const } : {})
  }
  return { client, ...(endpoint === undefined ? {} : { endpoint }), shownEndpoint, errorContext }
}
