import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  proxyConfigFromEnv,
  proxyForUrl
} from "./chunk-4EUIROMB.js";
import {
  require_undici
} from "./chunk-INF4JTG2.js";
import {
  __name,
  __toESM,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/net/http.ts
init_define_ACTION_INPUTS();
var import_undici = __toESM(require_undici(), 1);
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import tls from "node:tls";

// src/net/platform.ts
init_define_ACTION_INPUTS();
import path from "node:path";

// src/go/version.ts
init_define_ACTION_INPUTS();
function parseGoVersion(text) {
  const m = /^(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)|([a-z]+)((?:0|[1-9]\d*)?))?)?$/.exec(text);
  if (m === null) return void 0;
  const [, major = "", minor, patch, kind, pre] = m;
  if (minor === void 0) return { major, minor: "0", patch: "0", kind: "", pre: "" };
  if (patch !== void 0) return { major, minor, patch, kind: "", pre: "" };
  if (kind !== void 0) return { major, minor, patch: "", kind, pre: pre ?? "" };
  return { major, minor, patch: compareInt(minor, "21") < 0 ? "0" : "", kind: "", pre: "" };
}
__name(parseGoVersion, "parseGoVersion");
function isValidGoVersion(text) {
  return parseGoVersion(text) !== void 0;
}
__name(isValidGoVersion, "isValidGoVersion");
function compareGoVersions(a, b) {
  const x = parseGoVersion(a);
  const y = parseGoVersion(b);
  if (x === void 0 || y === void 0) return x === y ? 0 : x === void 0 ? -1 : 1;
  return compareInt(x.major, y.major) || compareInt(x.minor, y.minor) || compareInt(x.patch, y.patch) || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0) || compareInt(x.pre, y.pre);
}
__name(compareGoVersions, "compareGoVersions");
function isLanguageVersion(text) {
  const v = parseGoVersion(text);
  return v !== void 0 && v.patch === "" && v.kind === "" && v.pre === "";
}
__name(isLanguageVersion, "isLanguageVersion");
function versionOfToolchain(name) {
  if (/[\\/]/.test(name) || !name.startsWith("go")) return void 0;
  const v = name.slice(2).split(/[ \t-]/, 1)[0] ?? "";
  return isValidGoVersion(v) ? v : void 0;
}
__name(versionOfToolchain, "versionOfToolchain");
function versionOfGoVersion(goversion) {
  return versionOfToolchain(goversion.trim().split(/\s+/)[0] ?? "");
}
__name(versionOfGoVersion, "versionOfGoVersion");
function toolCacheVersion(version) {
  const v = parseGoVersion(version);
  if (v === void 0) return version;
  if (v.kind !== "") return `${v.major}.${v.minor}.0-${v.kind}${v.pre === "" ? "" : `.${v.pre}`}`;
  return `${v.major}.${v.minor}.${v.patch || "0"}`;
}
__name(toolCacheVersion, "toolCacheVersion");
function compareInt(a, b) {
  if (a === b) return 0;
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : 1;
}
__name(compareInt, "compareInt");

// src/net/platform.ts
function getenv(env, name, platform) {
  const exact = env[name];
  if (exact !== void 0 || platform !== "win32") return exact ?? "";
  const upper = name.toUpperCase();
  const key = Object.keys(env).find((k) => k.toUpperCase() === upper);
  return key === void 0 ? "" : env[key] ?? "";
}
__name(getenv, "getenv");
function pathFor(platform) {
  return platform === "win32" ? path.win32 : path.posix;
}
__name(pathFor, "pathFor");
function userHomeDir(platform, env) {
  const home = getenv(env, platform === "win32" ? "USERPROFILE" : "HOME", platform);
  if (home !== "") return home;
  return platform === "android" ? "/sdcard" : void 0;
}
__name(userHomeDir, "userHomeDir");
function netrcCandidates(platform, env) {
  const netrc = getenv(env, "NETRC", platform);
  if (netrc !== "") return [netrc];
  const home = userHomeDir(platform, env);
  if (home === void 0) return [];
  const { join: join2 } = pathFor(platform);
  return platform === "win32" ? [join2(home, "_netrc"), join2(home, ".netrc")] : [join2(home, ".netrc")];
}
__name(netrcCandidates, "netrcCandidates");
function netrcPath(platform, env, exists) {
  const candidates = netrcCandidates(platform, env);
  return candidates.find(exists) ?? candidates.at(-1);
}
__name(netrcPath, "netrcPath");
function splitPathList(value, platform) {
  if (platform !== "win32") return value.split(":").filter((p) => p !== "");
  const parts = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '"') quoted = !quoted;
    else if (value[i] === ";" && !quoted) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((p) => p.replaceAll('"', "")).filter((p) => p !== "");
}
__name(splitPathList, "splitPathList");
function godebugValue(godebug, key) {
  let value;
  for (const field of godebug.split(",")) {
    const eq = field.indexOf("=");
    if (eq > 0 && field.slice(0, eq) === key) value = field.slice(eq + 1);
  }
  return value;
}
__name(godebugValue, "godebugValue");
var SSL_CERT_OVERRIDE_GO = { major: 1, minor: 27 };
function overridesPlatform(env, platform, goVersion) {
  const v = goVersion === void 0 ? void 0 : parseGoVersion(versionOfToolchain(goVersion) ?? goVersion);
  const knowsSetting = v === void 0 ? void 0 : Number(v.major) > SSL_CERT_OVERRIDE_GO.major || Number(v.major) === SSL_CERT_OVERRIDE_GO.major && Number(v.minor) >= SSL_CERT_OVERRIDE_GO.minor;
  if (knowsSetting === false) return false;
  const setting = godebugValue(getenv(env, "GODEBUG", platform), "x509sslcertoverrideplatform");
  if (setting === "0") return false;
  return knowsSetting;
}
__name(overridesPlatform, "overridesPlatform");
function trustPlan(platform, env, goVersion) {
  const file = getenv(env, "SSL_CERT_FILE", platform);
  const files = file === "" ? [] : [file];
  const dirs = splitPathList(getenv(env, "SSL_CERT_DIR", platform), platform);
  if (platform !== "darwin" && platform !== "win32") return { system: true, bundled: true, files, dirs, verifier: "go" };
  const os = { system: true, bundled: true, files: [], dirs: [], verifier: "platform" };
  if (file === "" && getenv(env, "SSL_CERT_DIR", platform) === "") return os;
  const override = overridesPlatform(env, platform, goVersion);
  if (override === false) return os;
  if (override === true) return { system: false, bundled: false, files, dirs, verifier: "go" };
  return { system: true, bundled: true, files, dirs, verifier: "either" };
}
__name(trustPlan, "trustPlan");

// src/net/http.ts
var CONNECT_TIMEOUT_MS = 3e4;
var PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
function pemCertificates(text) {
  return text.match(PEM_CERTIFICATE) ?? [];
}
__name(pemCertificates, "pemCertificates");
async function certificatesInFile(path2) {
  const text = await readFile(path2, "utf8").catch(() => "");
  return pemCertificates(text);
}
__name(certificatesInFile, "certificatesInFile");
async function certificatesInDir(dir) {
  const names = await readdir(dir).catch(() => []);
  const lists = await Promise.all(names.map((name) => certificatesInFile(join(dir, name))));
  return lists.flat();
}
__name(certificatesInDir, "certificatesInDir");
function systemCertificates() {
  try {
    return tls.getCACertificates("system");
  } catch {
    return [];
  }
}
__name(systemCertificates, "systemCertificates");
async function loadTrust(plan) {
  const read = await Promise.all([...plan.files.map(certificatesInFile), ...plan.dirs.map(certificatesInDir)]);
  return [
    .../* @__PURE__ */ new Set([
      ...plan.bundled ? tls.getCACertificates("bundled") : [],
      ...plan.system ? systemCertificates() : [],
      ...read.flat()
    ])
  ];
}
__name(loadTrust, "loadTrust");
async function trustedCertificates(env, where = {}) {
  return loadTrust(trustPlan(where.platform ?? process.platform, env, where.goVersion));
}
__name(trustedCertificates, "trustedCertificates");
var GoNetworkDispatcher = class extends import_undici.Dispatcher {
  static {
    __name(this, "GoNetworkDispatcher");
  }
  #config;
  #direct;
  #viaProxy = /* @__PURE__ */ new Map();
  #proxyOptions;
  constructor(config, direct, proxyOptions) {
    super();
    this.#config = config;
    this.#direct = direct;
    this.#proxyOptions = { ...proxyOptions, uri: "" };
  }
  dispatch(options, handler) {
    return this.#route(new URL(String(options.origin))).dispatch(options, handler);
  }
  #route(origin) {
    const proxy = proxyForUrl(origin, this.#config);
    if (proxy === void 0) return this.#direct;
    let agent = this.#viaProxy.get(proxy.href);
    if (agent === void 0) {
      agent = new import_undici.ProxyAgent({ ...this.#proxyOptions, uri: proxy.href, proxyTunnel: false });
      this.#viaProxy.set(proxy.href, agent);
    }
    return agent;
  }
  #all() {
    return [this.#direct, ...this.#viaProxy.values()];
  }
  close(callback) {
    const closed = Promise.all(this.#all().map((d) => d.close())).then(() => void 0);
    if (callback === void 0) return closed;
    void closed.then(callback);
  }
  destroy(errOrCallback, callback) {
    const err = typeof errOrCallback === "function" ? null : errOrCallback ?? null;
    const done = typeof errOrCallback === "function" ? errOrCallback : callback;
    const destroyed = Promise.all(this.#all().map((d) => d.destroy(err))).then(() => void 0);
    if (done === void 0) return destroyed;
    void destroyed.then(done);
  }
};
function runnerDispatcher(env, connectTimeoutMs = CONNECT_TIMEOUT_MS) {
  const connect = { timeout: connectTimeoutMs };
  return new GoNetworkDispatcher(proxyConfigFromEnv(env), new import_undici.Agent({ connect }), { proxyTls: connect, requestTls: connect });
}
__name(runnerDispatcher, "runnerDispatcher");
async function goDispatcher(options = {}) {
  const env = options.env ?? process.env;
  const ca = await trustedCertificates(env, options);
  const connect = {
    ca,
    timeout: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
    ...options.lookup === void 0 ? {} : { lookup: options.lookup }
  };
  return new GoNetworkDispatcher(proxyConfigFromEnv(env), new import_undici.Agent({ connect }), {
    proxyTls: connect,
    requestTls: connect
  });
}
__name(goDispatcher, "goDispatcher");
function parseNetrc(text) {
  const entries = [];
  let current = {};
  let inMacro = false;
  for (const line of text.split("\n")) {
    if (inMacro) {
      if (line === "") inMacro = false;
      continue;
    }
    const fields = line.split(/\s+/).filter((f) => f !== "");
    let i = 0;
    for (; i < fields.length - 1; i += 2) {
      const [key, value] = [fields[i], fields[i + 1]];
      if (key === "machine") current = { machine: value };
      else if (key === "login") current.login = value;
      else if (key === "password") current.password = value;
      else if (key === "macdef") inMacro = true;
      if (current.machine && current.login && current.password) {
        entries.push({ machine: current.machine, login: current.login, password: current.password });
        current = {};
      }
    }
    if (i < fields.length && fields[i] === "default") break;
  }
  return entries;
}
__name(parseNetrc, "parseNetrc");
async function locateNetrc(env, platform = process.platform) {
  const candidates = netrcCandidates(platform, env);
  const found = await Promise.all(candidates.map((p) => stat(p).then(() => p, () => void 0)));
  return netrcPath(platform, env, (p) => found.includes(p));
}
__name(locateNetrc, "locateNetrc");
async function readNetrc(env, platform = process.platform) {
  if (!goAuthUsesNetrc(env.GOAUTH ?? "")) return [];
  const path2 = await locateNetrc(env, platform);
  const text = path2 === void 0 ? "" : await readFile(path2, "utf8").catch(() => "");
  return parseNetrc(text);
}
__name(readNetrc, "readNetrc");
function goAuthUsesNetrc(goauth) {
  if (goauth.trim() === "") return true;
  return goauth.split(";").some((method) => method.trim() === "netrc");
}
__name(goAuthUsesNetrc, "goAuthUsesNetrc");
function netrcEntryFor(url, entries) {
  if (!url.startsWith("https://")) return void 0;
  let prefix = url.slice("https://".length).replace(/\/$/, "");
  for (; ; ) {
    const entry = entries.find((e) => e.machine === prefix);
    if (entry !== void 0) return entry;
    const slash = prefix.lastIndexOf("/");
    if (slash < 0) return void 0;
    prefix = prefix.slice(0, slash);
  }
}
__name(netrcEntryFor, "netrcEntryFor");
function basicAuthorization(username, password) {
  return "Basic " + Buffer.from(`${username}:${password}`).toString("base64");
}
__name(basicAuthorization, "basicAuthorization");

export {
  compareGoVersions,
  isLanguageVersion,
  versionOfToolchain,
  versionOfGoVersion,
  toolCacheVersion,
  CONNECT_TIMEOUT_MS,
  runnerDispatcher,
  goDispatcher,
  readNetrc,
  netrcEntryFor,
  basicAuthorization
};
