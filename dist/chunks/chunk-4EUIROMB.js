import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/net/proxyenv.ts
init_define_ACTION_INPUTS();
import { BlockList, isIP } from "node:net";
import { domainToASCII } from "node:url";
function envAny(env, ...names) {
  for (const name of names) {
    const value = env[name];
    if (value !== void 0 && value !== "") return value;
  }
  return "";
}
__name(envAny, "envAny");
function parseProxyUrl(value) {
  if (value === "") return void 0;
  const parsed = URL.parse(value);
  if (parsed !== null && parsed.host !== "") return parsed;
  return URL.parse(`http://${value}`) ?? void 0;
}
__name(parseProxyUrl, "parseProxyUrl");
function proxyConfigFromEnv(env) {
  return {
    httpProxy: parseProxyUrl(envAny(env, "HTTP_PROXY", "http_proxy")),
    httpsProxy: parseProxyUrl(envAny(env, "HTTPS_PROXY", "https_proxy")),
    noProxy: envAny(env, "NO_PROXY", "no_proxy")
  };
}
__name(proxyConfigFromEnv, "proxyConfigFromEnv");
function stripBrackets(host) {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
__name(stripBrackets, "stripBrackets");
function ipFamily(address) {
  const family = isIP(address);
  return family === 4 ? "ipv4" : family === 6 ? "ipv6" : void 0;
}
__name(ipFamily, "ipFamily");
var LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");
function splitHostPort(entry) {
  const bracketed = /^\[([^\]]*)\]:([^:]*)$/.exec(entry);
  if (bracketed !== null) return { host: bracketed[1], port: bracketed[2] };
  const plain = /^([^:]*):([^:]*)$/.exec(entry);
  return plain === null ? void 0 : { host: plain[1], port: plain[2] };
}
__name(splitHostPort, "splitHostPort");
function noProxyMatches(noProxy, host, port) {
  const family = ipFamily(host);
  for (const raw of noProxy.split(",")) {
    const entry = raw.trim().toLowerCase();
    if (entry === "") continue;
    if (entry === "*") return true;
    const cidr = /^(.+)\/(\d+)$/.exec(entry);
    const cidrFamily = cidr === null ? void 0 : ipFamily(cidr[1]);
    if (cidr !== null && cidrFamily !== void 0) {
      if (family === cidrFamily && inSubnet(host, cidr[1], Number(cidr[2]), cidrFamily)) return true;
      continue;
    }
    const split = splitHostPort(entry);
    if (split !== void 0 && split.host === "") continue;
    const entryHost = split?.host ?? entry;
    const entryPort = split?.port ?? "";
    const portMatches = entryPort === "" || entryPort === port;
    const entryFamily = ipFamily(entryHost);
    if (entryFamily !== void 0) {
      if (family === entryFamily && portMatches && sameAddress(entryHost, host, family)) return true;
      continue;
    }
    if (family !== void 0) continue;
    const matchesSelf = !entryHost.startsWith(".") && !entryHost.startsWith("*.");
    const bare = entryHost.startsWith("*.") ? entryHost.slice(2) : matchesSelf ? entryHost : entryHost.slice(1);
    const suffix = domainToASCII(bare) || bare;
    if ((host.endsWith("." + suffix) || matchesSelf && host === suffix) && portMatches) return true;
  }
  return false;
}
__name(noProxyMatches, "noProxyMatches");
function inSubnet(address, network, prefix, family) {
  const subnet = new BlockList();
  try {
    subnet.addSubnet(network, prefix, family);
  } catch {
    return false;
  }
  return subnet.check(address, family);
}
__name(inSubnet, "inSubnet");
function sameAddress(a, b, family) {
  const list = new BlockList();
  list.addAddress(a, family);
  return list.check(b, family);
}
__name(sameAddress, "sameAddress");
var DEFAULT_PORTS = { "http:": "80", "https:": "443" };
function proxyForUrl(target, config) {
  const proxy = target.protocol === "https:" ? config.httpsProxy : target.protocol === "http:" ? config.httpProxy : void 0;
  if (proxy === void 0) return void 0;
  const host = stripBrackets(target.hostname).toLowerCase();
  if (host === "localhost") return void 0;
  const family = ipFamily(host);
  if (family !== void 0 && LOOPBACK.check(host, family)) return void 0;
  const port = target.port !== "" ? target.port : DEFAULT_PORTS[target.protocol] ?? "";
  return noProxyMatches(config.noProxy, host, port) ? void 0 : proxy;
}
__name(proxyForUrl, "proxyForUrl");

export {
  proxyConfigFromEnv,
  proxyForUrl
};
