// A self-signed certificate for test servers, made with openssl; it is its own CA, so a client
// trusts it through SSL_CERT_FILE (go), GIT_SSL_CAINFO (git) or a `ca` option (undici).
import { execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface SelfSignedCert {
  /** A temp directory holding the files: remove it when the server closes. */
  dir: string
  certPath: string
  key: Buffer
  cert: Buffer
}

/** A certificate for 127.0.0.1 and the given DNS names. */
export async function makeSelfSignedCert(dnsNames: string[]): Promise<SelfSignedCert> {
  const dir = await mkdtemp(join(tmpdir(), 'test-tls-'))
  const certPath = join(dir, 'cert.pem')
  const keyPath = join(dir, 'key.pem')
  const names = ['IP:127.0.0.1', ...dnsNames.map((n) => `DNS:${n}`)].join(',')
  await run('/usr/bin/openssl', [
    'req', '-x509', '-nodes', '-days', '2',
    '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-keyout', keyPath, '-out', certPath,
    '-subj', `/CN=${dnsNames[0] ?? '127.0.0.1'}`,
    '-addext', `subjectAltName=${names}`
  ])
  return { dir, certPath, key: await readFile(keyPath), cert: await readFile(certPath) }
}
