import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BRANCH_SCOPED_EVENTS
} from "./chunk-NOIZ6CUX.js";
import {
  capitalize
} from "./chunk-66OIBZRC.js";
import {
  errorMessage
} from "./chunk-FIPBAXT2.js";
import {
  info,
  notice,
  warning
} from "./chunk-AXBWWCAH.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

// src/history/phase.ts
init_define_ACTION_INPUTS();
import { readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";

// src/history/record.ts
init_define_ACTION_INPUTS();
var HISTORY_SCHEMA = "go-mod-precache-history/1";
var HISTORY_LIMIT = 50;
function parseHistory(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { problem: "corrupt", detail: `not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (typeof value !== "object" || value === null) return { problem: "corrupt", detail: "not an object" };
  const schema = value.schema;
  if (schema !== HISTORY_SCHEMA) {
    return { problem: "old-schema", detail: `schema ${JSON.stringify(schema ?? null)}, expected ${HISTORY_SCHEMA}` };
  }
  const runs = value.runs;
  if (!Array.isArray(runs)) return { problem: "corrupt", detail: "no runs list" };
  const bad = runs.findIndex((r) => !isRunRecord(r));
  if (bad >= 0) return { problem: "corrupt", detail: `run ${bad + 1} of ${runs.length} is malformed` };
  return { history: { schema: HISTORY_SCHEMA, runs } };
}
__name(parseHistory, "parseHistory");
function isRunRecord(r) {
  if (typeof r !== "object" || r === null) return false;
  const o = r;
  const strings = ["at", "commit", "event", "state"];
  const numbers = ["restoreMs", "downloadMs", "saveMs", "sizeBytes", "modules", "attempts"];
  return strings.every((k) => typeof o[k] === "string") && numbers.every((k) => typeof o[k] === "number" && Number.isFinite(o[k])) && typeof o.failed === "boolean" && Array.isArray(o.proxies) && o.proxies.every(
    (p) => typeof p === "object" && p !== null && typeof p.url === "string" && typeof p.class === "string"
  );
}
__name(isRunRecord, "isRunRecord");
function appendRun(history, run, limit = HISTORY_LIMIT) {
  return { schema: HISTORY_SCHEMA, runs: [...history.runs, run].slice(-limit) };
}
__name(appendRun, "appendRun");
function emptyHistory() {
  return { schema: HISTORY_SCHEMA, runs: [] };
}
__name(emptyHistory, "emptyHistory");
function recordOf(m, env, at = /* @__PURE__ */ new Date()) {
  return {
    at: at.toISOString(),
    commit: env.GITHUB_SHA ?? "",
    event: env.GITHUB_EVENT_NAME ?? "",
    state: m.cache.state,
    restoreMs: m.cache.restoreMs,
    downloadMs: m.download.ms,
    saveMs: m.cache.saveMs,
    sizeBytes: m.cache.sizeBytes,
    modules: m.download.modules,
    attempts: m.download.attempts.length,
    proxies: m.proxy.report.map((r) => ({ url: r.url, class: r.class, latencyMs: r.latencyMs })),
    failed: m.error !== ""
  };
}
__name(recordOf, "recordOf");

// src/history/store.ts
init_define_ACTION_INPUTS();
import { readFile, writeFile } from "node:fs/promises";
import { zstdCompressSync, zstdDecompressSync } from "node:zlib";
var HISTORY_ENTRY = "history";
var HISTORY_KEEP = 3;
function historyKeyPrefix(prefix, runnerOs, runnerArch) {
  return `${prefix}-history-${runnerOs}-${runnerArch}-`;
}
__name(historyKeyPrefix, "historyKeyPrefix");
function historyKey(keyPrefix, env, now = Date.now()) {
  const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter((v) => v !== void 0 && v !== "").join("-");
  return `${keyPrefix}${now.toString(36)}${run === "" ? "" : `-${run}`}-${Math.random().toString(36).slice(2, 8)}`;
}
__name(historyKey, "historyKey");
async function loadHistory(backend, keyPrefix, timeoutMs) {
  if (!backend.available()) return { status: "disabled", history: emptyHistory(), note: `${backend.name} is not configured for this job` };
  let fetched;
  try {
    fetched = await backend.restore(HISTORY_ENTRY, `${keyPrefix}latest`, [keyPrefix], timeoutMs);
  } catch (err) {
    return { status: "unavailable", history: emptyHistory(), note: errorMessage(err) };
  }
  switch (fetched.outcome) {
    case "timeout":
      return { status: "unavailable", history: emptyHistory(), note: `no answer within cache-timeout (${timeoutMs / 1e3} s)` };
    case "service-failed":
      return { status: "unavailable", history: emptyHistory(), note: fetched.why, ...fetched.shown ? { shown: true } : {} };
    case "miss":
      return { status: "new", history: emptyHistory(), note: `no history yet under ${keyPrefix}*` };
    case "broken":
      return { status: "new", history: emptyHistory(), note: `the history entry ${fetched.matchedKey} could not be read (${fetched.why})` };
  }
  try {
    const parsed = parseHistory(zstdDecompressSync(await readFile(fetched.file)).toString("utf8"));
    if ("problem" in parsed) {
      const what = parsed.problem === "old-schema" ? "is from another schema" : "is corrupt";
      return { status: "new", history: emptyHistory(), note: `the history entry ${fetched.matchedKey} ${what} (${parsed.detail})` };
    }
    return { status: "loaded", history: parsed.history, key: fetched.matchedKey };
  } catch (err) {
    return { status: "new", history: emptyHistory(), note: `the history entry ${fetched.matchedKey} is corrupt (${errorMessage(err)})` };
  } finally {
    await backend.discard(fetched.file).catch(() => void 0);
  }
}
__name(loadHistory, "loadHistory");
async function saveHistory(backend, key, keyPrefix, history) {
  try {
    const file = await backend.stagingFile(HISTORY_ENTRY);
    await writeFile(file, zstdCompressSync(Buffer.from(JSON.stringify(history))));
    const stored = await backend.save(HISTORY_ENTRY, key, file);
    await backend.discard(file).catch(() => void 0);
    if (stored.saved) {
      await trimHistory(backend, keyPrefix);
      return true;
    }
    if (stored.failed) warning(`History not saved; the job goes on: ${stored.skipped}`);
    else info(`History not saved as ${key}: ${stored.skipped}.`);
    return false;
  } catch (err) {
    warning(`History not saved; the job goes on: ${errorMessage(err)}`);
    return false;
  }
}
__name(saveHistory, "saveHistory");
async function trimHistory(backend, keyPrefix) {
  if (backend.trim === void 0) return;
  const { removed, problems } = await backend.trim(HISTORY_ENTRY, keyPrefix, HISTORY_KEEP);
  if (removed.length > 0) info(`Removed ${removed.length} older history entr${removed.length === 1 ? "y" : "ies"} of ${keyPrefix}* (the newest ${HISTORY_KEEP} stay).`);
  if (problems.length > 0) warning(`Older history entries not all removed; the job goes on: ${problems.join("; ")}`);
}
__name(trimHistory, "trimHistory");

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

// src/history/phase.ts
var CHART_RUNS = 20;
function announceHistory(metrics, load) {
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
function addThisRun(metrics) {
  metrics.history.recent.push({ restoreMs: metrics.cache.restoreMs, downloadMs: metrics.download.ms, state: metrics.cache.state });
}
__name(addThisRun, "addThisRun");
async function writePending(file, pending) {
  await writeFile2(file, JSON.stringify(pending));
}
__name(writePending, "writePending");
async function savePending(backendOf, file, saved) {
  let pending;
  try {
    pending = JSON.parse(await readFile2(file, "utf8"));
  } catch (err) {
    warning(`History not saved; the job goes on: ${errorMessage(err)}`);
    return;
  }
  if (pending.skipSave !== "") {
    info(`History not saved: ${pending.skipSave}.`);
    return;
  }
  const record = saved === void 0 ? pending.record : { ...pending.record, ...saved };
  const history = appendRun(pending.history, record);
  if (await saveHistory(await backendOf(), pending.key, pending.keyPrefix, history)) {
    info(`History saved as ${pending.key}: ${history.runs.length} run${history.runs.length === 1 ? "" : "s"}.`);
  }
}
__name(savePending, "savePending");

export {
  emptyHistory,
  recordOf,
  historyKeyPrefix,
  historyKey,
  loadHistory,
  leanRestore,
  CHART_RUNS,
  announceHistory,
  announceFlakyProxies,
  historySaveSkip,
  addThisRun,
  writePending,
  savePending
};
