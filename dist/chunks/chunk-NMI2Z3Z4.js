import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  proxyConfigFromEnv,
  proxyForUrl
} from "./chunk-D7R2SSOS.js";
import {
  emptyHistory,
  historyKey,
  historyKeyPrefix,
  loadHistory,
  recordOf,
  writePending
} from "./chunk-5O5ZKY2G.js";
import {
  cleanModCache,
  early,
  laterBaseline,
  need,
  newRun,
  restoreModCache,
  saveModules
} from "./chunk-F3ANERVH.js";
import {
  create
} from "./chunk-HWMOTFGR.js";
import {
  backendConfigOf,
  createBackend
} from "./chunk-PTRT6RTF.js";
import {
  backendFailure
} from "./chunk-UOO333J6.js";
import {
  matchPrefixPatterns,
  noProxy,
  parsePatterns,
  setupPrivateModules
} from "./chunk-TPRAKRWO.js";
import {
  OFFLINE,
  outputLines,
  runCommand,
  runGo
} from "./chunk-4VGR56BK.js";
import {
  phase,
  readRunnerContext
} from "./chunk-Y66GKXL4.js";
import {
  savePostState
} from "./chunk-ITQ2AGZO.js";
import {
  buildCacheKeys,
  restoreBuildCache
} from "./chunk-EBSUSP7G.js";
import {
  BRANCH_SCOPED_EVENTS,
  CACHE_LAYOUTS,
  escapePath,
  escapeVersion,
  fetchLater,
  isReady,
  restoreLater,
  shouldVerify
} from "./chunk-OZMU6C3W.js";
import {
  capitalize
} from "./chunk-66OIBZRC.js";
import {
  assertKeyLengths,
  computeCacheKeys
} from "./chunk-OUTCWNNR.js";
import {
  makeWritable,
  moveDir,
  pathExists,
  removalCause,
  removeTree,
  scratchDir,
  tryRemoveTree
} from "./chunk-UNQDBZCD.js";
import {
  publishReport
} from "./chunk-AYA3T7ZS.js";
import {
  ActionError,
  InputError,
  errorMessage
} from "./chunk-FIPBAXT2.js";
import {
  addPath,
  exportVariable,
  getInput,
  info,
  notice,
  require_undici,
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

// src/phases/restore.ts
init_define_ACTION_INPUTS();

// src/history/trends.ts
init_define_ACTION_INPUTS();
function median(values) {
  return values.length === 0 ? 0 : Math.round(medianFloat(values));
}
__name(median, "median");
var RESTORED = /* @__PURE__ */ new Set(["hit", "partial"]);
function trendOf(runs) {
  const proxies = /* @__PURE__ */ new Map();
  for (const run of runs) {
    for (const p of run.proxies) {
      const t = proxies.get(p.url) ?? { url: p.url, failures: 0, probes: 0, classes: [] };
      t.probes++;
      if (p.class !== "ok") {
        t.failures++;
        t.classes.push(p.class);
      }
      proxies.set(p.url, t);
    }
  }
  return {
    runs: runs.length,
    cacheHitRate: runs.length === 0 ? 0 : Math.round(runs.filter((r) => r.state === "hit").length / runs.length * 100) / 100,
    medianRestoreMs: median(runs.filter((r) => RESTORED.has(r.state)).map((r) => r.restoreMs)),
    medianDownloadMs: median(runs.filter((r) => r.modules > 0).map((r) => r.downloadMs)),
    retriedRuns: runs.filter((r) => r.attempts > 1).length,
    proxies: [...proxies.values()]
  };
}
__name(trendOf, "trendOf");
var FLAKY_WINDOW = 10;
var FLAKY_MIN_PROBES = 3;
function flakyProxies(runs) {
  return trendOf(runs.slice(-FLAKY_WINDOW)).proxies.filter((p) => p.probes >= FLAKY_MIN_PROBES && p.failures * 2 > p.probes);
}
__name(flakyProxies, "flakyProxies");
var MIN_DECISION_RUNS = 3;
function leanRestore(policy, runs) {
  if (policy === "always") return { restore: true, why: "input 'restore' is 'always'" };
  if (policy === "never") return { restore: false, why: "input 'restore' is 'never'" };
  const ok = runs.filter((r) => !r.failed && r.modules > 0);
  const perModule = /* @__PURE__ */ __name((ms, r) => ms / r.modules, "perModule");
  const restores = ok.filter((r) => r.state === "hit").map((r) => perModule(r.restoreMs + r.downloadMs, r));
  const downloads = ok.filter((r) => r.state === "miss" || r.state === "skipped").map((r) => perModule(r.downloadMs, r));
  if (restores.length < MIN_DECISION_RUNS || downloads.length < MIN_DECISION_RUNS) {
    return {
      restore: true,
      why: `the history has ${restores.length} exact hits and ${downloads.length} full downloads; ${MIN_DECISION_RUNS} of each are needed to compare them`
    };
  }
  const restoreMs = medianFloat(restores);
  const downloadMs = medianFloat(downloads);
  const compared = `restoring took a median ${fmt(restoreMs)} ms per module version over ${restores.length} exact hits, downloading ${fmt(downloadMs)} ms over ${downloads.length} full downloads`;
  return restoreMs > downloadMs ? { restore: false, why: compared } : { restore: true, why: compared };
}
__name(leanRestore, "leanRestore");
function medianFloat(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
__name(medianFloat, "medianFloat");
function fmt(ms) {
  return ms >= 10 ? String(Math.round(ms)) : ms.toFixed(2);
}
__name(fmt, "fmt");

// src/phases/restore.ts
function startBuildRestore(run) {
  const { inputs, backend, goEnv, buildKeys } = need(run, "inputs", "backend", "goEnv", "buildKeys");
  run.buildRestore = buildKeys ? early(
    restoreBuildCache(backend, goEnv.GOCACHE, buildKeys, inputs.cacheTimeoutMs).then((restored) => {
      if (restored) savePostState({ buildCache: restored.state });
      return restored;
    })
  ) : void 0;
}
__name(startBuildRestore, "startBuildRestore");
async function restoreModules(run) {
  const { inputs, backend, backendConfig, goEnv, keys, history, probing, metrics } = need(
    run,
    "inputs",
    "backend",
    "backendConfig",
    "goEnv",
    "keys",
    "history",
    "probing"
  );
  const policy = restorePolicyOf(inputs.restore, history);
  run.laterFetch = policy === "never" ? void 0 : fetchLater(backend, goEnv.GOMODCACHE, inputs.cacheLayout, keys, inputs.cacheTimeoutMs);
  const skip = await restoreSkipReason(policy, leanRestore(policy, history.history.runs), probing);
  info(`Cache: ${backend.name}`);
  info(`Key: ${keys.primaryKey}`);
  info(`Restore keys: ${keys.restoreKeys.join(", ")}`);
  metrics.cache.backend = backendConfig.kind;
  metrics.cache.layout = inputs.cacheLayout;
  metrics.cache.primaryKey = keys.primaryKey;
  metrics.cache.restoreKeys = keys.restoreKeys;
  const restored = await restoreModCache(backend, {
    modCache: goEnv.GOMODCACHE,
    layout: inputs.cacheLayout,
    primaryKey: keys.primaryKey,
    restoreKeys: keys.restoreKeys,
    timeoutMs: inputs.cacheTimeoutMs,
    skip
  });
  if (restored.state === "skipped") metrics.cache.restoreSkipped = skip ?? "";
  Object.assign(metrics.cache, {
    matchedKey: restored.matchedKey ?? "",
    hit: restored.exactHit,
    state: restored.state,
    restoreMs: restored.ms,
    extractMs: restored.extractMs ?? 0,
    sizeBytes: restored.sizeBytes ?? 0
  });
  run.restored = restored;
}
__name(restoreModules, "restoreModules");
async function restoreModulesLaterAdded(run) {
  const { backend, laterFetch, restored, goEnv, keys } = need(run, "backend", "laterFetch", "restored", "goEnv", "keys");
  run.laterRestored = await restoreLater(backend, laterFetch, restored, goEnv.GOMODCACHE, keys.primaryKey);
  run.restoreServiceFailed = restored.serviceFailed;
}
__name(restoreModulesLaterAdded, "restoreModulesLaterAdded");
async function buildCacheRestored(run) {
  const { buildRestore } = need(run, "buildRestore");
  const restored = await buildRestore;
  restored?.log.forEach((line) => info(line));
}
__name(buildCacheRestored, "buildCacheRestored");
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

// src/phases/download.ts
init_define_ACTION_INPUTS();
import { readFile as readFile4 } from "node:fs/promises";
import path8 from "node:path";

// src/go/download.ts
init_define_ACTION_INPUTS();
import { mkdtemp } from "node:fs/promises";
import os2 from "node:os";
import path2 from "node:path";

// src/deps.ts
init_define_ACTION_INPUTS();
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
var DEFAULT_DEPENDENCY_GLOBS = [
  "**/go.mod",
  "**/go.sum",
  "**/go.work",
  "**/go.work.sum",
  "!**/vendor/**",
  "!**/testdata/**",
  "!**/node_modules/**",
  "!**/.git/**"
];
async function findDependencyFiles(workingDirectory, patterns) {
  assertWorkingDirectory(workingDirectory);
  const globs = (patterns.length > 0 ? patterns : DEFAULT_DEPENDENCY_GLOBS).map(
    (p) => anchorPattern(workingDirectory, p)
  );
  const globber = await create(globs.join("\n"), {
    followSymbolicLinks: false,
    matchDirectories: false
  });
  const found = await globber.glob();
  const files = [];
  for (const file of found) {
    files.push({ path: relativeSlashPath(workingDirectory, file), content: await readFile(file) });
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const roots = moduleRoots(files.map((f) => f.path));
  if (roots.length === 0) {
    const shown = patterns.length > 0 ? patterns.join(", ") : "the default globs";
    throw new ActionError(
      `No go.mod or go.work found in ${workingDirectory} with ${shown}: set 'working-directory' to the directory of your go.mod, or 'cache-dependency-path' to globs that match it.`
    );
  }
  return { workingDirectory, files, roots };
}
__name(findDependencyFiles, "findDependencyFiles");
function assertWorkingDirectory(dir) {
  const problem = workingDirectoryProblem(dir);
  if (problem !== void 0) {
    throw new InputError(
      `Input 'working-directory' points at ${dir}, which ${problem}; expected a directory inside the repository, such as '.' or 'backend'.`
    );
  }
}
__name(assertWorkingDirectory, "assertWorkingDirectory");
function workingDirectoryProblem(dir) {
  try {
    const stat2 = statSync(dir);
    if (stat2.isDirectory()) return void 0;
    return stat2.isFile() ? "is a file (name the directory that holds it)" : "is not a directory";
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") return "does not exist";
    if (code === "ENOTDIR") return "does not exist (a part of the path is a file)";
    return `cannot be read (${code ?? errorMessage(err)})`;
  }
}
__name(workingDirectoryProblem, "workingDirectoryProblem");
function anchorPattern(dir, pattern, p = path) {
  const negated = pattern.startsWith("!");
  const body = negated ? pattern.slice(1) : pattern;
  const anchored = p.isAbsolute(body) ? body : p.join(dir, body);
  return negated ? `!${anchored}` : anchored;
}
__name(anchorPattern, "anchorPattern");
function toSlash(file, p = path) {
  return p.sep === "\\" ? file.replace(/\\/g, "/") : file;
}
__name(toSlash, "toSlash");
function relativeSlashPath(dir, file, p = path) {
  return toSlash(p.relative(dir, file), p);
}
__name(relativeSlashPath, "relativeSlashPath");
function moduleRoots(files) {
  const dirOf = /* @__PURE__ */ __name((f) => path.posix.dirname(f), "dirOf");
  const workspaces = files.filter((f) => path.posix.basename(f) === "go.work").map(dirOf);
  const modules = files.filter((f) => path.posix.basename(f) === "go.mod").map(dirOf);
  const inWorkspace = /* @__PURE__ */ __name((dir) => workspaces.some((w) => w === "." || dir === w || dir.startsWith(`${w}/`)), "inWorkspace");
  const roots = /* @__PURE__ */ new Set([...workspaces, ...modules.filter((m) => !inWorkspace(m))]);
  return [...roots].sort();
}
__name(moduleRoots, "moduleRoots");

// src/go/failure.ts
init_define_ACTION_INPUTS();
var RULES = [
  ["toolchain", /requires go >= |toolchain not available|switch to go\S+ not allowed|cannot find "go\d\S*" in PATH/],
  ["checksum", /checksum mismatch|SECURITY ERROR/],
  ["sumdb", /verifying (module|go\.mod):.*(sum\.golang|\/lookup\/|\/tile\/)|checksum database/],
  ["auth", /refusing to pass credentials|terminal prompts disabled|could not read (Username|Password)|\b401\b|\b403\b|Unauthorized|Forbidden|Authentication failed/],
  ["not-found", /\b404\b|\b410\b|Not Found|unknown revision|no matching versions|invalid version|no such module|repository not found/i],
  ["tls", /x509:|tls: |certificate/],
  ["timeout", /i\/o timeout|TLS handshake timeout|Client\.Timeout|deadline exceeded|timed out/],
  ["network", /connection refused|connection reset|no such host|network is unreachable|EOF|broken pipe|dial tcp|server misbehaving/],
  ["http-5xx", /\b5\d\d [A-Z][a-zA-Z ]+/],
  ["http-4xx", /\b4\d\d [A-Z][a-zA-Z ]+/]
];
function classifyGoOutput(text) {
  const failures = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("go: downloading") || line.startsWith("go: finding")) continue;
    const rule = RULES.find(([, re]) => re.test(line));
    const previous = failures.at(-1);
    if (/^\s/.test(raw) && previous?.module !== void 0) {
      if (rule !== void 0 && previous.class !== "checksum" && previous.class !== "sumdb") {
        previous.class = rule[0];
        previous.line = `${previous.line} ${line}`;
        previous.url ??= urlOf(line);
      }
      continue;
    }
    if (rule === void 0 && !/^(go: )?\S+@\S+: /.test(line) && !/error|fail/i.test(line)) continue;
    failures.push({ class: rule?.[0] ?? "other", module: moduleOf(line), url: urlOf(line), line });
  }
  return failures;
}
__name(classifyGoOutput, "classifyGoOutput");
function moduleOf(line) {
  const m = /(?:^go: |verifying |^)([^\s@:]+@v[^\s:]+?)(?:\/go\.mod)?:/.exec(line);
  return m?.[1];
}
__name(moduleOf, "moduleOf");
function urlOf(line) {
  const m = /(?:reading |Get "|URL: )((?:https?|file):\/\/[^\s"]+)/.exec(line);
  return m?.[1].replace(/:$/, "");
}
__name(urlOf, "urlOf");
function isTransient(cls) {
  return cls === "timeout" || cls === "network" || cls === "http-5xx" || cls === "tls" || cls === "other";
}
__name(isTransient, "isTransient");
function proxyOfUrl(url, proxies) {
  const strip = /* @__PURE__ */ __name((u) => u.replace(/^([a-z]+:\/\/)[^@/]*@/i, "$1").replace(/\/+$/, ""), "strip");
  const target = strip(url);
  let best;
  for (const p of proxies) {
    const base = strip(p);
    if ((target === base || target.startsWith(`${base}/`)) && (best === void 0 || strip(best).length < base.length)) {
      best = p;
    }
  }
  return best;
}
__name(proxyOfUrl, "proxyOfUrl");

// src/go/filefault.ts
init_define_ACTION_INPUTS();
var SYNTAX = /unknown directive|unknown block type|^usage: |syntax error|unexpected (newline|EOF|token)|invalid (go|toolchain) version|invalid language version|invalid toolchain name|invalid quoted string|unquoted string|repeated \w+ statement|expects exactly one argument|^expected |^replacement (directory|module)|wrong number of fields|appears multiple times in workspace|^unknown godebug/;
var POSITION = /^(.+?):(\d+)(?::\d+)?: (.*)$/;
var NOT_EXIST = "(?:no such file or directory|The system cannot find the (?:file|path) specified\\.)";
function fileFaultOf(stderr) {
  const lines = stderr.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^go: /, "");
    const fault = faultAt(line, lines.slice(i + 1));
    if (fault !== void 0) return fault;
  }
  return void 0;
}
__name(fileFaultOf, "fileFaultOf");
function faultAt(line, rest) {
  if (/(errors parsing|error loading) .+:$|^malformed go\.sum:$/.test(line)) {
    const positions = [];
    for (const next of rest) {
      const m2 = POSITION.exec(next);
      if (m2 === null) {
        const last = positions.at(-1);
        if (/^\s/.test(next) && last !== void 0) last.said += ` ${next.trim()}`;
        else break;
        continue;
      }
      if (!SYNTAX.test(m2[3])) return void 0;
      positions.push({ file: m2[1], line: Number(m2[2]), said: m2[3] });
    }
    const [first, ...others] = positions;
    return first === void 0 ? void 0 : positionFault(first, ...others);
  }
  let m = /error reading (.+?): missing module declaration/.exec(line);
  if (m !== null) {
    return { file: { printed: m[1] }, said: "missing module declaration", fix: "add a module line naming the module path, e.g. `go mod edit -module=example.com/mymodule` in its directory" };
  }
  m = new RegExp(`^cannot load module (.+?) listed in go\\.work file: open .+: ${NOT_EXIST}$`).exec(line);
  if (m !== null) {
    return {
      file: { inUse: "go.work" },
      said: `a use directive names {dir}, which has no go.mod (go: ${line})`,
      dir: m[1],
      fix: "delete {dir} from the use directives of {file}, or commit the go.mod of the module that belongs there"
    };
  }
  m = /^module (\S+) listed in go\.work file requires go >= (\S+), but go\.work lists go \S+;/.exec(line);
  if (m !== null) {
    return { file: { inUse: "go.work" }, said: line.replace(/; to update it:$/, ""), fix: `raise the go line of {file} to ${m[2]} (\`go work use\` does it), and commit it` };
  }
  m = /^module (\S+) appears multiple times in workspace$/.exec(line);
  if (m !== null) {
    return { file: { inUse: "go.work" }, said: line, fix: `keep one use directive in {file} for a directory of module ${m[1]}: two directories declare that module path` };
  }
  m = new RegExp(`^(\\S+@\\S+) \\(replaced by (.+?)\\): reading .+?: open (.+)[\\\\/]go\\.mod: ${NOT_EXIST}$`).exec(line);
  if (m !== null) {
    return {
      file: { inUse: "go.work or go.mod" },
      said: `a replace directive sends ${m[1]} to {dir}, which has no go.mod (go: ${line})`,
      dir: m[3],
      fix: `check out {dir} before this step, or correct the replace directive for ${m[1]} (=> ${m[2]}) in {file}`
    };
  }
  m = /^(\S+)@(\S+): parsing go\.mod:$/.exec(line);
  const declared = m === null ? null : /^\s+module declares its path as: (\S+)$/.exec(rest[0] ?? "");
  if (m !== null && declared !== null && /^\s+but was required as: /.test(rest[1] ?? "")) {
    return {
      file: { inUse: "go.work or go.mod" },
      said: `${m[1]}@${m[2]} declares its path as ${declared[1]}`,
      fix: `require ${declared[1]} instead, and commit {file}; when a dependency requires the old path, a replace directive in {file} can send it to the new one`
    };
  }
  m = /^invalid toolchain "[^"]*" in (.+)$/.exec(line);
  if (m !== null) {
    return { file: { printed: m[1] }, said: line, fix: "write the toolchain line as a release such as go1.23.0 (or default), or delete it" };
  }
  return void 0;
}
__name(faultAt, "faultAt");
function positionFault(first, ...others) {
  const said = [first.said, ...others.map((p) => p.file === first.file ? `line ${p.line}: ${p.said}` : `${p.file}:${p.line}: ${p.said}`)];
  return { file: { printed: first.file, line: first.line }, said: said.join("; "), fix: syntaxFix(first.file, first.said) };
}
__name(positionFault, "positionFault");
function syntaxFix(file, said) {
  if (/go\.sum$/.test(file)) return "delete that line (or the whole go.sum), run `go mod tidy`, and commit go.sum";
  if (/go\.work\.sum$/.test(file)) return "delete that line (or the whole go.work.sum: go writes the lines it needs again), and commit it";
  if (/appears multiple times/.test(said)) return "delete the repeated use directive";
  if (/unknown directive/.test(said)) {
    return "correct or delete that line; a directive of a newer Go needs that Go, installed before this step (actions/setup-go)";
  }
  return "correct that line as go says, and commit the file";
}
__name(syntaxFix, "syntaxFix");
function fileFaultMessage(fault, names) {
  const at = "printed" in fault.file && fault.file.line !== void 0 ? `${names.file}:${fault.file.line}` : names.file;
  const fill = /* @__PURE__ */ __name((text) => text.replaceAll("{file}", names.file).replaceAll("{dir}", names.dir ?? fault.dir ?? ""), "fill");
  return `go cannot use ${at}: ${fill(fault.said)}. Fix: ${fill(fault.fix)}. Not retried: no download fixes a file. Nothing was saved to the cache.`;
}
__name(fileFaultMessage, "fileFaultMessage");

// src/go/goproxy.ts
init_define_ACTION_INPUTS();
var DEFAULT_GOPROXY = "https://proxy.golang.org,direct";
var EXPECTED_FORM = 'expected an http(s) URL such as https://proxy.example.com/go, a file:///absolute/dir URL, "direct" or "off"';
var GoProxyError = class extends ActionError {
  static {
    __name(this, "GoProxyError");
  }
  name = "GoProxyError";
};
function parseGoProxy(goproxy) {
  const entries = [];
  for (const { text, separator } of splitGoProxy(goproxy)) {
    const raw = text.trim();
    if (raw === "") continue;
    const fallThrough = separator === "|" ? "any" : "notfound";
    if (raw === "off" || raw === "direct") {
      entries.push({ url: raw, kind: raw, fallThrough });
      break;
    }
    entries.push({ url: normalizeProxyUrl(raw), kind: "proxy", fallThrough });
  }
  if (entries.length === 0) {
    throw new GoProxyError(
      `GOPROXY ${JSON.stringify(goproxy)} contains no entries; ${EXPECTED_FORM}, separated by ',' or '|' (default: ${DEFAULT_GOPROXY})`
    );
  }
  return entries;
}
__name(parseGoProxy, "parseGoProxy");
function formatGoProxy(entries) {
  return entries.map((entry, i) => i === entries.length - 1 ? entry.url : entry.url + (entry.fallThrough === "any" ? "|" : ",")).join("");
}
__name(formatGoProxy, "formatGoProxy");
function redactGoProxy(goproxy) {
  return splitGoProxy(goproxy).map(({ text, separator }) => redactUrl(text) + separator).join("");
}
__name(redactGoProxy, "redactGoProxy");
function redactUrl(url) {
  const parts = splitAuthority(url);
  if (parts === void 0 || parts.userinfo === void 0) return url;
  return `${parts.scheme}//***@${parts.rest}`;
}
__name(redactUrl, "redactUrl");
function urlUserinfo(url) {
  const parts = splitAuthority(url);
  if (parts?.userinfo === void 0) return void 0;
  const colon = parts.userinfo.indexOf(":");
  const username = colon < 0 ? parts.userinfo : parts.userinfo.slice(0, colon);
  const password = colon < 0 ? "" : parts.userinfo.slice(colon + 1);
  return { username: decodeUserinfoPart(username), password: decodeUserinfoPart(password) };
}
__name(urlUserinfo, "urlUserinfo");
function stripUserinfo(url) {
  const parts = splitAuthority(url);
  if (parts === void 0 || parts.userinfo === void 0) return url;
  return `${parts.scheme}//${parts.rest}`;
}
__name(stripUserinfo, "stripUserinfo");
function splitGoProxy(goproxy) {
  const pieces = [];
  let start = 0;
  for (let i = 0; i < goproxy.length; i++) {
    const c = goproxy[i];
    if (c === "," || c === "|") {
      pieces.push({ text: goproxy.slice(start, i), separator: c });
      start = i + 1;
    }
  }
  pieces.push({ text: goproxy.slice(start), separator: "" });
  return pieces;
}
__name(splitGoProxy, "splitGoProxy");
function normalizeProxyUrl(raw) {
  const checked = checkProxyUrl(raw);
  if ("problem" in checked) {
    const readAs = checked.readAs === void 0 ? "" : ` (read as ${redactUrl(checked.readAs)})`;
    throw new GoProxyError(`GOPROXY entry ${JSON.stringify(redactUrl(raw))}${readAs} ${checked.problem}; ${EXPECTED_FORM}`);
  }
  return checked.url;
}
__name(normalizeProxyUrl, "normalizeProxyUrl");
function checkProxyUrl(raw) {
  const implicitHttps = needsImplicitHttps(raw);
  const url = implicitHttps ? `https://${raw}` : raw;
  const problem = proxyUrlProblem(url);
  if (problem !== void 0) return implicitHttps ? { problem, readAs: url } : { problem };
  return { url: url.endsWith("/") ? url.slice(0, -1) : url };
}
__name(checkProxyUrl, "checkProxyUrl");
function needsImplicitHttps(entry) {
  return /[.:/]/.test(entry) && !entry.includes(":/") && !entry.startsWith("/") && !entry.startsWith("\\");
}
__name(needsImplicitHttps, "needsImplicitHttps");
function proxyUrlProblem(url) {
  if (/\s/.test(url)) return 'contains white space (separate entries with "," or "|", or new lines in an input)';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === void 0) {
    return url.includes("/") || url.includes(".") ? "is not a URL: it has no scheme" : 'is not a URL: single words are reserved for the keywords "direct" and "off"';
  }
  if (scheme !== "http" && scheme !== "https" && scheme !== "file") {
    return `has scheme "${scheme}" (must be https, http or file)`;
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "is not a valid URL";
  }
  if (scheme === "file") return fileUrlProblem(url, parsed);
  if (/^[a-z]+:\/\/(?:[^@/?#]*@)?(?:[/?#]|$)/i.test(url)) return "has no host";
  return void 0;
}
__name(proxyUrlProblem, "proxyUrlProblem");
function fileUrlProblem(url, parsed) {
  const authority = /^file:\/\/([^/?#]*)/i.exec(url)?.[1];
  if (authority !== void 0 && authority !== "") {
    return "has a host; a file:// proxy URL must be only a path, as in file:///absolute/dir";
  }
  if (!/^file:\//i.test(url)) return "is not an absolute file:///path URL";
  if (parsed.search !== "" || parsed.hash !== "") return "has a query or fragment; a file:// proxy URL must be only a path";
  return void 0;
}
__name(fileUrlProblem, "fileUrlProblem");
function splitAuthority(url) {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*:)\/\/(.*)$/s.exec(url);
  if (match === null) return void 0;
  const scheme = match[1];
  const afterScheme = match[2];
  const authorityEnd = afterScheme.search(/[/?#]/);
  const authority = authorityEnd < 0 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const at = authority.lastIndexOf("@");
  if (at < 0) return { scheme, userinfo: void 0, rest: afterScheme };
  return { scheme, userinfo: authority.slice(0, at), rest: afterScheme.slice(at + 1) };
}
__name(splitAuthority, "splitAuthority");
function decodeUserinfoPart(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
__name(decodeUserinfoPart, "decodeUserinfoPart");

// src/go/jsonstream.ts
init_define_ACTION_INPUTS();
function parseJsonStream(text) {
  const values = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (depth === 0) start = i;
      depth++;
    } else if ((c === "}" || c === "]") && depth > 0) {
      depth--;
      if (depth === 0) values.push(JSON.parse(text.slice(start, i + 1)));
    }
  }
  if (depth !== 0) throw new Error(`unterminated JSON value at offset ${start}`);
  return values;
}
__name(parseJsonStream, "parseJsonStream");

// src/go/parallelism.ts
init_define_ACTION_INPUTS();
import os from "node:os";
var DOWNLOAD_GOMAXPROCS = 16;
function downloadGoMaxProcs(inherited, cores = os.availableParallelism()) {
  const asked = Number.parseInt(inherited ?? "", 10);
  return String(Math.max(DOWNLOAD_GOMAXPROCS, cores, Number.isFinite(asked) ? asked : 0));
}
__name(downloadGoMaxProcs, "downloadGoMaxProcs");

// src/go/download.ts
var DownloadError = class extends ActionError {
  static {
    __name(this, "DownloadError");
  }
  name = "DownloadError";
  attempts;
  constructor(message, attempts) {
    super(message);
    this.attempts = attempts;
  }
};
var GoFileError = class extends DownloadError {
  static {
    __name(this, "GoFileError");
  }
  name = "GoFileError";
};
function parseDownloadOutput(stdout) {
  return parseJsonStream(stdout).filter(
    (v) => typeof v === "object" && v !== null && typeof v.Path === "string"
  );
}
__name(parseDownloadOutput, "parseDownloadOutput");
function uniqueModules(modules) {
  const byId = /* @__PURE__ */ new Map();
  for (const m of modules) byId.set(`${m.Path}@${m.Version}`, m);
  return [...byId.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, m]) => m);
}
__name(uniqueModules, "uniqueModules");
var defaultBackoff = /* @__PURE__ */ __name((retry) => Math.min(1e3 * 2 ** (retry - 1), 1e4), "defaultBackoff");
async function downloadModules(options) {
  const started = performance.now();
  const attempts = [];
  let chain = [...options.chain];
  const backoff = options.backoffMs ?? defaultBackoff;
  for (let n = 0; n <= options.retries; n++) {
    if (n > 0) {
      const wait = backoff(n);
      info(`Attempt ${n + 1} of ${options.retries + 1} in ${wait} ms with GOPROXY=${redactGoProxy(formatGoProxy(chain))}`);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    const run = await downloadOnce(options, chain);
    const attempt = {
      goproxy: redactGoProxy(formatGoProxy(chain)),
      ms: run.ms,
      outcome: run.failures.length === 0 && !run.timedOut ? "ok" : run.timedOut ? "timeout" : "failed",
      failures: run.failures,
      dropped: []
    };
    attempts.push(attempt);
    if (attempt.outcome === "ok") {
      return { modules: uniqueModules(run.modules), ms: elapsed(started), attempts, chain };
    }
    logAttempt(attempt, n + 1);
    if (run.fileFault !== void 0) throw new GoFileError(attempt.failures[0].line, attempts);
    const plan2 = await planNextAttempt(options, chain, run);
    attempt.dropped = plan2.dropped;
    if (!plan2.retry) break;
    chain = chain.filter((e) => !plan2.dropUrls.includes(e.url));
  }
  throw new DownloadError(summarizeFailure(attempts), attempts);
}
__name(downloadModules, "downloadModules");
async function downloadOnce(options, chain) {
  const started = performance.now();
  const modules = [];
  const targets = options.targets ?? options.roots.map((root) => ({ root, args: ["mod", "download", "-json"] }));
  for (const { root, args } of targets) {
    const result = await runGo(args, {
      cwd: path2.resolve(options.workingDirectory, root),
      env: { GOPROXY: chain.length > 0 ? formatGoProxy(chain) : "off", GOMAXPROCS: downloadGoMaxProcs(process.env.GOMAXPROCS) },
      timeoutMs: options.timeoutMs
    });
    const found = parseSafely(result.stdout);
    modules.push(...found.filter((m) => !m.Error));
    const errorText = [...found.filter((m) => m.Error).map((m) => m.Error ?? ""), result.stderr].join("\n");
    const failures = classifyGoOutput(errorText);
    if (result.timedOut) {
      return { modules, failures, timedOut: true, ms: elapsed(started) };
    }
    const fileFault = result.exitCode === 0 ? void 0 : fileFaultOf(result.stderr);
    if (fileFault !== void 0) {
      const where = { cwd: path2.resolve(options.workingDirectory, root), workspace: options.workspace ?? options.workingDirectory };
      const line = await describeFileFault(fileFault, where);
      return { modules, failures: [{ class: "file", line }], timedOut: false, ms: elapsed(started), fileFault };
    }
    if (result.exitCode !== 0 || failures.length > 0) {
      if (failures.length === 0) {
        failures.push({ class: "other", line: `go ${args.slice(0, 2).join(" ")} exited with ${result.exitCode} in ${root}` });
      }
      return { modules, failures, timedOut: false, ms: elapsed(started) };
    }
  }
  return { modules, failures: [], timedOut: false, ms: elapsed(started) };
}
__name(downloadOnce, "downloadOnce");
async function describeFileFault(fault, where) {
  const shown = /* @__PURE__ */ __name((file2) => toSlash(path2.relative(where.workspace, path2.resolve(where.cwd, file2))) || ".", "shown");
  let file;
  if ("printed" in fault.file) {
    file = shown(fault.file.printed);
  } else {
    const env = await runGo(["env", "-json", "GOWORK", "GOMOD"], { cwd: where.cwd, env: { GOTOOLCHAIN: "local" } });
    const { GOWORK: gowork = "", GOMOD: gomod = "" } = parseGoEnvFiles(env.stdout);
    const found = gowork !== "" && gowork !== "off" ? gowork : fault.file.inUse === "go.work" ? "" : gomod;
    file = found === "" || found === os2.devNull ? fault.file.inUse : shown(found);
  }
  return fileFaultMessage(fault, { file, dir: fault.dir === void 0 ? void 0 : shown(fault.dir) });
}
__name(describeFileFault, "describeFileFault");
function parseGoEnvFiles(stdout) {
  try {
    return JSON.parse(stdout);
  } catch {
    return {};
  }
}
__name(parseGoEnvFiles, "parseGoEnvFiles");
function parseSafely(stdout) {
  try {
    return parseDownloadOutput(stdout);
  } catch {
    return [];
  }
}
__name(parseSafely, "parseSafely");
async function planNextAttempt(options, chain, run) {
  const proxies = chain.filter((e) => e.kind === "proxy").map((e) => e.url);
  const drop = /* @__PURE__ */ new Map();
  const canDrop = /* @__PURE__ */ __name((url) => chain.length - drop.size > 1 && !drop.has(url), "canDrop");
  if (run.timedOut) {
    const first = proxies[0];
    if (first !== void 0 && canDrop(first)) drop.set(first, `go made no progress within ${options.timeoutMs} ms`);
    return plan(true, drop);
  }
  const mismatched = [...new Set(run.failures.filter((f) => f.class === "checksum" && f.module).map((f) => f.module))];
  if (mismatched.length > 0) {
    const bad = await findMismatchingProxies(options, proxies, mismatched);
    for (const url of bad) if (canDrop(url)) drop.set(url, `serves content for ${mismatched.join(", ")} that differs from go.sum`);
    return plan(drop.size > 0, drop);
  }
  for (const f of run.failures) {
    const url = f.url === void 0 ? void 0 : proxyOfUrl(f.url, proxies);
    if (url !== void 0 && isTransient(f.class) && canDrop(url)) drop.set(url, `${f.class}: ${f.line}`);
  }
  const transient = run.failures.some((f) => isTransient(f.class));
  return plan(transient || drop.size > 0, drop);
}
__name(planNextAttempt, "planNextAttempt");
function plan(retry, drop) {
  const dropUrls = [...drop.keys()];
  return {
    retry,
    dropUrls,
    dropped: dropUrls.map((url) => ({ url: redactGoProxy(url), reason: drop.get(url) ?? "" }))
  };
}
__name(plan, "plan");
async function findMismatchingProxies(options, proxies, modules) {
  const bad = [];
  const cwd = path2.resolve(options.workingDirectory, options.roots[0] ?? ".");
  for (const proxy of proxies) {
    const scratch = await mkdtemp(path2.join(os2.tmpdir(), "go-mod-precache-verify-"));
    try {
      const result = await runGo(["mod", "download", "-json", ...modules.map((m) => m.replace(/\/go\.mod$/, ""))], {
        cwd,
        env: { GOPROXY: proxy, GOMODCACHE: scratch, GOFLAGS: "-mod=mod", GOMAXPROCS: downloadGoMaxProcs(process.env.GOMAXPROCS) },
        timeoutMs: options.timeoutMs
      });
      if (/checksum mismatch/.test(result.stdout + result.stderr)) bad.push(proxy);
    } finally {
      await removeTree(scratch);
    }
  }
  return bad;
}
__name(findMismatchingProxies, "findMismatchingProxies");
function logAttempt(attempt, n) {
  const first = attempt.failures[0]?.line ?? "";
  info(`Attempt ${n} ${attempt.outcome} after ${attempt.ms} ms${first ? `: ${first}` : ""}`);
}
__name(logAttempt, "logAttempt");
function summarizeFailure(attempts) {
  const last = attempts[attempts.length - 1];
  const lines = [`go mod download failed after ${attempts.length} attempt${attempts.length === 1 ? "" : "s"}:`];
  for (const f of last?.failures ?? []) lines.push(`  ${f.line}`);
  if (last?.outcome === "timeout") lines.push("  (go was stopped: no result within download-timeout)");
  return lines.join("\n");
}
__name(summarizeFailure, "summarizeFailure");
function elapsed(started) {
  return Math.round(performance.now() - started);
}
__name(elapsed, "elapsed");

// src/go/ready.ts
init_define_ACTION_INPUTS();
import path3 from "node:path";
var OFFLINE_REFUSAL = /GOPROXY=off|GOVCS disallows/;
async function checkReady(workingDirectory, roots, modCache) {
  const all = [];
  const missing = [];
  const unlisted = [];
  for (const root of roots) {
    const run = await runGo(["mod", "download", "-json"], { cwd: path3.resolve(workingDirectory, root), env: OFFLINE });
    let listed = [];
    try {
      listed = parseDownloadOutput(run.stdout);
    } catch {
    }
    if (run.exitCode !== 0 && listed.length === 0) {
      unlisted.push({ root, why: outputLines(run.stderr.trim()).slice(0, 2).join(" ").trim() || `go mod download exited with ${run.exitCode}` });
      continue;
    }
    const absent = [];
    for (const m of listed) {
      all.push(m);
      if (m.Error === void 0) continue;
      if (!OFFLINE_REFUSAL.test(m.Error) || !isReady(await filesOf(modCache, m.Path, m.Version))) absent.push(`${m.Path}@${m.Version}`);
    }
    if (absent.length > 0) missing.push({ root, modules: absent });
  }
  return { modules: uniqueModules(all).map(({ Path, Version }) => ({ Path, Version })), missing, unlisted };
}
__name(checkReady, "checkReady");
async function filesOf(modCache, modulePath, version) {
  const escaped = escapePath(modulePath);
  const v = escapeVersion(version);
  const download = path3.join(modCache, "cache", "download", ...escaped.split("/"), "@v", v);
  const [zip, ziphash, dir, partial] = await Promise.all([
    pathExists(`${download}.zip`),
    pathExists(`${download}.ziphash`),
    pathExists(path3.join(modCache, ...`${escaped}@${v}`.split("/"))),
    pathExists(`${download}.partial`)
  ]);
  return { zip, ziphash, dir, partial };
}
__name(filesOf, "filesOf");

// src/go/verify.ts
init_define_ACTION_INPUTS();
import path4 from "node:path";
async function verifyModules(workingDirectory, roots) {
  for (const root of roots) {
    const result = await runGo(["mod", "verify"], { cwd: path4.resolve(workingDirectory, root), env: OFFLINE });
    if (result.exitCode !== 0) {
      return { ok: false, detail: verifyDetail(result.stdout + result.stderr) };
    }
  }
  return { ok: true, detail: "" };
}
__name(verifyModules, "verifyModules");
function verifyDetail(output) {
  return outputLines(output.trim()).slice(0, 5).join("; ");
}
__name(verifyDetail, "verifyDetail");

// src/go/vouch.ts
init_define_ACTION_INPUTS();
import { readFile as readFile2, rm, writeFile } from "node:fs/promises";
import path5 from "node:path";

// src/go/golines.ts
init_define_ACTION_INPUTS();
var GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/gu;
function goModLookup(text, key) {
  for (const raw of text.split("\n")) {
    const line = raw.replace(GO_SPACE, "");
    if (!line.startsWith(key) || line[key.length] !== " " && line[key.length] !== "	") continue;
    return line.slice(key.length).split("//", 1)[0].replace(GO_SPACE, "");
  }
  return "";
}
__name(goModLookup, "goModLookup");
function goAndToolchain(text) {
  const go = goModLookup(text, "go");
  const toolchain2 = goModLookup(text, "toolchain");
  return { ...go === "" ? {} : { go }, ...toolchain2 === "" ? {} : { toolchain: toolchain2 } };
}
__name(goAndToolchain, "goAndToolchain");
function workUses(text) {
  return directiveArgs(text, "use").filter((args) => args.length === 1).map((args) => args[0]);
}
__name(workUses, "workUses");
function requires(text) {
  return directiveArgs(text, "require").filter((args) => args.length === 2).map(([path14, version]) => ({ path: path14, version }));
}
__name(requires, "requires");
function directiveArgs(text, verb) {
  const found = [];
  let block;
  for (const line of text.split("\n")) {
    const tokens = tokenize(line);
    if (block !== void 0) {
      if (tokens[0] === ")") block = void 0;
      else if (tokens.length > 0 && block === verb) push(found, tokens);
      continue;
    }
    if (tokens.length === 2 && tokens[1] === "(") block = tokens[0];
    else if (tokens.length > 1 && tokens[0] === verb && !(tokens.length === 3 && tokens[1] === "(" && tokens[2] === ")")) {
      push(found, tokens.slice(1));
    }
  }
  return found;
}
__name(directiveArgs, "directiveArgs");
function push(found, tokens) {
  const args = tokens.map(unquote);
  if (args.every((a) => a !== void 0)) found.push(args);
}
__name(push, "push");
var TOKEN = /"(?:[^"\\]|\\.)*"?|`[^`]*`?|[()[\]{},]|(?:(?!\/\/)[^\s()[\]{},])+|\/\//gu;
function tokenize(line) {
  const tokens = [];
  for (const [token] of line.matchAll(TOKEN)) {
    if (token === "//") break;
    tokens.push(token);
  }
  return tokens;
}
__name(tokenize, "tokenize");
var ESCAPES = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", "\\": "\\", '"': '"' };
function unquote(token) {
  if (!token.startsWith('"')) return /["'`]/.test(token) ? void 0 : token;
  const body = /^"((?:[^"\\\n]|\\(?:x[\da-fA-F]{2}|[0-7]{3}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|[abfnrtv\\"]))*)"$/u.exec(token)?.[1];
  if (body === void 0) return void 0;
  const bytes = [];
  for (const [, escape, plain] of body.matchAll(/\\(x..|[0-7]{3}|u.{4}|U.{8}|.)|([^\\]+)/gu)) {
    if (plain !== void 0) bytes.push(...Buffer.from(plain));
    else if (escape.length === 1) bytes.push(ESCAPES[escape].charCodeAt(0));
    else if (escape[0] === "u" || escape[0] === "U") {
      const code = parseInt(escape.slice(1), 16);
      if (code > 1114111 || code >= 55296 && code < 57344) return void 0;
      bytes.push(...Buffer.from(String.fromCodePoint(code)));
    } else {
      const byte = escape[0] === "x" ? parseInt(escape.slice(1), 16) : parseInt(escape, 8);
      if (byte > 255) return void 0;
      bytes.push(byte);
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
__name(unquote, "unquote");

// src/go/gosum.ts
init_define_ACTION_INPUTS();
var EMPTY_GO_MOD_HASH = "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=";
var GO_MOD_SUFFIX = "/go.mod";
var GoSumError = class extends ActionError {
  static {
    __name(this, "GoSumError");
  }
  name = "GoSumError";
};
function parseGoSum(text, fileName = "go.sum") {
  const entries = [];
  const problems = [];
  text.split("\n").forEach((content, index) => {
    const line = index + 1;
    const fields = content.trim().split(/\s+/).filter((field) => field !== "");
    if (fields.length === 0) return;
    if (fields.length !== 3) {
      problems.push({ file: fileName, line, said: `wrong number of fields ${fields.length} (expected "<module> <version>[/go.mod] h1:<hash>")` });
      return;
    }
    const [path14, versionField, hash] = fields;
    if (hash === EMPTY_GO_MOD_HASH) return;
    entries.push(goSumEntry(path14, versionField, hash, line));
  });
  const [first, ...others] = problems;
  if (first !== void 0) throw new GoSumError(fileFaultMessage(positionFault(first, ...others), { file: fileName }));
  return entries;
}
__name(parseGoSum, "parseGoSum");
function goSumEntry(path14, versionField, hash, line) {
  if (versionField.endsWith(GO_MOD_SUFFIX)) {
    return { path: path14, version: versionField.slice(0, -GO_MOD_SUFFIX.length), kind: "mod", hash, line };
  }
  return { path: path14, version: versionField, kind: "zip", hash, line };
}
__name(goSumEntry, "goSumEntry");

// src/go/vouch.ts
async function readGoSums(workingDirectory, roots, repository = workingDirectory) {
  const sums = { entries: [], files: [], missing: [], texts: /* @__PURE__ */ new Map() };
  const add = /* @__PURE__ */ __name(async (relative, optional) => {
    const file = path5.resolve(workingDirectory, relative);
    if (sums.texts.has(file)) return;
    const shown = path5.relative(repository, file).split(path5.sep).join("/");
    let text;
    try {
      text = await readFile2(file, "utf8");
    } catch {
      if (!optional) {
        sums.missing.push(shown);
        sums.texts.set(file, null);
      }
      return;
    }
    sums.files.push(shown);
    sums.texts.set(file, text);
    sums.entries.push(...parseGoSum(text, shown));
  }, "add");
  for (const root of roots) {
    const work = await readFile2(path5.resolve(workingDirectory, root, "go.work"), "utf8").catch(() => void 0);
    if (work === void 0) {
      await add(path5.posix.join(root, "go.sum"), false);
      continue;
    }
    await add(path5.posix.join(root, "go.work.sum"), true);
    for (const dir of workUses(work)) if (!path5.isAbsolute(dir)) await add(path5.posix.join(root, dir.replace(/\\/g, "/"), "go.sum"), false);
  }
  return sums;
}
__name(readGoSums, "readGoSums");
async function restoreGoSums(sums) {
  for (const [file, text] of sums.texts) {
    if (text === null) await rm(file, { force: true });
    else await writeFile(file, text);
  }
}
__name(restoreGoSums, "restoreGoSums");
function unvouched(modules, entries) {
  const lines = new Set(entries.map((e) => `${e.path} ${e.version} ${e.kind}`));
  const noGoMod = [];
  const noZip = [];
  for (const m of modules) {
    if (!lines.has(`${m.Path} ${m.Version} mod`)) noGoMod.push(`${m.Path}@${m.Version}`);
    if (!lines.has(`${m.Path} ${m.Version} zip`)) noZip.push(`${m.Path}@${m.Version}`);
  }
  return { noGoMod, noZip };
}
__name(unvouched, "unvouched");
var GoSumMissingError = class extends ActionError {
  static {
    __name(this, "GoSumMissingError");
  }
  name = "GoSumMissingError";
};
function goSumError(sums, noGoMod) {
  const shown = noGoMod.slice(0, 5).join(", ") + (noGoMod.length > 5 ? `, and ${noGoMod.length - 5} more` : "");
  const where = sums.missing.length > 0 ? `${sums.missing.join(", ")} ${sums.missing.length === 1 ? "does" : "do"} not exist` : `${sums.files.join(", ")} ${sums.files.length === 1 ? "has" : "have"} no line for them`;
  return new GoSumMissingError(
    `go.sum does not vouch for ${noGoMod.length} module version${noGoMod.length === 1 ? "" : "s"} the build needs (${shown}): ${where}. go build would fail with "missing go.sum entry". Fix: run \`go mod tidy\` and commit go.sum. Nothing was saved to the cache.`
  );
}
__name(goSumError, "goSumError");

// src/private/explain.ts
init_define_ACTION_INPUTS();
function explainPrivateFailures(failures, ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const f of failures) {
    const module = f.module;
    if (module === void 0 || out.has(module)) continue;
    const path14 = module.split("@")[0];
    const isPrivate = ctx.goprivate !== "" && matchPrefixPatterns(ctx.goprivate, path14);
    const shown = ctx.patterns.length > 0 ? ctx.patterns.join(", ") : "(none)";
    if (isPrivate && f.class === "auth" && !ctx.hasToken) {
      out.set(module, `${module} is private (GOPRIVATE=${ctx.goprivate}) and git asked for credentials, but no private-token was given: add \`private-token: \${{ secrets.YOUR_TOKEN }}\`.`);
    } else if (isPrivate && f.class === "auth") {
      out.set(module, `The host rejected private-token for ${module} (401/403): check that the token can read that repository and that private-user fits the host.`);
    } else if (!isPrivate && (f.class === "not-found" || f.class === "sumdb" || f.class === "auth")) {
      out.set(module, `${module} could not be fetched (${f.class}) and matches none of the private patterns [${shown}]: if it is private, add its path (or a pattern such as ${suggestPattern(path14)}) to \`private\`.`);
    }
  }
  return [...out.values()];
}
__name(explainPrivateFailures, "explainPrivateFailures");
function suggestPattern(path14) {
  const parts = path14.split("/");
  return parts.length >= 3 ? `${parts[0]}/${parts[1]}/*` : parts[0];
}
__name(suggestPattern, "suggestPattern");

// src/proxy/prefetch.ts
init_define_ACTION_INPUTS();
import { mkdir, rename, writeFile as writeFile2 } from "node:fs/promises";
import path7 from "node:path";

// src/net/http.ts
init_define_ACTION_INPUTS();
var import_undici = __toESM(require_undici(), 1);
import { readdir, readFile as readFile3, stat } from "node:fs/promises";
import { join } from "node:path";
import tls from "node:tls";

// src/net/platform.ts
init_define_ACTION_INPUTS();
import path6 from "node:path";

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
  return platform === "win32" ? path6.win32 : path6.posix;
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
  const os4 = { system: true, bundled: true, files: [], dirs: [], verifier: "platform" };
  if (file === "" && getenv(env, "SSL_CERT_DIR", platform) === "") return os4;
  const override = overridesPlatform(env, platform, goVersion);
  if (override === false) return os4;
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
async function certificatesInFile(path14) {
  const text = await readFile3(path14, "utf8").catch(() => "");
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
async function loadTrust(plan2) {
  const read = await Promise.all([...plan2.files.map(certificatesInFile), ...plan2.dirs.map(certificatesInDir)]);
  return [
    .../* @__PURE__ */ new Set([
      ...plan2.bundled ? tls.getCACertificates("bundled") : [],
      ...plan2.system ? systemCertificates() : [],
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
  const path14 = await locateNetrc(env, platform);
  const text = path14 === void 0 ? "" : await readFile3(path14, "utf8").catch(() => "");
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

// src/proxy/probe.ts
init_define_ACTION_INPUTS();
var import_undici2 = __toESM(require_undici(), 1);

// src/go/dirhash.ts
init_define_ACTION_INPUTS();
import { createHash } from "node:crypto";
function hash1(files) {
  return "h1:" + createHash("sha256").update(hash1Summary(files)).digest("base64");
}
__name(hash1, "hash1");
function hash1Summary(files) {
  for (const file of files) {
    if (file.name.includes("\n")) {
      throw new Error(`dirhash: file name ${JSON.stringify(file.name)} contains a newline, which h1 cannot hash`);
    }
  }
  return [...files].sort((a, b) => compareBytewise(a.name, b.name)).map((file) => `${sha256Hex(file.content)}  ${file.name}
`).join("");
}
__name(hash1Summary, "hash1Summary");
function hashGoMod(content) {
  return hash1([{ name: "go.mod", content }]);
}
__name(hashGoMod, "hashGoMod");
function sha256Hex(content) {
  return createHash("sha256").update(content).digest("hex");
}
__name(sha256Hex, "sha256Hex");
function compareBytewise(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
__name(compareBytewise, "compareBytewise");

// src/proxy/classify.ts
init_define_ACTION_INPUTS();
var PROBE_CLASS_SEVERITY = [
  "ok",
  "not-found",
  "http-5xx",
  "http-4xx",
  "reset",
  "timeout",
  "tls",
  "connect-timeout",
  "refused",
  "dns",
  "insecure",
  "mismatch"
];
function severity(cls) {
  return PROBE_CLASS_SEVERITY.indexOf(cls);
}
__name(severity, "severity");
function worstClass(classes) {
  let worst = "ok";
  for (const cls of classes) if (severity(cls) > severity(worst)) worst = cls;
  return worst;
}
__name(worstClass, "worstClass");
function classifyStatus(status) {
  if (status >= 200 && status <= 299) return "ok";
  if (status === 404 || status === 410) return "not-found";
  if (status >= 400 && status <= 499) return "http-4xx";
  return "http-5xx";
}
__name(classifyStatus, "classifyStatus");
var ProbeDeadlineError = class extends Error {
  static {
    __name(this, "ProbeDeadlineError");
  }
  name = "ProbeDeadlineError";
  code;
  phase;
  elapsedMs;
  constructor(phase2, elapsedMs) {
    super(
      phase2 === "connect" ? `no connection within the probe deadline (${elapsedMs} ms)` : `connected, but no answer within the probe deadline (${elapsedMs} ms)`
    );
    this.phase = phase2;
    this.elapsedMs = elapsedMs;
    this.code = phase2 === "connect" ? "PROBE_CONNECT_DEADLINE" : "PROBE_ANSWER_DEADLINE";
  }
};
var CODE_CLASSES = {
  PROBE_CONNECT_DEADLINE: "connect-timeout",
  PROBE_ANSWER_DEADLINE: "timeout",
  ENOTFOUND: "dns",
  EAI_AGAIN: "dns",
  EAI_FAIL: "dns",
  EAI_NONAME: "dns",
  EAI_NODATA: "dns",
  ECONNREFUSED: "refused",
  UND_ERR_CONNECT_TIMEOUT: "connect-timeout",
  ETIMEDOUT: "connect-timeout",
  ENETUNREACH: "connect-timeout",
  EHOSTUNREACH: "connect-timeout",
  EHOSTDOWN: "connect-timeout",
  UND_ERR_HEADERS_TIMEOUT: "timeout",
  UND_ERR_BODY_TIMEOUT: "timeout",
  ECONNRESET: "reset",
  ECONNABORTED: "reset",
  EPIPE: "reset",
  UND_ERR_SOCKET: "reset",
  UND_ERR_CLOSED: "reset",
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: "reset",
  UND_ERR_PRX_TLS: "tls",
  EPROTO: "tls",
  HOSTNAME_MISMATCH: "tls",
  ERR_TLS_CERT_ALTNAME_INVALID: "tls"
};
function isTlsCode(code) {
  return code.startsWith("ERR_TLS_") || code.startsWith("ERR_SSL_") || code.startsWith("CERT_") || code.startsWith("UNABLE_TO_") || code.includes("SELF_SIGNED") || code.startsWith("ERR_OSSL_");
}
__name(isTlsCode, "isTlsCode");
function classOfCode(code) {
  if (Object.hasOwn(CODE_CLASSES, code)) return CODE_CLASSES[code];
  if (isTlsCode(code)) return "tls";
  if (code.startsWith("HPE_")) return "reset";
  return void 0;
}
__name(classOfCode, "classOfCode");
function isErrorLike(value) {
  return typeof value === "object" && value !== null;
}
__name(isErrorLike, "isErrorLike");
function errorChain(err) {
  const chain = [];
  const queue = [err];
  while (queue.length > 0 && chain.length < 32) {
    const next = queue.shift();
    if (!isErrorLike(next) || chain.includes(next)) continue;
    chain.push(next);
    if (Array.isArray(next.errors)) queue.push(...next.errors);
    if (next.cause !== void 0) queue.push(next.cause);
  }
  return chain;
}
__name(errorChain, "errorChain");
function stringField(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
__name(stringField, "stringField");
function describe(e) {
  const code = stringField(e.code);
  let message = stringField(e.message) ?? stringField(e.name) ?? "unknown error";
  if (message.includes(":error:")) message = stringField(e.reason) ?? message;
  message = message.split("\n")[0].trim();
  const showCode = code !== void 0 && !code.startsWith("PROBE_") && !message.includes(code);
  return showCode ? `${message} (${code})` : message;
}
__name(describe, "describe");
function forwardProxyStatus(e) {
  const message = stringField(e.message) ?? "";
  const tunnel = /Proxy response \((\d{3})\) !== 200 when HTTP Tunneling/.exec(message);
  if (tunnel !== null) return Number(tunnel[1]);
  if (/Proxy Authentication Required \(407\)/.test(message)) return 407;
  return void 0;
}
__name(forwardProxyStatus, "forwardProxyStatus");
function classifyError(err) {
  const chain = errorChain(err);
  for (const e of chain) {
    const code = stringField(e.code);
    const cls = code === void 0 ? void 0 : classOfCode(code);
    if (cls !== void 0) return { class: cls, detail: describe(e) };
  }
  for (const e of chain) {
    const status = forwardProxyStatus(e);
    if (status !== void 0) {
      return { class: classifyStatus(status), detail: `the forward proxy (HTTP_PROXY/HTTPS_PROXY) answered ${status}` };
    }
  }
  for (const e of chain) {
    if (e.name === "AbortError" || e.name === "TimeoutError") return { class: "timeout", detail: describe(e) };
  }
  const innermost = chain.at(-1);
  return { class: "reset", detail: innermost === void 0 ? String(err) : describe(innermost) };
}
__name(classifyError, "classifyError");

// src/proxy/probe.ts
var MAX_PROBE_MODULES = 3;
var MAX_REDIRECTS = 10;
var REACHABILITY_SUMDB = "sum.golang.org";
async function probeProxy(proxyUrl, opts) {
  const env = opts.env ?? process.env;
  const where = { platform: opts.platform, goVersion: opts.goVersion };
  const target = await proxyTarget(proxyUrl, env, where);
  const started = performance.now();
  const elapsed2 = /* @__PURE__ */ __name(() => Math.round(performance.now() - started), "elapsed");
  const deadline = startDeadline(opts.deadline);
  let ownDispatcher;
  try {
    const dispatcher = opts.dispatcher ?? (ownDispatcher = await goDispatcher({ env, ...where, connectTimeoutMs: connectTimeoutWithin(opts.deadline) }));
    const get = /* @__PURE__ */ __name((url) => getWithin(url, target, dispatcher, deadline.signal, elapsed2), "get");
    const modules = opts.modules.slice(0, MAX_PROBE_MODULES);
    const sumdbName = opts.sumdbName ?? (modules.length === 0 ? REACHABILITY_SUMDB : void 0);
    const [checks, sumdb] = await Promise.all([
      Promise.all(modules.map((mod) => checkGoMod(target.base, mod, get, elapsed2))),
      sumdbName === void 0 ? Promise.resolve(void 0) : checkSumdb(target.base, sumdbName, get, elapsed2)
    ]);
    const result = summarize(target.base, checks, sumdb?.check, elapsed2());
    if (opts.sumdbName !== void 0 && sumdb?.supported !== void 0) result.sumdb = sumdb.supported;
    result.detail = scrub(result.detail, target.secrets);
    return result;
  } finally {
    deadline.dispose();
    await ownDispatcher?.destroy();
  }
}
__name(probeProxy, "probeProxy");
async function proxyTarget(proxyUrl, env, where) {
  const base = stripUserinfo(proxyUrl).replace(/\/+$/, "");
  if (!/^https?:\/\//i.test(base)) throw new TypeError(`cannot probe GOPROXY entry ${base}: only http(s) proxies can be probed`);
  const userinfo = urlUserinfo(proxyUrl);
  if (userinfo !== void 0) {
    return {
      base,
      authorization: basicAuthorization(userinfo.username, userinfo.password),
      netrc: [],
      secrets: [...secretsOf(userinfo.username, userinfo.password), ...forwardProxySecrets(env)]
    };
  }
  const netrc = await readNetrc(env, where.platform);
  return { base, netrc, secrets: [...netrc.flatMap((e) => secretsOf(e.login, e.password)), ...forwardProxySecrets(env)] };
}
__name(proxyTarget, "proxyTarget");
function secretsOf(username, password) {
  const secrets = [password, encodeURIComponent(password)].filter((s) => s.length >= 4);
  if (username.length >= 16) secrets.push(username, encodeURIComponent(username));
  return secrets;
}
__name(secretsOf, "secretsOf");
function forwardProxySecrets(env) {
  const proxies = [env.HTTP_PROXY, env.http_proxy, env.HTTPS_PROXY, env.https_proxy];
  return proxies.flatMap((p) => {
    const userinfo = p === void 0 ? void 0 : urlUserinfo(p);
    return userinfo === void 0 ? [] : secretsOf(userinfo.username, userinfo.password);
  });
}
__name(forwardProxySecrets, "forwardProxySecrets");
async function checkGoMod(base, mod, get, elapsed2) {
  const url = `${base}/${escapePath(mod.path)}/@v/${escapeVersion(mod.version)}.mod`;
  const outcome = await getOrClassify(url, get);
  if ("class" in outcome) return { ...outcome, atMs: elapsed2() };
  const { status, statusText, body } = outcome;
  const cls = classifyStatus(status);
  if (cls !== "ok") return { class: cls, detail: `GET ${url}: ${statusLine(status, statusText)}`, atMs: elapsed2() };
  const downloaded = hashGoMod(body);
  if (downloaded !== mod.goModHash) {
    return {
      class: "mismatch",
      detail: `GET ${url}: verifying ${mod.path}@${mod.version}/go.mod: checksum mismatch: downloaded ${downloaded}, go.sum ${mod.goModHash}`,
      atMs: elapsed2()
    };
  }
  return { class: "ok", detail: `GET ${url}: ${statusLine(status, statusText)}`, atMs: elapsed2() };
}
__name(checkGoMod, "checkGoMod");
async function checkSumdb(base, name, get, elapsed2) {
  const url = `${base}/sumdb/${name}/supported`;
  const outcome = await getOrClassify(url, get);
  if ("class" in outcome) return { check: { ...outcome, atMs: elapsed2() } };
  const cls = classifyStatus(outcome.status);
  const answered = cls === "not-found" ? "ok" : cls;
  return {
    supported: outcome.status === 200,
    check: { class: answered, detail: `GET ${url}: ${statusLine(outcome.status, outcome.statusText)}`, atMs: elapsed2() }
  };
}
__name(checkSumdb, "checkSumdb");
async function getOrClassify(url, get) {
  try {
    return await get(url);
  } catch (err) {
    const { class: cls, detail } = classifyError(err);
    return { class: cls, detail: `GET ${url}: ${detail}` };
  }
}
__name(getOrClassify, "getOrClassify");
function summarize(base, goMods, sumdb, totalMs) {
  const checks = goMods.length > 0 || sumdb === void 0 ? goMods : [sumdb];
  const cls = worstClass(checks.map((c) => c.class));
  if (cls !== "ok") {
    const first = checks.find((c) => c.class === cls);
    return { url: base, class: cls, detail: first.detail, latencyMs: totalMs, verified: false };
  }
  const n = goMods.length;
  return {
    url: base,
    class: "ok",
    detail: n === 0 ? `${sumdb?.detail ?? base}; no go.sum entry to verify` : `${n} go.mod ${n === 1 ? "file matches" : "files match"} go.sum`,
    latencyMs: Math.min(totalMs, ...checks.map((c) => c.atMs)),
    verified: n > 0
  };
}
__name(summarize, "summarize");
function statusLine(status, statusText) {
  return statusText === "" ? String(status) : `${status} ${statusText}`;
}
__name(statusLine, "statusLine");
async function getWithin(url, target, dispatcher, signal, elapsed2) {
  const progress = { connected: false };
  const headers = { "user-agent": "go-mod-precache" };
  const authorization = target.authorization ?? netrcAuthorization(url, target.netrc);
  if (authorization !== void 0) headers.authorization = authorization;
  const { origin, pathname, search } = new URL(url);
  try {
    const client = dispatcher.compose(noteConnected(progress), import_undici2.interceptors.redirect({ maxRedirections: MAX_REDIRECTS }));
    const get = /* @__PURE__ */ __name(async () => {
      const response = await client.request({ origin, path: pathname + search, method: "GET", headers, signal });
      const body = Buffer.from(await response.body.arrayBuffer());
      return { status: response.statusCode, statusText: response.statusText, body };
    }, "get");
    return await untilAborted(get(), signal);
  } catch (err) {
    if (signal.aborted) throw new ProbeDeadlineError(progress.connected ? "answer" : "connect", elapsed2());
    throw err;
  }
}
__name(getWithin, "getWithin");
function untilAborted(work, signal) {
  work.catch(() => {
  });
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = /* @__PURE__ */ __name(() => reject(signal.reason), "onAbort");
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
__name(untilAborted, "untilAborted");
function netrcAuthorization(url, netrc) {
  const entry = netrcEntryFor(url, netrc);
  return entry === void 0 ? void 0 : basicAuthorization(entry.login, entry.password);
}
__name(netrcAuthorization, "netrcAuthorization");
function noteConnected(progress) {
  return (dispatch) => (options, handler) => dispatch(options, {
    onRequestStart: /* @__PURE__ */ __name((controller, context) => {
      progress.connected = true;
      handler.onRequestStart?.(controller, context);
    }, "onRequestStart"),
    onRequestUpgrade: /* @__PURE__ */ __name((controller, statusCode, headers, socket) => handler.onRequestUpgrade?.(controller, statusCode, headers, socket), "onRequestUpgrade"),
    onResponseStart: /* @__PURE__ */ __name((controller, statusCode, headers, statusMessage) => handler.onResponseStart?.(controller, statusCode, headers, statusMessage), "onResponseStart"),
    onResponseData: /* @__PURE__ */ __name((controller, chunk) => handler.onResponseData?.(controller, chunk), "onResponseData"),
    onResponseEnd: /* @__PURE__ */ __name((controller, trailers) => handler.onResponseEnd?.(controller, trailers), "onResponseEnd"),
    onResponseError: /* @__PURE__ */ __name((controller, error) => handler.onResponseError?.(controller, error), "onResponseError")
  });
}
__name(noteConnected, "noteConnected");
function connectTimeoutWithin(deadline) {
  return typeof deadline === "number" ? Math.max(1, Math.min(deadline, CONNECT_TIMEOUT_MS)) : CONNECT_TIMEOUT_MS;
}
__name(connectTimeoutWithin, "connectTimeoutWithin");
function startDeadline(deadline) {
  if (typeof deadline !== "number") return { signal: deadline, dispose: /* @__PURE__ */ __name(() => {
  }, "dispose") };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, deadline));
  return { signal: controller.signal, dispose: /* @__PURE__ */ __name(() => clearTimeout(timer), "dispose") };
}
__name(startDeadline, "startDeadline");
function scrub(text, secrets) {
  let out = text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/\s@]*@/g, "$1***@");
  for (const secret of secrets) out = out.split(secret).join("***");
  return out;
}
__name(scrub, "scrub");

// src/proxy/prefetch.ts
function infoTargets(goMods, sums, viaProxy) {
  const zips = new Set(sums.filter((e) => e.kind === "zip").map((e) => `${e.path}@${e.version}`));
  const targets = /* @__PURE__ */ new Map();
  for (const text of goMods) {
    for (const { path: p, version } of requires(text)) {
      const id = `${p}@${version}`;
      if (zips.has(id) && viaProxy(p)) targets.set(id, { path: p, version });
    }
  }
  return [...targets.values()];
}
__name(infoTargets, "infoTargets");
function infoPath(modCache, m) {
  return path7.join(modCache, "cache", "download", ...escapePath(m.path).split("/"), "@v", `${escapeVersion(m.version)}.info`);
}
__name(infoPath, "infoPath");
function isInfoOf(body, version) {
  try {
    const info2 = JSON.parse(body.toString("utf8"));
    return info2.Version === version && typeof info2.Time === "string";
  } catch {
    return false;
  }
}
__name(isInfoOf, "isInfoOf");
async function prefetchInfo(options) {
  let written = 0;
  let temps = 0;
  const queue = [...options.targets];
  try {
    const target = await proxyTarget(options.proxy, process.env, {});
    const dispatcher = await goDispatcher({ env: process.env });
    const started = performance.now();
    const elapsed2 = /* @__PURE__ */ __name(() => Math.round(performance.now() - started), "elapsed");
    const one = /* @__PURE__ */ __name(async (m) => {
      const file = infoPath(options.modCache, m);
      if (await pathExists(file)) return;
      const answer = await getWithin(`${target.base}/${escapePath(m.path)}/@v/${escapeVersion(m.version)}.info`, target, dispatcher, options.signal, elapsed2);
      if (answer.status !== 200 || !isInfoOf(answer.body, m.version) || options.signal.aborted) return;
      await mkdir(path7.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.${temps++}.tmp`;
      await writeFile2(temp, answer.body);
      await rename(temp, file);
      written++;
    }, "one");
    const worker = /* @__PURE__ */ __name(async () => {
      for (let m = queue.shift(); m !== void 0 && !options.signal.aborted; m = queue.shift()) await one(m).catch(() => void 0);
    }, "worker");
    try {
      await Promise.all(Array.from({ length: options.concurrency }, worker));
    } finally {
      await dispatcher.destroy();
    }
  } catch {
  }
  return written;
}
__name(prefetchInfo, "prefetchInfo");
async function besidePrefetch(options, work) {
  const stop = new AbortController();
  const prefetching = prefetchInfo({ ...options, signal: stop.signal });
  try {
    return await work();
  } finally {
    stop.abort();
    const written = await prefetching;
    info(`${written} of ${options.targets.length} .info files fetched beside go.`);
  }
}
__name(besidePrefetch, "besidePrefetch");

// src/report/diagnosis.ts
init_define_ACTION_INPUTS();

// src/go/fixes.ts
init_define_ACTION_INPUTS();
function fixFor(cls, platform = process.platform) {
  switch (cls) {
    case "dns":
      return "the host name does not resolve from the runner: check the URL, or the runner DNS";
    case "refused":
      return "nothing accepts connections there: check the URL and port";
    case "connect-timeout":
      return "connections are dropped (a firewall?): allow the host, or route through HTTPS_PROXY";
    case "tls":
      if (platform === "darwin") {
        return "the TLS certificate is not trusted: go on macOS trusts the system keychain, so add its CA there (sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.pem), or fix the certificate; from Go 1.27 on, SSL_CERT_FILE or SSL_CERT_DIR, when set, replace the keychain";
      }
      if (platform === "win32") {
        return "the TLS certificate is not trusted: go on Windows trusts the Windows certificate store, so import its CA there (Import-Certificate -FilePath ca.cer -CertStoreLocation Cert:\\LocalMachine\\Root, or certutil -addstore Root ca.cer), or fix the certificate; from Go 1.27 on, SSL_CERT_FILE or SSL_CERT_DIR, when set, replace the store";
      }
      return "the TLS certificate is not trusted: fix it, or add its CA with SSL_CERT_FILE";
    case "timeout":
      return "it accepted the connection but did not answer in time: check the proxy's health, or raise probe-timeout";
    case "reset":
      return "the connection was reset (a proxy or firewall in between?): check the network path";
    case "http-4xx":
      return "the proxy refused the request: check its credentials (URL userinfo or ~/.netrc) and its URL path";
    case "http-5xx":
      return "the proxy is failing: try again later, or rely on the mirrors";
    case "not-found":
      return "the proxy does not serve modules your go.sum needs: check its URL path";
    case "mismatch":
    case "checksum":
      return "the proxy serves content that differs from go.sum: never use it; report it to its operator";
    case "network":
      return "the connection failed: check the URL, the runner network and HTTPS_PROXY";
    case "auth":
      return "access was refused: give the proxy credentials (URL userinfo or ~/.netrc), or for private modules set `private` and `private-token`";
    case "insecure":
      return "use the https:// URL of the proxy: go sends credentials only over TLS";
    case "toolchain":
      return "the module needs a newer Go than the one that ran: let go switch toolchains (GOTOOLCHAIN=auto), or install that Go with actions/setup-go";
    case "ok":
      return "none needed";
    default:
      return "check the proxy URL";
  }
}
__name(fixFor, "fixFor");

// src/report/diagnosis.ts
function diagnosisRows(m) {
  const rows = m.proxy.report.map((r) => ({ proxy: r.url, class: r.class, detail: r.detail, fix: fixFor(r.class) }));
  const urls = rows.map((r) => r.proxy);
  for (const attempt of m.download.attempts) {
    for (const f of attempt.failures) {
      const url = f.url === void 0 ? void 0 : proxyOfUrl(f.url, urls);
      const row = rows.find((r) => r.proxy === url);
      if (row !== void 0 && row.class === "ok") {
        row.class = f.class;
        row.detail = f.line;
        row.fix = fixFor(f.class);
      }
    }
  }
  return rows;
}
__name(diagnosisRows, "diagnosisRows");
function renderDiagnosis(m, goError, privateHints = []) {
  const lines = [goError.trimEnd(), ...privateHints];
  if (m.download.attempts.some((a) => a.failures.some((f) => f.class === "toolchain"))) {
    lines.push(`Fix: ${fixFor("toolchain")}.`);
  }
  const rows = diagnosisRows(m);
  if (rows.length > 0) {
    lines.push("Proxies tried:");
    for (const r of rows) lines.push(`  ${r.proxy}: ${r.class}${r.detail ? ` (${r.detail})` : ""}. Fix: ${r.fix}.`);
  }
  if (m.proxy.report.length === 0 && m.proxy.goproxy !== "") lines.push(`GOPROXY was ${m.proxy.goproxy}.`);
  return lines.join("\n");
}
__name(renderDiagnosis, "renderDiagnosis");

// src/phases/download.ts
async function precache(run) {
  const { inputs, metrics, workingDirectory, runner, goEnv, deps, selection, restored, privateSetup } = need(
    run,
    "inputs",
    "workingDirectory",
    "runner",
    "goEnv",
    "deps",
    "selection",
    "restored",
    "privateSetup"
  );
  const download = /* @__PURE__ */ __name((targets) => downloadModules({
    workingDirectory,
    workspace: runner.workspace,
    roots: deps.roots,
    targets,
    chain: selection.choice.entries,
    retries: inputs.downloadRetries,
    timeoutMs: inputs.downloadTimeoutMs
  }), "download");
  const sums = await readGoSums(workingDirectory, deps.roots, runner.workspace);
  const prefetch = await infoPrefetch(workingDirectory, goEnv, deps, selection, sums, privateSetup);
  const cold = /* @__PURE__ */ __name(() => prefetch === void 0 ? download() : besidePrefetch(prefetch, () => download()), "cold");
  const fill = /* @__PURE__ */ __name(() => hasCachedContent(restored.state) ? fillFromCache(workingDirectory, goEnv, deps, selection, download) : cold(), "fill");
  try {
    let result = await fill();
    info(`${result.modules.length} module versions ready in ${result.ms} ms.`);
    if (shouldVerify(inputs.verify, restored.state)) {
      const verified = await verifyModules(workingDirectory, deps.roots);
      metrics.cache.verify = verified.ok ? "ok" : "mismatch";
      if (verified.ok) {
        info("go mod verify: all modules verified.");
      } else {
        warning(
          `go mod verify found modified files in the restored module cache (${verified.detail}): it is thrown away, the modules are downloaded afresh, and the bad content is not saved.`
        );
        await cleanModCache(goEnv.GOMODCACHE);
        result = await download();
      }
    }
    Object.assign(metrics.download, { modules: result.modules.length, ms: result.ms, attempts: result.attempts });
    run.downloaded = { ...result, unvouched: await checkGoSum(goEnv, sums, result.modules) };
  } catch (err) {
    if (!(err instanceof DownloadError)) throw err;
    metrics.download.attempts = err.attempts;
    if (err instanceof GoFileError) throw err;
    const privateHints = explainPrivateFailures(err.attempts.at(-1)?.failures ?? [], {
      goprivate: privateSetup.env.GOPRIVATE ?? "",
      patterns: inputs.privatePatterns,
      hasToken: inputs.privateToken !== ""
    });
    throw new DownloadError(renderDiagnosis(metrics, err.message, privateHints), err.attempts);
  }
}
__name(precache, "precache");
async function checkGoSum(goEnv, sums, modules) {
  const { noGoMod, noZip } = unvouched(modules, sums.entries);
  if (noGoMod.length > 0) {
    await restoreGoSums(sums);
    const error = goSumError(sums, noGoMod);
    if (!/(^|\s)-mod=mod(\s|$)/.test(goEnv.GOFLAGS)) throw error;
    warning(`${error.message.replace(/ Nothing was saved to the cache\.$/, "")} GOFLAGS has -mod=mod, so go adds the lines itself; these versions are left out of the cache.`);
  }
  const zipOnly = noZip.filter((id) => !noGoMod.includes(id));
  if (zipOnly.length > 0) {
    warning(
      `go.sum (${sums.files.join(", ")}) has no hash of the content of ${zipOnly.join(", ")}: go build fails if it imports a package from them. Fix: run \`go mod tidy\` and commit go.sum. They are left out of the cache.`
    );
  }
  return [.../* @__PURE__ */ new Set([...noGoMod, ...noZip])];
}
__name(checkGoSum, "checkGoSum");
async function infoPrefetch(workingDirectory, goEnv, deps, selection, sums, privateSetup) {
  const first = selection.choice.entries[0];
  if (first?.kind !== "proxy") return void 0;
  const read = /* @__PURE__ */ __name((root) => readFile4(path8.resolve(workingDirectory, root, "go.mod"), "utf8").catch(() => ""), "read");
  const goMods = await Promise.all(deps.roots.map(read));
  const targets = infoTargets(goMods, sums.entries, (modulePath) => !noProxy(modulePath, privateSetup.env));
  return { proxy: first.url, modCache: goEnv.GOMODCACHE, targets, concurrency: DOWNLOAD_GOMAXPROCS };
}
__name(infoPrefetch, "infoPrefetch");
function hasCachedContent(state) {
  return state === "hit" || state === "partial" || state === "preexisting";
}
__name(hasCachedContent, "hasCachedContent");
async function fillFromCache(workingDirectory, goEnv, deps, selection, download) {
  const started = performance.now();
  const attempts = [];
  let ready = await checkReady(workingDirectory, deps.roots, goEnv.GOMODCACHE);
  let chain = selection.choice.entries;
  if (ready.unlisted.length > 0) {
    info(`go cannot list the modules offline (${ready.unlisted[0].why}): fetching the go.mod files of the module graph, without zips.`);
    const graph = await download(ready.unlisted.map(({ root }) => ({ root, args: ["mod", "graph"] })));
    attempts.push(...graph.attempts);
    chain = graph.chain;
    ready = await checkReady(workingDirectory, deps.roots, goEnv.GOMODCACHE);
    if (ready.unlisted.length > 0) {
      info(`go still cannot list the modules offline (${ready.unlisted[0].why}): downloading everything.`);
      const all = await download();
      return { ...all, attempts: [...attempts, ...all.attempts], ms: Math.round(performance.now() - started) };
    }
  }
  const missing = ready.missing.reduce((n, r) => n + r.modules.length, 0);
  if (missing > 0) {
    info(`${ready.modules.length - missing} of ${ready.modules.length} module versions are in the cache; downloading ${missing}.`);
    const fetched = await download(ready.missing.map(({ root, modules }) => ({ root, args: ["mod", "download", "-json", ...modules] })));
    attempts.push(...fetched.attempts);
    chain = fetched.chain;
  } else {
    info(`All ${ready.modules.length} module versions are in the cache: nothing to download.`);
  }
  return { modules: ready.modules, attempts, chain, ms: Math.round(performance.now() - started) };
}
__name(fillFromCache, "fillFromCache");
function exportChain(run) {
  const { inputs, downloaded, metrics } = need(run, "inputs", "downloaded");
  const chain = formatGoProxy(downloaded.chain);
  if (inputs.offline) {
    exportVariable("GOPROXY", "off");
    metrics.offline = true;
    metrics.proxy.goproxy = "off";
    info("offline: later steps get GOPROXY=off and build from the module cache alone.");
  } else {
    exportVariable("GOPROXY", chain);
    metrics.proxy.goproxy = redactGoProxy(chain);
  }
  if (metrics.proxy.fallbackUsed) {
    notice(`The first configured proxy was unhealthy; modules came through ${metrics.proxy.selected}.`, {
      title: "go-mod-precache: fallback proxy used"
    });
  }
}
__name(exportChain, "exportChain");

// src/phases/finish.ts
init_define_ACTION_INPUTS();

// src/phases/history.ts
init_define_ACTION_INPUTS();
import path9 from "node:path";
var CHART_RUNS = 20;
async function announceHistory(run) {
  const { historyLoading, metrics } = need(run, "historyLoading");
  const load = await historyLoading;
  const runs = load.history.runs;
  switch (load.status) {
    case "loaded":
      info(`History: ${runs.length} earlier run${runs.length === 1 ? "" : "s"}, from ${load.key}.`);
      break;
    case "new":
      notice(`${capitalize(load.note)}: a new history starts with this run.`, { title: "go-mod-precache: history" });
      break;
    case "disabled":
      info(`No history: ${load.note}.`);
      break;
    case "unavailable":
      if (load.shown) info(`History not read: ${load.note}.`);
      else warning(`History not read; the job goes on without it: ${load.note}.`);
      break;
  }
  const trend = trendOf(runs);
  metrics.history = {
    status: load.status,
    runs: trend.runs,
    cacheHitRate: trend.cacheHitRate,
    medianRestoreMs: trend.medianRestoreMs,
    medianDownloadMs: trend.medianDownloadMs,
    retriedRuns: trend.retriedRuns,
    proxies: trend.proxies.map(({ url, failures, probes }) => ({ url, failures, probes })),
    recent: runs.slice(-(CHART_RUNS - 1)).map(({ restoreMs, downloadMs, state }) => ({ restoreMs, downloadMs, state }))
  };
  if (trend.runs > 0) {
    info(
      `Over them: exact hits ${Math.round(trend.cacheHitRate * 100)}%, median restore ${trend.medianRestoreMs} ms, median download ${trend.medianDownloadMs} ms, ${trend.retriedRuns} retried.`
    );
  }
  run.history = load;
}
__name(announceHistory, "announceHistory");
function announceFlakyProxies(runs) {
  for (const p of flakyProxies(runs)) {
    notice(
      `Proxy ${p.url} failed the probe in ${p.failures} of its last ${p.probes} runs (${p.classes.join(", ")}): it may break a build soon.`,
      { title: "go-mod-precache: flaky Go module proxy" }
    );
  }
}
__name(announceFlakyProxies, "announceFlakyProxies");
function historySaveSkip(policy, eventName, load, backendFailed) {
  if (load.status === "disabled") return load.note;
  if (load.status === "unavailable" || backendFailed) return "the cache service already failed in this job";
  if (policy === "never") return "input 'save' is 'never'";
  if (policy === "auto" && BRANCH_SCOPED_EVENTS.includes(eventName)) return `input 'save' is 'auto' and this is a ${eventName} event`;
  return "";
}
__name(historySaveSkip, "historySaveSkip");
async function keepHistory(run) {
  if (!("history" in run)) return;
  const { inputs, backend, history, historyKey: historyKey2, historyPrefix, metrics } = need(run, "inputs", "backend", "history", "historyKey", "historyPrefix");
  metrics.history.recent.push({ restoreMs: metrics.cache.restoreMs, downloadMs: metrics.download.ms, state: metrics.cache.state });
  const backendFailed = run.restoreServiceFailed === true || backendFailure(backend) !== void 0;
  const skipSave = historySaveSkip(inputs.save, process.env.GITHUB_EVENT_NAME ?? "", history, backendFailed);
  try {
    const file = path9.join(await scratchDir("history-"), "pending.json");
    await writePending(file, { key: historyKey2, keyPrefix: historyPrefix, history: history.history, record: recordOf(metrics, process.env), skipSave });
    savePostState({ history: file });
  } catch (err) {
    warning(`History not kept for this run; the job goes on: ${errorMessage(err)}`);
  }
}
__name(keepHistory, "keepHistory");

// src/phases/finish.ts
async function finish(run) {
  run.metrics.totalMs = Math.round(performance.now() - run.started);
  const failure = run.backend && backendFailure(run.backend);
  if (failure) savePostState({ backendFailed: failure });
  await keepHistory(run);
  await publishReport(run.metrics, run.report);
}
__name(finish, "finish");

// src/phases/goenv.ts
init_define_ACTION_INPUTS();

// src/drives.ts
init_define_ACTION_INPUTS();
import path10 from "node:path";
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
  const moves = free.filter((name) => onRoot(input.goEnv[name], profile)).map((name) => ({ name, from: input.goEnv[name], to: path10.win32.join(temp, MOVED_DIRS[name]) }));
  const kept = NAMES.filter((name) => input.userSet[name]).map((name) => `; ${name} is set by the user`);
  if (moves.length === 0) return stay(`they are not on the user profile's drive ${profile}${kept.join("")}`);
  const moved = moves.map((m) => m.name).join(" and ");
  return {
    moves,
    reason: `${moved} move${moves.length === 1 ? "s" : ""} from the user profile's drive ${profile} to RUNNER_TEMP's drive ${temp}, which is faster${kept.join("")}`
  };
}
__name(planGoDirs, "planGoDirs");
function applyGoDirs(plan2, exportVariable2, env = process.env) {
  for (const m of plan2.moves) {
    env[m.name] = m.to;
    exportVariable2(m.name, m.to);
  }
  return [plan2.reason, ...plan2.moves.map((m) => `${m.name}=${m.to} (was ${m.from})`)];
}
__name(applyGoDirs, "applyGoDirs");
function userProfile(env) {
  if (env.USERPROFILE) return env.USERPROFILE;
  return env.HOMEDRIVE && env.HOMEPATH ? env.HOMEDRIVE + env.HOMEPATH : "";
}
__name(userProfile, "userProfile");
function driveRoot(p) {
  if (!p || !path10.win32.isAbsolute(p)) return void 0;
  const root = path10.win32.parse(path10.win32.normalize(p)).root;
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

// src/go/env.ts
init_define_ACTION_INPUTS();
var GO_ENV_NAMES = [
  "GOMODCACHE",
  "GOPROXY",
  "GOPRIVATE",
  "GONOPROXY",
  "GONOSUMDB",
  "GOSUMDB",
  "GOFLAGS",
  "GOVERSION",
  "GOOS",
  "GOARCH",
  "GOCACHE"
];
async function readGoEnv(cwd) {
  const result = await runGo(["env", "-json", ...GO_ENV_NAMES], {
    cwd,
    env: { GOTOOLCHAIN: "local" }
  });
  if (result.exitCode !== 0) {
    throw new ActionError(
      `'go env' failed (exit ${result.exitCode}) in ${cwd}: ${result.stderr.trim() || result.stdout.trim()}`
    );
  }
  return parseGoEnvJson(result.stdout);
}
__name(readGoEnv, "readGoEnv");
function parseGoEnvJson(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ActionError(`'go env -json' printed something that is not JSON: ${text.slice(0, 200)}`);
  }
  const record = raw ?? {};
  const env = {};
  for (const name of GO_ENV_NAMES) {
    const value = record[name];
    env[name] = typeof value === "string" ? value : "";
  }
  if (env.GOMODCACHE === "") throw new ActionError("'go env' reported no GOMODCACHE");
  return env;
}
__name(parseGoEnvJson, "parseGoEnvJson");
async function userSetGoEnv(cwd, names) {
  const set = {};
  for (const name of names) set[name] = (process.env[name] ?? "") !== "";
  const changed = await runGo(["env", "-changed", "-json", ...names], { cwd, env: { GOTOOLCHAIN: "local" } });
  if (changed.exitCode !== 0) return set;
  try {
    const record = JSON.parse(changed.stdout || "{}");
    for (const name of names) if (typeof record[name] === "string") set[name] = true;
  } catch {
  }
  return set;
}
__name(userSetGoEnv, "userSetGoEnv");

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

// src/proxy/config.ts
init_define_ACTION_INPUTS();
function primaryChain(proxiesInput, goEnvGoProxy) {
  if (proxiesInput !== "") {
    try {
      return parseGoProxy(proxiesInput);
    } catch (err) {
      if (err instanceof GoProxyError) throw new InputError(`Input 'proxies': ${err.message}`);
      throw err;
    }
  }
  return parseGoProxy(goEnvGoProxy || DEFAULT_GOPROXY);
}
__name(primaryChain, "primaryChain");
function maskProxyCredentials(values) {
  for (const value of values) {
    for (const part of value.split(/[,|\s]+/)) {
      const info2 = urlUserinfo(part);
      if (info2 === void 0) continue;
      const secret = info2.password !== "" ? info2.password : info2.username;
      if (secret !== "") setSecret(secret);
    }
  }
}
__name(maskProxyCredentials, "maskProxyCredentials");

// src/phases/goenv.ts
async function goEnvironment(run) {
  const { inputs, workingDirectory, metrics } = need(run, "inputs", "workingDirectory");
  const env = await readGoEnv(workingDirectory);
  maskProxyCredentials([env.GOPROXY]);
  info(`${env.GOVERSION} ${env.GOOS}/${env.GOARCH}, GOMODCACHE=${env.GOMODCACHE}`);
  info(`GOPROXY=${redactGoProxy(env.GOPROXY)} GOSUMDB=${env.GOSUMDB} GOPRIVATE=${env.GOPRIVATE}`);
  metrics.go = { version: env.GOVERSION, os: env.GOOS, arch: env.GOARCH };
  if (process.platform === "win32") await moveGoDirs(workingDirectory, env);
  run.goEnv = env;
  run.primary = primaryChain(inputs.proxies, env.GOPROXY);
}
__name(goEnvironment, "goEnvironment");
async function moveGoDirs(workingDirectory, env) {
  const plan2 = planGoDirs({
    platform: process.platform,
    env: process.env,
    userSet: await userSetGoEnv(workingDirectory, ["GOMODCACHE", "GOCACHE"]),
    goEnv: { GOMODCACHE: env.GOMODCACHE, GOCACHE: env.GOCACHE }
  });
  for (const line of applyGoDirs(plan2, exportVariable)) info(line);
  for (const m of plan2.moves) env[m.name] = m.to;
}
__name(moveGoDirs, "moveGoDirs");
async function privateModules(run) {
  const { inputs, goEnv } = need(run, "inputs", "goEnv");
  run.privateSetup = await setupPrivateModules(privateOptions(inputs), goEnv, (added) => savePostState({ gitCredentials: added }));
}
__name(privateModules, "privateModules");

// src/phases/keys.ts
init_define_ACTION_INPUTS();
import { createHash as createHash2 } from "node:crypto";

// src/phases/toolchain.ts
init_define_ACTION_INPUTS();
import path12 from "node:path";

// src/toolchain/install.ts
init_define_ACTION_INPUTS();
import { existsSync } from "node:fs";
import { mkdir as mkdir2, mkdtemp as mkdtemp2, readdir as readdir2, rmdir, writeFile as writeFile3 } from "node:fs/promises";
import os3 from "node:os";
import path11 from "node:path";

// src/toolchain/arch.ts
init_define_ACTION_INPUTS();
var TOOL_CACHE_ARCH = {
  amd64: "x64",
  // Node says ia32; setup-go's `architecture` input documents x86, as the other actions/*-versions do.
  "386": "x86",
  // Node reports little-endian POWER as ppc64.
  ppc64le: "ppc64",
  mipsle: "mipsel"
};
function toolCacheArch(goarch) {
  return TOOL_CACHE_ARCH[goarch] ?? goarch;
}
__name(toolCacheArch, "toolCacheArch");
function toolchainPlatform(name) {
  const m = /(?:^|@)v0\.0\.1-go[^@/\\]*\.([a-z0-9]+)-([a-z0-9]+)$/.exec(name);
  return m ? { goos: m[1], goarch: m[2] } : void 0;
}
__name(toolchainPlatform, "toolchainPlatform");

// src/toolchain/install.ts
var TOOL_NAME = "go";
var ToolchainError = class extends ActionError {
  static {
    __name(this, "ToolchainError");
  }
  name = "ToolchainError";
  attempts;
  constructor(message, attempts) {
    super(message);
    this.attempts = attempts;
  }
};
async function readGotoolchain(cwd) {
  const result = await runGo(["env", "GOTOOLCHAIN"], { cwd });
  if (result.exitCode !== 0) {
    throw new ActionError(`'go env GOTOOLCHAIN' failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
  }
  return result.stdout.trim();
}
__name(readGotoolchain, "readGotoolchain");
async function goBinaryVersion(goBinary) {
  try {
    const result = await runCommand(goBinary, ["env", "GOVERSION"], { env: { GOTOOLCHAIN: "local" }, timeoutMs: 3e4 });
    return result.exitCode === 0 ? result.stdout.trim() : "";
  } catch {
    return "";
  }
}
__name(goBinaryVersion, "goBinaryVersion");
async function localGoHostArch() {
  const result = await runGo(["env", "GOHOSTARCH"], { cwd: os3.tmpdir(), env: { GOTOOLCHAIN: "local" }, timeoutMs: 3e4 }).catch(() => void 0);
  const arch = result?.exitCode === 0 ? result.stdout.trim() : "";
  return arch === "" ? void 0 : arch;
}
__name(localGoHostArch, "localGoHostArch");
async function localToolCacheArch() {
  const goarch = await localGoHostArch();
  return goarch === void 0 ? os3.arch() : toolCacheArch(goarch);
}
__name(localToolCacheArch, "localToolCacheArch");
var toolCache = /* @__PURE__ */ __name(() => import("./tool-cache-3RSXRYJN.js"), "toolCache");
async function findInToolCache(toolchain2, toolCacheVersion2, arch) {
  const dir = (await toolCache()).find(TOOL_NAME, toolCacheVersion2, arch ?? await localToolCacheArch());
  if (dir === "") return void 0;
  const reported = await goBinaryVersion(goBinaryIn(dir));
  if (reported !== toolchain2) {
    warning(
      `The tool cache holds ${dir}, but its go reports '${reported || "nothing (it does not run)"}' instead of ${toolchain2}: fetching ${toolchain2} again.`
    );
    return void 0;
  }
  return dir;
}
__name(findInToolCache, "findInToolCache");
async function fetchToolchain(options) {
  const attempts = [];
  await mkdir2(options.scratchRoot, { recursive: true });
  try {
    for (const entry of options.chain.filter((e) => e.kind !== "off")) {
      const fetched = await fetchFrom(options, entry, attempts);
      if (fetched !== void 0) return fetched;
    }
  } finally {
    await removeIfEmpty(options.scratchRoot);
  }
  throw new ToolchainError(describeFailure(options.toolchain, attempts), attempts);
}
__name(fetchToolchain, "fetchToolchain");
async function fetchFrom(options, entry, attempts) {
  const source = entry.kind === "direct" ? "direct" : redactUrl(entry.url);
  const backoff = options.backoffMs ?? defaultBackoff;
  for (let n = 0; n <= options.retries; n++) {
    if (n > 0) {
      const wait = backoff(n);
      info(`Retrying ${source} in ${wait} ms`);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    const scratch = await mkdtemp2(path11.join(options.scratchRoot, "toolchain-"));
    try {
      const { attempt, dir } = await switchOnce(options, entry, source, scratch);
      attempts.push(attempt);
      info(`${source}: ${attempt.outcome} in ${attempt.ms} ms${attempt.detail ? `: ${attempt.detail}` : ""}`);
      if (dir !== void 0) {
        await makeWritable(dir);
        const arch = await toolchainArch(dir);
        return { dir: await moveIntoToolCache(dir, options.toolCacheVersion, arch), source, attempts };
      }
      if (attempt.outcome === "timeout" || !isTransient(attempt.class || "other")) return void 0;
    } finally {
      await removeTree(scratch);
    }
  }
  return void 0;
}
__name(fetchFrom, "fetchFrom");
async function switchOnce(options, entry, source, scratch) {
  const started = performance.now();
  const modCache = path11.join(scratch, "mod");
  const empty = path11.join(scratch, "work");
  await mkdir2(empty);
  const result = await runGo(["version"], {
    cwd: empty,
    env: {
      GOTOOLCHAIN: options.toolchain,
      GOPROXY: formatGoProxy([{ ...entry, fallThrough: "notfound" }]),
      GOMODCACHE: modCache,
      GOWORK: "off",
      GOFLAGS: void 0,
      GOTOOLCHAIN_INTERNAL_SWITCH_VERSION: void 0,
      GOTOOLCHAIN_INTERNAL_SWITCH_COUNT: void 0
    },
    timeoutMs: options.timeoutMs
  });
  const ms = Math.round(performance.now() - started);
  const said = result.stderr.trim();
  if (result.timedOut) {
    return { attempt: { source, ms, outcome: "timeout", class: "timeout", detail: `no answer within ${options.timeoutMs} ms` } };
  }
  const reported = result.stdout.trim().split(/\s+/)[2] ?? "";
  if (result.exitCode === 0 && reported === options.toolchain) {
    const dir = await unpackedToolchain(modCache, options.toolchain);
    if (dir !== void 0) return { attempt: { source, ms, outcome: "ok", class: "", detail: "" }, dir };
    const detail2 = `go ran ${reported} without downloading it (a ${options.toolchain} binary on PATH?)`;
    return { attempt: { source, ms, outcome: "failed", class: "other", detail: detail2 } };
  }
  const failure = classifyGoOutput(said)[0];
  const cls = /toolchain not available/.test(said) ? "not-found" : failure?.class ?? "other";
  const detail = result.exitCode === 0 ? `the toolchain reports ${reported || "nothing"}, not ${options.toolchain}` : failure?.line ?? lastLine(said);
  return { attempt: { source, ms, outcome: "failed", class: cls, detail } };
}
__name(switchOnce, "switchOnce");
async function toolchainArch(dir) {
  const platform = toolchainPlatform(path11.basename(dir));
  return platform === void 0 ? localToolCacheArch() : toolCacheArch(platform.goarch);
}
__name(toolchainArch, "toolchainArch");
async function moveIntoToolCache(dir, toolCacheVersion2, arch, rename2 = {}) {
  const target = path11.join(ensureToolCacheRoot(), TOOL_NAME, toolCacheVersion2, arch);
  await removeEarlierCopy(`${target}.complete`);
  await removeEarlierCopy(target);
  await mkdir2(path11.dirname(target), { recursive: true });
  const moved = await moveDir(dir, target, {
    onRetry: /* @__PURE__ */ __name((code, wait) => info(`Moving the toolchain to ${target} failed with ${code}; retrying in ${wait} ms`), "onRetry"),
    ...rename2
  });
  if (moved.method === "copied") {
    info(`Copied the toolchain to ${target} after ${moved.attempts} rename attempt${moved.attempts === 1 ? "" : "s"} (${moved.code}).`);
  }
  await writeFile3(`${target}.complete`, "");
  const found = (await toolCache()).find(TOOL_NAME, toolCacheVersion2, arch);
  if (found !== target) throw new ActionError(`The toolchain was moved to ${target}, but the tool cache finds '${found}' for ${toolCacheVersion2}.`);
  return target;
}
__name(moveIntoToolCache, "moveIntoToolCache");
async function removeEarlierCopy(target) {
  const left = await tryRemoveTree(target);
  if (left === void 0) return;
  const cause = removalCause(left.code, process.platform);
  throw new ActionError(`Could not replace ${target} in the tool cache (${left.code} on ${left.path})${cause ? `: ${cause}` : ""}.`);
}
__name(removeEarlierCopy, "removeEarlierCopy");
async function unpackedToolchain(modCache, toolchain2) {
  const parent = path11.join(modCache, "golang.org");
  const prefix = `toolchain@v0.0.1-${toolchain2}.`;
  const names = existsSync(parent) ? await readdir2(parent) : [];
  const name = names.find((n) => n.startsWith(prefix));
  return name === void 0 ? void 0 : path11.join(parent, name);
}
__name(unpackedToolchain, "unpackedToolchain");
function goBinaryIn(toolchainDir) {
  return path11.join(toolchainDir, "bin", process.platform === "win32" ? "go.exe" : "go");
}
__name(goBinaryIn, "goBinaryIn");
function ensureToolCacheRoot(env = process.env) {
  if (!env.RUNNER_TOOL_CACHE) env.RUNNER_TOOL_CACHE = path11.join(env.RUNNER_TEMP || os3.tmpdir(), "go-mod-precache-tools");
  return env.RUNNER_TOOL_CACHE;
}
__name(ensureToolCacheRoot, "ensureToolCacheRoot");
async function removeIfEmpty(dir) {
  await rmdir(dir).catch(() => void 0);
}
__name(removeIfEmpty, "removeIfEmpty");
function lastLine(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  return (lines.at(-1) ?? "").trim();
}
__name(lastLine, "lastLine");
function describeFailure(toolchain2, attempts) {
  const lines = [`Could not get the Go toolchain ${toolchain2}: every proxy of the chain failed.`];
  for (const a of attempts) lines.push(`  ${a.source}: ${a.class || a.outcome} after ${a.ms} ms: ${a.detail}`);
  if (attempts.length === 0) lines.push("  The chain has no proxy to ask (GOPROXY=off).");
  const classes = [...new Set(attempts.map((a) => a.class || a.outcome))];
  if (classes.length > 0) lines.push("Fix:", ...classes.map((cls) => `  ${cls}: ${toolchainFixFor(cls)}`));
  return lines.join("\n");
}
__name(describeFailure, "describeFailure");
function toolchainFixFor(cls) {
  switch (cls) {
    case "not-found":
      return "the proxy does not serve golang.org/toolchain, or not this version for this platform: check the version exists, use a proxy that mirrors golang.org/toolchain (proxy.golang.org does), or install it with actions/setup-go";
    case "checksum":
      return "the toolchain served does not match the checksum database: never use that proxy";
    case "sumdb":
      return "go checks every toolchain against the checksum database, even with GOSUMDB=off: allow access to it, or use a proxy that serves /sumdb/";
    default:
      return fixFor(cls);
  }
}
__name(toolchainFixFor, "toolchainFixFor");

// src/toolchain/select.ts
init_define_ACTION_INPUTS();
var GOTOOLCHAIN_FORMS = "expected local, auto, path, a toolchain name such as go1.22.3, or a name followed by +auto or +path (go1.22.3+auto)";
function selectToolchain(input) {
  const { gotoolchain, local } = input;
  if (gotoolchain === "") return { action: "local", reason: "GOTOOLCHAIN is empty, so go never switches" };
  if (local === void 0) {
    return { action: "local", reason: "the local go is a development build without a release version" };
  }
  const setting = parseSetting(gotoolchain);
  let toolchain2 = setting.min ?? `go${local}`;
  let version = setting.min === void 0 ? local : versionOfToolchain(setting.min) ?? local;
  let reason = setting.min === void 0 ? `GOTOOLCHAIN=${gotoolchain}` : `GOTOOLCHAIN=${gotoolchain} names it`;
  const readsFiles = setting.mode === "auto" || setting.mode === "path";
  const wanted = raiseByFiles(toolchain2, version, input.requirements, readsFiles);
  if (readsFiles) {
    if (wanted !== void 0) ({ toolchain: toolchain2, version, reason } = wanted);
  } else if (wanted !== void 0 && setting.min === void 0) {
    return {
      action: "forbidden",
      toolchain: wanted.toolchain,
      version: wanted.version,
      reason: `${wanted.reason}, but GOTOOLCHAIN=${gotoolchain} keeps go ${local}`
    };
  }
  if (toolchain2 === `go${local}`) {
    return { action: "local", reason: `go ${local} satisfies ${describeFiles(input.requirements)}` };
  }
  return {
    action: "switch",
    toolchain: toolchain2,
    version,
    toolCacheVersion: toolCacheVersion(version),
    pathOnly: setting.mode === "path",
    reason
  };
}
__name(selectToolchain, "selectToolchain");
function parseSetting(gotoolchain) {
  if (gotoolchain === "auto" || gotoolchain === "path") return { mode: gotoolchain };
  const plus = gotoolchain.indexOf("+");
  const min = plus < 0 ? gotoolchain : gotoolchain.slice(0, plus);
  const suffix = plus < 0 ? "" : gotoolchain.slice(plus + 1);
  if (plus >= 0 && suffix !== "auto" && suffix !== "path") {
    throw new ActionError(`GOTOOLCHAIN=${gotoolchain} is not valid: only +auto and +path may follow a name; ${GOTOOLCHAIN_FORMS}.`);
  }
  if (min !== "local" && (versionOfToolchain(min) === void 0 || !/^go1|-go1/.test(min))) {
    throw new ActionError(`GOTOOLCHAIN=${gotoolchain} is not valid: ${GOTOOLCHAIN_FORMS}.`);
  }
  return { min: min === "local" ? void 0 : min, mode: suffix };
}
__name(parseSetting, "parseSetting");
function raiseByFiles(toolchain2, version, requirements, readsFiles) {
  let raised;
  for (const r of requirements) {
    if (r.toolchain === "default") continue;
    if (r.toolchain !== void 0) {
      const v = versionOfToolchain(r.toolchain);
      if (v === void 0 || !r.toolchain.startsWith("go") && !r.toolchain.includes("-go")) {
        if (!readsFiles) continue;
        throw new ActionError(`${r.file}: invalid toolchain line '${r.toolchain}': expected a name such as go1.22.3, or default.`);
      }
      if (compareGoVersions(v, version) > 0) {
        toolchain2 = r.toolchain;
        version = v;
        raised = { toolchain: toolchain2, version, reason: `the toolchain line of ${r.file} asks for ${toolchain2}` };
      }
    }
    if (r.go !== void 0 && compareGoVersions(r.go, version) > 0) {
      const release = isLanguageVersion(r.go) && compareGoVersions(r.go, "1.21") >= 0 ? `${r.go}.0` : r.go;
      toolchain2 = `go${release}`;
      version = r.go;
      raised = { toolchain: toolchain2, version: release, reason: `the go line of ${r.file} asks for go ${r.go}` };
    }
  }
  return raised;
}
__name(raiseByFiles, "raiseByFiles");
function describeFiles(requirements) {
  if (requirements.length === 0) return "the module";
  return requirements.map((r) => r.file).join(", ");
}
__name(describeFiles, "describeFiles");
function requirementsOf(roots, files) {
  const requirements = [];
  const byPath = new Map(files.map((f) => [f.path, f.content.toString()]));
  for (const root of roots) {
    const at = /* @__PURE__ */ __name((name) => root === "." ? name : `${root}/${name}`, "at");
    const work = byPath.get(at("go.work"));
    const text = work ?? byPath.get(at("go.mod"));
    if (text === void 0) continue;
    requirements.push({ file: work !== void 0 ? at("go.work") : at("go.mod"), ...goAndToolchain(text) });
  }
  return requirements;
}
__name(requirementsOf, "requirementsOf");

// src/phases/toolchain.ts
async function chooseToolchain(run) {
  const { goEnv, deps, gotoolchain, metrics } = need(run, "goEnv", "deps", "gotoolchain");
  const t = metrics.toolchain;
  const local = versionOfGoVersion(goEnv.GOVERSION);
  t.local = local ?? goEnv.GOVERSION;
  t.version = t.local;
  t.source = "local";
  t.gotoolchain = await gotoolchain;
  return selectToolchain({ gotoolchain: t.gotoolchain, local, requirements: requirementsOf(deps.roots, deps.files) });
}
__name(chooseToolchain, "chooseToolchain");
function expectedGoVersion(decision, goEnv) {
  return decision.action === "switch" ? decision.toolchain : goEnv.GOVERSION;
}
__name(expectedGoVersion, "expectedGoVersion");
async function toolchain(run) {
  const { inputs, goEnv, decision, selection, metrics } = need(run, "inputs", "goEnv", "decision", "selection");
  const started = performance.now();
  const t = metrics.toolchain;
  try {
    if (decision.action === "local") {
      info(`Toolchain: go ${t.local} (${decision.reason}).`);
      return;
    }
    t.required = decision.toolchain;
    t.reason = decision.reason;
    if (decision.action === "forbidden") {
      warning(
        `${decision.reason}: later steps run go ${t.local}, and fail if a go line needs more. Fix: install ${decision.toolchain} (actions/setup-go), or let go switch (GOTOOLCHAIN=auto).`,
        { title: "go-mod-precache: toolchain not switched" }
      );
      return;
    }
    info(`Toolchain: ${decision.toolchain} (${decision.reason}; local go ${t.local}).`);
    const toolCacheRoot = ensureToolCacheRoot();
    let dir = await findInToolCache(decision.toolchain, decision.toolCacheVersion);
    if (dir !== void 0) {
      t.source = "tool-cache";
      info(`Found in the tool cache: ${dir}`);
    } else if (decision.pathOnly) {
      warning(
        `GOTOOLCHAIN=${t.gotoolchain} lets go look for ${decision.toolchain} on PATH only, and the tool cache has none: not downloading it. Fix: install it with actions/setup-go, or use GOTOOLCHAIN=auto.`,
        { title: "go-mod-precache: toolchain not on PATH" }
      );
      return;
    } else {
      const fetched = await fetchToolchain({
        toolchain: decision.toolchain,
        toolCacheVersion: decision.toolCacheVersion,
        chain: selection.choice.entries,
        retries: inputs.downloadRetries,
        timeoutMs: inputs.downloadTimeoutMs,
        // Beside the tool cache's own directories, so the unpacked toolchain moves in by a rename.
        scratchRoot: path12.join(toolCacheRoot, ".go-mod-precache-tmp")
      }).catch((err) => {
        if (err instanceof ToolchainError) t.attempts = err.attempts;
        throw err;
      });
      t.attempts = fetched.attempts;
      t.source = fetched.source;
      dir = fetched.dir;
      info(`${decision.toolchain} from ${fetched.source}, checked against the checksum database, now in ${dir}`);
    }
    addPath(path12.dirname(goBinaryIn(dir)));
    exportVariable("GOTOOLCHAIN", "local");
    if (process.env.GOROOT) exportVariable("GOROOT", dir);
    t.version = decision.version;
    goEnv.GOVERSION = decision.toolchain;
    metrics.go.version = decision.toolchain;
  } finally {
    t.ms = Math.round(performance.now() - started);
  }
}
__name(toolchain, "toolchain");

// src/phases/keys.ts
async function dependencyFiles(run) {
  const { depsFinding, metrics } = need(run, "depsFinding");
  const found = await depsFinding;
  for (const f of found.files) {
    info(`${createHash2("sha256").update(f.content).digest("hex").slice(0, 12)}  ${f.path}`);
  }
  info(`Module roots: ${found.roots.join(", ")}`);
  metrics.download.roots = found.roots;
  run.deps = found;
}
__name(dependencyFiles, "dependencyFiles");
async function planKeys(run) {
  const { inputs, runner, deps, goEnv, historyPrefix } = need(run, "inputs", "runner", "deps", "goEnv", "historyPrefix");
  const keys = computeCacheKeys({ prefix: inputs.keyPrefix, runnerOs: runner.os, runnerArch: runner.arch, files: deps.files });
  run.keys = keys;
  const decision = await chooseToolchain(run);
  run.decision = decision;
  run.buildKeys = inputs.cacheBuild ? buildCacheKeys(inputs.keyPrefix, runner.os, runner.arch, expectedGoVersion(decision, goEnv), process.env.GITHUB_SHA || keys.hash) : void 0;
  run.historyKey = historyKey(historyPrefix, process.env);
  assertKeyLengths(inputs.keyPrefix, [keys.primaryKey, run.historyKey, ...run.buildKeys ? [run.buildKeys.primaryKey] : []]);
}
__name(planKeys, "planKeys");

// src/phases/probe.ts
init_define_ACTION_INPUTS();

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
  return spread(preferred, count).map(({ path: path14, version, goModHash }) => ({ path: path14, version, goModHash }));
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
var import_undici3 = __toESM(require_undici(), 1);
function sumDbUrl(gosumdb) {
  const [name = "", url] = gosumdb.trim().split(/\s+/);
  if (url !== void 0) return url.replace(/\/+$/, "");
  return `https://${name.split("+")[0]}`;
}
__name(sumDbUrl, "sumDbUrl");
async function probeSumDb(gosumdb, deadline, env, where = {}) {
  const dispatcher = await goDispatcher({ env, ...where });
  try {
    const res = await (0, import_undici3.fetch)(`${sumDbUrl(gosumdb)}/latest`, { dispatcher, signal: deadline });
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

// src/phases/probe.ts
function startProbe(run) {
  const { inputs, primary, deps, privateSetup, goEnv, decision } = need(run, "inputs", "primary", "deps", "privateSetup", "goEnv", "decision");
  run.probing = early(
    selectChain({
      primary,
      mirrors: inputs.mirrors,
      allowDirect: inputs.allowDirect ?? primary.some((e) => e.kind === "direct"),
      modules: pickProbeModules(goSumEntries(deps.files), privateSetup.env),
      timeoutMs: inputs.probeTimeoutMs,
      gosumdb: goEnv.GOSUMDB,
      goVersion: expectedGoVersion(decision, goEnv)
    })
  );
}
__name(startProbe, "startProbe");
async function announceSelection(run) {
  const { probing, goEnv, history, metrics } = need(run, "probing", "goEnv", "history");
  const s = await probing;
  for (const r of s.report) {
    const verdict = r.class === "ok" ? `ok in ${r.latencyMs} ms${r.verified ? ", go.mod verified against go.sum" : ""}` : `${r.class}: ${r.detail}`;
    info(`${r.role} ${r.url}: ${verdict}${r.sumdb ? ", serves the checksum database" : ""}`);
  }
  for (const p of s.choice.problems) {
    const text = `${p.role === "mirror" ? "Mirror" : "Proxy"} ${p.url} ${p.dropped ? "dropped from the chain" : "is unhealthy"}: ${p.class} (${p.detail}). Fix: ${p.fix}.`;
    if (p.role === "mirror") notice(text, { title: "go-mod-precache: Go module mirror unavailable" });
    else warning(text, { title: "go-mod-precache: unhealthy Go module proxy" });
  }
  if (s.choice.noneHealthy) {
    warning("No Go module proxy passed the probe; keeping the configured chain in case the failure is transient.");
  }
  if (s.sumdb === "unreachable") {
    warning(
      `The checksum database (GOSUMDB=${goEnv.GOSUMDB}) is reachable neither directly nor through a healthy proxy: new modules will fail to verify. Allow access to it, or use a proxy that serves /sumdb/.`
    );
  }
  info(`GOPROXY=${redactGoProxy(s.choice.goproxy)} (probed in ${s.ms} ms)`);
  Object.assign(metrics.proxy, {
    probeMs: s.ms,
    report: s.report,
    problems: s.choice.problems,
    noneHealthy: s.choice.noneHealthy,
    fallbackUsed: s.choice.fallbackUsed,
    sumdb: s.sumdb,
    goproxy: redactGoProxy(s.choice.goproxy),
    selected: s.choice.selected
  });
  run.selection = s;
  announceFlakyProxies(history.history.runs);
}
__name(announceSelection, "announceSelection");

// src/phases/start.ts
init_define_ACTION_INPUTS();
import path13 from "node:path";
async function startRun(run) {
  const inputs = readInputs();
  run.inputs = inputs;
  run.report.metricsFile = inputs.metricsFile || run.report.metricsFile;
  run.report.summary = inputs.summary;
  if (inputs.privateToken !== "") setSecret(inputs.privateToken);
  maskProxyCredentials([inputs.proxies, ...inputs.mirrors, process.env.GOPROXY ?? ""]);
  const runner = readRunnerContext();
  run.runner = runner;
  run.workingDirectory = path13.resolve(runner.workspace, inputs.workingDirectory);
  assertWorkingDirectory(run.workingDirectory);
  run.backendConfig = backendConfigOf(inputs, process.env);
  savePostState({ backend: run.backendConfig });
  run.backend = await createBackend(run.backendConfig, { timeoutMs: inputs.cacheTimeoutMs });
  run.historyPrefix = historyKeyPrefix(inputs.keyPrefix, runner.os, runner.arch);
  run.historyLoading = inputs.history ? loadHistory(run.backend, run.historyPrefix, inputs.cacheTimeoutMs) : Promise.resolve({ status: "disabled", history: emptyHistory(), note: "input 'history' is false" });
  run.depsFinding = early(findDependencyFiles(run.workingDirectory, inputs.cacheDependencyPath));
  run.gotoolchain = early(readGotoolchain(run.workingDirectory));
}
__name(startRun, "startRun");

// src/main.ts
async function runMain() {
  const run = newRun();
  try {
    await startRun(run);
    await phase("Go environment", () => goEnvironment(run));
    await phase("Private modules", () => privateModules(run));
    await phase("Dependency files", () => dependencyFiles(run));
    await planKeys(run);
    startProbe(run);
    startBuildRestore(run);
    await phase("History", () => announceHistory(run));
    await phase("Restore module cache", () => restoreModules(run));
    await phase("Restore modules later steps added", () => restoreModulesLaterAdded(run));
    await phase("Probe proxies", () => announceSelection(run));
    await phase("Go toolchain", () => toolchain(run));
    await phase("Download modules", () => precache(run));
    if (run.buildRestore) await phase("Restore build cache", () => buildCacheRestored(run));
    exportChain(run);
    await phase("Save module cache", () => saveModules(run));
    await laterBaseline(run);
  } catch (err) {
    run.metrics.error = errorMessage(err);
    throw err;
  } finally {
    await finish(run);
  }
}
__name(runMain, "runMain");

export {
  runMain
};
