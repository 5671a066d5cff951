// A host name that did not resolve, in one sentence whatever the backend: the libraries say it in
// words of their own ("getaddrinfo ENOTFOUND host"), the same for a name with no address and for
// a resolver that did not answer.

/** ENOTFOUND: the name has no address; EAI_AGAIN: no DNS server gave an answer. */
export function unresolvedHost(host: string, code: string): string {
  return code === 'EAI_AGAIN'
    ? `the host name ${host} did not resolve: no DNS server answered (EAI_AGAIN)`
    : `the host name ${host} did not resolve (DNS: ENOTFOUND)`
}
