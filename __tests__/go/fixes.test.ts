// The fix texts that depend on where go runs.
import { describe, expect, it } from '@jest/globals'
import { fixFor } from '../../src/go/fixes.ts'

describe('the fix for an untrusted certificate, per OS (fixFor)', () => {
  it('on macOS adds the CA to the System keychain', () => {
    const fix = fixFor('tls', 'darwin')
    expect(fix).toContain('sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.pem')
    expect(fix).not.toMatch(/add its CA with SSL_CERT_FILE/)
  })

  it('on Windows imports the CA into the Windows certificate store', () => {
    const fix = fixFor('tls', 'win32')
    expect(fix).toContain('Import-Certificate -FilePath ca.cer -CertStoreLocation Cert:\\LocalMachine\\Root')
    expect(fix).toContain('certutil -addstore Root ca.cer')
  })

  it('on Linux adds the CA with SSL_CERT_FILE, and the platform defaults to the one running', () => {
    expect(fixFor('tls', 'linux')).toBe('the TLS certificate is not trusted: fix it, or add its CA with SSL_CERT_FILE')
    expect(fixFor('tls')).toBe(fixFor('tls', process.platform))
  })

  it('gives every other class the same fix on every OS', () => {
    for (const cls of ['dns', 'refused', 'http-4xx', 'mismatch', 'nonsense']) {
      expect(fixFor(cls, 'darwin')).toBe(fixFor(cls, 'linux'))
      expect(fixFor(cls, 'win32')).toBe(fixFor(cls, 'linux'))
    }
  })
})
