import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

// src/cache/dns.ts
init_define_ACTION_INPUTS();
var DNS_CODE = /\b(ENOTFOUND|EAI_AGAIN)\b/;
var GETADDRINFO = /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) ([^\s;,]+)/;
function unresolvedHost(host, code) {
  return code === "EAI_AGAIN" ? `the host name ${host} did not resolve: no DNS server answered (EAI_AGAIN)` : `the host name ${host} did not resolve (DNS: ENOTFOUND)`;
}
__name(unresolvedHost, "unresolvedHost");
function dnsFailureOf(text, serviceUrl) {
  const code = DNS_CODE.exec(text)?.[1];
  if (code === void 0) return void 0;
  const host = GETADDRINFO.exec(text)?.[1] ?? URL.parse(serviceUrl ?? "")?.hostname;
  return unresolvedHost(host || "of the cache service", code);
}
__name(dnsFailureOf, "dnsFailureOf");

export {
  unresolvedHost,
  dnsFailureOf
};
