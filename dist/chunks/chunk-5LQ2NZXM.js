import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  emptyHistory,
  historyKey,
  historyKeyPrefix,
  loadHistory,
  recordOf,
  writePending
} from "./chunk-UZPR6B3B.js";
import {
  matchPrefixPatterns,
  noProxy,
  parsePatterns,
  setupPrivateModules
} from "./chunk-3TQS3QYJ.js";
import {
  cleanModCache,
  early,
  laterBaseline,
  need,
  newRun,
  restoreModCache,
  saveModules
} from "./chunk-HILDLI7P.js";
import {
  OFFLINE,
  outputLines,
  runCommand,
  runGo
} from "./chunk-V4VDJ22K.js";
import {
  CONNECT_TIMEOUT_MS,
  basicAuthorization,
  compareGoVersions,
  goDispatcher,
  isLanguageVersion,
  netrcEntryFor,
  readNetrc,
  toolCacheVersion,
  versionOfGoVersion,
  versionOfToolchain
} from "./chunk-B6WZAPEP.js";
import {
  phase
} from "./chunk-ZFQ2QVJC.js";
import {
  savePostState
} from "./chunk-2ESYU22P.js";
import {
  backendConfigOf,
  createBackend
} from "./chunk-RQNFU65G.js";
import {
  backendFailure
} from "./chunk-XIDZHRQZ.js";
import {
  buildCacheKeys,
  restoreBuildCache
} from "./chunk-HIT2WR4E.js";
import {
  BRANCH_SCOPED_EVENTS,
  CACHE_LAYOUTS,
  RESTORE_POLICIES,
  SAVE_POLICIES,
  VERIFY_POLICIES,
  downloadFile,
  escapePath,
  escapeVersion,
  fetchLater,
  isReady,
  moduleFilesOf,
  restoreLater,
  shouldVerify
} from "./chunk-E2AP4HKA.js";
import {
  capitalize
} from "./chunk-EX3OKT3Z.js";
import {
  assertKeyLengths,
  computeCacheKeys
} from "./chunk-D6OYPYWX.js";
import {
  makeWritable,
  moveDir,
  pathExists,
  removalCause,
  removeTree,
  scratchDir,
  tryRemoveTree
} from "./chunk-JIV6OQGY.js";
import {
  publishReport
} from "./chunk-AYTF7S4B.js";
import {
  ActionError,
  InputError,
  errorMessage
} from "./chunk-ZUVU6JQI.js";
import {
  debug,
  host,
  info,
  notice,
  require_undici,
  setSecret,
  useHost,
  warning
} from "./chunk-INF4JTG2.js";
import {
  __name,
  __toESM,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

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
import { readFile as readFile3 } from "node:fs/promises";
import path12 from "node:path";

// src/go/download.ts
init_define_ACTION_INPUTS();
import { mkdtemp } from "node:fs/promises";
import os3 from "node:os";
import path7 from "node:path";

// src/deps.ts
init_define_ACTION_INPUTS();

// node_modules/@actions/glob/lib/glob.js
init_define_ACTION_INPUTS();

// node_modules/@actions/glob/lib/internal-globber.js
init_define_ACTION_INPUTS();
import * as fs from "fs";

// node_modules/@actions/glob/lib/internal-glob-options-helper.js
init_define_ACTION_INPUTS();
function getOptions(copy) {
  const result = {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: true,
    omitBrokenSymbolicLinks: true,
    excludeHiddenFiles: false
  };
  if (copy) {
    if (typeof copy.followSymbolicLinks === "boolean") {
      result.followSymbolicLinks = copy.followSymbolicLinks;
      debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
    }
    if (typeof copy.implicitDescendants === "boolean") {
      result.implicitDescendants = copy.implicitDescendants;
      debug(`implicitDescendants '${result.implicitDescendants}'`);
    }
    if (typeof copy.matchDirectories === "boolean") {
      result.matchDirectories = copy.matchDirectories;
      debug(`matchDirectories '${result.matchDirectories}'`);
    }
    if (typeof copy.omitBrokenSymbolicLinks === "boolean") {
      result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
      debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
    }
    if (typeof copy.excludeHiddenFiles === "boolean") {
      result.excludeHiddenFiles = copy.excludeHiddenFiles;
      debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
    }
  }
  return result;
}
__name(getOptions, "getOptions");

// node_modules/@actions/glob/lib/internal-globber.js
import * as path5 from "path";

// node_modules/@actions/glob/lib/internal-pattern-helper.js
init_define_ACTION_INPUTS();

// node_modules/@actions/glob/lib/internal-path-helper.js
init_define_ACTION_INPUTS();
import * as path from "path";
import assert from "assert";
var IS_WINDOWS = process.platform === "win32";
function dirname2(p) {
  p = safeTrimTrailingSeparator(p);
  if (IS_WINDOWS && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
    return p;
  }
  let result = path.dirname(p);
  if (IS_WINDOWS && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
    result = safeTrimTrailingSeparator(result);
  }
  return result;
}
__name(dirname2, "dirname");
function ensureAbsoluteRoot(root, itemPath) {
  assert(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
  assert(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
  if (hasAbsoluteRoot(itemPath)) {
    return itemPath;
  }
  if (IS_WINDOWS) {
    if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
      let cwd = process.cwd();
      assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
        if (itemPath.length === 2) {
          return `${itemPath[0]}:\\${cwd.substr(3)}`;
        } else {
          if (!cwd.endsWith("\\")) {
            cwd += "\\";
          }
          return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
        }
      } else {
        return `${itemPath[0]}:\\${itemPath.substr(2)}`;
      }
    } else if (normalizeSeparators(itemPath).match(/^\\$|^\\[^\\]/)) {
      const cwd = process.cwd();
      assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      return `${cwd[0]}:\\${itemPath.substr(1)}`;
    }
  }
  assert(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
  if (root.endsWith("/") || IS_WINDOWS && root.endsWith("\\")) {
  } else {
    root += path.sep;
  }
  return root + itemPath;
}
__name(ensureAbsoluteRoot, "ensureAbsoluteRoot");
function hasAbsoluteRoot(itemPath) {
  assert(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators(itemPath);
  if (IS_WINDOWS) {
    return itemPath.startsWith("\\\\") || /^[A-Z]:\\/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
__name(hasAbsoluteRoot, "hasAbsoluteRoot");
function hasRoot(itemPath) {
  assert(itemPath, `isRooted parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators(itemPath);
  if (IS_WINDOWS) {
    return itemPath.startsWith("\\") || /^[A-Z]:/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
__name(hasRoot, "hasRoot");
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    const isUnc = /^\\\\+[^\\]/.test(p);
    return (isUnc ? "\\" : "") + p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
__name(normalizeSeparators, "normalizeSeparators");
function safeTrimTrailingSeparator(p) {
  if (!p) {
    return "";
  }
  p = normalizeSeparators(p);
  if (!p.endsWith(path.sep)) {
    return p;
  }
  if (p === path.sep) {
    return p;
  }
  if (IS_WINDOWS && /^[A-Z]:\\$/i.test(p)) {
    return p;
  }
  return p.substr(0, p.length - 1);
}
__name(safeTrimTrailingSeparator, "safeTrimTrailingSeparator");

// node_modules/@actions/glob/lib/internal-match-kind.js
init_define_ACTION_INPUTS();
var MatchKind;
(function(MatchKind2) {
  MatchKind2[MatchKind2["None"] = 0] = "None";
  MatchKind2[MatchKind2["Directory"] = 1] = "Directory";
  MatchKind2[MatchKind2["File"] = 2] = "File";
  MatchKind2[MatchKind2["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));

// node_modules/@actions/glob/lib/internal-pattern-helper.js
var IS_WINDOWS2 = process.platform === "win32";
function getSearchPaths(patterns) {
  patterns = patterns.filter((x) => !x.negate);
  const searchPathMap = {};
  for (const pattern of patterns) {
    const key = IS_WINDOWS2 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    searchPathMap[key] = "candidate";
  }
  const result = [];
  for (const pattern of patterns) {
    const key = IS_WINDOWS2 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    if (searchPathMap[key] === "included") {
      continue;
    }
    let foundAncestor = false;
    let tempKey = key;
    let parent = dirname2(tempKey);
    while (parent !== tempKey) {
      if (searchPathMap[parent]) {
        foundAncestor = true;
        break;
      }
      tempKey = parent;
      parent = dirname2(tempKey);
    }
    if (!foundAncestor) {
      result.push(pattern.searchPath);
      searchPathMap[key] = "included";
    }
  }
  return result;
}
__name(getSearchPaths, "getSearchPaths");
function match(patterns, itemPath) {
  let result = MatchKind.None;
  for (const pattern of patterns) {
    if (pattern.negate) {
      result &= ~pattern.match(itemPath);
    } else {
      result |= pattern.match(itemPath);
    }
  }
  return result;
}
__name(match, "match");
function partialMatch(patterns, itemPath) {
  return patterns.some((x) => !x.negate && x.partialMatch(itemPath));
}
__name(partialMatch, "partialMatch");

// node_modules/@actions/glob/lib/internal-pattern.js
init_define_ACTION_INPUTS();
import * as os from "os";
import * as path4 from "path";
import assert3 from "assert";

// node_modules/minimatch/dist/esm/index.js
init_define_ACTION_INPUTS();

// node_modules/brace-expansion/dist/esm/index.js
init_define_ACTION_INPUTS();

// node_modules/balanced-match/dist/esm/index.js
init_define_ACTION_INPUTS();
var range = /* @__PURE__ */ __name((a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
}, "range");

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
__name(numeric, "numeric");
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
__name(escapeBraces, "escapeBraces");
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
__name(unescapeBraces, "unescapeBraces");
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
__name(pushAll, "pushAll");
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
__name(balancedWithBudget, "balancedWithBudget");
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
__name(maskUnmatchedOpens, "maskUnmatchedOpens");
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
__name(commaSetFollows, "commaSetFollows");
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
__name(parseCommaParts, "parseCommaParts");
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
__name(bound, "bound");
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
__name(expand, "expand");
function embrace(str) {
  return "{" + str + "}";
}
__name(embrace, "embrace");
function isPadded(el) {
  return /^-?0\d/.test(el);
}
__name(isPadded, "isPadded");
function lte(i, y) {
  return i <= y;
}
__name(lte, "lte");
function gte(i, y) {
  return i >= y;
}
__name(gte, "gte");
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
__name(combine, "combine");
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need2 = width - c.length;
        if (need2 > 0) {
          const z = new Array(need2 + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
__name(expandSequence, "expandSequence");
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = /* @__PURE__ */ __name(() => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget), "literal");
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}
__name(expand_, "expand_");

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
init_define_ACTION_INPUTS();
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = /* @__PURE__ */ __name((pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
}, "assertValidPattern");

// node_modules/minimatch/dist/esm/ast.js
init_define_ACTION_INPUTS();

// node_modules/minimatch/dist/esm/brace-expressions.js
init_define_ACTION_INPUTS();
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = /* @__PURE__ */ __name((s) => s.replace(/[[\]\\-]/g, "\\$&"), "braceEscape");
var regexpEscape = /* @__PURE__ */ __name((s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&"), "regexpEscape");
var rangesToString = /* @__PURE__ */ __name((ranges) => ranges.join(""), "rangesToString");
var parseClass = /* @__PURE__ */ __name((glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
}, "parseClass");

// node_modules/minimatch/dist/esm/unescape.js
init_define_ACTION_INPUTS();
var unescape = /* @__PURE__ */ __name((s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
}, "unescape");

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = /* @__PURE__ */ __name((c) => types.has(c), "isExtglobType");
var isExtglobAST = /* @__PURE__ */ __name((c) => isExtglobType(c.type), "isExtglobAST");
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = /* @__PURE__ */ __name((s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&"), "regExpEscape");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  static {
    __name(this, "AST");
  }
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
init_define_ACTION_INPUTS();
var escape = /* @__PURE__ */ __name((s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
}, "escape");

// node_modules/minimatch/dist/esm/index.js
var minimatch = /* @__PURE__ */ __name((p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
}, "minimatch");
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = /* @__PURE__ */ __name((ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2), "starDotExtTest");
var starDotExtTestDot = /* @__PURE__ */ __name((ext2) => (f) => f.endsWith(ext2), "starDotExtTestDot");
var starDotExtTestNocase = /* @__PURE__ */ __name((ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
}, "starDotExtTestNocase");
var starDotExtTestNocaseDot = /* @__PURE__ */ __name((ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
}, "starDotExtTestNocaseDot");
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = /* @__PURE__ */ __name((f) => !f.startsWith(".") && f.includes("."), "starDotStarTest");
var starDotStarTestDot = /* @__PURE__ */ __name((f) => f !== "." && f !== ".." && f.includes("."), "starDotStarTestDot");
var dotStarRE = /^\.\*+$/;
var dotStarTest = /* @__PURE__ */ __name((f) => f !== "." && f !== ".." && f.startsWith("."), "dotStarTest");
var starRE = /^\*+$/;
var starTest = /* @__PURE__ */ __name((f) => f.length !== 0 && !f.startsWith("."), "starTest");
var starTestDot = /* @__PURE__ */ __name((f) => f.length !== 0 && f !== "." && f !== "..", "starTestDot");
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = /* @__PURE__ */ __name(([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
}, "qmarksTestNocase");
var qmarksTestNocaseDot = /* @__PURE__ */ __name(([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
}, "qmarksTestNocaseDot");
var qmarksTestDot = /* @__PURE__ */ __name(([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
}, "qmarksTestDot");
var qmarksTest = /* @__PURE__ */ __name(([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
}, "qmarksTest");
var qmarksTestNoExt = /* @__PURE__ */ __name(([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
}, "qmarksTestNoExt");
var qmarksTestNoExtDot = /* @__PURE__ */ __name(([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
}, "qmarksTestNoExtDot");
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path2 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep2 = defaultPlatform === "win32" ? path2.win32.sep : path2.posix.sep;
minimatch.sep = sep2;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = /* @__PURE__ */ __name((pattern, options = {}) => (p) => minimatch(p, pattern, options), "filter");
minimatch.filter = filter;
var ext = /* @__PURE__ */ __name((a, b = {}) => Object.assign({}, a, b), "ext");
var defaults = /* @__PURE__ */ __name((def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = /* @__PURE__ */ __name((p, pattern, options = {}) => orig(p, pattern, ext(def, options)), "m");
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      static {
        __name(this, "Minimatch");
      }
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      static {
        __name(this, "AST");
      }
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: /* @__PURE__ */ __name((s, options = {}) => orig.unescape(s, ext(def, options)), "unescape"),
    escape: /* @__PURE__ */ __name((s, options = {}) => orig.escape(s, ext(def, options)), "escape"),
    filter: /* @__PURE__ */ __name((pattern, options = {}) => orig.filter(pattern, ext(def, options)), "filter"),
    defaults: /* @__PURE__ */ __name((options) => orig.defaults(ext(def, options)), "defaults"),
    makeRe: /* @__PURE__ */ __name((pattern, options = {}) => orig.makeRe(pattern, ext(def, options)), "makeRe"),
    braceExpand: /* @__PURE__ */ __name((pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)), "braceExpand"),
    match: /* @__PURE__ */ __name((list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)), "match"),
    sep: orig.sep,
    GLOBSTAR
  });
}, "defaults");
minimatch.defaults = defaults;
var braceExpand = /* @__PURE__ */ __name((pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
}, "braceExpand");
minimatch.braceExpand = braceExpand;
var makeRe = /* @__PURE__ */ __name((pattern, options = {}) => new Minimatch(pattern, options).makeRe(), "makeRe");
minimatch.makeRe = makeRe;
var match2 = /* @__PURE__ */ __name((list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
}, "match");
minimatch.match = match2;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = /* @__PURE__ */ __name((s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&"), "regExpEscape");
var Minimatch = class {
  static {
    __name(this, "Minimatch");
  }
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// node_modules/@actions/glob/lib/internal-path.js
init_define_ACTION_INPUTS();
import * as path3 from "path";
import assert2 from "assert";
var IS_WINDOWS3 = process.platform === "win32";
var Path = class {
  static {
    __name(this, "Path");
  }
  /**
   * Constructs a Path
   * @param itemPath Path or array of segments
   */
  constructor(itemPath) {
    this.segments = [];
    if (typeof itemPath === "string") {
      assert2(itemPath, `Parameter 'itemPath' must not be empty`);
      itemPath = safeTrimTrailingSeparator(itemPath);
      if (!hasRoot(itemPath)) {
        this.segments = itemPath.split(path3.sep);
      } else {
        let remaining = itemPath;
        let dir = dirname2(remaining);
        while (dir !== remaining) {
          const basename3 = path3.basename(remaining);
          this.segments.unshift(basename3);
          remaining = dir;
          dir = dirname2(remaining);
        }
        this.segments.unshift(remaining);
      }
    } else {
      assert2(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
      for (let i = 0; i < itemPath.length; i++) {
        let segment = itemPath[i];
        assert2(segment, `Parameter 'itemPath' must not contain any empty segments`);
        segment = normalizeSeparators(itemPath[i]);
        if (i === 0 && hasRoot(segment)) {
          segment = safeTrimTrailingSeparator(segment);
          assert2(segment === dirname2(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
          this.segments.push(segment);
        } else {
          assert2(!segment.includes(path3.sep), `Parameter 'itemPath' contains unexpected path separators`);
          this.segments.push(segment);
        }
      }
    }
  }
  /**
   * Converts the path to it's string representation
   */
  toString() {
    let result = this.segments[0];
    let skipSlash = result.endsWith(path3.sep) || IS_WINDOWS3 && /^[A-Z]:$/i.test(result);
    for (let i = 1; i < this.segments.length; i++) {
      if (skipSlash) {
        skipSlash = false;
      } else {
        result += path3.sep;
      }
      result += this.segments[i];
    }
    return result;
  }
};

// node_modules/@actions/glob/lib/internal-pattern.js
var IS_WINDOWS4 = process.platform === "win32";
var Pattern = class _Pattern {
  static {
    __name(this, "Pattern");
  }
  constructor(patternOrNegate, isImplicitPattern = false, segments, homedir2) {
    this.negate = false;
    let pattern;
    if (typeof patternOrNegate === "string") {
      pattern = patternOrNegate.trim();
    } else {
      segments = segments || [];
      assert3(segments.length, `Parameter 'segments' must not empty`);
      const root = _Pattern.getLiteral(segments[0]);
      assert3(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
      pattern = new Path(segments).toString().trim();
      if (patternOrNegate) {
        pattern = `!${pattern}`;
      }
    }
    while (pattern.startsWith("!")) {
      this.negate = !this.negate;
      pattern = pattern.substr(1).trim();
    }
    pattern = _Pattern.fixupPattern(pattern, homedir2);
    this.segments = new Path(pattern).segments;
    this.trailingSeparator = normalizeSeparators(pattern).endsWith(path4.sep);
    pattern = safeTrimTrailingSeparator(pattern);
    let foundGlob = false;
    const searchSegments = this.segments.map((x) => _Pattern.getLiteral(x)).filter((x) => !foundGlob && !(foundGlob = x === ""));
    this.searchPath = new Path(searchSegments).toString();
    this.rootRegExp = new RegExp(_Pattern.regExpEscape(searchSegments[0]), IS_WINDOWS4 ? "i" : "");
    this.isImplicitPattern = isImplicitPattern;
    const minimatchOptions = {
      dot: true,
      nobrace: true,
      nocase: IS_WINDOWS4,
      nocomment: true,
      noext: true,
      nonegate: true
    };
    pattern = IS_WINDOWS4 ? pattern.replace(/\\/g, "/") : pattern;
    this.minimatch = new Minimatch(pattern, minimatchOptions);
  }
  /**
   * Matches the pattern against the specified path
   */
  match(itemPath) {
    if (this.segments[this.segments.length - 1] === "**") {
      itemPath = normalizeSeparators(itemPath);
      if (!itemPath.endsWith(path4.sep) && this.isImplicitPattern === false) {
        itemPath = `${itemPath}${path4.sep}`;
      }
    } else {
      itemPath = safeTrimTrailingSeparator(itemPath);
    }
    if (this.minimatch.match(itemPath)) {
      return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
    }
    return MatchKind.None;
  }
  /**
   * Indicates whether the pattern may match descendants of the specified path
   */
  partialMatch(itemPath) {
    itemPath = safeTrimTrailingSeparator(itemPath);
    if (dirname2(itemPath) === itemPath) {
      return this.rootRegExp.test(itemPath);
    }
    return this.minimatch.matchOne(itemPath.split(IS_WINDOWS4 ? /\\+/ : /\/+/), this.minimatch.set[0], true);
  }
  /**
   * Escapes glob patterns within a path
   */
  static globEscape(s) {
    return (IS_WINDOWS4 ? s : s.replace(/\\/g, "\\\\")).replace(/(\[)(?=[^/]+\])/g, "[[]").replace(/\?/g, "[?]").replace(/\*/g, "[*]");
  }
  /**
   * Normalizes slashes and ensures absolute root
   */
  static fixupPattern(pattern, homedir2) {
    assert3(pattern, "pattern cannot be empty");
    const literalSegments = new Path(pattern).segments.map((x) => _Pattern.getLiteral(x));
    assert3(literalSegments.every((x, i) => (x !== "." || i === 0) && x !== ".."), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
    assert3(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
    pattern = normalizeSeparators(pattern);
    if (pattern === "." || pattern.startsWith(`.${path4.sep}`)) {
      pattern = _Pattern.globEscape(process.cwd()) + pattern.substr(1);
    } else if (pattern === "~" || pattern.startsWith(`~${path4.sep}`)) {
      homedir2 = homedir2 || os.homedir();
      assert3(homedir2, "Unable to determine HOME directory");
      assert3(hasAbsoluteRoot(homedir2), `Expected HOME directory to be a rooted path. Actual '${homedir2}'`);
      pattern = _Pattern.globEscape(homedir2) + pattern.substr(1);
    } else if (IS_WINDOWS4 && (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", pattern.substr(0, 2));
      if (pattern.length > 2 && !root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(2);
    } else if (IS_WINDOWS4 && (pattern === "\\" || pattern.match(/^\\[^\\]/))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", "\\");
      if (!root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(1);
    } else {
      pattern = ensureAbsoluteRoot(_Pattern.globEscape(process.cwd()), pattern);
    }
    return normalizeSeparators(pattern);
  }
  /**
   * Attempts to unescape a pattern segment to create a literal path segment.
   * Otherwise returns empty string.
   */
  static getLiteral(segment) {
    let literal = "";
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i];
      if (c === "\\" && !IS_WINDOWS4 && i + 1 < segment.length) {
        literal += segment[++i];
        continue;
      } else if (c === "*" || c === "?") {
        return "";
      } else if (c === "[" && i + 1 < segment.length) {
        let set = "";
        let closed = -1;
        for (let i2 = i + 1; i2 < segment.length; i2++) {
          const c2 = segment[i2];
          if (c2 === "\\" && !IS_WINDOWS4 && i2 + 1 < segment.length) {
            set += segment[++i2];
            continue;
          } else if (c2 === "]") {
            closed = i2;
            break;
          } else {
            set += c2;
          }
        }
        if (closed >= 0) {
          if (set.length > 1) {
            return "";
          }
          if (set) {
            literal += set;
            i = closed;
            continue;
          }
        }
      }
      literal += c;
    }
    return literal;
  }
  /**
   * Escapes regexp special characters
   * https://javascript.info/regexp-escaping
   */
  static regExpEscape(s) {
    return s.replace(/[[\\^$.|?*+()]/g, "\\$&");
  }
};

// node_modules/@actions/glob/lib/internal-search-state.js
init_define_ACTION_INPUTS();
var SearchState = class {
  static {
    __name(this, "SearchState");
  }
  constructor(path18, level) {
    this.path = path18;
    this.level = level;
  }
};

// node_modules/@actions/glob/lib/internal-globber.js
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  __name(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    __name(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    __name(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    __name(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var __asyncValues = function(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i;
  return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
    return this;
  }, i);
  function verb(n) {
    i[n] = o[n] && function(v) {
      return new Promise(function(resolve, reject) {
        v = o[n](v), settle(resolve, reject, v.done, v.value);
      });
    };
  }
  __name(verb, "verb");
  function settle(resolve, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve({ value: v2, done: d });
    }, reject);
  }
  __name(settle, "settle");
};
var __await = function(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
};
var __asyncGenerator = function(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i, q = [];
  return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
    return this;
  }, i;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  __name(awaitReturn, "awaitReturn");
  function verb(n, f) {
    if (g[n]) {
      i[n] = function(v) {
        return new Promise(function(a, b) {
          q.push([n, v, a, b]) > 1 || resume(n, v);
        });
      };
      if (f) i[n] = f(i[n]);
    }
  }
  __name(verb, "verb");
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  __name(resume, "resume");
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  __name(step, "step");
  function fulfill(value) {
    resume("next", value);
  }
  __name(fulfill, "fulfill");
  function reject(value) {
    resume("throw", value);
  }
  __name(reject, "reject");
  function settle(f, v) {
    if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
  }
  __name(settle, "settle");
};
var IS_WINDOWS5 = process.platform === "win32";
var DefaultGlobber = class _DefaultGlobber {
  static {
    __name(this, "DefaultGlobber");
  }
  constructor(options) {
    this.patterns = [];
    this.searchPaths = [];
    this.options = getOptions(options);
  }
  getSearchPaths() {
    return this.searchPaths.slice();
  }
  glob() {
    return __awaiter(this, void 0, void 0, function* () {
      var _a2, e_1, _b, _c;
      const result = [];
      try {
        for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a2 = _f.done, !_a2; _d = true) {
          _c = _f.value;
          _d = false;
          const itemPath = _c;
          result.push(itemPath);
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (!_d && !_a2 && (_b = _e.return)) yield _b.call(_e);
        } finally {
          if (e_1) throw e_1.error;
        }
      }
      return result;
    });
  }
  globGenerator() {
    return __asyncGenerator(this, arguments, /* @__PURE__ */ __name(function* globGenerator_1() {
      const options = getOptions(this.options);
      const patterns = [];
      for (const pattern of this.patterns) {
        patterns.push(pattern);
        if (options.implicitDescendants && (pattern.trailingSeparator || pattern.segments[pattern.segments.length - 1] !== "**")) {
          patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat("**")));
        }
      }
      const stack = [];
      for (const searchPath of getSearchPaths(patterns)) {
        debug(`Search path '${searchPath}'`);
        try {
          yield __await(fs.promises.lstat(searchPath));
        } catch (err) {
          if (err.code === "ENOENT") {
            continue;
          }
          throw err;
        }
        stack.unshift(new SearchState(searchPath, 1));
      }
      const traversalChain = [];
      while (stack.length) {
        const item = stack.pop();
        const match3 = match(patterns, item.path);
        const partialMatch2 = !!match3 || partialMatch(patterns, item.path);
        if (!match3 && !partialMatch2) {
          continue;
        }
        const stats = yield __await(
          _DefaultGlobber.stat(item, options, traversalChain)
          // Broken symlink, or symlink cycle detected, or no longer exists
        );
        if (!stats) {
          continue;
        }
        if (options.excludeHiddenFiles && path5.basename(item.path).match(/^\./)) {
          continue;
        }
        if (stats.isDirectory()) {
          if (match3 & MatchKind.Directory && options.matchDirectories) {
            yield yield __await(item.path);
          } else if (!partialMatch2) {
            continue;
          }
          const childLevel = item.level + 1;
          const childItems = (yield __await(fs.promises.readdir(item.path))).map((x) => new SearchState(path5.join(item.path, x), childLevel));
          stack.push(...childItems.reverse());
        } else if (match3 & MatchKind.File) {
          yield yield __await(item.path);
        }
      }
    }, "globGenerator_1"));
  }
  /**
   * Constructs a DefaultGlobber
   */
  static create(patterns, options) {
    return __awaiter(this, void 0, void 0, function* () {
      const result = new _DefaultGlobber(options);
      if (IS_WINDOWS5) {
        patterns = patterns.replace(/\r\n/g, "\n");
        patterns = patterns.replace(/\r/g, "\n");
      }
      const lines = patterns.split("\n").map((x) => x.trim());
      for (const line of lines) {
        if (!line || line.startsWith("#")) {
          continue;
        } else {
          result.patterns.push(new Pattern(line));
        }
      }
      result.searchPaths.push(...getSearchPaths(result.patterns));
      return result;
    });
  }
  static stat(item, options, traversalChain) {
    return __awaiter(this, void 0, void 0, function* () {
      let stats;
      if (options.followSymbolicLinks) {
        try {
          stats = yield fs.promises.stat(item.path);
        } catch (err) {
          if (err.code === "ENOENT") {
            if (options.omitBrokenSymbolicLinks) {
              debug(`Broken symlink '${item.path}'`);
              return void 0;
            }
            throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
          }
          throw err;
        }
      } else {
        stats = yield fs.promises.lstat(item.path);
      }
      if (stats.isDirectory() && options.followSymbolicLinks) {
        const realPath = yield fs.promises.realpath(item.path);
        while (traversalChain.length >= item.level) {
          traversalChain.pop();
        }
        if (traversalChain.some((x) => x === realPath)) {
          debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
          return void 0;
        }
        traversalChain.push(realPath);
      }
      return stats;
    });
  }
};

// node_modules/@actions/glob/lib/internal-hash-files.js
init_define_ACTION_INPUTS();

// node_modules/@actions/glob/lib/glob.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  __name(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    __name(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    __name(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    __name(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function create(patterns, options) {
  return __awaiter2(this, void 0, void 0, function* () {
    return yield DefaultGlobber.create(patterns, options);
  });
}
__name(create, "create");

// src/deps.ts
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path6 from "node:path";
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
    const stat = statSync(dir);
    if (stat.isDirectory()) return void 0;
    return stat.isFile() ? "is a file (name the directory that holds it)" : "is not a directory";
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") return "does not exist";
    if (code === "ENOTDIR") return "does not exist (a part of the path is a file)";
    return `cannot be read (${code ?? errorMessage(err)})`;
  }
}
__name(workingDirectoryProblem, "workingDirectoryProblem");
function anchorPattern(dir, pattern, p = path6) {
  const negated = pattern.startsWith("!");
  const body = negated ? pattern.slice(1) : pattern;
  const anchored = p.isAbsolute(body) ? body : p.join(dir, body);
  return negated ? `!${anchored}` : anchored;
}
__name(anchorPattern, "anchorPattern");
function toSlash(file, p = path6) {
  return p.sep === "\\" ? file.replace(/\\/g, "/") : file;
}
__name(toSlash, "toSlash");
function relativeSlashPath(dir, file, p = path6) {
  return toSlash(p.relative(dir, file), p);
}
__name(relativeSlashPath, "relativeSlashPath");
function moduleRoots(files) {
  const dirOf = /* @__PURE__ */ __name((f) => path6.posix.dirname(f), "dirOf");
  const workspaces = files.filter((f) => path6.posix.basename(f) === "go.work").map(dirOf);
  const modules = files.filter((f) => path6.posix.basename(f) === "go.mod").map(dirOf);
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
  const match3 = /^([A-Za-z][A-Za-z0-9+.-]*:)\/\/(.*)$/s.exec(url);
  if (match3 === null) return void 0;
  const scheme = match3[1];
  const afterScheme = match3[2];
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
import os2 from "node:os";
var DOWNLOAD_GOMAXPROCS = 16;
function downloadGoMaxProcs(inherited, cores = os2.availableParallelism()) {
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
      cwd: path7.resolve(options.workingDirectory, root),
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
      const where = { cwd: path7.resolve(options.workingDirectory, root), workspace: options.workspace ?? options.workingDirectory };
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
  const shown = /* @__PURE__ */ __name((file2) => toSlash(path7.relative(where.workspace, path7.resolve(where.cwd, file2))) || ".", "shown");
  let file;
  if ("printed" in fault.file) {
    file = shown(fault.file.printed);
  } else {
    const env = await runGo(["env", "-json", "GOWORK", "GOMOD"], { cwd: where.cwd, env: { GOTOOLCHAIN: "local" } });
    const { GOWORK: gowork = "", GOMOD: gomod = "" } = parseGoEnvFiles(env.stdout);
    const found = gowork !== "" && gowork !== "off" ? gowork : fault.file.inUse === "go.work" ? "" : gomod;
    file = found === "" || found === os3.devNull ? fault.file.inUse : shown(found);
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
  const cwd = path7.resolve(options.workingDirectory, options.roots[0] ?? ".");
  for (const proxy of proxies) {
    const scratch = await mkdtemp(path7.join(os3.tmpdir(), "go-mod-precache-verify-"));
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
import path8 from "node:path";
var OFFLINE_REFUSAL = /GOPROXY=off|GOVCS disallows/;
async function checkReady(workingDirectory, roots, modCache) {
  const all = [];
  const missing = [];
  const unlisted = [];
  for (const root of roots) {
    const run = await runGo(["mod", "download", "-json"], { cwd: path8.resolve(workingDirectory, root), env: OFFLINE });
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
      if (!OFFLINE_REFUSAL.test(m.Error) || !isReady(await moduleFilesOf(modCache, m.Path, m.Version))) absent.push(`${m.Path}@${m.Version}`);
    }
    if (absent.length > 0) missing.push({ root, modules: absent });
  }
  return { modules: uniqueModules(all).map(({ Path: Path2, Version }) => ({ Path: Path2, Version })), missing, unlisted };
}
__name(checkReady, "checkReady");

// src/go/verify.ts
init_define_ACTION_INPUTS();
import path9 from "node:path";
async function verifyModules(workingDirectory, roots) {
  for (const root of roots) {
    const result = await runGo(["mod", "verify"], { cwd: path9.resolve(workingDirectory, root), env: OFFLINE });
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
import path10 from "node:path";

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
  return directiveArgs(text, "require").filter((args) => args.length === 2).map(([path18, version]) => ({ path: path18, version }));
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
  for (const [, escape2, plain] of body.matchAll(/\\(x..|[0-7]{3}|u.{4}|U.{8}|.)|([^\\]+)/gu)) {
    if (plain !== void 0) bytes.push(...Buffer.from(plain));
    else if (escape2.length === 1) bytes.push(ESCAPES[escape2].charCodeAt(0));
    else if (escape2[0] === "u" || escape2[0] === "U") {
      const code = parseInt(escape2.slice(1), 16);
      if (code > 1114111 || code >= 55296 && code < 57344) return void 0;
      bytes.push(...Buffer.from(String.fromCodePoint(code)));
    } else {
      const byte = escape2[0] === "x" ? parseInt(escape2.slice(1), 16) : parseInt(escape2, 8);
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
    const [path18, versionField, hash] = fields;
    if (hash === EMPTY_GO_MOD_HASH) return;
    entries.push(goSumEntry(path18, versionField, hash, line));
  });
  const [first, ...others] = problems;
  if (first !== void 0) throw new GoSumError(fileFaultMessage(positionFault(first, ...others), { file: fileName }));
  return entries;
}
__name(parseGoSum, "parseGoSum");
function goSumEntry(path18, versionField, hash, line) {
  if (versionField.endsWith(GO_MOD_SUFFIX)) {
    return { path: path18, version: versionField.slice(0, -GO_MOD_SUFFIX.length), kind: "mod", hash, line };
  }
  return { path: path18, version: versionField, kind: "zip", hash, line };
}
__name(goSumEntry, "goSumEntry");

// src/go/vouch.ts
async function readGoSums(workingDirectory, roots, repository = workingDirectory) {
  const sums = { entries: [], files: [], missing: [], texts: /* @__PURE__ */ new Map() };
  const add = /* @__PURE__ */ __name(async (relative, optional) => {
    const file = path10.resolve(workingDirectory, relative);
    if (sums.texts.has(file)) return;
    const shown = path10.relative(repository, file).split(path10.sep).join("/");
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
    const work = await readFile2(path10.resolve(workingDirectory, root, "go.work"), "utf8").catch(() => void 0);
    if (work === void 0) {
      await add(path10.posix.join(root, "go.sum"), false);
      continue;
    }
    await add(path10.posix.join(root, "go.work.sum"), true);
    for (const dir of workUses(work)) if (!path10.isAbsolute(dir)) await add(path10.posix.join(root, dir.replace(/\\/g, "/"), "go.sum"), false);
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
    const path18 = module.split("@")[0];
    const isPrivate = ctx.goprivate !== "" && matchPrefixPatterns(ctx.goprivate, path18);
    const shown = ctx.patterns.length > 0 ? ctx.patterns.join(", ") : "(none)";
    if (isPrivate && f.class === "auth" && !ctx.hasToken) {
      out.set(module, `${module} is private (GOPRIVATE=${ctx.goprivate}) and git asked for credentials, but no private-token was given: add \`private-token: \${{ secrets.YOUR_TOKEN }}\`.`);
    } else if (isPrivate && f.class === "auth") {
      out.set(module, `The host rejected private-token for ${module} (401/403): check that the token can read that repository and that private-user fits the host.`);
    } else if (!isPrivate && (f.class === "not-found" || f.class === "sumdb" || f.class === "auth")) {
      out.set(module, `${module} could not be fetched (${f.class}) and matches none of the private patterns [${shown}]: if it is private, add its path (or a pattern such as ${suggestPattern(path18)}) to \`private\`.`);
    }
  }
  return [...out.values()];
}
__name(explainPrivateFailures, "explainPrivateFailures");
function suggestPattern(path18) {
  const parts = path18.split("/");
  return parts.length >= 3 ? `${parts[0]}/${parts[1]}/*` : parts[0];
}
__name(suggestPattern, "suggestPattern");

// src/proxy/prefetch.ts
init_define_ACTION_INPUTS();
import { mkdir, rename, writeFile as writeFile2 } from "node:fs/promises";
import path11 from "node:path";

// src/proxy/probe.ts
init_define_ACTION_INPUTS();
var import_undici = __toESM(require_undici(), 1);

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
    const client = dispatcher.compose(noteConnected(progress), import_undici.interceptors.redirect({ maxRedirections: MAX_REDIRECTS }));
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
  return downloadFile(modCache, m.path, m.version, "info");
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
      await mkdir(path11.dirname(file), { recursive: true });
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
  const { goEnv, workingDirectory } = need(run, "goEnv", "workingDirectory");
  const progress = host().downloadStarted({ modCache: goEnv.GOMODCACHE, workingDirectory });
  try {
    await makeReady(run);
  } finally {
    await progress.stop();
  }
}
__name(precache, "precache");
async function makeReady(run) {
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
__name(makeReady, "makeReady");
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
  const read = /* @__PURE__ */ __name((root) => readFile3(path12.resolve(workingDirectory, root, "go.mod"), "utf8").catch(() => ""), "read");
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
    host().exportVariable("GOPROXY", "off");
    metrics.offline = true;
    metrics.proxy.goproxy = "off";
    info("offline: later steps get GOPROXY=off and build from the module cache alone.");
  } else {
    host().exportVariable("GOPROXY", chain);
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
import path13 from "node:path";
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
  const { inputs, runner, backend, history, historyKey: historyKey2, historyPrefix, metrics } = need(run, "inputs", "runner", "backend", "history", "historyKey", "historyPrefix");
  metrics.history.recent.push({ restoreMs: metrics.cache.restoreMs, downloadMs: metrics.download.ms, state: metrics.cache.state });
  const backendFailed = run.restoreServiceFailed === true || backendFailure(backend) !== void 0;
  const skipSave = historySaveSkip(inputs.save, runner.eventName, history, backendFailed);
  try {
    const file = path13.join(await scratchDir("history-"), "pending.json");
    await writePending(file, { key: historyKey2, keyPrefix: historyPrefix, history: history.history, record: recordOf(metrics, runner), skipSave });
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
import path14 from "node:path";
var MOVED_DIRS = {
  GOMODCACHE: "go-mod-precache\\gomodcache",
  GOCACHE: "go-mod-precache\\gocache"
};
var NAMES = ["GOMODCACHE", "GOCACHE"];
function planGoDirs(input) {
  const stay = /* @__PURE__ */ __name((reason) => ({ moves: [], reason: `GOMODCACHE and GOCACHE stay: ${reason}` }), "stay");
  if (input.platform !== "win32") return stay("not a Windows runner");
  const temp = driveRoot(input.temp);
  if (temp === void 0) return stay("RUNNER_TEMP is not an absolute path on a drive or share");
  const profile = driveRoot(userProfile(input.env));
  if (profile === void 0) return stay("the user profile (USERPROFILE, HOMEDRIVE+HOMEPATH) is unknown");
  if (sameRoot(temp, profile)) return stay(`RUNNER_TEMP is on the user profile's drive ${profile}`);
  const free = NAMES.filter((name) => !input.userSet[name]);
  if (free.length === 0) return stay("both are set by the user");
  const moves = free.filter((name) => onRoot(input.goEnv[name], profile)).map((name) => ({ name, from: input.goEnv[name], to: path14.win32.join(temp, MOVED_DIRS[name]) }));
  const kept = NAMES.filter((name) => input.userSet[name]).map((name) => `; ${name} is set by the user`);
  if (moves.length === 0) return stay(`they are not on the user profile's drive ${profile}${kept.join("")}`);
  const moved = moves.map((m) => m.name).join(" and ");
  return {
    moves,
    reason: `${moved} move${moves.length === 1 ? "s" : ""} from the user profile's drive ${profile} to RUNNER_TEMP's drive ${temp}, which is faster${kept.join("")}`
  };
}
__name(planGoDirs, "planGoDirs");
function applyGoDirs(plan2, exportVariable, env = process.env) {
  for (const m of plan2.moves) {
    env[m.name] = m.to;
    exportVariable(m.name, m.to);
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
  if (!p || !path14.win32.isAbsolute(p)) return void 0;
  const root = path14.win32.parse(path14.win32.normalize(p)).root;
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
function readInputs(get = (name) => host().getInput(name)) {
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
  const { inputs, runner, workingDirectory, metrics } = need(run, "inputs", "runner", "workingDirectory");
  const env = await readGoEnv(workingDirectory);
  maskProxyCredentials([env.GOPROXY]);
  info(`${env.GOVERSION} ${env.GOOS}/${env.GOARCH}, GOMODCACHE=${env.GOMODCACHE}`);
  info(`GOPROXY=${redactGoProxy(env.GOPROXY)} GOSUMDB=${env.GOSUMDB} GOPRIVATE=${env.GOPRIVATE}`);
  metrics.go = { version: env.GOVERSION, os: env.GOOS, arch: env.GOARCH };
  if (process.platform === "win32") await moveGoDirs(workingDirectory, runner.temp, env);
  run.goEnv = env;
  run.primary = primaryChain(inputs.proxies, env.GOPROXY);
}
__name(goEnvironment, "goEnvironment");
async function moveGoDirs(workingDirectory, temp, env) {
  const plan2 = planGoDirs({
    platform: process.platform,
    temp,
    env: process.env,
    userSet: await userSetGoEnv(workingDirectory, ["GOMODCACHE", "GOCACHE"]),
    goEnv: { GOMODCACHE: env.GOMODCACHE, GOCACHE: env.GOCACHE }
  });
  for (const line of applyGoDirs(plan2, (name, value) => host().exportVariable(name, value))) info(line);
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
import path16 from "node:path";

// src/toolchain/install.ts
init_define_ACTION_INPUTS();
import { existsSync } from "node:fs";
import { mkdir as mkdir2, mkdtemp as mkdtemp2, readdir, rmdir, writeFile as writeFile3 } from "node:fs/promises";
import os4 from "node:os";
import path15 from "node:path";

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
  const result = await runGo(["env", "GOHOSTARCH"], { cwd: os4.tmpdir(), env: { GOTOOLCHAIN: "local" }, timeoutMs: 3e4 }).catch(() => void 0);
  const arch = result?.exitCode === 0 ? result.stdout.trim() : "";
  return arch === "" ? void 0 : arch;
}
__name(localGoHostArch, "localGoHostArch");
async function localToolCacheArch() {
  const goarch = await localGoHostArch();
  return goarch === void 0 ? os4.arch() : toolCacheArch(goarch);
}
__name(localToolCacheArch, "localToolCacheArch");
async function findInToolCache(toolchain2, toolCacheVersion2, arch) {
  const dir = filedToolchain(toolCacheVersion2, arch ?? await localToolCacheArch());
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
    const scratch = await mkdtemp2(path15.join(options.scratchRoot, "toolchain-"));
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
  const modCache = path15.join(scratch, "mod");
  const empty = path15.join(scratch, "work");
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
  const platform = toolchainPlatform(path15.basename(dir));
  return platform === void 0 ? localToolCacheArch() : toolCacheArch(platform.goarch);
}
__name(toolchainArch, "toolchainArch");
async function moveIntoToolCache(dir, toolCacheVersion2, arch, rename2 = {}) {
  const target = toolCachePath(toolCacheVersion2, arch);
  await removeEarlierCopy(`${target}.complete`);
  await removeEarlierCopy(target);
  await mkdir2(path15.dirname(target), { recursive: true });
  const moved = await moveDir(dir, target, {
    onRetry: /* @__PURE__ */ __name((code, wait) => info(`Moving the toolchain to ${target} failed with ${code}; retrying in ${wait} ms`), "onRetry"),
    ...rename2
  });
  if (moved.method === "copied") {
    info(`Copied the toolchain to ${target} after ${moved.attempts} rename attempt${moved.attempts === 1 ? "" : "s"} (${moved.code}).`);
  }
  await writeFile3(`${target}.complete`, "");
  const found = filedToolchain(toolCacheVersion2, arch);
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
  const parent = path15.join(modCache, "golang.org");
  const prefix = `toolchain@v0.0.1-${toolchain2}.`;
  const names = existsSync(parent) ? await readdir(parent) : [];
  const name = names.find((n) => n.startsWith(prefix));
  return name === void 0 ? void 0 : path15.join(parent, name);
}
__name(unpackedToolchain, "unpackedToolchain");
function goBinaryIn(toolchainDir) {
  return path15.join(toolchainDir, "bin", process.platform === "win32" ? "go.exe" : "go");
}
__name(goBinaryIn, "goBinaryIn");
function toolCacheRoot() {
  return host().runner().toolCache;
}
__name(toolCacheRoot, "toolCacheRoot");
function toolCachePath(toolCacheVersion2, arch) {
  return path15.join(toolCacheRoot(), TOOL_NAME, toolCacheVersion2, arch);
}
__name(toolCachePath, "toolCachePath");
function filedToolchain(toolCacheVersion2, arch) {
  const dir = toolCachePath(toolCacheVersion2, arch);
  debug(`checking cache: ${dir}`);
  return existsSync(dir) && existsSync(`${dir}.complete`) ? dir : "";
}
__name(filedToolchain, "filedToolchain");
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
        scratchRoot: path16.join(toolCacheRoot(), ".go-mod-precache-tmp")
      }).catch((err) => {
        if (err instanceof ToolchainError) t.attempts = err.attempts;
        throw err;
      });
      t.attempts = fetched.attempts;
      t.source = fetched.source;
      dir = fetched.dir;
      info(`${decision.toolchain} from ${fetched.source}, checked against the checksum database, now in ${dir}`);
    }
    host().addPath(path16.dirname(goBinaryIn(dir)));
    host().exportVariable("GOTOOLCHAIN", "local");
    if (process.env.GOROOT) host().exportVariable("GOROOT", dir);
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
  run.buildKeys = inputs.cacheBuild ? buildCacheKeys(inputs.keyPrefix, runner.os, runner.arch, expectedGoVersion(decision, goEnv), runner.commit || keys.hash) : void 0;
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
  return spread(preferred, count).map(({ path: path18, version, goModHash }) => ({ path: path18, version, goModHash }));
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
var import_undici2 = __toESM(require_undici(), 1);
function sumDbUrl(gosumdb) {
  const [name = "", url] = gosumdb.trim().split(/\s+/);
  if (url !== void 0) return url.replace(/\/+$/, "");
  return `https://${name.split("+")[0]}`;
}
__name(sumDbUrl, "sumDbUrl");
async function probeSumDb(gosumdb, deadline, env, where = {}) {
  const dispatcher = await goDispatcher({ env, ...where });
  try {
    const res = await (0, import_undici2.fetch)(`${sumDbUrl(gosumdb)}/latest`, { dispatcher, signal: deadline });
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
import path17 from "node:path";
async function startRun(run) {
  const inputs = readInputs();
  run.inputs = inputs;
  run.report.metricsFile = inputs.metricsFile || run.report.metricsFile;
  run.report.summary = inputs.summary;
  if (inputs.privateToken !== "") setSecret(inputs.privateToken);
  maskProxyCredentials([inputs.proxies, ...inputs.mirrors, process.env.GOPROXY ?? ""]);
  const runner = host().runner();
  run.runner = runner;
  run.workingDirectory = path17.resolve(runner.workspace, inputs.workingDirectory);
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
async function runMain(host2) {
  useHost(host2);
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
