import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/cache/dns.ts
init_define_ACTION_INPUTS();
function unresolvedHost(host, code) {
  return code === "EAI_AGAIN" ? `the host name ${host} did not resolve: no DNS server answered (EAI_AGAIN)` : `the host name ${host} did not resolve (DNS: ENOTFOUND)`;
}
__name(unresolvedHost, "unresolvedHost");

export {
  unresolvedHost
};
