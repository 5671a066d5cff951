import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FILES_OF_NEEDED,
  listModCache,
  unescapePath,
  unescapeVersion
} from "./chunk-BZQ7QIIN.js";
import {
  BRANCH_SCOPED_EVENTS
} from "./chunk-NOIZ6CUX.js";
import {
  capitalize
} from "./chunk-66OIBZRC.js";
import {
  LATER_STATE
} from "./chunk-QUMZ6I7R.js";
import {
  runSaveJob
} from "./chunk-T4S2UIK3.js";
import {
  MAX_KEY_LENGTH,
  keyHasPrefix
} from "./chunk-OUTCWNNR.js";
import {
  extractArchive
} from "./chunk-K5MC2QTA.js";
import {
  cleanupQuietly,
  isEmptyDir,
  pathExists,
  removeTree,
  scratchDir
} from "./chunk-UNQDBZCD.js";
import {
  errorMessage
} from "./chunk-FIPBAXT2.js";
import {
  info,
  saveState,
  warning
} from "./chunk-AXBWWCAH.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

// src/cache/laterio.ts
init_define_ACTION_INPUTS();
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";

// src/cache/later.ts
init_define_ACTION_INPUTS();
var LATER = "-later-";
function laterEntry(layout) {
  return `modules-${layout}-later`;
}
__name(laterEntry, "laterEntry");
function laterPrefix(primaryKey) {
  return `${primaryKey}${LATER}`;
}
__name(laterPrefix, "laterPrefix");
function laterKey(primaryKey, nowMs) {
  return `${laterPrefix(primaryKey)}${nowMs}`;
}
__name(laterKey, "laterKey");
function laterFits(primaryKey, nowMs = Date.now()) {
  return laterKey(primaryKey, nowMs).length <= MAX_KEY_LENGTH;
}
__name(laterFits, "laterFits");
function laterRestoreKeys(primaryKey, restoreKeys) {
  return [laterPrefix(primaryKey), ...restoreKeys];
}
__name(laterRestoreKeys, "laterRestoreKeys");
function restoresLater(state) {
  return state === "hit" || state === "partial";
}
__name(restoresLater, "restoresLater");
function reasonNotToSaveLater(d) {
  if (d.state === "disabled") return "the cache service is not configured for this job";
  if (d.serviceFailed) return "the cache service already failed in this job";
  if (d.state === "preexisting") return "GOMODCACHE had content before this step, which is not ours to save";
  if (d.policy === "never") return "input 'save' is 'never'";
  if (d.policy === "auto" && BRANCH_SCOPED_EVENTS.includes(d.eventName)) return `input 'save' is 'auto' and this is a ${d.eventName} event`;
  if (!laterFits(d.primaryKey)) return `its key would pass the cache service's ${MAX_KEY_LENGTH} characters (a long key-prefix)`;
  return void 0;
}
__name(reasonNotToSaveLater, "reasonNotToSaveLater");
function selectLaterMembers(s) {
  const byId = /* @__PURE__ */ new Map();
  for (const item of s.items) byId.set(item.id, [...byId.get(item.id) ?? [], item]);
  const kinds = FILES_OF_NEEDED[s.layout];
  const members = [];
  for (const [id, items] of byId) {
    if (s.inMain.has(id)) continue;
    const has = /* @__PURE__ */ __name((kind) => items.some((i) => i.kind === kind), "has");
    const wanted = items.filter((i) => !s.baseline.has(i.rel) || s.carried.has(i.rel));
    const complete = /* @__PURE__ */ __name((i) => i.kind === "zip" && has("ziphash") || i.kind === "dir" && has("ziphash") && !has("partial") || i.kind === "mod" || i.kind === "info" && has("mod"), "complete");
    const chosen = wanted.filter((i) => kinds.has(i.kind) && i.kind !== "ziphash" && complete(i));
    if (chosen.some((i) => i.kind === "zip" || i.kind === "dir")) chosen.push(...items.filter((i) => i.kind === "ziphash"));
    members.push(...chosen.map((i) => i.rel));
  }
  if (members.length > 0) members.push(...s.sumdb.filter((f) => (!s.baseline.has(f.rel) || s.carried.has(f.rel)) && f.size > 0).map((f) => f.rel));
  return [...new Set(members)].sort();
}
__name(selectLaterMembers, "selectLaterMembers");
function laterUnchanged(members, restored, sameKey) {
  return members.length === 0 || sameKey && members.every((m) => restored.has(m));
}
__name(laterUnchanged, "laterUnchanged");

// src/cache/laterio.ts
var UNREAD_AGE_MS = 2 * 24 * 36e5;
var NONE = { rels: [], modules: [], sameKey: false, serviceFailed: false, unreadSince: 0 };
function fetchLater(backend, modCache, layout, keys, timeoutMs) {
  if (!backend.available() || !laterFits(keys.primaryKey)) return void 0;
  const fetching = isEmptyDir(modCache).then(
    (empty) => empty ? backend.restore(laterEntry(layout), laterPrefix(keys.primaryKey), laterRestoreKeys(keys.primaryKey, keys.restoreKeys), timeoutMs) : void 0
  );
  fetching.catch(() => void 0);
  return fetching;
}
__name(fetchLater, "fetchLater");
async function restoreLater(backend, fetching, restored, modCache, primaryKey) {
  const fetched = await fetching?.catch((err) => ({ outcome: "service-failed", why: errorMessage(err) }));
  if (fetched === void 0) return NONE;
  if (!restoresLater(restored.state)) {
    if (fetched.outcome === "restored") await cleanupQuietly(fetched.file, () => backend.discard(fetched.file));
    info(`Modules later steps added: not restored, as the module cache was not (${restored.state}).`);
    return { ...NONE, serviceFailed: fetched.outcome === "timeout" || fetched.outcome === "service-failed" };
  }
  switch (fetched.outcome) {
    case "timeout":
    case "service-failed":
      warning(`${capitalize(backend.name)} failed in the lookup of the modules later steps added (${fetched.outcome === "timeout" ? "no answer within cache-timeout" : fetched.why}); they are fetched again if needed.`);
      return { ...NONE, serviceFailed: true };
    case "miss":
      info("Modules later steps added: no entry yet.");
      return NONE;
    case "broken":
      warning(`Restoring the modules later steps added (${fetched.matchedKey}) failed (${fetched.why}); they are fetched again if needed.`);
      return { ...NONE, serviceFailed: !fetched.corrupt };
  }
  const started = performance.now();
  let scratch;
  try {
    await mkdir(path.join(modCache, "cache"), { recursive: true });
    scratch = await mkdtemp(path.join(modCache, "cache", ".later-"));
    await extractArchive(fetched.file, scratch);
    const rels = [];
    await mergeInto(scratch, modCache, "", rels);
    const sameKey = keyHasPrefix(fetched.matchedKey, laterPrefix(primaryKey));
    const unreadSince = sameKey ? 0 : await setUnread(modCache, rels, scratch);
    info(`Restored ${describeModules(rels)} later steps added, from ${fetched.matchedKey} (${fetched.sizeBytes} bytes, unpacked and merged in ${Math.round(performance.now() - started)} ms).`);
    return { rels, modules: wholeModules(rels), sameKey, serviceFailed: false, unreadSince };
  } catch (err) {
    warning(`Unpacking the modules later steps added (${fetched.matchedKey}) failed (${errorMessage(err)}); they are fetched again if needed.`);
    return NONE;
  } finally {
    if (scratch !== void 0) await removeTree(scratch);
    await cleanupQuietly(fetched.file, () => backend.discard(fetched.file));
  }
}
__name(restoreLater, "restoreLater");
async function mergeInto(src, dst, rel, moved) {
  for (const e of await readdir(path.join(src, ...rel.split("/")), { withFileTypes: true })) {
    const child = rel === "" ? e.name : `${rel}/${e.name}`;
    const inCache = child === "cache" || child.startsWith("cache/");
    if (e.isDirectory() && (inCache || !e.name.includes("@"))) {
      await mergeInto(src, dst, child, moved);
      continue;
    }
    const to = path.join(dst, ...child.split("/"));
    if (await pathExists(to)) continue;
    await mkdir(path.dirname(to), { recursive: true });
    await moveUnit(path.join(src, ...child.split("/")), to, e.isDirectory());
    moved.push(child);
  }
}
__name(mergeInto, "mergeInto");
async function moveUnit(from, to, isDir) {
  const mode = isDir ? (await stat(from)).mode & 4095 : void 0;
  if (mode !== void 0 && (mode & 128) === 0) await chmod(from, mode | 128);
  await rename(from, to);
  if (mode !== void 0 && (mode & 128) === 0) await chmod(to, mode);
}
__name(moveUnit, "moveUnit");
function wholeIds(rels) {
  return moduleIds(rels.filter((r) => !r.startsWith("cache/") || r.endsWith(".zip")));
}
__name(wholeIds, "wholeIds");
function wholeModules(rels) {
  return wholeIds(rels).flatMap((id) => {
    const at = id.lastIndexOf("@");
    try {
      return [`${unescapePath(id.slice(0, at))}@${unescapeVersion(id.slice(at + 1))}`];
    } catch {
      return [];
    }
  });
}
__name(wholeModules, "wholeModules");
function describeModules(rels) {
  const whole = new Set(wholeIds(rels));
  const modOnly = moduleIds(rels).filter((id) => !whole.has(id)).length;
  return `${whole.size} module version${whole.size === 1 ? "" : "s"}${modOnly > 0 ? ` (and the go.mod files of ${modOnly} more)` : ""}`;
}
__name(describeModules, "describeModules");
function moduleIds(rels) {
  const ids = /* @__PURE__ */ new Set();
  for (const r of rels) {
    const dir = /^([^@]+@[^/]+)$/.exec(r);
    const file = /^cache\/download\/(.+)\/@v\/(.+)\.(?:mod|zip|ziphash|info)$/.exec(r);
    if (dir) ids.add(dir[1]);
    else if (file && !r.startsWith("cache/download/sumdb/")) ids.add(`${file[1]}@${file[2]}`);
  }
  return [...ids];
}
__name(moduleIds, "moduleIds");
async function setUnread(modCache, rels, scratch) {
  const now = Date.now();
  const back = new Date(now - UNREAD_AGE_MS);
  const probe = path.join(scratch, "atime-probe");
  await writeFile(probe, "probe");
  await utimes(probe, back, (await stat(probe)).mtime);
  await readFile(probe);
  if ((await stat(probe)).atimeMs < now - UNREAD_AGE_MS / 2) {
    info("This file system does not record reads: restored modules of another key are not carried over.");
    return 0;
  }
  for (const r of rels.filter((r2) => r2.startsWith("cache/download/"))) {
    const file = path.join(modCache, ...r.split("/"));
    await utimes(file, back, (await stat(file)).mtime).catch(() => void 0);
  }
  return now;
}
__name(setUnread, "setUnread");
async function readSince(modCache, rels, since) {
  const read = /* @__PURE__ */ new Set();
  if (since === 0) return read;
  for (const r of rels.filter((r2) => r2.startsWith("cache/download/") && !r2.startsWith("cache/download/sumdb/"))) {
    const info2 = await stat(path.join(modCache, ...r.split("/"))).catch(() => void 0);
    if (info2 !== void 0 && info2.atimeMs > since - UNREAD_AGE_MS / 2) read.add(r);
  }
  const ids = new Set(moduleIds([...read]));
  if (ids.size === 0) return read;
  return new Set(rels.filter((r) => r.startsWith("cache/download/sumdb/") || moduleIds([r]).some((id) => ids.has(id))));
}
__name(readSince, "readSince");
async function listSumdb(modCache) {
  const root = path.join(modCache, "cache", "download", "sumdb");
  const list = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => []);
  const out = [];
  for (const e of list) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    out.push({ rel: path.relative(modCache, full).split(path.sep).join("/"), size: (await stat(full)).size });
  }
  return out;
}
__name(listSumdb, "listSumdb");
async function existedAt(modCache, rels, ms) {
  const old = /* @__PURE__ */ new Set();
  for (const rel of rels) {
    const info2 = await stat(path.join(modCache, ...rel.split("/"))).catch(() => void 0);
    if (info2 === void 0 || info2.ctimeMs <= ms) old.add(rel);
  }
  return old;
}
__name(existedAt, "existedAt");
async function keepLaterBaseline(o, skip) {
  if (skip !== void 0) {
    info(`Modules later steps add are not saved: ${skip}.`);
    return;
  }
  try {
    const file = path.join(await scratchDir("later-"), "baseline.json");
    await writeFile(file, JSON.stringify({ ...o, mainEndedAt: Date.now() }));
    saveState(LATER_STATE, file);
  } catch (err) {
    warning(`Modules later steps add will not be saved; the job goes on: ${errorMessage(err)}`);
  }
}
__name(keepLaterBaseline, "keepLaterBaseline");
async function saveLater(backendOf, stateFile, skip) {
  if (skip !== void 0) {
    info(`Modules later steps added are not saved: ${skip}.`);
    return;
  }
  try {
    const b = JSON.parse(await readFile(stateFile, "utf8"));
    const { items } = await listModCache(b.modCache);
    const restored = new Set(b.restored.rels);
    const carried = b.restored.sameKey ? restored : await readSince(b.modCache, b.restored.rels, b.restored.unreadSince);
    const sumdb = await listSumdb(b.modCache);
    const members = selectLaterMembers({
      items,
      baseline: await existedAt(b.modCache, [...items.map((i) => i.rel), ...sumdb.map((f) => f.rel)], b.mainEndedAt),
      carried,
      inMain: new Set(b.inMain),
      layout: b.layout,
      sumdb
    });
    if (laterUnchanged(members, restored, b.restored.sameKey)) {
      info(`Later steps added no module versions to GOMODCACHE${restored.size > 0 ? " beyond those restored" : ""}: nothing to save.`);
      return;
    }
    const key = laterKey(b.primaryKey, Date.now());
    const backend = await backendOf();
    const outcome = await runSaveJob(backend, { entry: laterEntry(b.layout), key, root: b.modCache, members });
    if (outcome.saved) {
      info(`Saved ${describeModules(members)} later steps added as ${key} in ${outcome.ms} ms (${outcome.sizeBytes} bytes): ${wholeModules(members).sort().join(", ")}.`);
      const trimmed = await backend.trim?.(laterEntry(b.layout), laterPrefix(b.primaryKey), 1);
      for (const p of trimmed?.problems ?? []) info(`Older entries of modules later steps added not all removed: ${p}`);
    } else if (outcome.failed) warning(`Modules later steps added not saved; the job goes on: ${outcome.skipped}`);
    else info(`Modules later steps added not saved as ${key}: ${outcome.skipped}.`);
  } catch (err) {
    warning(`Modules later steps added not saved; the job goes on: ${errorMessage(err)}`);
  } finally {
    await removeTree(path.dirname(stateFile));
  }
}
__name(saveLater, "saveLater");

export {
  reasonNotToSaveLater,
  fetchLater,
  restoreLater,
  keepLaterBaseline,
  saveLater
};
