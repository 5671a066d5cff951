import * as core from '../host/log.ts'
import { InputError } from '../errors.ts'
import { DEFAULT_GOPROXY, GoProxyError, parseGoProxy, urlUserinfo, type GoProxyEntry } from '../go/goproxy.ts'

/** The primary chain: the `proxies` input, else go env's GOPROXY, else go's default. */
export function primaryChain(proxiesInput: string, goEnvGoProxy: string): GoProxyEntry[] {
  if (proxiesInput !== '') {
    try {
      return parseGoProxy(proxiesInput)
    } catch (err) {
      if (err instanceof GoProxyError) throw new InputError(`Input 'proxies': ${err.message}`)
      throw err
    }
  }
  return parseGoProxy(goEnvGoProxy || DEFAULT_GOPROXY)
}

/** Registers every credential found in these GOPROXY values or URLs as a secret, before anything is logged. */
export function maskProxyCredentials(values: string[]): void {
  for (const value of values) {
    for (const part of value.split(/[,|\s]+/)) {
      const info = urlUserinfo(part)
      if (info === undefined) continue
      // A token is often the user name alone (https://TOKEN@host); with a password, the user
      // name is an ordinary word that masking would blot out all over the log.
      const secret = info.password !== '' ? info.password : info.username
      if (secret !== '') core.setSecret(secret)
    }
  }
}
