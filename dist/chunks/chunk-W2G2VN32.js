import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SAVE_WORKER_MODE,
  isSingleExecutable
} from "./chunk-Q77CXZWK.js";
import {
  killTreeOf
} from "./chunk-KQXQGJBP.js";
import {
  createArchive
} from "./chunk-HARHAMGK.js";
import {
  cleanupQuietly,
  countFiles,
  pathExists,
  removeTree,
  renameRetrying,
  scratchDir
} from "./chunk-JIV6OQGY.js";
import {
  errorMessage
} from "./chunk-ZUVU6JQI.js";
import {
  host
} from "./chunk-INF4JTG2.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/cache/saver.ts
init_define_ACTION_INPUTS();
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
async function runSaveJob(backend, job) {
  const started = performance.now();
  const ms = /* @__PURE__ */ __name(() => Math.round(performance.now() - started), "ms");
  let archive;
  let archiveMs = 0;
  try {
    archive = await backend.stagingFile(job.entry);
    const packed = await createArchive(job.root, job.members, archive);
    archiveMs = packed.ms;
    const stored = await backend.save(job.entry, job.key, archive);
    return { ...stored, sizeBytes: stored.sizeBytes ?? packed.bytes, files: await countMembers(job), archiveMs, ms: ms() };
  } catch (err) {
    return { saved: false, skipped: `save failed: ${errorMessage(err)}`, failed: true, archiveMs, ms: ms() };
  } finally {
    const staged = archive;
    if (staged !== void 0) await cleanupQuietly(staged, () => backend.discard(staged));
  }
}
__name(runSaveJob, "runSaveJob");
async function countMembers(job) {
  let files = 0;
  for (const m of job.members) {
    const full = path.join(job.root, ...m.split("/"));
    const counted = await countFiles(full);
    files += counted.files > 0 ? counted.files : await pathExists(full) ? 1 : 0;
  }
  return files;
}
__name(countMembers, "countMembers");
function saveFiles(dir) {
  return {
    jobFile: path.join(dir, "job.json"),
    resultFile: path.join(dir, "result.json"),
    logFile: path.join(dir, "log.txt"),
    /** How the worker ended when it ended without a result (see save-worker.ts). */
    exitFile: path.join(dir, "exit.json")
  };
}
__name(saveFiles, "saveFiles");
function workerScript() {
  return path.join(path.dirname(process.argv[1] ?? ""), "save-worker.js");
}
__name(workerScript, "workerScript");
var ownWorkers = /* @__PURE__ */ new Map();
async function startSave(job, script = workerScript()) {
  const files = saveFiles(await scratchDir(`save-${job.entry}-`));
  const described = { job, resultFile: files.resultFile, runner: host().runner() };
  await writeFile(files.jobFile, JSON.stringify(described));
  const log = openSync(files.logFile, "a");
  try {
    const child = spawn(process.execPath, [isSingleExecutable() ? SAVE_WORKER_MODE : script, files.jobFile], {
      // The inputs (private-token among them) are none of the worker's business.
      env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("INPUT_"))),
      detached: true,
      stdio: ["ignore", log, log],
      windowsHide: true
    });
    const record = {};
    child.once("exit", (code, signal) => record.end = signal !== null ? { signal } : { code: code ?? 0 });
    child.once("error", () => void 0);
    child.unref();
    if (child.pid === void 0) throw new Error("the save worker did not start");
    ownWorkers.set(child.pid, record);
    return { pid: child.pid, resultFile: files.resultFile, logFile: files.logFile, startedAt: Date.now() };
  } finally {
    closeSync(log);
  }
}
__name(startSave, "startSave");
async function writeResult(resultFile, outcome) {
  await writeFile(`${resultFile}.tmp`, JSON.stringify(outcome));
  await renameRetrying(`${resultFile}.tmp`, resultFile);
}
__name(writeResult, "writeResult");
async function awaitSave(save, timeoutMs, pollMs = 100) {
  const begun = performance.now();
  const waited = /* @__PURE__ */ __name(() => Math.round(performance.now() - begun), "waited");
  const readLog = /* @__PURE__ */ __name(() => readFile(save.logFile, "utf8").catch(() => ""), "readLog");
  for (; ; ) {
    const running = isRunning(save.pid);
    const text = await readFile(save.resultFile, "utf8").catch(() => void 0);
    if (text !== void 0) {
      const log = await readLog();
      await waitForEnd(save.pid, GONE_WAIT_MS);
      await removeTree(path.dirname(save.resultFile));
      return { done: true, outcome: JSON.parse(text), log, waitedMs: waited() };
    }
    if (!running) {
      const log = await readLog();
      const end = await waitForEnd(save.pid, GONE_WAIT_MS) ?? await readExitRecord(saveFiles(path.dirname(save.resultFile)).exitFile);
      return { done: false, why: noResultReason(end, log), log, waitedMs: waited() };
    }
    if (waited() >= timeoutMs) {
      killTreeOf(save.pid);
      await waitForEnd(save.pid, GONE_WAIT_MS);
      return { done: false, why: `still running after save-timeout (${timeoutMs / 1e3} s); stopped`, log: await readLog(), waitedMs: waited() };
    }
    await sleep(pollMs);
  }
}
__name(awaitSave, "awaitSave");
var GONE_WAIT_MS = 1e4;
async function waitForEnd(pid, ms) {
  const record = ownWorkers.get(pid);
  if (record === void 0) return void 0;
  const deadline = performance.now() + ms;
  while (record.end === void 0 && performance.now() < deadline) await sleep(20);
  return record.end;
}
__name(waitForEnd, "waitForEnd");
async function stopStartedSaves(ms = GONE_WAIT_MS) {
  const running = [...ownWorkers].filter(([, r]) => r.end === void 0).map(([pid]) => pid);
  for (const pid of running) killTreeOf(pid);
  await Promise.all(running.map((pid) => waitForEnd(pid, ms)));
}
__name(stopStartedSaves, "stopStartedSaves");
function startedSavesRunning() {
  return [...ownWorkers.values()].some((r) => r.end === void 0);
}
__name(startedSavesRunning, "startedSavesRunning");
async function readExitRecord(file) {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch {
    return void 0;
  }
}
__name(readExitRecord, "readExitRecord");
function noResultReason(end, log) {
  const how = end === void 0 ? "ended without a result or a record of its exit (a SIGKILL, as the out-of-memory killer sends, leaves none)" : end.signal !== void 0 ? `was killed by ${end.signal} without a result` : `exited with code ${end.code} without a result`;
  const lines = log.split(/\r?\n/).filter((l) => l.trim() !== "" && !/^\s+at |^Node\.js v\d/.test(l));
  const tail = lines.slice(-3).join(" | ");
  return `the save process ${how}; ${tail === "" ? "its log is empty" : `its log ends: ${tail.length > 600 ? `\u2026${tail.slice(-600)}` : tail}`}`;
}
__name(noResultReason, "noResultReason");
function isRunning(pid) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === "EPERM";
  }
  if (process.platform !== "linux") return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}
__name(isRunning, "isRunning");

export {
  runSaveJob,
  saveFiles,
  startSave,
  writeResult,
  awaitSave,
  stopStartedSaves,
  startedSavesRunning,
  noResultReason
};
