// A host name that did not resolve, in one sentence whatever the backend. The libraries say it in
// words of their own: "getaddrinfo ENOTFOUND host" (Node), or @actions/cache's "Unable to make
// request: ENOTFOUND" and a link about self-hosted runners, without the name at all.

const DNS_CODE = /\b(ENOTFOUND|EAI_AGAIN)\b/
const GETADDRINFO = /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) ([^\s;,]+)/

/** ENOTFOUND: the name has no address; EAI_AGAIN: no DNS server gave an answer. */
export function unresolvedHost(host: string, code: string): string {
  return code === 'EAI_AGAIN'
    ? `the host name ${host} did not resolve: no DNS server answered (EAI_AGAIN)`
    : `the host name ${host} did not resolve (DNS: ENOTFOUND)`
}

/**
 * A failure text that tells of a name that did not resolve, in our words; undefined for any other.
 * The host is the one the text names, else serviceUrl's.
 */
export function dnsFailureOf(text: string, serviceUrl: string | undefined): string | undefined {
  const code = DNS_CODE.exec(text)?.[1]
  if (code === undefined) return undefined
  const host = GETADDRINFO.exec(text)?.[1] ?? URL.parse(serviceUrl ?? '')?.hostname
  return unresolvedHost(host || 'of the cache service', code)
}
