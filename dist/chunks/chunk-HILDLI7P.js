import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  OFFLINE,
  runGo
} from "./chunk-V4VDJ22K.js";
import {
  savePostState
} from "./chunk-2ESYU22P.js";
import {
  backendFailure
} from "./chunk-XIDZHRQZ.js";
import {
  SUMDB_DIR,
  keepLaterBaseline,
  listModCache,
  partialMarkerFor,
  prunedVersions,
  reasonNotToSave,
  reasonNotToSaveLater,
  selectMembers
} from "./chunk-E2AP4HKA.js";
import {
  capitalize
} from "./chunk-EX3OKT3Z.js";
import {
  sameKey
} from "./chunk-D6OYPYWX.js";
import {
  runSaveJob,
  startSave
} from "./chunk-W2G2VN32.js";
import {
  extractArchive
} from "./chunk-HARHAMGK.js";
import {
  cleanupWarning,
  isEmptyDir,
  pathExists,
  tryRemoveTree
} from "./chunk-JIV6OQGY.js";
import {
  defaultMetricsFile,
  newMetrics
} from "./chunk-AYTF7S4B.js";
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

// src/phases/save.ts
init_define_ACTION_INPUTS();

// src/cache/modcache.ts
init_define_ACTION_INPUTS();
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
function modulesEntry(layout) {
  return `modules-${layout}`;
}
__name(modulesEntry, "modulesEntry");
async function restoreModCache(backend, o) {
  const started = performance.now();
  const done = /* @__PURE__ */ __name((r) => ({
    ...r,
    exactHit: r.state === "hit",
    ms: Math.round(performance.now() - started)
  }), "done");
  if (!backend.available()) {
    info(`${capitalize(backend.name)} is not configured for this job: no restore, no save.`);
    return done({ state: "disabled", serviceFailed: false });
  }
  if (!await isEmptyDir(o.modCache)) {
    info(`GOMODCACHE (${o.modCache}) already has content: using it as it is, without restoring or saving.`);
    return done({ state: "preexisting", serviceFailed: false });
  }
  if (o.skip !== void 0) {
    info(`Not restoring the module cache: ${o.skip}.`);
    return { ...done({ state: "skipped", serviceFailed: false }), ms: 0 };
  }
  try {
    const fetched = await backend.restore(modulesEntry(o.layout), o.primaryKey, o.restoreKeys, o.timeoutMs);
    switch (fetched.outcome) {
      case "timeout":
        warning(`${capitalize(backend.name)} did not answer within cache-timeout (${o.timeoutMs / 1e3} s); going on without the cache.`);
        return done({ state: "unavailable", serviceFailed: true });
      case "service-failed":
        if (!fetched.shown) warning(`${capitalize(backend.name)} failed: ${fetched.why}; going on without the cache.`);
        else info(`Not restored: ${fetched.why}.`);
        return done({ state: "unavailable", serviceFailed: true });
      case "miss":
        info(`No cache entry for ${o.primaryKey} or its restore keys (layout ${o.layout}).`);
        return done({ state: "miss", serviceFailed: false });
      case "broken":
        warning(`Restoring ${fetched.matchedKey} failed (${fetched.why}); the modules are downloaded afresh.`);
        return done({ state: fetched.corrupt ? "miss" : "unavailable", serviceFailed: !fetched.corrupt });
      case "restored": {
        const exact = sameKey(fetched.matchedKey, o.primaryKey);
        try {
          await mkdir(o.modCache, { recursive: true });
          const extracted = await extractArchive(fetched.source, o.modCache);
          info(
            `Restored the module cache from ${fetched.matchedKey} (${exact ? "exact hit" : "restore-key hit"}, layout ${o.layout}, ${extracted.bytes} bytes, fetched and unpacked in ${extracted.ms} ms).`
          );
          return done({
            state: exact ? "hit" : "partial",
            matchedKey: fetched.matchedKey,
            serviceFailed: false,
            sizeBytes: extracted.bytes,
            extractMs: extracted.ms
          });
        } catch (err) {
          const cleaned = await cleanModCache(o.modCache);
          warning(
            `Unpacking ${fetched.matchedKey} failed (${errorMessage(err)}); GOMODCACHE was cleaned${cleaned ? "" : " as far as it could be"} and the modules are downloaded afresh.`
          );
          return done({ state: "miss", serviceFailed: false });
        } finally {
          await fetched.source.close();
        }
      }
    }
  } catch (err) {
    await cleanModCache(o.modCache);
    warning(`Module cache restore failed, continuing without it: ${errorMessage(err)}`);
    return done({ state: "unavailable", serviceFailed: true });
  }
}
__name(restoreModCache, "restoreModCache");
var uncleaned = /* @__PURE__ */ new Map();
function uncleanedPaths(modCache) {
  return uncleaned.get(path.resolve(modCache)) ?? [];
}
__name(uncleanedPaths, "uncleanedPaths");
async function cleanModCache(modCache) {
  const left = await tryRemoveTree(modCache);
  await mkdir(modCache, { recursive: true });
  if (left === void 0) return true;
  const remaining = await leafPaths(modCache);
  uncleaned.set(path.resolve(modCache), [.../* @__PURE__ */ new Set([...uncleanedPaths(modCache), ...remaining])]);
  for (const marker of new Set(remaining.map(partialMarkerFor).filter((m) => m !== void 0))) {
    await markPartial(modCache, marker);
  }
  warning(
    `${cleanupWarning(modCache, left, process.platform)} ${remaining.length} paths stay in GOMODCACHE (the first: ${remaining[0] ?? "none"}); the module versions they belong to are extracted again when needed and are left out of this job's cache entry.`
  );
  return false;
}
__name(cleanModCache, "cleanModCache");
async function markPartial(modCache, marker) {
  const file = path.join(modCache, ...marker.split("/"));
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, "");
  } catch (err) {
    warning(`Could not mark ${file} as partly extracted: ${errorMessage(err)}`);
  }
}
__name(markPartial, "markPartial");
async function leafPaths(dir) {
  const list = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  const parents = new Set(list.map((e) => e.parentPath));
  return list.filter((e) => !e.isDirectory() || !parents.has(path.join(e.parentPath, e.name))).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/")).sort();
}
__name(leafPaths, "leafPaths");

// src/cache/tidy.ts
init_define_ACTION_INPUTS();
import path2 from "node:path";
function parseModGraph(text) {
  const nodes = /* @__PURE__ */ new Set();
  for (const line of text.split("\n")) {
    for (const node of line.trim().split(/\s+/)) {
      const at = node.indexOf("@");
      if (at <= 0) continue;
      const module = node.slice(0, at);
      if (module === "go" || module === "toolchain") continue;
      nodes.add(node);
    }
  }
  return [...nodes];
}
__name(parseModGraph, "parseModGraph");
function withoutUncleaned(members, leftovers) {
  if (leftovers.length === 0) return { members, uncleaned: [] };
  const touches = /* @__PURE__ */ __name((m) => leftovers.some((l) => l === m || l.startsWith(`${m}/`) || m.startsWith(`${l}/`)), "touches");
  return { members: members.filter((m) => !touches(m)), uncleaned: members.filter(touches) };
}
__name(withoutUncleaned, "withoutUncleaned");
async function planModCacheSave(modCache, workingDirectory, roots, needed, layout) {
  const { items } = await listModCache(modCache);
  const hasSumdb = await pathExists(path2.join(modCache, ...SUMDB_DIR.split("/")));
  const keepZip = new Set(needed);
  const keepMod = /* @__PURE__ */ new Set();
  for (const root of roots) {
    const graph = await runGo(["mod", "graph"], { cwd: path2.resolve(workingDirectory, root), env: OFFLINE });
    if (graph.exitCode !== 0) {
      warning(`Not pruning the module cache: go mod graph failed in ${root}: ${graph.stderr.trim()}`);
      for (const item of items) keepZip.add(item.id);
      break;
    }
    for (const node of parseModGraph(graph.stdout)) keepMod.add(node);
  }
  const kept = withoutUncleaned(selectMembers(items, layout, keepZip, keepMod, hasSumdb), uncleanedPaths(modCache));
  if (kept.uncleaned.length > 0) {
    info(`Left out of the entry: ${kept.uncleaned.length} members holding files a failed clean of GOMODCACHE left behind (${kept.uncleaned[0]}\u2026).`);
  }
  return { ...kept, prunedVersions: prunedVersions(items, keepZip) };
}
__name(planModCacheSave, "planModCacheSave");

// src/phases/run.ts
init_define_ACTION_INPUTS();
function newRun() {
  return { started: performance.now(), metrics: newMetrics(), report: { metricsFile: defaultMetricsFile(), summary: true } };
}
__name(newRun, "newRun");
function need(run, ...names) {
  const missing = names.filter((name) => !(name in run));
  if (missing.length > 0) throw new Error(`The run has no ${missing.join(", ")} yet: a phase runs before the one that fills it.`);
  return run;
}
__name(need, "need");
function early(promise) {
  promise.catch(() => void 0);
  return promise;
}
__name(early, "early");

// src/phases/save.ts
async function saveModules(run) {
  const { inputs, runner, backend, backendConfig, workingDirectory, goEnv, deps, keys, restored, downloaded, laterRestored, report, metrics } = need(
    run,
    "inputs",
    "runner",
    "backend",
    "backendConfig",
    "workingDirectory",
    "goEnv",
    "deps",
    "keys",
    "restored",
    "downloaded",
    "laterRestored"
  );
  const keptElsewhere = laterRestored.modules;
  const reason = reasonNotToSave({
    policy: inputs.save,
    eventName: runner.eventName,
    state: restored.state,
    // The history or the build cache lookup may have found the backend failed.
    serviceFailed: restored.serviceFailed || backendFailure(backend) !== void 0,
    cacheEmpty: downloaded.modules.length === 0,
    noneVouched: downloaded.modules.every((m) => downloaded.unvouched.includes(`${m.Path}@${m.Version}`))
  });
  if (reason !== void 0) {
    info(`Not saving: ${reason}.`);
    metrics.cache.saveSkipped = reason;
    return;
  }
  const needed = downloaded.modules.map((m) => `${m.Path}@${m.Version}`).filter((id) => !downloaded.unvouched.includes(id));
  const plan = await planModCacheSave(goEnv.GOMODCACHE, workingDirectory, deps.roots, needed, inputs.cacheLayout);
  const pruned = plan.prunedVersions.filter((id) => !downloaded.unvouched.includes(id) && !keptElsewhere.includes(id));
  metrics.cache.pruned = pruned.length;
  if (pruned.length > 0) info(`Pruned ${pruned.length} module versions no root needs: ${pruned.join(", ")}`);
  const job = {
    entry: modulesEntry(inputs.cacheLayout),
    key: keys.primaryKey,
    root: goEnv.GOMODCACHE,
    members: plan.members,
    backend: backendConfig
  };
  info(`Entry ${keys.primaryKey}: layout ${inputs.cacheLayout}, ${plan.members.length} members.`);
  if (inputs.backgroundSave) {
    metrics.cache.saveMode = "background";
    const background = await startSave(job);
    info(`Saving in the background (process ${background.pid}); the post step waits for it and reports the outcome.`);
    savePostState({ moduleSave: { ...background, key: job.key, timeoutMs: inputs.saveTimeoutMs, report } });
    return;
  }
  metrics.cache.saveMode = "main";
  const outcome = await runSaveJob(backend, job);
  recordSave(metrics, job.key, outcome);
  if (outcome.failed) restored.serviceFailed = true;
}
__name(saveModules, "saveModules");
async function laterBaseline(run) {
  const { inputs, runner, goEnv, keys, restored, laterRestored, downloaded } = need(run, "inputs", "runner", "goEnv", "keys", "restored", "laterRestored", "downloaded");
  const skip = reasonNotToSaveLater({
    policy: inputs.save,
    eventName: runner.eventName,
    state: restored.state,
    serviceFailed: restored.serviceFailed || laterRestored.serviceFailed,
    primaryKey: keys.primaryKey
  });
  const inMain = downloaded.modules.map((m) => `${m.Path}@${m.Version}`);
  const file = await keepLaterBaseline({ modCache: goEnv.GOMODCACHE, layout: inputs.cacheLayout, primaryKey: keys.primaryKey, inMain, restored: laterRestored }, skip);
  if (file !== void 0) savePostState({ later: file });
}
__name(laterBaseline, "laterBaseline");
function recordSave(metrics, key, outcome) {
  Object.assign(metrics.cache, { saved: outcome.saved, saveSkipped: outcome.skipped ?? "", saveMs: outcome.ms });
  if (outcome.sizeBytes !== void 0) metrics.cache.sizeBytes = outcome.sizeBytes;
  if (outcome.files !== void 0) metrics.cache.files = outcome.files;
  const size = outcome.sizeBytes === void 0 ? "" : `, ${outcome.sizeBytes} bytes`;
  if (outcome.saved) info(`Saved the module cache as ${key} in ${outcome.ms} ms (packed in ${outcome.archiveMs} ms${size}).`);
  else if (outcome.failed) warning(`Module cache not saved; the job goes on: ${outcome.skipped}`);
  else info(`Module cache not saved as ${key}: ${outcome.skipped}.`);
}
__name(recordSave, "recordSave");

export {
  restoreModCache,
  cleanModCache,
  newRun,
  need,
  early,
  saveModules,
  laterBaseline,
  recordSave
};
