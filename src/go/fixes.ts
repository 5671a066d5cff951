// What to change, one sentence per failure class: the classes go's output falls into (failure.ts)
// and those of the probe (proxy/classify.ts). The chain's problems, the toolchain download and the
// diagnosis the step fails with all say the same thing for the same class.

/**
 * What to change, per failure class. The fix for 'tls' depends on where go runs: macOS and
 * Windows verify with the OS's trust store (see trustPlan in net/platform.ts).
 */
export function fixFor(cls: string, platform: NodeJS.Platform = process.platform): string {
  switch (cls) {
    case 'dns':
      return 'the host name does not resolve from the runner: check the URL, or the runner DNS'
    case 'refused':
      return 'nothing accepts connections there: check the URL and port'
    case 'connect-timeout':
      return 'connections are dropped (a firewall?): allow the host, or route through HTTPS_PROXY'
    case 'tls':
      if (platform === 'darwin') {
        return 'the TLS certificate is not trusted: go on macOS trusts the system keychain, so add its CA there (sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.pem), or fix the certificate; from Go 1.27 on, SSL_CERT_FILE or SSL_CERT_DIR, when set, replace the keychain'
      }
      if (platform === 'win32') {
        return 'the TLS certificate is not trusted: go on Windows trusts the Windows certificate store, so import its CA there (Import-Certificate -FilePath ca.cer -CertStoreLocation Cert:\\LocalMachine\\Root, or certutil -addstore Root ca.cer), or fix the certificate; from Go 1.27 on, SSL_CERT_FILE or SSL_CERT_DIR, when set, replace the store'
      }
      return 'the TLS certificate is not trusted: fix it, or add its CA with SSL_CERT_FILE'
    case 'timeout':
      return "it accepted the connection but did not answer in time: check the proxy's health, or raise probe-timeout"
    case 'reset':
      return 'the connection was reset (a proxy or firewall in between?): check the network path'
    case 'http-4xx':
      return 'the proxy refused the request: check its credentials (URL userinfo or ~/.netrc) and its URL path'
    case 'http-5xx':
      return 'the proxy is failing: try again later, or rely on the mirrors'
    case 'not-found':
      return 'the proxy does not serve modules your go.sum needs: check its URL path'
    case 'mismatch':
    case 'checksum':
      return 'the proxy serves content that differs from go.sum: never use it; report it to its operator'
    case 'network':
      return 'the connection failed: check the URL, the runner network and HTTPS_PROXY'
    case 'auth':
      return 'access was refused: give the proxy credentials (URL userinfo or ~/.netrc), or for private modules set `private` and `private-token`'
    case 'insecure':
      return 'use the https:// URL of the proxy: go sends credentials only over TLS'
    case 'toolchain':
      return 'the module needs a newer Go than the one that ran: let go switch toolchains (GOTOOLCHAIN=auto), or install that Go with actions/setup-go'
    case 'ok':
      return 'none needed'
    default:
      return 'check the proxy URL'
  }
}
