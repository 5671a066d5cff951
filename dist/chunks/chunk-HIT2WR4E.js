import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  sameKey
} from "./chunk-D6OYPYWX.js";
import {
  runSaveJob
} from "./chunk-W2G2VN32.js";
import {
  extractArchive
} from "./chunk-HARHAMGK.js";
import {
  removeTree
} from "./chunk-JIV6OQGY.js";
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

// src/cache/buildcache.ts
init_define_ACTION_INPUTS();
import { mkdir, readdir, readFile, stat, unlink } from "node:fs/promises";
import path from "node:path";
var ENTRY = "build";
var GO_MTIME_INTERVAL_MS = 60 * 60 * 1e3;
function buildCacheKeys(prefix, runnerOs, runnerArch, goVersion, revision) {
  const base = `${prefix}-build-${runnerOs}-${runnerArch}-${goVersion}-`;
  return { primaryKey: `${base}${revision}`, restoreKeys: [base] };
}
__name(buildCacheKeys, "buildCacheKeys");
async function listEntries(dir) {
  const out = [];
  let subdirs;
  try {
    subdirs = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const sub of subdirs) {
    if (!sub.isDirectory() || !/^[0-9a-f]{2}$/.test(sub.name)) continue;
    for (const name of await readdir(path.join(dir, sub.name))) {
      if (!/-[ad]$/.test(name)) continue;
      const file = path.join(dir, sub.name, name);
      const info2 = await stat(file);
      out.push({ file, mtimeMs: info2.mtimeMs, size: info2.size });
    }
  }
  return out;
}
__name(listEntries, "listEntries");
async function fingerprint(dir) {
  const entries = await listEntries(dir);
  const newest = entries.reduce((m, e) => Math.max(m, e.mtimeMs), 0);
  return `${entries.length}:${entries.reduce((s, e) => s + e.size, 0)}:${Math.round(newest)}`;
}
__name(fingerprint, "fingerprint");
function staleEntries(entries, restoredAt, keptOutputs = /* @__PURE__ */ new Set()) {
  return entries.filter((e) => e.mtimeMs < restoredAt - GO_MTIME_INTERVAL_MS && !keptOutputs.has(outputIdOfFile(e.file) ?? ""));
}
__name(staleEntries, "staleEntries");
function outputIdOfEntry(text) {
  return /^v1 [0-9a-f]+ ([0-9a-f]+) /.exec(text)?.[1];
}
__name(outputIdOfEntry, "outputIdOfEntry");
function outputIdOfFile(file) {
  return /([0-9a-f]+)-d$/.exec(path.basename(file))?.[1];
}
__name(outputIdOfFile, "outputIdOfFile");
async function outputsOfFresh(entries, restoredAt) {
  const ids = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (!e.file.endsWith("-a") || e.mtimeMs < restoredAt - GO_MTIME_INTERVAL_MS) continue;
    const id = outputIdOfEntry(await readFile(e.file, "utf8").catch(() => ""));
    if (id !== void 0) ids.add(id);
  }
  return ids;
}
__name(outputsOfFresh, "outputsOfFresh");
async function restoreBuildCache(backend, dir, keys, timeoutMs) {
  if (!backend.available()) return void 0;
  const log = [];
  let matched;
  let unclean;
  try {
    const fetched = await backend.restore(ENTRY, keys.primaryKey, keys.restoreKeys, timeoutMs);
    if (fetched.outcome === "restored") {
      try {
        await mkdir(dir, { recursive: true });
        const extracted = await extractArchive(fetched.source, dir);
        matched = fetched.matchedKey;
        log.push(`Restored the build cache from ${matched} (${extracted.bytes} bytes, fetched and unpacked in ${extracted.ms} ms).`);
      } catch (err) {
        if (!await removeTree(dir)) unclean = `unpacking ${fetched.matchedKey} failed and ${dir} could not be cleaned`;
        warning(`Unpacking the build cache ${fetched.matchedKey} failed (${errorMessage(err)}); going on without it.`);
      } finally {
        await fetched.source.close();
      }
    } else if (fetched.outcome === "broken") {
      warning(`Restoring the build cache ${fetched.matchedKey} failed (${fetched.why}); going on without it.`);
    } else if (fetched.outcome === "timeout") {
      warning(`The build cache lookup did not answer within cache-timeout (${timeoutMs / 1e3} s); going on without it.`);
    } else if (fetched.outcome === "service-failed") {
      if (!fetched.shown) warning(`The build cache lookup failed (${fetched.why}); going on without it.`);
      else log.push(`Build cache not restored: ${fetched.why}.`);
    } else {
      log.push(`No build cache entry for ${keys.primaryKey} or its restore keys.`);
    }
  } catch (err) {
    warning(`Build cache restore failed, going on without it: ${errorMessage(err)}`);
  }
  const state = {
    dir,
    primaryKey: keys.primaryKey,
    exactHit: matched !== void 0 && sameKey(matched, keys.primaryKey),
    restoredAt: Date.now(),
    fingerprint: await fingerprint(dir),
    ...unclean === void 0 ? {} : { unclean }
  };
  return { state, log };
}
__name(restoreBuildCache, "restoreBuildCache");
async function saveBuildCache(backend, state) {
  if (state.unclean !== void 0) {
    info(`Build cache not saved: ${state.unclean}.`);
    return;
  }
  if (state.exactHit) {
    info(`Build cache ${state.primaryKey} was restored exactly; not saving it again.`);
    return;
  }
  if (await fingerprint(state.dir) === state.fingerprint) {
    info("The job did not change the build cache; not saving.");
    return;
  }
  const entries = await listEntries(state.dir);
  const stale = staleEntries(entries, state.restoredAt, await outputsOfFresh(entries, state.restoredAt));
  let kept = 0;
  for (const e of stale) await unlink(e.file).catch(() => kept++);
  info(
    `Dropped ${stale.length - kept} of ${entries.length} build cache entries this job did not use${kept > 0 ? ` (${kept} could not be removed and are saved as they are)` : ""}.`
  );
  const members = await readdir(state.dir);
  const outcome = await runSaveJob(backend, { entry: ENTRY, key: state.primaryKey, root: state.dir, members });
  if (outcome.saved) info(`Saved the build cache as ${state.primaryKey} in ${outcome.ms} ms (${outcome.sizeBytes} bytes).`);
  else if (outcome.failed) warning(`Build cache not saved; the job goes on: ${outcome.skipped}`);
  else info(`Build cache not saved: ${outcome.skipped}.`);
}
__name(saveBuildCache, "saveBuildCache");

export {
  GO_MTIME_INTERVAL_MS,
  buildCacheKeys,
  fingerprint,
  staleEntries,
  outputIdOfEntry,
  restoreBuildCache,
  saveBuildCache
};
