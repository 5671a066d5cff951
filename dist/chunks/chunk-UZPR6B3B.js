import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readBytes
} from "./chunk-YSGDQK2H.js";
import {
  errorMessage
} from "./chunk-ZUVU6JQI.js";
import {
  info,
  warning
} from "./chunk-INF4JTG2.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/history/pending.ts
init_define_ACTION_INPUTS();
import { readFile, writeFile as writeFile2 } from "node:fs/promises";

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
function recordOf(m, runner, at = /* @__PURE__ */ new Date()) {
  return {
    at: at.toISOString(),
    commit: runner.commit,
    event: runner.eventName,
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
import { writeFile } from "node:fs/promises";
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
    const parsed = parseHistory(zstdDecompressSync(await readBytes(fetched.source, 0, fetched.source.sizeBytes)).toString("utf8"));
    if ("problem" in parsed) {
      const what = parsed.problem === "old-schema" ? "is from another schema" : "is corrupt";
      return { status: "new", history: emptyHistory(), note: `the history entry ${fetched.matchedKey} ${what} (${parsed.detail})` };
    }
    return { status: "loaded", history: parsed.history, key: fetched.matchedKey };
  } catch (err) {
    return { status: "new", history: emptyHistory(), note: `the history entry ${fetched.matchedKey} is corrupt (${errorMessage(err)})` };
  } finally {
    await fetched.source.close();
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

// src/history/pending.ts
async function writePending(file, pending) {
  await writeFile2(file, JSON.stringify(pending));
}
__name(writePending, "writePending");
async function savePending(backendOf, file, saved) {
  let pending;
  try {
    pending = JSON.parse(await readFile(file, "utf8"));
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
  writePending,
  savePending
};
