import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultMetricsFile,
  newMetrics,
  publishReport
} from "./chunk-AYA3T7ZS.js";
import {
  fetchLater,
  keepLaterBaseline,
  reasonNotToSaveLater,
  restoreLater
} from "./chunk-PLE7DWLD.js";
import {
  addThisRun,
  announceFlakyProxies,
  announceHistory,
  emptyHistory,
  historyKey,
  historyKeyPrefix,
  historySaveSkip,
  leanRestore,
  loadHistory,
  recordOf,
  writePending
} from "./chunk-UHXBQLIJ.js";
import {
  GoSumError,
  announceSelection,
  assertWorkingDirectory,
  checkProxyUrl,
  chooseToolchain,
  dependencyFiles,
  expectedGoVersion,
  exportChain,
  findDependencyFiles,
  fixFor,
  formatGoProxy,
  goDispatcher,
  goEnvironment,
  maskProxyCredentials,
  parseGoSum,
  precache,
  primaryChain,
  probeProxy,
  readGotoolchain,
  redactUrl,
  restoreModules,
  saveModules,
  toolchain,
  urlUserinfo,
  userSetGoEnv
} from "./chunk-LY3O6YME.js";
import {
  CACHE_LAYOUTS
} from "./chunk-BZQ7QIIN.js";
import {
  backendConfigOf,
  createBackend
} from "./chunk-WTJ4GN4G.js";
import {
  backendFailure
} from "./chunk-UOO333J6.js";
import {
  parsePatterns,
  setupPrivateModules
} from "./chunk-K4HC2JYS.js";
import {
  noProxy
} from "./chunk-OX5Z6XNP.js";
import {
  phase,
  readRunnerContext
} from "./chunk-Y66GKXL4.js";
import {
  buildCacheKeys,
  restoreBuildCache
} from "./chunk-VMX7QEGY.js";
import {
  BACKEND_FAILED_STATE,
  BACKEND_STATE,
  HISTORY_STATE,
  MODULE_SAVE_STATE
} from "./chunk-QUMZ6I7R.js";
import {
  assertKeyLengths,
  computeCacheKeys
} from "./chunk-OUTCWNNR.js";
import {
  scratchDir
} from "./chunk-UNQDBZCD.js";
import {
  InputError,
  errorMessage
} from "./chunk-FIPBAXT2.js";
import {
  exportVariable,
  getInput,
  info,
  require_undici,
  saveState,
  setSecret,
  warning
} from "./chunk-AXBWWCAH.js";
import {
  __name,
  __toESM,
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

// src/main.ts
init_define_ACTION_INPUTS();
import path2 from "node:path";

// src/drives.ts
init_define_ACTION_INPUTS();
import path from "node:path";
var MOVED_DIRS = {
  GOMODCACHE: "go-mod-precache\\gomodcache",
  GOCACHE: "go-mod-precache\\gocache"
};
var NAMES = ["GOMODCACHE", "GOCACHE"];
function planGoDirs(input) {
  const stay = /* @__PURE__ */ __name((reason) => ({ moves: [], reason: `GOMODCACHE and GOCACHE stay: ${reason}` }), "stay");
  if (input.platform !== "win32") return stay("not a Windows runner");
  const temp = driveRoot(input.env.RUNNER_TEMP ?? "");
  if (temp === void 0) return stay("RUNNER_TEMP is not an absolute path on a drive or share");
  const profile = driveRoot(userProfile(input.env));
  if (profile === void 0) return stay("the user profile (USERPROFILE, HOMEDRIVE+HOMEPATH) is unknown");
  if (sameRoot(temp, profile)) return stay(`RUNNER_TEMP is on the user profile's drive ${profile}`);
  const free = NAMES.filter((name) => !input.userSet[name]);
  if (free.length === 0) return stay("both are set by the user");
  const moves = free.filter((name) => onRoot(input.goEnv[name], profile)).map((name) => ({ name, from: input.goEnv[name], to: path.win32.join(temp, MOVED_DIRS[name]) }));
  const kept = NAMES.filter((name) => input.userSet[name]).map((name) => `; ${name} is set by the user`);
  if (moves.length === 0) return stay(`they are not on the user profile's drive ${profile}${kept.join("")}`);
  const moved = moves.map((m) => m.name).join(" and ");
  return {
    moves,
    reason: `${moved} move${moves.length === 1 ? "s" : ""} from the user profile's drive ${profile} to RUNNER_TEMP's drive ${temp}, which is faster${kept.join("")}`
  };
}
__name(planGoDirs, "planGoDirs");
function applyGoDirs(plan, exportVariable2, env = process.env) {
  for (const m of plan.moves) {
    env[m.name] = m.to;
    exportVariable2(m.name, m.to);
  }
  return [plan.reason, ...plan.moves.map((m) => `${m.name}=${m.to} (was ${m.from})`)];
}
__name(applyGoDirs, "applyGoDirs");
function userProfile(env) {
  if (env.USERPROFILE) return env.USERPROFILE;
  return env.HOMEDRIVE && env.HOMEPATH ? env.HOMEDRIVE + env.HOMEPATH : "";
}
__name(userProfile, "userProfile");
function driveRoot(p) {
  if (!p || !path.win32.isAbsolute(p)) return void 0;
  const root = path.win32.parse(path.win32.normalize(p)).root;
  if (/^[a-z]:\\$/i.test(root)) return root.toUpperCase();
  const share = /^\\\\([^\\]+)\\[^\\]+\\$/.exec(root);
  if (share && share[1] !== "?" && share[1] !== ".") return root;
  return void 0;
}
__name(driveRoot, "driveRoot");
function sameRoot(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
__name(sameRoot, "sameRoot");
function onRoot(p, root) {
  const own = driveRoot(p);
  return own !== void 0 && sameRoot(own, root);
}
__name(onRoot, "onRoot");

// src/inputs.ts
init_define_ACTION_INPUTS();
var SAVE_POLICIES = ["auto", "always", "never"];
var RESTORE_POLICIES = ["auto", "always", "never"];
var VERIFY_POLICIES = ["partial", "always", "never"];
function readInputs(get = (name) => getInput(name)) {
  return {
    workingDirectory: get("working-directory").trim() || ".",
    cacheDependencyPath: parseLines(get("cache-dependency-path")),
    keyPrefix: parseKeyPrefix(get("key-prefix")),
    save: parseChoice("save", get("save"), SAVE_POLICIES, "auto"),
    restore: parseChoice("restore", get("restore"), RESTORE_POLICIES, "auto"),
    proxies: get("proxies").trim(),
    mirrors: parseMirrors(get("mirrors")),
    probeTimeoutMs: parseSeconds("probe-timeout", get("probe-timeout"), 3),
    allowDirect: parseOptionalBoolean("allow-direct", get("allow-direct")),
    downloadRetries: parseCount("download-retries", get("download-retries"), 3),
    downloadTimeoutMs: parseSeconds("download-timeout", get("download-timeout"), 600),
    privatePatterns: parsePatterns(get("private")),
    privateToken: get("private-token").trim(),
    privateUser: get("private-user").trim() || "x-access-token",
    verify: parseChoice("verify", get("verify"), VERIFY_POLICIES, "partial"),
    cacheTimeoutMs: parseSeconds("cache-timeout", get("cache-timeout"), 10),
    metricsFile: get("metrics-file").trim(),
    summary: parseOptionalBoolean("summary", get("summary")) ?? true,
    offline: parseOptionalBoolean("offline", get("offline")) ?? false,
    cacheBuild: parseOptionalBoolean("cache-build", get("cache-build")) ?? false,
    cacheLayout: parseChoice("cache-layout", get("cache-layout"), CACHE_LAYOUTS, "lean"),
    backgroundSave: parseOptionalBoolean("background-save", get("background-save")) ?? true,
    saveTimeoutMs: parseSeconds("save-timeout", get("save-timeout"), 600),
    history: parseOptionalBoolean("history", get("history")) ?? true,
    cacheLocation: parseCacheUrl(get("cache-url")),
    s3Endpoint: parseEndpoint(get("s3-endpoint")),
    s3Region: parseRegion(get("s3-region")),
    s3PathStyle: parseOptionalBoolean("s3-path-style", get("s3-path-style")),
    cacheMaxSizeBytes: parseSize("cache-max-size", get("cache-max-size"), "10GB")
  };
}
__name(readInputs, "readInputs");
function privateOptions(inputs) {
  return { patterns: inputs.privatePatterns, user: inputs.privateUser, token: inputs.privateToken };
}
__name(privateOptions, "privateOptions");
function parseMirrors(value) {
  const mirrors = [];
  for (const raw of value.split(/[,\n]/)) {
    const entry = raw.trim();
    if (entry === "" || entry.startsWith("#")) continue;
    if (entry === "direct" || entry === "off" || entry.includes("|")) {
      throw new InputError(
        `Input 'mirrors' has the entry '${redactUrl(entry)}'; ${MIRRORS_FORM} ('direct' and 'off' belong in 'proxies').`
      );
    }
    const checked = checkProxyUrl(entry);
    if ("problem" in checked) {
      const readAs = checked.readAs === void 0 ? "" : ` (read as ${redactUrl(checked.readAs)})`;
      throw new InputError(`Input 'mirrors' has the entry '${redactUrl(entry)}'${readAs}, which ${checked.problem}; ${MIRRORS_FORM}.`);
    }
    if (!/^https?:\/\//i.test(checked.url)) {
      throw new InputError(`Input 'mirrors' has the entry '${redactUrl(entry)}', which is not an http(s) URL; ${MIRRORS_FORM}.`);
    }
    if (!mirrors.includes(checked.url)) mirrors.push(checked.url);
  }
  return mirrors;
}
__name(parseMirrors, "parseMirrors");
var MIRRORS_FORM = "expected proxy URLs such as https://goproxy.io, separated by commas or new lines";
function parseSeconds(name, value, fallback) {
  const v = value.trim();
  if (v === "") return fallback * 1e3;
  const seconds = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !Number.isFinite(seconds) || seconds <= 0) {
    throw new InputError(`Input '${name}' has the value '${v}'; expected a positive number of seconds, such as ${fallback}.`);
  }
  return Math.round(seconds * 1e3);
}
__name(parseSeconds, "parseSeconds");
function parseCount(name, value, fallback) {
  const v = value.trim();
  if (v === "") return fallback;
  if (!/^\d+$/.test(v) || Number(v) > 100) {
    throw new InputError(`Input '${name}' has the value '${v}'; expected a whole number from 0 to 100, such as ${fallback}.`);
  }
  return Number(v);
}
__name(parseCount, "parseCount");
function parseOptionalBoolean(name, value) {
  const v = value.trim().toLowerCase();
  if (v === "") return void 0;
  if (v === "true") return true;
  if (v === "false") return false;
  throw new InputError(`Input '${name}' has the value '${value.trim()}'; expected true or false (or empty for the default).`);
}
__name(parseOptionalBoolean, "parseOptionalBoolean");
function parseLines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
__name(parseLines, "parseLines");
function parseChoice(name, value, choices, fallback) {
  const v = value.trim().toLowerCase();
  if (v === "") return fallback;
  if (choices.includes(v)) return v;
  throw new InputError(
    `Input '${name}' has the value '${value.trim()}'; expected one of: ${choices.join(", ")}.`
  );
}
__name(parseChoice, "parseChoice");
function parseKeyPrefix(value) {
  const prefix = value.trim() || "go-mod";
  if (/[,\s]/.test(prefix)) {
    throw new InputError(
      `Input 'key-prefix' has the value '${prefix}'; expected a single word without commas or spaces, such as 'go-mod'.`
    );
  }
  return prefix;
}
__name(parseKeyPrefix, "parseKeyPrefix");
var CACHE_URL_FORM = "expected empty (the GitHub Actions cache), s3://BUCKET/PREFIX (S3-compatible storage), or file:///PATH or an absolute path (a directory the runners share)";
function parseCacheUrl(value, platform = process.platform) {
  const v = value.trim();
  if (v === "") return { kind: "github" };
  const bad = /* @__PURE__ */ __name((why) => new InputError(`Input 'cache-url' has the value '${redactUrl(v)}', which ${why}; ${CACHE_URL_FORM}.`), "bad");
  const s3 = /^s3:\/\/([^/]*)(?:\/(.*))?$/i.exec(v);
  if (s3) {
    const bucket = s3[1];
    if (bucket.includes("@")) throw bad("holds credentials (give them as AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a role)");
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw bad(`has '${bucket}' as its bucket, which is not a valid bucket name`);
    return { kind: "s3", bucket, prefix: (s3[2] ?? "").replace(/^\/+|\/+$/g, "") };
  }
  if (/^file:/i.test(v)) {
    let url;
    try {
      url = new URL(v);
    } catch {
      throw bad("is not a valid file URL");
    }
    if (url.host !== "") throw bad("has a host; a file URL of a shared directory is file:///PATH");
    const decoded = decodeURIComponent(url.pathname);
    const root = /^\/[A-Za-z]:/.test(decoded) ? decoded.slice(1) : decoded;
    return { kind: "dir", root: platform === "win32" ? root.replace(/\//g, "\\") : root };
  }
  if (v.startsWith("/") || /^[A-Za-z]:[\\/]/.test(v) || v.startsWith("\\\\")) {
    if (platform !== "win32" && !v.startsWith("/")) throw bad("is a Windows path on a runner that is not Windows");
    return { kind: "dir", root: v };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) throw bad(`has the scheme '${v.slice(0, v.indexOf(":"))}'`);
  throw bad("is neither a URL nor an absolute path");
}
__name(parseCacheUrl, "parseCacheUrl");
function parseEndpoint(value) {
  const v = value.trim();
  if (v === "") return "";
  let url;
  try {
    url = new URL(v);
  } catch {
    url = void 0;
  }
  if (url === void 0 || url.protocol !== "http:" && url.protocol !== "https:" || url.host === "") {
    throw new InputError(`Input 's3-endpoint' has the value '${redactUrl(v)}'; expected an http(s) URL such as https://minio.example:9000.`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new InputError(`Input 's3-endpoint' holds credentials; give them as AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY instead.`);
  }
  return v.replace(/\/+$/, "");
}
__name(parseEndpoint, "parseEndpoint");
function parseRegion(value) {
  const v = value.trim();
  if (v !== "" && !/^[a-z0-9-]+$/.test(v)) {
    throw new InputError(`Input 's3-region' has the value '${v}'; expected a region name such as us-east-1 or auto.`);
  }
  return v;
}
__name(parseRegion, "parseRegion");
var SIZE_UNITS = {
  "": 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4
};
function parseSize(name, value, fallback) {
  const v = value.trim() === "" ? fallback : value.trim();
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(v);
  const unit = SIZE_UNITS[(m?.[2] ?? "x").toLowerCase()];
  const bytes = m && unit !== void 0 ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!Number.isFinite(bytes) || bytes <= 0) {
    throw new InputError(`Input '${name}' has the value '${v}'; expected a size such as ${fallback}, 500MB or 2GiB.`);
  }
  return bytes;
}
__name(parseSize, "parseSize");

// src/proxy/sample.ts
init_define_ACTION_INPUTS();
function pickProbeModules(entries, env, count = 3) {
  const withZip = new Set(entries.filter((e) => e.kind === "zip").map((e) => `${e.path}@${e.version}`));
  const byPath = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (e.kind !== "mod" || noProxy(e.path, env)) continue;
    const zip = withZip.has(`${e.path}@${e.version}`);
    const known = byPath.get(e.path);
    if (known === void 0 || zip && !known.zip) {
      byPath.set(e.path, { path: e.path, version: e.version, goModHash: e.hash, zip });
    }
  }
  const sorted = [...byPath.values()].sort((a, b) => Number(b.zip) - Number(a.zip) || cmp(a.path, b.path));
  const preferred = sorted.filter((m) => m.zip).length >= count ? sorted.filter((m) => m.zip) : sorted;
  return spread(preferred, count).map(({ path: path3, version, goModHash }) => ({ path: path3, version, goModHash }));
}
__name(pickProbeModules, "pickProbeModules");
function spread(items, count) {
  if (items.length <= count) return items;
  if (count === 1) return [items[0]];
  const picked = [];
  for (let i = 0; i < count; i++) picked.push(items[Math.round(i * (items.length - 1) / (count - 1))]);
  return picked;
}
__name(spread, "spread");
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
__name(cmp, "cmp");
function goSumEntries(files) {
  return files.filter((f) => /(^|\/)go(\.work)?\.sum$/.test(f.path)).flatMap((f) => {
    try {
      return parseGoSum(f.content.toString("utf8"), f.path);
    } catch (err) {
      if (err instanceof GoSumError) return [];
      throw err;
    }
  });
}
__name(goSumEntries, "goSumEntries");

// src/proxy/select.ts
init_define_ACTION_INPUTS();

// src/proxy/chain.ts
init_define_ACTION_INPUTS();
function isHealthy(result) {
  return result === void 0 || result.class === "ok";
}
__name(isHealthy, "isHealthy");
function chooseChain(inputs) {
  const primaries = inputs.candidates.filter((c) => c.role === "primary");
  const mirrors = inputs.candidates.filter(
    (c) => c.role === "mirror" && !primaries.some((p) => sameProxy(p.url, c.url))
  );
  const healthyMirrors = mirrors.filter((c) => isHealthy(c.result)).sort((a, b) => (a.result?.latencyMs ?? 0) - (b.result?.latencyMs ?? 0));
  let chosen = [...primaries.filter((c) => isHealthy(c.result)), ...healthyMirrors];
  const noneHealthy = chosen.length === 0 && inputs.candidates.length > 0;
  if (noneHealthy) {
    chosen = [...primaries, ...mirrors].filter((c) => c.result?.class !== "mismatch");
  }
  const problems = [...primaries, ...mirrors].filter((c) => !isHealthy(c.result)).map((c) => problemOf(c, !chosen.includes(c)));
  const entries = chosen.map((c) => ({ url: c.url, kind: "proxy", fallThrough: "any" }));
  if (inputs.allowDirect) entries.push({ url: "direct", kind: "direct", fallThrough: "notfound" });
  if (entries.length > 0) entries[entries.length - 1] = { ...entries[entries.length - 1], fallThrough: "notfound" };
  const firstPrimary = primaries[0];
  return {
    goproxy: entries.length > 0 ? formatGoProxy(entries) : "off",
    entries,
    problems,
    selected: entries.length > 0 ? redactUrl(entries[0].url) : "",
    fallbackUsed: firstPrimary !== void 0 && !noneHealthy && !isHealthy(firstPrimary.result),
    noneHealthy
  };
}
__name(chooseChain, "chooseChain");
function problemOf(c, dropped) {
  const cls = c.result?.class ?? "unknown";
  return { url: redactUrl(c.url), role: c.role, class: cls, detail: c.result?.detail ?? "", fix: fixFor(cls), dropped };
}
__name(problemOf, "problemOf");
function sameProxy(a, b) {
  const norm = /* @__PURE__ */ __name((u) => u.replace(/\/+$/, "").replace(/^([a-z]+:\/\/[^/]*)/i, (m) => m.toLowerCase()), "norm");
  return norm(a) === norm(b);
}
__name(sameProxy, "sameProxy");

// src/proxy/sumdb.ts
init_define_ACTION_INPUTS();
var import_undici = __toESM(require_undici(), 1);
function sumDbUrl(gosumdb) {
  const [name = "", url] = gosumdb.trim().split(/\s+/);
  if (url !== void 0) return url.replace(/\/+$/, "");
  return `https://${name.split("+")[0]}`;
}
__name(sumDbUrl, "sumDbUrl");
async function probeSumDb(gosumdb, deadline, env, where = {}) {
  const dispatcher = await goDispatcher({ env, ...where });
  try {
    const res = await (0, import_undici.fetch)(`${sumDbUrl(gosumdb)}/latest`, { dispatcher, signal: deadline });
    await res.body?.cancel();
    return res.status === 200;
  } catch {
    return false;
  } finally {
    await dispatcher.destroy();
  }
}
__name(probeSumDb, "probeSumDb");

// src/proxy/select.ts
function isProbeable(url) {
  return /^https?:\/\//i.test(url);
}
__name(isProbeable, "isProbeable");
async function selectChain(inputs) {
  const started = performance.now();
  const candidates = candidatesOf(inputs.primary, inputs.mirrors);
  const sumdbName = sumDbName(inputs.gosumdb);
  const probed = candidates.filter((c, i) => isProbeable(c.url) && !candidates.slice(0, i).some((d) => sameProxy(d.url, c.url)));
  const deadline = AbortSignal.timeout(inputs.timeoutMs);
  const [results, direct] = await Promise.all([
    Promise.all(
      probed.map(
        (c) => sendsCredentialsInClear(c.url) ? Promise.resolve(insecureCredentials(c.url)) : probeProxy(c.url, { modules: inputs.modules, deadline, sumdbName: sumdbName || void 0, env: inputs.env, goVersion: inputs.goVersion })
      )
    ),
    sumdbName === "" ? Promise.resolve(void 0) : probeSumDb(inputs.gosumdb, deadline, inputs.env, { goVersion: inputs.goVersion })
  ]);
  for (const c of candidates) {
    const i = probed.findIndex((p) => sameProxy(p.url, c.url));
    if (i >= 0) c.result = results[i];
  }
  const choice = chooseChain({ primary: inputs.primary, candidates, allowDirect: inputs.allowDirect });
  const chained = new Set(choice.entries.map((e) => e.url));
  const sumdb = sumdbName === "" ? "off" : direct ? "direct" : probed.some((c) => chained.has(c.url) && c.result?.sumdb === true) ? "proxy" : "unreachable";
  return {
    choice,
    report: probed.map((c, i) => reportRow(c, results[i])),
    sumdb,
    ms: Math.round(performance.now() - started)
  };
}
__name(selectChain, "selectChain");
function candidatesOf(primary, mirrors) {
  const candidates = primary.filter((e) => e.kind === "proxy").map((e) => ({ url: e.url, role: "primary" }));
  for (const url of mirrors) {
    if (!candidates.some((c) => sameProxy(c.url, url))) candidates.push({ url, role: "mirror" });
  }
  return candidates;
}
__name(candidatesOf, "candidatesOf");
function sendsCredentialsInClear(url) {
  return /^http:\/\//i.test(url) && urlUserinfo(url) !== void 0;
}
__name(sendsCredentialsInClear, "sendsCredentialsInClear");
function insecureCredentials(url) {
  return {
    url: redactUrl(url),
    class: "insecure",
    detail: "go refuses to pass credentials to an http:// URL",
    latencyMs: 0,
    verified: false
  };
}
__name(insecureCredentials, "insecureCredentials");
function reportRow(c, r) {
  return {
    url: redactUrl(c.url),
    role: c.role,
    class: r.class,
    latencyMs: r.latencyMs,
    verified: r.verified,
    sumdb: r.sumdb ?? null,
    detail: r.detail
  };
}
__name(reportRow, "reportRow");
function sumDbName(gosumdb) {
  const first = gosumdb.trim().split(/\s+/)[0] ?? "";
  if (first === "" || first === "off") return first === "off" ? "" : "sum.golang.org";
  return first.split("+")[0];
}
__name(sumDbName, "sumDbName");

// src/main.ts
async function runMain() {
  const started = performance.now();
  const metrics = newMetrics();
  const report = { metricsFile: defaultMetricsFile(), summary: true };
  let historyJob;
  let savePolicy = "auto";
  let backend;
  try {
    const inputs = readInputs();
    report.metricsFile = inputs.metricsFile || report.metricsFile;
    report.summary = inputs.summary;
    savePolicy = inputs.save;
    if (inputs.privateToken !== "") setSecret(inputs.privateToken);
    maskProxyCredentials([inputs.proxies, ...inputs.mirrors, process.env.GOPROXY ?? ""]);
    const runner = readRunnerContext();
    const workingDirectory = path2.resolve(runner.workspace, inputs.workingDirectory);
    assertWorkingDirectory(workingDirectory);
    const backendConfig = backendConfigOf(inputs, process.env);
    saveState(BACKEND_STATE, JSON.stringify(backendConfig));
    backend = await createBackend(backendConfig, { timeoutMs: inputs.cacheTimeoutMs });
    const ctx = { inputs, runner, workingDirectory, metrics, backend, backendConfig };
    const historyPrefix = historyKeyPrefix(inputs.keyPrefix, runner.os, runner.arch);
    const historyLoading = inputs.history ? loadHistory(ctx.backend, historyPrefix, inputs.cacheTimeoutMs) : Promise.resolve({ status: "disabled", history: emptyHistory(), note: "input 'history' is false" });
    const depsFinding = early(findDependencyFiles(workingDirectory, inputs.cacheDependencyPath));
    const gotoolchain = early(readGotoolchain(workingDirectory));
    const goEnv = await phase("Go environment", async () => {
      const env = await goEnvironment(ctx);
      if (process.platform === "win32") {
        const plan = planGoDirs({
          platform: process.platform,
          env: process.env,
          userSet: await userSetGoEnv(workingDirectory, ["GOMODCACHE", "GOCACHE"]),
          goEnv: { GOMODCACHE: env.GOMODCACHE, GOCACHE: env.GOCACHE }
        });
        for (const line of applyGoDirs(plan, exportVariable)) info(line);
        for (const m of plan.moves) env[m.name] = m.to;
      }
      return env;
    });
    const primary = primaryChain(inputs.proxies, goEnv.GOPROXY);
    const privateSetup = await phase("Private modules", () => setupPrivateModules(privateOptions(inputs), goEnv));
    const deps = await phase("Dependency files", () => dependencyFiles(ctx, depsFinding));
    const keys = computeCacheKeys({ prefix: inputs.keyPrefix, runnerOs: runner.os, runnerArch: runner.arch, files: deps.files });
    const decision = await chooseToolchain(ctx, goEnv, deps, gotoolchain);
    const buildKeys = inputs.cacheBuild ? buildCacheKeys(inputs.keyPrefix, runner.os, runner.arch, expectedGoVersion(decision, goEnv), process.env.GITHUB_SHA || keys.hash) : void 0;
    const historyKeyOfRun = historyKey(historyPrefix, process.env);
    assertKeyLengths(inputs.keyPrefix, [keys.primaryKey, historyKeyOfRun, ...buildKeys ? [buildKeys.primaryKey] : []]);
    const probing = early(selectChain({
      primary,
      mirrors: inputs.mirrors,
      allowDirect: inputs.allowDirect ?? primary.some((e) => e.kind === "direct"),
      modules: pickProbeModules(goSumEntries(deps.files), privateSetup.env),
      timeoutMs: inputs.probeTimeoutMs,
      gosumdb: goEnv.GOSUMDB,
      goVersion: expectedGoVersion(decision, goEnv)
    }));
    const buildRestore = buildKeys ? early(restoreBuildCache(ctx.backend, goEnv.GOCACHE, buildKeys, inputs.cacheTimeoutMs)) : void 0;
    const history = await historyLoading;
    await phase("History", async () => announceHistory(metrics, history));
    historyJob = { load: history, key: historyKeyOfRun, keyPrefix: historyPrefix, backendFailed: false };
    const restorePolicy = restorePolicyOf(inputs.restore, history);
    const laterFetch = restorePolicy === "never" ? void 0 : fetchLater(ctx.backend, goEnv.GOMODCACHE, inputs.cacheLayout, keys, inputs.cacheTimeoutMs);
    const restored = await phase(
      "Restore module cache",
      async () => restoreModules(ctx, goEnv, keys, await restoreSkipReason(restorePolicy, leanRestore(restorePolicy, history.history.runs), probing))
    );
    const laterRestored = await phase("Restore modules later steps added", () => restoreLater(ctx.backend, laterFetch, restored, goEnv.GOMODCACHE, keys.primaryKey));
    historyJob.backendFailed = restored.serviceFailed;
    const selection = await phase("Probe proxies", async () => {
      const s = await announceSelection(ctx, probing, goEnv.GOSUMDB);
      announceFlakyProxies(history.history.runs);
      return s;
    });
    await phase("Go toolchain", () => toolchain(ctx, goEnv, decision, selection));
    const downloaded = await phase("Download modules", () => precache(ctx, goEnv, deps, selection, restored, privateSetup));
    if (buildRestore) await phase("Restore build cache", () => buildRestore.then((r) => r?.log.forEach((line) => info(line))));
    exportChain(ctx, downloaded);
    const saving = await phase("Save module cache", () => saveModules(ctx, goEnv, deps, keys, restored, downloaded, laterRestored.modules));
    if (saving) {
      const state = { ...saving.background, key: saving.job.key, timeoutMs: inputs.saveTimeoutMs, report };
      saveState(MODULE_SAVE_STATE, JSON.stringify(state));
    }
    const laterSkip = reasonNotToSaveLater({
      policy: inputs.save,
      eventName: runner.eventName,
      state: restored.state,
      serviceFailed: restored.serviceFailed || laterRestored.serviceFailed,
      primaryKey: keys.primaryKey
    });
    const inMain = downloaded.modules.map((m) => `${m.Path}@${m.Version}`);
    await keepLaterBaseline({ modCache: goEnv.GOMODCACHE, layout: inputs.cacheLayout, primaryKey: keys.primaryKey, inMain, restored: laterRestored }, laterSkip);
  } catch (err) {
    metrics.error = errorMessage(err);
    throw err;
  } finally {
    metrics.totalMs = Math.round(performance.now() - started);
    const failure = backend && backendFailure(backend);
    if (failure) saveState(BACKEND_FAILED_STATE, JSON.stringify(failure));
    if (historyJob) {
      addThisRun(metrics);
      const backendFailed = historyJob.backendFailed || failure !== void 0;
      await keepForPost(historyJob, metrics, historySaveSkip(savePolicy, process.env.GITHUB_EVENT_NAME ?? "", historyJob.load, backendFailed));
    }
    await publishReport(metrics, report);
  }
}
__name(runMain, "runMain");
function early(promise) {
  promise.catch(() => void 0);
  return promise;
}
__name(early, "early");
function restorePolicyOf(policy, history) {
  return policy === "auto" && history.status === "disabled" ? "always" : policy;
}
__name(restorePolicyOf, "restorePolicyOf");
async function restoreSkipReason(policy, leaning, probing) {
  if (leaning.restore) {
    if (policy === "auto") info(`Restoring: ${leaning.why}.`);
    return void 0;
  }
  if (policy === "never") return leaning.why;
  const selection = await probing.catch(() => void 0);
  if (selection === void 0 || selection.choice.noneHealthy) {
    info(`The history favours downloading (${leaning.why}), but no proxy passed the probe: restoring, as the cache is then the only source.`);
    return void 0;
  }
  return `${leaning.why}, and the probe found a healthy chain`;
}
__name(restoreSkipReason, "restoreSkipReason");
async function keepForPost(job, metrics, skipSave) {
  try {
    const file = path2.join(await scratchDir("history-"), "pending.json");
    await writePending(file, { key: job.key, keyPrefix: job.keyPrefix, history: job.load.history, record: recordOf(metrics, process.env), skipSave });
    saveState(HISTORY_STATE, file);
  } catch (err) {
    warning(`History not kept for this run; the job goes on: ${errorMessage(err)}`);
  }
}
__name(keepForPost, "keepForPost");

export {
  runMain
};
