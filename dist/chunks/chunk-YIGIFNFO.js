import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  backendConfigOf,
  backendFailure,
  capitalize,
  create,
  createBackend,
  require_semver
} from "./chunk-NXZXUYFN.js";
import {
  GIT_CREDENTIALS_STATE,
  matchPrefixPatterns,
  noProxy,
  parsePatterns,
  phase,
  readRunnerContext,
  removePrivateCredentials,
  setupPrivateModules
} from "./chunk-HZSXACCT.js";
import {
  OFFLINE,
  outputLines,
  runCommand,
  runGo
} from "./chunk-7F2RCTC4.js";
import {
  awaitSave,
  runSaveJob,
  startSave
} from "./chunk-PVWEZRIX.js";
import {
  CONNECT_TIMEOUT_MS,
  basicAuthorization,
  compareGoVersions,
  goDispatcher,
  isLanguageVersion,
  netrcEntryFor,
  readNetrc,
  require_undici,
  toolCacheVersion,
  versionOfGoVersion,
  versionOfToolchain
} from "./chunk-IQH3LQVW.js";
import {
  MAX_KEY_LENGTH,
  assertKeyLengths,
  computeCacheKeys,
  keyHasPrefix,
  sameKey
} from "./chunk-JUKKLOYV.js";
import {
  extractArchive
} from "./chunk-SLRPWYMK.js";
import {
  ActionError,
  InputError,
  addPath,
  cleanupQuietly,
  cleanupWarning,
  debug,
  errorMessage,
  exportVariable,
  getInput,
  getState,
  info,
  isEmptyDir,
  makeWritable,
  moveDir,
  notice,
  pathExists,
  removalCause,
  removeTree,
  saveState,
  scratchDir,
  setOutput,
  setSecret,
  summary,
  tryRemoveTree,
  warning
} from "./chunk-ZPQ4G7YA.js";
import {
  __name,
  __toESM,
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

// src/main.ts
init_define_ACTION_INPUTS();
import path17 from "node:path";

// src/cache/buildcache.ts
init_define_ACTION_INPUTS();
import { mkdir, readdir, readFile, stat, unlink } from "node:fs/promises";
import path from "node:path";
var BUILD_CACHE_STATE = "build-cache";
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
  const entries2 = await listEntries(dir);
  const newest = entries2.reduce((m, e) => Math.max(m, e.mtimeMs), 0);
  return `${entries2.length}:${entries2.reduce((s, e) => s + e.size, 0)}:${Math.round(newest)}`;
}
__name(fingerprint, "fingerprint");
function staleEntries(entries2, restoredAt, keptOutputs = /* @__PURE__ */ new Set()) {
  return entries2.filter((e) => e.mtimeMs < restoredAt - GO_MTIME_INTERVAL_MS && !keptOutputs.has(outputIdOfFile(e.file) ?? ""));
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
async function outputsOfFresh(entries2, restoredAt) {
  const ids = /* @__PURE__ */ new Set();
  for (const e of entries2) {
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
        const extracted = await extractArchive(fetched.file, dir);
        matched = fetched.matchedKey;
        log.push(`Restored the build cache from ${matched} (${fetched.sizeBytes} bytes, unpacked in ${extracted.ms} ms).`);
      } catch (err) {
        if (!await removeTree(dir)) unclean = `unpacking ${fetched.matchedKey} failed and ${dir} could not be cleaned`;
        warning(`Unpacking the build cache ${fetched.matchedKey} failed (${errorMessage(err)}); going on without it.`);
      } finally {
        await cleanupQuietly(fetched.file, () => backend.discard(fetched.file));
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
  saveState(BUILD_CACHE_STATE, JSON.stringify(state));
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
  const entries2 = await listEntries(state.dir);
  const stale = staleEntries(entries2, state.restoredAt, await outputsOfFresh(entries2, state.restoredAt));
  let kept = 0;
  for (const e of stale) await unlink(e.file).catch(() => kept++);
  info(
    `Dropped ${stale.length - kept} of ${entries2.length} build cache entries this job did not use${kept > 0 ? ` (${kept} could not be removed and are saved as they are)` : ""}.`
  );
  const members = await readdir(state.dir);
  const outcome = await runSaveJob(backend, { entry: ENTRY, key: state.primaryKey, root: state.dir, members });
  if (outcome.saved) info(`Saved the build cache as ${state.primaryKey} in ${outcome.ms} ms (${outcome.sizeBytes} bytes).`);
  else if (outcome.failed) warning(`Build cache not saved; the job goes on: ${outcome.skipped}`);
  else info(`Build cache not saved: ${outcome.skipped}.`);
}
__name(saveBuildCache, "saveBuildCache");

// src/cache/laterio.ts
init_define_ACTION_INPUTS();
import { chmod, mkdir as mkdir2, mkdtemp, readdir as readdir3, readFile as readFile2, rename, stat as stat2, utimes, writeFile } from "node:fs/promises";
import path3 from "node:path";

// src/go/escape.ts
init_define_ACTION_INPUTS();
var WINDOWS_RESERVED = /* @__PURE__ */ new Set([
  "CON",
  "PRN",
  "AUX",
  "NUL",
  ...Array.from({ length: 9 }, (_, i) => `COM${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `LPT${i + 1}`)
]);
var FILE_NAME_PUNCTUATION = "!#$%&()+,-.=@[]^_{}~ ";
function isAsciiAlnum(c) {
  return c >= "0" && c <= "9" || c >= "a" && c <= "z" || c >= "A" && c <= "Z";
}
__name(isAsciiAlnum, "isAsciiAlnum");
function isUpper(c) {
  return c >= "A" && c <= "Z";
}
__name(isUpper, "isUpper");
function isPathChar(c) {
  return isAsciiAlnum(c) || "+-._~".includes(c);
}
__name(isPathChar, "isPathChar");
function isFileNameChar(c) {
  if (c.codePointAt(0) < 128) return isAsciiAlnum(c) || FILE_NAME_PUNCTUATION.includes(c);
  return new RegExp("^\\p{L}$", "u").test(c);
}
__name(isFileNameChar, "isFileNameChar");
function isFirstElementChar(c) {
  return c >= "0" && c <= "9" || c >= "a" && c <= "z" || c === "-" || c === ".";
}
__name(isFirstElementChar, "isFirstElementChar");
function elementProblem(elem, fileName) {
  if (elem === "") return "empty path element";
  if (/^\.+$/.test(elem)) return `invalid path element "${elem}"`;
  if (elem.startsWith(".") && !fileName) return "leading dot in path element";
  if (elem.endsWith(".")) return "trailing dot in path element";
  const charOK = fileName ? isFileNameChar : isPathChar;
  for (const c of elem) {
    if (!charOK(c)) return `invalid char ${JSON.stringify(c)}`;
  }
  const short = elem.split(".")[0].toUpperCase();
  if (WINDOWS_RESERVED.has(short)) return `"${short}" disallowed as path element component on Windows`;
  return void 0;
}
__name(elementProblem, "elementProblem");
function majorSuffixOK(path18) {
  if (path18.startsWith("gopkg.in/")) return /\.v(0|[1-9][0-9]*)(-unstable)?$/.test(path18);
  const m = /\/v([0-9.]+)$/.exec(path18);
  if (m === null) return true;
  const n = m[1];
  return !n.includes(".") && !n.startsWith("0") && n !== "1";
}
__name(majorSuffixOK, "majorSuffixOK");
function modulePathProblem(path18) {
  if (path18 === "") return "empty string";
  if (path18.includes("..")) return "double dot";
  if (path18.includes("//")) return "double slash";
  if (path18.endsWith("/")) return "trailing slash";
  if (path18.startsWith("/")) return "leading slash";
  const elems = path18.split("/");
  for (const elem of elems) {
    const problem = elementProblem(elem, false);
    if (problem !== void 0) return problem;
  }
  const first = elems[0];
  if (!first.includes(".")) return "missing dot in first path element";
  if (first.startsWith("-")) return "leading dash in first path element";
  for (const c of first) {
    if (!isFirstElementChar(c)) return `invalid char ${JSON.stringify(c)} in first path element`;
  }
  if (!majorSuffixOK(path18)) return "invalid version";
  return void 0;
}
__name(modulePathProblem, "modulePathProblem");
function versionProblem(version) {
  if (version.includes("!")) return "contains '!'";
  return elementProblem(version, true);
}
__name(versionProblem, "versionProblem");
function escapeString(s) {
  let out = "";
  for (const c of s) {
    if (c.codePointAt(0) >= 128) throw new Error(`cannot case-escape non-ASCII ${JSON.stringify(s)}`);
    out += isUpper(c) ? "!" + c.toLowerCase() : c;
  }
  return out;
}
__name(escapeString, "escapeString");
function unescapeString(escaped) {
  let out = "";
  let bang = false;
  for (const c of escaped) {
    if (c.codePointAt(0) >= 128) return void 0;
    if (bang) {
      if (c < "a" || c > "z") return void 0;
      out += c.toUpperCase();
      bang = false;
    } else if (c === "!") {
      bang = true;
    } else if (isUpper(c)) {
      return void 0;
    } else {
      out += c;
    }
  }
  return bang ? void 0 : out;
}
__name(unescapeString, "unescapeString");
function escapePath(path18) {
  const problem = modulePathProblem(path18);
  if (problem !== void 0) throw new Error(`malformed module path "${path18}": ${problem}`);
  return escapeString(path18);
}
__name(escapePath, "escapePath");
function unescapePath(escaped) {
  const path18 = unescapeString(escaped);
  if (path18 === void 0) throw new Error(`invalid escaped module path "${escaped}"`);
  const problem = modulePathProblem(path18);
  if (problem !== void 0) throw new Error(`invalid escaped module path "${escaped}": ${problem}`);
  return path18;
}
__name(unescapePath, "unescapePath");
function escapeVersion(version) {
  const problem = versionProblem(version);
  if (problem !== void 0) throw new Error(`disallowed version string "${version}": ${problem}`);
  return escapeString(version);
}
__name(escapeVersion, "escapeVersion");
function unescapeVersion(escaped) {
  const version = unescapeString(escaped);
  if (version === void 0) throw new Error(`invalid escaped version "${escaped}"`);
  const problem = elementProblem(version, true);
  if (problem !== void 0) throw new Error(`invalid escaped version "${escaped}": ${problem}`);
  return version;
}
__name(unescapeVersion, "unescapeVersion");

// src/cache/later.ts
init_define_ACTION_INPUTS();

// src/cache/layout.ts
init_define_ACTION_INPUTS();
var CACHE_LAYOUTS = ["lean", "full", "zips"];
var SUMDB_DIR = "cache/download/sumdb";
var FILES_OF_NEEDED = {
  lean: /* @__PURE__ */ new Set(["dir", "ziphash", "mod", "info"]),
  full: /* @__PURE__ */ new Set(["dir", "zip", "ziphash", "mod", "info"]),
  zips: /* @__PURE__ */ new Set(["zip", "ziphash", "mod", "info"])
};
function selectMembers(items, layout, keepZip, keepMod, hasSumdb) {
  const partial = new Set(items.filter((i) => i.kind === "partial").map((i) => i.id));
  const kinds = FILES_OF_NEEDED[layout];
  const members = [];
  for (const item of items) {
    if (keepZip.has(item.id)) {
      if (kinds.has(item.kind) && !(item.kind === "dir" && partial.has(item.id))) members.push(item.rel);
    } else if (keepMod.has(item.id) && (item.kind === "mod" || item.kind === "info")) {
      members.push(item.rel);
    }
  }
  if (hasSumdb) members.push(SUMDB_DIR);
  return members.sort();
}
__name(selectMembers, "selectMembers");
function prunedVersions(items, keepZip) {
  const pruned = /* @__PURE__ */ new Set();
  for (const item of items) {
    if ((item.kind === "dir" || item.kind === "zip") && !keepZip.has(item.id)) pruned.add(item.id);
  }
  return [...pruned].sort();
}
__name(prunedVersions, "prunedVersions");
function isReady(f) {
  return f.zip || f.dir && !f.partial && f.ziphash;
}
__name(isReady, "isReady");

// src/cache/policy.ts
init_define_ACTION_INPUTS();
var BRANCH_SCOPED_EVENTS = ["pull_request", "pull_request_target", "merge_group"];
function reasonNotToSave(d) {
  if (d.state === "disabled") return "the cache service is not configured for this job";
  if (d.serviceFailed) return "the cache service already failed in this job";
  if (d.state === "hit") return "the restore was an exact hit";
  if (d.state === "preexisting") return "GOMODCACHE had content before this step, which is not ours to save";
  if (d.policy === "never") return "input 'save' is 'never'";
  if (d.policy === "auto" && BRANCH_SCOPED_EVENTS.includes(d.eventName)) {
    return `input 'save' is 'auto' and this is a ${d.eventName} event`;
  }
  if (d.cacheEmpty) return "the module cache is empty (no requirements)";
  if (d.noneVouched) return "go.sum vouches for none of the module versions";
  return void 0;
}
__name(reasonNotToSave, "reasonNotToSave");
function shouldVerify(policy, state) {
  if (policy === "never") return false;
  if (policy === "always") return state === "hit" || state === "partial" || state === "preexisting";
  return state === "partial" || state === "preexisting";
}
__name(shouldVerify, "shouldVerify");

// src/cache/later.ts
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
function laterUnchanged(members, restored, sameKey2) {
  return members.length === 0 || sameKey2 && members.every((m) => restored.has(m));
}
__name(laterUnchanged, "laterUnchanged");

// src/cache/prune.ts
init_define_ACTION_INPUTS();
import { readdir as readdir2 } from "node:fs/promises";
import path2 from "node:path";
async function listModCache(modCache) {
  const items = [];
  await walkExtracted(modCache, "", items);
  await walkDownload(path2.join(modCache, "cache", "download"), "", items);
  let hasVcs = false;
  try {
    hasVcs = (await readdir2(path2.join(modCache, "cache", "vcs"))).length > 0;
  } catch {
  }
  return { items, hasVcs };
}
__name(listModCache, "listModCache");
async function entries(dir) {
  try {
    return await readdir2(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
__name(entries, "entries");
async function walkExtracted(root, rel, out) {
  for (const e of await entries(path2.join(root, rel))) {
    if (!e.isDirectory()) continue;
    const child = rel === "" ? e.name : `${rel}/${e.name}`;
    if (rel === "" && e.name === "cache") continue;
    const at = e.name.indexOf("@");
    if (at >= 0) {
      const id = safeId(`${rel === "" ? "" : `${rel}/`}${e.name.slice(0, at)}`, e.name.slice(at + 1));
      if (id !== void 0) out.push({ rel: child, id, kind: "dir" });
      continue;
    }
    await walkExtracted(root, child, out);
  }
}
__name(walkExtracted, "walkExtracted");
async function walkDownload(root, rel, out) {
  for (const e of await entries(path2.join(root, rel))) {
    if (!e.isDirectory()) continue;
    if (rel === "" && e.name === "sumdb") continue;
    const child = rel === "" ? e.name : `${rel}/${e.name}`;
    if (e.name !== "@v") {
      await walkDownload(root, child, out);
      continue;
    }
    for (const f of await entries(path2.join(root, child))) {
      if (!f.isFile() || f.name === "list" || f.name === "list.lock") continue;
      const parsed = parseDownloadFile(f.name);
      const id = parsed === void 0 ? void 0 : safeId(rel, parsed.version);
      if (id !== void 0) out.push({ rel: `cache/download/${child}/${f.name}`, id, kind: parsed.kind });
    }
  }
}
__name(walkDownload, "walkDownload");
function parseDownloadFile(name) {
  const temp = /^(.+)\.(?:zip|ziphash|mod|info)\d*\.tmp$/.exec(name);
  if (temp) return { version: temp[1], kind: "tmp" };
  const final = /^(.+)\.(zip|ziphash|mod|info|lock|partial)$/.exec(name);
  return final ? { version: final[1], kind: final[2] } : void 0;
}
__name(parseDownloadFile, "parseDownloadFile");
function safeId(escapedPath, escapedVersion) {
  try {
    return `${unescapePath(escapedPath)}@${unescapeVersion(escapedVersion)}`;
  } catch {
    return void 0;
  }
}
__name(safeId, "safeId");

// src/cache/laterio.ts
var LATER_STATE = "later-modules";
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
    await mkdir2(path3.join(modCache, "cache"), { recursive: true });
    scratch = await mkdtemp(path3.join(modCache, "cache", ".later-"));
    await extractArchive(fetched.file, scratch);
    const rels = [];
    await mergeInto(scratch, modCache, "", rels);
    const sameKey2 = keyHasPrefix(fetched.matchedKey, laterPrefix(primaryKey));
    const unreadSince = sameKey2 ? 0 : await setUnread(modCache, rels, scratch);
    info(`Restored ${describeModules(rels)} later steps added, from ${fetched.matchedKey} (${fetched.sizeBytes} bytes, unpacked and merged in ${Math.round(performance.now() - started)} ms).`);
    return { rels, modules: wholeModules(rels), sameKey: sameKey2, serviceFailed: false, unreadSince };
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
  for (const e of await readdir3(path3.join(src, ...rel.split("/")), { withFileTypes: true })) {
    const child = rel === "" ? e.name : `${rel}/${e.name}`;
    const inCache = child === "cache" || child.startsWith("cache/");
    if (e.isDirectory() && (inCache || !e.name.includes("@"))) {
      await mergeInto(src, dst, child, moved);
      continue;
    }
    const to = path3.join(dst, ...child.split("/"));
    if (await pathExists(to)) continue;
    await mkdir2(path3.dirname(to), { recursive: true });
    await moveUnit(path3.join(src, ...child.split("/")), to, e.isDirectory());
    moved.push(child);
  }
}
__name(mergeInto, "mergeInto");
async function moveUnit(from, to, isDir) {
  const mode = isDir ? (await stat2(from)).mode & 4095 : void 0;
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
  const probe = path3.join(scratch, "atime-probe");
  await writeFile(probe, "probe");
  await utimes(probe, back, (await stat2(probe)).mtime);
  await readFile2(probe);
  if ((await stat2(probe)).atimeMs < now - UNREAD_AGE_MS / 2) {
    info("This file system does not record reads: restored modules of another key are not carried over.");
    return 0;
  }
  for (const r of rels.filter((r2) => r2.startsWith("cache/download/"))) {
    const file = path3.join(modCache, ...r.split("/"));
    await utimes(file, back, (await stat2(file)).mtime).catch(() => void 0);
  }
  return now;
}
__name(setUnread, "setUnread");
async function readSince(modCache, rels, since) {
  const read = /* @__PURE__ */ new Set();
  if (since === 0) return read;
  for (const r of rels.filter((r2) => r2.startsWith("cache/download/") && !r2.startsWith("cache/download/sumdb/"))) {
    const info2 = await stat2(path3.join(modCache, ...r.split("/"))).catch(() => void 0);
    if (info2 !== void 0 && info2.atimeMs > since - UNREAD_AGE_MS / 2) read.add(r);
  }
  const ids = new Set(moduleIds([...read]));
  if (ids.size === 0) return read;
  return new Set(rels.filter((r) => r.startsWith("cache/download/sumdb/") || moduleIds([r]).some((id) => ids.has(id))));
}
__name(readSince, "readSince");
async function listSumdb(modCache) {
  const root = path3.join(modCache, "cache", "download", "sumdb");
  const list = await readdir3(root, { withFileTypes: true, recursive: true }).catch(() => []);
  const out = [];
  for (const e of list) {
    if (!e.isFile()) continue;
    const full = path3.join(e.parentPath, e.name);
    out.push({ rel: path3.relative(modCache, full).split(path3.sep).join("/"), size: (await stat2(full)).size });
  }
  return out;
}
__name(listSumdb, "listSumdb");
async function existedAt(modCache, rels, ms) {
  const old = /* @__PURE__ */ new Set();
  for (const rel of rels) {
    const info2 = await stat2(path3.join(modCache, ...rel.split("/"))).catch(() => void 0);
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
    const file = path3.join(await scratchDir("later-"), "baseline.json");
    await writeFile(file, JSON.stringify({ ...o, mainEndedAt: Date.now() }));
    saveState(LATER_STATE, file);
  } catch (err) {
    warning(`Modules later steps add will not be saved; the job goes on: ${errorMessage(err)}`);
  }
}
__name(keepLaterBaseline, "keepLaterBaseline");
async function saveLater(backend, stateFile, skip) {
  if (skip !== void 0) {
    info(`Modules later steps added are not saved: ${skip}.`);
    return;
  }
  try {
    const b = JSON.parse(await readFile2(stateFile, "utf8"));
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
    await removeTree(path3.dirname(stateFile));
  }
}
__name(saveLater, "saveLater");

// src/drives.ts
init_define_ACTION_INPUTS();
import path4 from "node:path";
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
  const moves = free.filter((name) => onRoot(input.goEnv[name], profile)).map((name) => ({ name, from: input.goEnv[name], to: path4.win32.join(temp, MOVED_DIRS[name]) }));
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
  if (!p || !path4.win32.isAbsolute(p)) return void 0;
  const root = path4.win32.parse(path4.win32.normalize(p)).root;
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

// src/deps.ts
init_define_ACTION_INPUTS();
import { statSync } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
import path5 from "node:path";
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
    files.push({ path: relativeSlashPath(workingDirectory, file), content: await readFile3(file) });
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
    const stat3 = statSync(dir);
    if (stat3.isDirectory()) return void 0;
    return stat3.isFile() ? "is a file (name the directory that holds it)" : "is not a directory";
  } catch (err) {
    const code2 = err.code;
    if (code2 === "ENOENT") return "does not exist";
    if (code2 === "ENOTDIR") return "does not exist (a part of the path is a file)";
    return `cannot be read (${code2 ?? errorMessage(err)})`;
  }
}
__name(workingDirectoryProblem, "workingDirectoryProblem");
function anchorPattern(dir, pattern, p = path5) {
  const negated = pattern.startsWith("!");
  const body = negated ? pattern.slice(1) : pattern;
  const anchored = p.isAbsolute(body) ? body : p.join(dir, body);
  return negated ? `!${anchored}` : anchored;
}
__name(anchorPattern, "anchorPattern");
function toSlash(file, p = path5) {
  return p.sep === "\\" ? file.replace(/\\/g, "/") : file;
}
__name(toSlash, "toSlash");
function relativeSlashPath(dir, file, p = path5) {
  return toSlash(p.relative(dir, file), p);
}
__name(relativeSlashPath, "relativeSlashPath");
function moduleRoots(files) {
  const dirOf = /* @__PURE__ */ __name((f) => path5.posix.dirname(f), "dirOf");
  const workspaces = files.filter((f) => path5.posix.basename(f) === "go.work").map(dirOf);
  const modules = files.filter((f) => path5.posix.basename(f) === "go.mod").map(dirOf);
  const inWorkspace = /* @__PURE__ */ __name((dir) => workspaces.some((w) => w === "." || dir === w || dir.startsWith(`${w}/`)), "inWorkspace");
  const roots = /* @__PURE__ */ new Set([...workspaces, ...modules.filter((m) => !inWorkspace(m))]);
  return [...roots].sort();
}
__name(moduleRoots, "moduleRoots");

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

// src/history/phase.ts
init_define_ACTION_INPUTS();
import { readFile as readFile5, writeFile as writeFile3 } from "node:fs/promises";

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
import { readFile as readFile4, writeFile as writeFile2 } from "node:fs/promises";
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
    const parsed = parseHistory(zstdDecompressSync(await readFile4(fetched.file)).toString("utf8"));
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
    await writeFile2(file, zstdCompressSync(Buffer.from(JSON.stringify(history))));
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
  const ok2 = runs.filter((r) => !r.failed && r.modules > 0);
  const perModule = /* @__PURE__ */ __name((ms, r) => ms / r.modules, "perModule");
  const restores = ok2.filter((r) => r.state === "hit").map((r) => perModule(r.restoreMs + r.downloadMs, r));
  const downloads = ok2.filter((r) => r.state === "miss" || r.state === "skipped").map((r) => perModule(r.downloadMs, r));
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
var BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparklines(series) {
  const max = Math.max(0, ...series.flatMap((s) => s.filter((v) => v !== void 0)));
  return series.map(
    (s) => s.map((v) => v === void 0 ? "\u2591" : BARS[max === 0 ? 0 : Math.min(BARS.length - 1, Math.floor(v / max * (BARS.length - 1) + 0.5))]).join("")
  );
}
__name(sparklines, "sparklines");

// src/history/phase.ts
var HISTORY_STATE = "history";
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
  await writeFile3(file, JSON.stringify(pending));
}
__name(writePending, "writePending");
async function savePending(backend, file, saved) {
  let pending;
  try {
    pending = JSON.parse(await readFile5(file, "utf8"));
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
  if (await saveHistory(backend, pending.key, pending.keyPrefix, history)) {
    info(`History saved as ${pending.key}: ${history.runs.length} run${history.runs.length === 1 ? "" : "s"}.`);
  }
}
__name(savePending, "savePending");

// src/inputs.ts
init_define_ACTION_INPUTS();

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
  const entries2 = [];
  for (const { text, separator } of splitGoProxy(goproxy)) {
    const raw = text.trim();
    if (raw === "") continue;
    const fallThrough = separator === "|" ? "any" : "notfound";
    if (raw === "off" || raw === "direct") {
      entries2.push({ url: raw, kind: raw, fallThrough });
      break;
    }
    entries2.push({ url: normalizeProxyUrl(raw), kind: "proxy", fallThrough });
  }
  if (entries2.length === 0) {
    throw new GoProxyError(
      `GOPROXY ${JSON.stringify(goproxy)} contains no entries; ${EXPECTED_FORM}, separated by ',' or '|' (default: ${DEFAULT_GOPROXY})`
    );
  }
  return entries2;
}
__name(parseGoProxy, "parseGoProxy");
function formatGoProxy(entries2) {
  return entries2.map((entry, i) => i === entries2.length - 1 ? entry.url : entry.url + (entry.fallThrough === "any" ? "|" : ",")).join("");
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

// src/inputs.ts
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

// src/phases.ts
init_define_ACTION_INPUTS();
import { createHash as createHash2 } from "node:crypto";
import { readFile as readFile7 } from "node:fs/promises";
import path15 from "node:path";

// src/cache/modcache.ts
init_define_ACTION_INPUTS();
import { mkdir as mkdir3, readdir as readdir4, writeFile as writeFile4 } from "node:fs/promises";
import path6 from "node:path";
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
          await mkdir3(o.modCache, { recursive: true });
          const extracted = await extractArchive(fetched.file, o.modCache);
          info(
            `Restored the module cache from ${fetched.matchedKey} (${exact ? "exact hit" : "restore-key hit"}, layout ${o.layout}, ${fetched.sizeBytes} bytes, unpacked in ${extracted.ms} ms).`
          );
          return done({
            state: exact ? "hit" : "partial",
            matchedKey: fetched.matchedKey,
            serviceFailed: false,
            sizeBytes: fetched.sizeBytes,
            extractMs: extracted.ms
          });
        } catch (err) {
          const cleaned = await cleanModCache(o.modCache);
          warning(
            `Unpacking ${fetched.matchedKey} failed (${errorMessage(err)}); GOMODCACHE was cleaned${cleaned ? "" : " as far as it could be"} and the modules are downloaded afresh.`
          );
          return done({ state: "miss", serviceFailed: false });
        } finally {
          await cleanupQuietly(fetched.file, () => backend.discard(fetched.file));
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
  return uncleaned.get(path6.resolve(modCache)) ?? [];
}
__name(uncleanedPaths, "uncleanedPaths");
async function cleanModCache(modCache) {
  const left = await tryRemoveTree(modCache);
  await mkdir3(modCache, { recursive: true });
  if (left === void 0) return true;
  const remaining = await leafPaths(modCache);
  uncleaned.set(path6.resolve(modCache), [.../* @__PURE__ */ new Set([...uncleanedPaths(modCache), ...remaining])]);
  for (const marker of new Set(remaining.map(partialMarkerFor).filter((m) => m !== void 0))) {
    await markPartial(modCache, marker);
  }
  warning(
    `${cleanupWarning(modCache, left, process.platform)} ${remaining.length} paths stay in GOMODCACHE (the first: ${remaining[0] ?? "none"}); the module versions they belong to are extracted again when needed and are left out of this job's cache entry.`
  );
  return false;
}
__name(cleanModCache, "cleanModCache");
function partialMarkerFor(rel) {
  if (rel === "cache" || rel.startsWith("cache/")) return void 0;
  const m = /^([^@]+)@([^/]+)(?:\/|$)/.exec(rel);
  return m ? `cache/download/${m[1]}/@v/${m[2]}.partial` : void 0;
}
__name(partialMarkerFor, "partialMarkerFor");
async function markPartial(modCache, marker) {
  const file = path6.join(modCache, ...marker.split("/"));
  try {
    await mkdir3(path6.dirname(file), { recursive: true });
    await writeFile4(file, "");
  } catch (err) {
    warning(`Could not mark ${file} as partly extracted: ${errorMessage(err)}`);
  }
}
__name(markPartial, "markPartial");
async function leafPaths(dir) {
  const list = await readdir4(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  const parents = new Set(list.map((e) => e.parentPath));
  return list.filter((e) => !e.isDirectory() || !parents.has(path6.join(e.parentPath, e.name))).map((e) => path6.relative(dir, path6.join(e.parentPath, e.name)).split(path6.sep).join("/")).sort();
}
__name(leafPaths, "leafPaths");

// src/cache/tidy.ts
init_define_ACTION_INPUTS();
import path7 from "node:path";
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
  const hasSumdb = await pathExists(path7.join(modCache, ...SUMDB_DIR.split("/")));
  const keepZip = new Set(needed);
  const keepMod = /* @__PURE__ */ new Set();
  for (const root of roots) {
    const graph = await runGo(["mod", "graph"], { cwd: path7.resolve(workingDirectory, root), env: OFFLINE });
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

// src/go/download.ts
init_define_ACTION_INPUTS();
import { mkdtemp as mkdtemp2 } from "node:fs/promises";
import os2 from "node:os";
import path8 from "node:path";

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
      cwd: path8.resolve(options.workingDirectory, root),
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
      const where = { cwd: path8.resolve(options.workingDirectory, root), workspace: options.workspace ?? options.workingDirectory };
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
  const shown = /* @__PURE__ */ __name((file2) => toSlash(path8.relative(where.workspace, path8.resolve(where.cwd, file2))) || ".", "shown");
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
  const cwd = path8.resolve(options.workingDirectory, options.roots[0] ?? ".");
  for (const proxy of proxies) {
    const scratch = await mkdtemp2(path8.join(os2.tmpdir(), "go-mod-precache-verify-"));
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

// src/go/prefetch.ts
init_define_ACTION_INPUTS();
import { mkdir as mkdir4, rename as rename2, writeFile as writeFile5 } from "node:fs/promises";
import path9 from "node:path";

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
function isTlsCode(code2) {
  return code2.startsWith("ERR_TLS_") || code2.startsWith("ERR_SSL_") || code2.startsWith("CERT_") || code2.startsWith("UNABLE_TO_") || code2.includes("SELF_SIGNED") || code2.startsWith("ERR_OSSL_");
}
__name(isTlsCode, "isTlsCode");
function classOfCode(code2) {
  if (Object.hasOwn(CODE_CLASSES, code2)) return CODE_CLASSES[code2];
  if (isTlsCode(code2)) return "tls";
  if (code2.startsWith("HPE_")) return "reset";
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
  const code2 = stringField(e.code);
  let message = stringField(e.message) ?? stringField(e.name) ?? "unknown error";
  if (message.includes(":error:")) message = stringField(e.reason) ?? message;
  message = message.split("\n")[0].trim();
  const showCode = code2 !== void 0 && !code2.startsWith("PROBE_") && !message.includes(code2);
  return showCode ? `${message} (${code2})` : message;
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
    const code2 = stringField(e.code);
    const cls = code2 === void 0 ? void 0 : classOfCode(code2);
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

// src/go/modfile.ts
init_define_ACTION_INPUTS();
var ModFileError = class extends ActionError {
  static {
    __name(this, "ModFileError");
  }
  name = "ModFileError";
  fileName;
  problems;
  constructor(fileName, problems) {
    super(problems.map((problem) => formatProblem(fileName, problem)).join("\n"));
    this.fileName = fileName;
    this.problems = problems;
  }
};
function formatProblem(fileName, problem) {
  const at = problem.column !== void 0 && problem.column > 1 ? `${problem.line}:${problem.column}` : `${problem.line}`;
  return `${fileName}:${at}: ${problem.message}`;
}
__name(formatProblem, "formatProblem");
function parseGoMod(text, options = {}) {
  const fileName = options.fileName ?? "go.mod";
  const strict = options.lax !== true;
  const file = {
    module: void 0,
    go: void 0,
    toolchain: void 0,
    godebug: [],
    require: [],
    exclude: [],
    replace: [],
    retract: [],
    tool: [],
    ignore: []
  };
  const problems = [];
  const retracts = [];
  for (const { verb, line, block } of directives(parseSyntax(text, fileName), GO_MOD_BLOCKS, strict, problems)) {
    const problem = verb === "retract" ? addRawRetract(retracts, line, block, strict) : addModDirective(file, verb, line, strict);
    if (problem !== void 0) problems.push(problemAt(line, problem));
  }
  file.retract = checkRetracts(retracts, file.module, problems);
  if (problems.length > 0) throw new ModFileError(fileName, problems);
  return file;
}
__name(parseGoMod, "parseGoMod");
function parseGoWork(text, fileName = "go.work") {
  const file = { go: void 0, toolchain: void 0, godebug: [], use: [], replace: [] };
  const problems = [];
  for (const { verb, line } of directives(parseSyntax(text, fileName), GO_WORK_BLOCKS, true, problems)) {
    const problem = addWorkDirective(file, verb, line);
    if (problem !== void 0) problems.push(problemAt(line, problem));
  }
  if (problems.length > 0) throw new ModFileError(fileName, problems);
  return file;
}
__name(parseGoWork, "parseGoWork");
function isDirectoryPath(path18) {
  return path18 === "." || path18 === ".." || /^\.\.?[/\\]/.test(path18) || path18.startsWith("/") || path18.startsWith("\\") || /^[A-Za-z]:/.test(path18);
}
__name(isDirectoryPath, "isDirectoryPath");
function canonicalVersion(version) {
  const match = SEMVER.exec(version);
  if (match === null) return void 0;
  const [, major, minor = "0", patch = "0", prerelease = "", build = ""] = match;
  return `v${major}.${minor}.${patch}${prerelease}${build === "+incompatible" ? build : ""}`;
}
__name(canonicalVersion, "canonicalVersion");
var PRERELEASE_ID = "(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
var SEMVER = new RegExp(
  `^v(0|[1-9][0-9]*)(?:\\.(0|[1-9][0-9]*)(?:\\.(0|[1-9][0-9]*)(-${PRERELEASE_ID}(?:\\.${PRERELEASE_ID})*)?(\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?)?)?$`
);
var GO_VERSION = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/;
var LAX_GO_VERSION = /^v?(([1-9][0-9]*)\.(0|[1-9][0-9]*))([^0-9].*)$/;
var TOOLCHAIN = /^default$|^go1($|\.)/;
var GO_MOD_BLOCKS = /* @__PURE__ */ new Set(["module", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore"]);
var GO_WORK_BLOCKS = /* @__PURE__ */ new Set(["godebug", "use", "replace"]);
var LAX_DIRECTIVES = /* @__PURE__ */ new Set(["go", "module", "retract", "require", "ignore"]);
function* directives(statements, blockVerbs, strict, problems) {
  for (const statement of statements) {
    if (statement.kind === "line") {
      const [verb2, ...args] = statement.tokens;
      if (!strict && !LAX_DIRECTIVES.has(verb2)) continue;
      yield { verb: verb2, line: { ...statement, args }, block: void 0 };
      continue;
    }
    const verb = statement.tokens[0];
    if (statement.tokens.length > 1 || !blockVerbs.has(verb)) {
      if (strict) problems.push(problemAt(statement, `unknown block type: ${statement.tokens.join(" ")}`));
      continue;
    }
    if (!strict && !LAX_DIRECTIVES.has(verb)) continue;
    for (const line of statement.lines) yield { verb, line: { ...line, args: line.tokens }, block: statement };
  }
}
__name(directives, "directives");
function addVersionDirective(file, verb, line, strict) {
  const { args } = line;
  if (verb === "godebug") return addGodebug(file.godebug, line);
  if (verb === "go") {
    if (file.go !== void 0) return "repeated go statement";
    const version = goVersionArg(args, strict);
    if (version.problem !== void 0) return version.problem;
    file.go = version.value;
    return void 0;
  }
  if (file.toolchain !== void 0) return "repeated toolchain statement";
  const name = toolchainArg(args);
  if (name.problem !== void 0) return name.problem;
  file.toolchain = name.value;
  return void 0;
}
__name(addVersionDirective, "addVersionDirective");
function addModDirective(file, verb, line, strict) {
  const { args } = line;
  switch (verb) {
    case "module": {
      if (file.module !== void 0) return "repeated module statement";
      file.module = "";
      if (args.length !== 1) return "usage: module module/path";
      const path18 = unquoteArg(args[0]);
      if (typeof path18 !== "string") return `invalid quoted string: ${path18.problem}`;
      file.module = path18;
      return void 0;
    }
    case "go":
    case "toolchain":
    case "godebug":
      return addVersionDirective(file, verb, line, strict);
    case "require":
    case "exclude": {
      if (args.length !== 2) return `usage: ${verb} module/path v1.2.3`;
      const path18 = unquoteArg(args[0]);
      if (typeof path18 !== "string") return `invalid quoted string: ${path18.problem}`;
      const version = versionArg(verb, path18, args[1]);
      if (version.problem !== void 0) return version.problem;
      if (verb === "require") {
        file.require.push({ path: path18, version: version.value, indirect: isIndirect(line), line: line.line });
      } else {
        file.exclude.push({ path: path18, version: version.value, line: line.line });
      }
      return void 0;
    }
    case "replace":
      return addReplace(file.replace, line);
    case "tool":
    case "ignore": {
      if (args.length !== 1) return `${verb} directive expects exactly one argument`;
      const path18 = unquoteArg(args[0]);
      if (typeof path18 !== "string") return `invalid quoted string: ${path18.problem}`;
      file[verb].push(path18);
      return void 0;
    }
    default:
      return `unknown directive: ${verb}`;
  }
}
__name(addModDirective, "addModDirective");
function addWorkDirective(file, verb, line) {
  const { args } = line;
  switch (verb) {
    case "go":
    case "toolchain":
    case "godebug":
      return addVersionDirective(file, verb, line, true);
    case "use": {
      if (args.length !== 1) return "usage: use local/dir";
      const dir = unquoteArg(args[0]);
      if (typeof dir !== "string") return `invalid quoted string: ${dir.problem}`;
      file.use.push({ dir, line: line.line });
      return void 0;
    }
    case "replace":
      return addReplace(file.replace, line);
    default:
      return `unknown directive: ${verb}`;
  }
}
__name(addWorkDirective, "addWorkDirective");
function goVersionArg(args, strict) {
  if (args.length !== 1) return { problem: "go directive expects exactly one argument" };
  const version = args[0];
  if (GO_VERSION.test(version)) return { value: version };
  const lax = strict ? null : LAX_GO_VERSION.exec(version);
  if (lax) return { value: lax[1] };
  return { problem: `invalid go version '${version}': must match format 1.23.0` };
}
__name(goVersionArg, "goVersionArg");
function toolchainArg(args) {
  if (args.length !== 1) return { problem: "toolchain directive expects exactly one argument" };
  const name = args[0];
  if (!TOOLCHAIN.test(name)) return { problem: `invalid toolchain version '${name}': must match format go1.23.0 or default` };
  return { value: name };
}
__name(toolchainArg, "toolchainArg");
function addGodebug(godebug, line) {
  const setting = line.args[0];
  const equals = setting?.indexOf("=") ?? -1;
  if (line.args.length !== 1 || /["`',]/.test(setting) || equals < 0) return "usage: godebug key=value";
  godebug.push({ key: setting.slice(0, equals), value: setting.slice(equals + 1), line: line.line });
  return void 0;
}
__name(addGodebug, "addGodebug");
function versionArg(verb, path18, token) {
  const version = unquoteVersion(verb, path18, token);
  if (version.problem !== void 0) return version;
  const canonical = canonicalVersion(version.value);
  if (canonical === void 0) {
    return { problem: `${directiveLabel(verb, path18)}version ${JSON.stringify(version.value)} invalid: must be of the form v1.2.3` };
  }
  return { value: canonical };
}
__name(versionArg, "versionArg");
function unquoteVersion(verb, path18, token) {
  const version = unquoteArg(token);
  if (typeof version === "string") return { value: version };
  return { problem: `${directiveLabel(verb, path18)}version ${JSON.stringify(token)} invalid: ${version.problem}` };
}
__name(unquoteVersion, "unquoteVersion");
function directiveLabel(verb, path18) {
  return path18 === "" ? `${verb}: ` : `${verb} ${path18}: `;
}
__name(directiveLabel, "directiveLabel");
function problemAt(at, message) {
  return { line: at.line, column: at.column, message };
}
__name(problemAt, "problemAt");
var REPLACE_USAGE = "usage: replace module/path [v1.2.3] => other/module v1.4\n	 or replace module/path [v1.2.3] => ../local/directory";
function addReplace(replaces, line) {
  const { args } = line;
  const arrow = args.length >= 2 && args[1] === "=>" ? 1 : 2;
  if (args.length < arrow + 2 || args.length > arrow + 3 || args[arrow] !== "=>") return REPLACE_USAGE;
  const oldPath = unquoteArg(args[0]);
  if (typeof oldPath !== "string") return `invalid quoted string: ${oldPath.problem}`;
  let oldVersion;
  if (arrow === 2) {
    const version = versionArg("replace", oldPath, args[1]);
    if (version.problem !== void 0) return version.problem;
    oldVersion = version.value;
  }
  const newPath = unquoteArg(args[arrow + 1]);
  if (typeof newPath !== "string") return `invalid quoted string: ${newPath.problem}`;
  const target = replaceTarget(newPath, args[arrow + 2]);
  if (target.problem !== void 0) return target.problem;
  replaces.push({
    old: oldVersion === void 0 ? { path: oldPath } : { path: oldPath, version: oldVersion },
    new: target.value,
    line: line.line
  });
  return void 0;
}
__name(addReplace, "addReplace");
function replaceTarget(path18, versionToken) {
  if (versionToken === void 0) {
    if (!isDirectoryPath(path18)) {
      return {
        problem: path18.includes("@") ? "replacement module must match format 'path version', not 'path@version'" : "replacement module without version must be directory path (rooted or starting with . or ..)"
      };
    }
    return { value: { kind: "dir", dir: path18 } };
  }
  const version = versionArg("replace", path18, versionToken);
  if (version.problem !== void 0) return version;
  if (isDirectoryPath(path18)) return { problem: `replacement module directory path ${JSON.stringify(path18)} cannot have version` };
  return { value: { kind: "module", path: path18, version: version.value } };
}
__name(replaceTarget, "replaceTarget");
function addRawRetract(retracts, line, block, strict) {
  const interval = versionInterval(line.args, (token) => unquoteVersion("retract", "", token));
  if (interval.problem !== void 0) return strict ? interval.problem : void 0;
  const { low, high, rest } = interval.value;
  if (rest.length > 0 && strict) return `unexpected token after version: ${JSON.stringify(rest[0])}`;
  retracts.push({ low, high, rationale: rationale(line, block), syntax: line });
  return void 0;
}
__name(addRawRetract, "addRawRetract");
function checkRetracts(retracts, modulePath, problems) {
  if (retracts.length === 0) return [];
  if (modulePath === void 0 || modulePath === "") {
    problems.push(problemAt(retracts[0].syntax, "no module directive found, so retract cannot be used"));
    return [];
  }
  const checked = [];
  for (const retract of retracts) {
    const low = versionArg("retract", modulePath, retract.low);
    const high = versionArg("retract", modulePath, retract.high);
    const problem = low.problem ?? high.problem;
    if (problem !== void 0) {
      problems.push(problemAt(retract.syntax, problem));
      continue;
    }
    checked.push({ low: low.value, high: high.value, rationale: retract.rationale, line: retract.syntax.line });
  }
  return checked;
}
__name(checkRetracts, "checkRetracts");
function versionInterval(args, readVersion) {
  if (args.length === 0 || args[0] === "(") return { problem: "expected '[' or version" };
  if (args[0] !== "[") {
    const version = readVersion(args[0]);
    if (version.problem !== void 0) return version;
    return { value: { low: version.value, high: version.value, rest: args.slice(1) } };
  }
  if (args.length < 2) return { problem: "expected version after '['" };
  const low = readVersion(args[1]);
  if (low.problem !== void 0) return low;
  if (args[2] !== ",") return { problem: "expected ',' after version" };
  if (args.length < 4) return { problem: "expected version after ','" };
  const high = readVersion(args[3]);
  if (high.problem !== void 0) return high;
  if (args[4] !== "]") return { problem: "expected ']' after version" };
  return { value: { low: low.value, high: high.value, rest: args.slice(5) } };
}
__name(versionInterval, "versionInterval");
function rationale(line, block) {
  const own = [...line.before, ...line.suffix];
  const comments = own.length === 0 && block !== void 0 ? block.before : own;
  return comments.map((comment) => comment.replace(/^\/\//, "").trim()).join("\n");
}
__name(rationale, "rationale");
function isIndirect(line) {
  const comment = line.suffix[0];
  if (comment === void 0) return false;
  const words = comment.replace(/^\/\//, "").trim().split(/\s+/).filter((word) => word !== "");
  return words.length === 1 && words[0] === "indirect" || words.length > 1 && words[0] === "indirect;";
}
__name(isIndirect, "isIndirect");
function unquoteArg(token) {
  if (token.startsWith('"')) {
    const value = unquoteGoString(token);
    return value === void 0 ? { problem: "invalid syntax" } : value;
  }
  if (/["'`]/.test(token)) return { problem: "unquoted string cannot contain quote" };
  return token;
}
__name(unquoteArg, "unquoteArg");
var SIMPLE_ESCAPES = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  "\\": 92,
  '"': 34
};
function unquoteGoString(literal) {
  if (literal.length < 2 || !literal.endsWith('"')) return void 0;
  const body = literal.slice(1, -1);
  const bytes = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '"' || c === "\n") return void 0;
    if (c !== "\\") {
      const codePoint = body.codePointAt(i);
      const char = String.fromCodePoint(codePoint);
      bytes.push(...Buffer.from(char, "utf8"));
      i += char.length;
      continue;
    }
    const escape = body[i + 1];
    if (escape === void 0) return void 0;
    if (escape in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[escape]);
      i += 2;
      continue;
    }
    const numeric = numericEscape(body, i);
    if (numeric === void 0) return void 0;
    bytes.push(...numeric.bytes);
    i = numeric.next;
  }
  return Buffer.from(bytes).toString("utf8");
}
__name(unquoteGoString, "unquoteGoString");
function numericEscape(body, start) {
  const kind = body[start + 1];
  const digits = { x: 2, u: 4, U: 8 }[kind] ?? (/[0-7]/.test(kind) ? 3 : 0);
  if (digits === 0) return void 0;
  const textStart = kind === "x" || kind === "u" || kind === "U" ? start + 2 : start + 1;
  const text = body.slice(textStart, textStart + digits);
  const radix = digits === 3 ? 8 : 16;
  const valid2 = radix === 8 ? /^[0-7]{3}$/ : new RegExp(`^[0-9A-Fa-f]{${digits}}$`);
  if (!valid2.test(text)) return void 0;
  const value = parseInt(text, radix);
  const next = textStart + digits;
  if (kind === "u" || kind === "U") {
    if (value > 1114111 || value >= 55296 && value <= 57343) return void 0;
    return { bytes: [...Buffer.from(String.fromCodePoint(value), "utf8")], next };
  }
  if (value > 255) return void 0;
  return { bytes: [value], next };
}
__name(numericEscape, "numericEscape");
function parseSyntax(text, fileName) {
  const nextToken = lexer(text, fileName);
  let lookahead = nextToken();
  const peek = /* @__PURE__ */ __name(() => lookahead, "peek");
  const next = /* @__PURE__ */ __name(() => {
    const token = lookahead;
    lookahead = nextToken();
    return token;
  }, "next");
  const syntaxError = /* @__PURE__ */ __name((at, message) => {
    throw new ModFileError(fileName, [{ line: at.line, column: at.column, message }]);
  }, "syntaxError");
  const statements = [];
  let comments = [];
  const restOfLine = /* @__PURE__ */ __name((first) => {
    const line = { tokens: [first.text], line: first.line, column: first.column, before: [], suffix: [] };
    for (; ; ) {
      const token = next();
      if (isEndOfLine(token)) {
        if (token.kind === "eolcomment") line.suffix.push(token.text);
        return line;
      }
      line.tokens.push(token.text);
    }
  }, "restOfLine");
  const blockBody = /* @__PURE__ */ __name((head, before) => {
    const block = { tokens: head.tokens, line: head.line, column: head.column, before, lines: [] };
    let lineComments = [];
    for (; ; ) {
      const token = peek();
      switch (token.kind) {
        case "eolcomment":
        case "newline":
          next();
          break;
        case "comment":
          lineComments.push(next().text);
          break;
        case "eof":
          return syntaxError(token, `syntax error (unterminated block started at ${fileName}:${block.line}:${block.column})`);
        case ")":
          next();
          if (!isEndOfLine(peek())) syntaxError(peek().end, "syntax error (expected newline after closing paren)");
          next();
          return block;
        default: {
          const line = restOfLine(next());
          line.before = lineComments;
          lineComments = [];
          block.lines.push(line);
        }
      }
    }
  }, "blockBody");
  const statement = /* @__PURE__ */ __name((first, before) => {
    const head = { tokens: [first.text], line: first.line, column: first.column, before, suffix: [] };
    for (; ; ) {
      const token = next();
      if (isEndOfLine(token)) {
        if (token.kind === "eolcomment") head.suffix.push(token.text);
        return { kind: "line", ...head };
      }
      if (token.kind !== "(") {
        head.tokens.push(token.text);
        continue;
      }
      if (isEndOfLine(peek())) {
        return { kind: "block", ...blockBody(head, before) };
      }
      if (peek().kind === ")") {
        const close = next();
        if (isEndOfLine(peek())) {
          next();
          return { kind: "block", tokens: head.tokens, line: head.line, column: head.column, before, lines: [] };
        }
        head.tokens.push(token.text, close.text);
        continue;
      }
      head.tokens.push(token.text);
    }
  }, "statement");
  for (; ; ) {
    const token = peek();
    if (token.kind === "eof") return statements;
    if (token.kind === "newline") {
      next();
      comments = [];
    } else if (token.kind === "comment") {
      comments.push(next().text);
    } else {
      statements.push(statement(next(), comments));
      comments = [];
    }
  }
}
__name(parseSyntax, "parseSyntax");
function isEndOfLine(token) {
  return token.kind === "newline" || token.kind === "eolcomment" || token.kind === "eof";
}
__name(isEndOfLine, "isEndOfLine");
var PUNCTUATION = /* @__PURE__ */ new Set(["(", ")", "[", "]", "{", "}", ","]);
function quoteRune(c) {
  if (/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(c)) return `'${c}'`;
  const code2 = c.codePointAt(0);
  const hex = code2.toString(16).padStart(code2 > 65535 ? 8 : 4, "0");
  return code2 > 65535 ? `'\\U${hex}'` : `'\\u${hex}'`;
}
__name(quoteRune, "quoteRune");
function isIdentChar(c) {
  return !PUNCTUATION.has(c) && /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(c);
}
__name(isIdentChar, "isIdentChar");
function lexer(text, fileName) {
  let i = 0;
  let line = 1;
  let column = 1;
  let lineHasTokens = false;
  const fail = /* @__PURE__ */ __name((message, at = { line, column }) => {
    throw new ModFileError(fileName, [{ line: at.line, column: at.column, message }]);
  }, "fail");
  const charAt = /* @__PURE__ */ __name((index) => String.fromCodePoint(text.codePointAt(index)), "charAt");
  const advance = /* @__PURE__ */ __name(() => {
    const c = charAt(i);
    i += c.length;
    if (c === "\n") {
      line++;
      column = 1;
      lineHasTokens = false;
    } else {
      column++;
    }
    return c;
  }, "advance");
  const readQuoted = /* @__PURE__ */ __name((quote, at) => {
    advance();
    for (; ; ) {
      if (i >= text.length) fail("unexpected EOF in string", at);
      if (text[i] === "\n") fail("unexpected newline in string");
      const c = advance();
      if (c === quote) return;
      if (c === "\\" && quote !== "`") {
        if (i >= text.length) fail("unexpected EOF in string", at);
        advance();
      }
    }
  }, "readQuoted");
  const readComment = /* @__PURE__ */ __name(() => {
    while (i < text.length && text[i] !== "\n") advance();
  }, "readComment");
  const readIdent = /* @__PURE__ */ __name(() => {
    while (i < text.length && isIdentChar(charAt(i))) {
      if (text.startsWith("//", i)) return;
      if (text.startsWith("/*", i)) fail("mod files must use // comments (not /* */ comments)");
      advance();
    }
  }, "readIdent");
  return /* @__PURE__ */ __name(function nextToken() {
    while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\r")) advance();
    const start = i;
    const at = { line, column };
    const token = /* @__PURE__ */ __name((kind, tokenText = text.slice(start, i)) => ({
      kind,
      text: tokenText,
      ...at,
      end: { line, column }
    }), "token");
    if (i >= text.length) return token("eof");
    const c = charAt(i);
    if (text.startsWith("//", i)) {
      const suffix = lineHasTokens;
      readComment();
      const comment = token(suffix ? "eolcomment" : "comment", text.slice(start, i).replace(/\r$/, ""));
      if (i < text.length) advance();
      return comment;
    }
    if (text.startsWith("/*", i)) return fail("mod files must use // comments (not /* */ comments)");
    if (c === "\n") {
      advance();
      return token("newline");
    }
    lineHasTokens = true;
    if (PUNCTUATION.has(c)) {
      advance();
      return token(c);
    }
    if (c === '"' || c === "`") {
      readQuoted(c, at);
      return token("string");
    }
    if (!isIdentChar(c)) return fail(`unexpected input character ${quoteRune(c)}`);
    readIdent();
    return token("ident");
  }, "nextToken");
}
__name(lexer, "lexer");

// src/go/prefetch.ts
function infoTargets(goMods, sums, viaProxy) {
  const zips = new Set(sums.filter((e) => e.kind === "zip").map((e) => `${e.path}@${e.version}`));
  const targets = /* @__PURE__ */ new Map();
  for (const text of goMods) {
    let requires;
    try {
      requires = parseGoMod(text).require;
    } catch {
      continue;
    }
    for (const { path: p, version } of requires) {
      const id = `${p}@${version}`;
      if (zips.has(id) && viaProxy(p)) targets.set(id, { path: p, version });
    }
  }
  return [...targets.values()];
}
__name(infoTargets, "infoTargets");
function infoPath(modCache, m) {
  return path9.join(modCache, "cache", "download", ...escapePath(m.path).split("/"), "@v", `${escapeVersion(m.version)}.info`);
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
      await mkdir4(path9.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.${temps++}.tmp`;
      await writeFile5(temp, answer.body);
      await rename2(temp, file);
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

// src/go/ready.ts
init_define_ACTION_INPUTS();
import path10 from "node:path";
var OFFLINE_REFUSAL = /GOPROXY=off|GOVCS disallows/;
async function checkReady(workingDirectory, roots, modCache) {
  const all = [];
  const missing = [];
  const unlisted = [];
  for (const root of roots) {
    const run = await runGo(["mod", "download", "-json"], { cwd: path10.resolve(workingDirectory, root), env: OFFLINE });
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
  const download = path10.join(modCache, "cache", "download", ...escaped.split("/"), "@v", v);
  const [zip, ziphash, dir, partial] = await Promise.all([
    pathExists(`${download}.zip`),
    pathExists(`${download}.ziphash`),
    pathExists(path10.join(modCache, ...`${escaped}@${v}`.split("/"))),
    pathExists(`${download}.partial`)
  ]);
  return { zip, ziphash, dir, partial };
}
__name(filesOf, "filesOf");

// src/go/verify.ts
init_define_ACTION_INPUTS();
import path11 from "node:path";
async function verifyModules(workingDirectory, roots) {
  for (const root of roots) {
    const result = await runGo(["mod", "verify"], { cwd: path11.resolve(workingDirectory, root), env: OFFLINE });
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
import { readFile as readFile6, rm, writeFile as writeFile6 } from "node:fs/promises";
import path12 from "node:path";

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
  const entries2 = [];
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
    entries2.push(goSumEntry(path18, versionField, hash, line));
  });
  const [first, ...others] = problems;
  if (first !== void 0) throw new GoSumError(fileFaultMessage(positionFault(first, ...others), { file: fileName }));
  return entries2;
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
    const file = path12.resolve(workingDirectory, relative);
    if (sums.texts.has(file)) return;
    const shown = path12.relative(repository, file).split(path12.sep).join("/");
    let text;
    try {
      text = await readFile6(file, "utf8");
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
    const work = await readFile6(path12.resolve(workingDirectory, root, "go.work"), "utf8").catch(() => void 0);
    if (work === void 0) {
      await add(path12.posix.join(root, "go.sum"), false);
      continue;
    }
    await add(path12.posix.join(root, "go.work.sum"), true);
    let uses = [];
    try {
      uses = parseGoWork(work, path12.posix.join(root, "go.work")).use.map((u) => u.dir);
    } catch {
    }
    for (const dir of uses) if (!path12.isAbsolute(dir)) await add(path12.posix.join(root, dir.replace(/\\/g, "/"), "go.sum"), false);
  }
  return sums;
}
__name(readGoSums, "readGoSums");
async function restoreGoSums(sums) {
  for (const [file, text] of sums.texts) {
    if (text === null) await rm(file, { force: true });
    else await writeFile6(file, text);
  }
}
__name(restoreGoSums, "restoreGoSums");
function unvouched(modules, entries2) {
  const lines = new Set(entries2.map((e) => `${e.path} ${e.version} ${e.kind}`));
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

// src/report/diagnosis.ts
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
  const entries2 = chosen.map((c) => ({ url: c.url, kind: "proxy", fallThrough: "any" }));
  if (inputs.allowDirect) entries2.push({ url: "direct", kind: "direct", fallThrough: "notfound" });
  if (entries2.length > 0) entries2[entries2.length - 1] = { ...entries2[entries2.length - 1], fallThrough: "notfound" };
  const firstPrimary = primaries[0];
  return {
    goproxy: entries2.length > 0 ? formatGoProxy(entries2) : "off",
    entries: entries2,
    problems,
    selected: entries2.length > 0 ? redactUrl(entries2[0].url) : "",
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

// src/toolchain/install.ts
init_define_ACTION_INPUTS();

// node_modules/@actions/tool-cache/lib/tool-cache.js
init_define_ACTION_INPUTS();
import * as fs from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
init_define_ACTION_INPUTS();
var semver = __toESM(require_semver(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os3 from "os";
import * as path13 from "path";
var semver2 = __toESM(require_semver(), 1);
import { ok } from "assert";

// node_modules/@actions/tool-cache/lib/retry-helper.js
init_define_ACTION_INPUTS();

// node_modules/@actions/tool-cache/lib/tool-cache.js
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os3.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match = evaluateVersions(localVersions, versionSpec);
    versionSpec = match;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    const cachePath = path13.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`);
    if (fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`)) {
      debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      debug("not found");
    }
  }
  return toolPath;
}
__name(find, "find");
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os3.arch();
  const toolPath = path13.join(_getCacheDirectory(), toolName);
  if (fs.existsSync(toolPath)) {
    const children = fs.readdirSync(toolPath);
    for (const child of children) {
      if (isExplicitVersion(child)) {
        const fullPath = path13.join(toolPath, child, arch2 || "");
        if (fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
__name(findAllVersions, "findAllVersions");
function isExplicitVersion(versionSpec) {
  const c = semver2.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  const valid2 = semver2.valid(c) != null;
  debug(`explicit? ${valid2}`);
  return valid2;
}
__name(isExplicitVersion, "isExplicitVersion");
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver2.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver2.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    debug(`matched: ${version}`);
  } else {
    debug("match not found");
  }
  return version;
}
__name(evaluateVersions, "evaluateVersions");
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  ok(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}
__name(_getCacheDirectory, "_getCacheDirectory");

// src/toolchain/install.ts
import { existsSync as existsSync2 } from "node:fs";
import { mkdir as mkdir5, mkdtemp as mkdtemp3, readdir as readdir5, rmdir, writeFile as writeFile7 } from "node:fs/promises";
import os4 from "node:os";
import path14 from "node:path";

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
  const arch2 = result?.exitCode === 0 ? result.stdout.trim() : "";
  return arch2 === "" ? void 0 : arch2;
}
__name(localGoHostArch, "localGoHostArch");
async function localToolCacheArch() {
  const goarch = await localGoHostArch();
  return goarch === void 0 ? os4.arch() : toolCacheArch(goarch);
}
__name(localToolCacheArch, "localToolCacheArch");
async function findInToolCache(toolchain2, toolCacheVersion2, arch2) {
  const dir = find(TOOL_NAME, toolCacheVersion2, arch2 ?? await localToolCacheArch());
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
  await mkdir5(options.scratchRoot, { recursive: true });
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
    const scratch = await mkdtemp3(path14.join(options.scratchRoot, "toolchain-"));
    try {
      const { attempt, dir } = await switchOnce(options, entry, source, scratch);
      attempts.push(attempt);
      info(`${source}: ${attempt.outcome} in ${attempt.ms} ms${attempt.detail ? `: ${attempt.detail}` : ""}`);
      if (dir !== void 0) {
        await makeWritable(dir);
        const arch2 = await toolchainArch(dir);
        return { dir: await moveIntoToolCache(dir, options.toolCacheVersion, arch2), source, attempts };
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
  const modCache = path14.join(scratch, "mod");
  const empty = path14.join(scratch, "work");
  await mkdir5(empty);
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
  const platform = toolchainPlatform(path14.basename(dir));
  return platform === void 0 ? localToolCacheArch() : toolCacheArch(platform.goarch);
}
__name(toolchainArch, "toolchainArch");
async function moveIntoToolCache(dir, toolCacheVersion2, arch2, rename3 = {}) {
  const target = path14.join(ensureToolCacheRoot(), TOOL_NAME, toolCacheVersion2, arch2);
  await removeEarlierCopy(`${target}.complete`);
  await removeEarlierCopy(target);
  await mkdir5(path14.dirname(target), { recursive: true });
  const moved = await moveDir(dir, target, {
    onRetry: /* @__PURE__ */ __name((code2, wait) => info(`Moving the toolchain to ${target} failed with ${code2}; retrying in ${wait} ms`), "onRetry"),
    ...rename3
  });
  if (moved.method === "copied") {
    info(`Copied the toolchain to ${target} after ${moved.attempts} rename attempt${moved.attempts === 1 ? "" : "s"} (${moved.code}).`);
  }
  await writeFile7(`${target}.complete`, "");
  const found = find(TOOL_NAME, toolCacheVersion2, arch2);
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
  const parent = path14.join(modCache, "golang.org");
  const prefix = `toolchain@v0.0.1-${toolchain2}.`;
  const names = existsSync2(parent) ? await readdir5(parent) : [];
  const name = names.find((n) => n.startsWith(prefix));
  return name === void 0 ? void 0 : path14.join(parent, name);
}
__name(unpackedToolchain, "unpackedToolchain");
function goBinaryIn(toolchainDir) {
  return path14.join(toolchainDir, "bin", process.platform === "win32" ? "go.exe" : "go");
}
__name(goBinaryIn, "goBinaryIn");
function ensureToolCacheRoot(env = process.env) {
  if (!env.RUNNER_TOOL_CACHE) env.RUNNER_TOOL_CACHE = path14.join(env.RUNNER_TEMP || os4.tmpdir(), "go-mod-precache-tools");
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
  const wanted = raiseByFiles(toolchain2, version, input.requirements);
  if (setting.mode === "auto" || setting.mode === "path") {
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
function raiseByFiles(toolchain2, version, requirements) {
  let raised;
  for (const r of requirements) {
    if (r.toolchain === "default") continue;
    if (r.toolchain !== void 0) {
      const v = versionOfToolchain(r.toolchain);
      if (v === void 0 || !r.toolchain.startsWith("go") && !r.toolchain.includes("-go")) {
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
  const problems = [];
  const byPath = new Map(files.map((f) => [f.path, f.content.toString()]));
  for (const root of roots) {
    const at = /* @__PURE__ */ __name((name) => root === "." ? name : `${root}/${name}`, "at");
    const work = byPath.get(at("go.work"));
    const mod = byPath.get(at("go.mod"));
    const file = work !== void 0 ? at("go.work") : at("go.mod");
    const text = work ?? mod;
    if (text === void 0) continue;
    try {
      const parsed = work !== void 0 ? parseGoWork(text, file) : parseGoMod(text, { fileName: file });
      requirements.push({ file, go: parsed.go, toolchain: parsed.toolchain });
    } catch (err) {
      if (!(err instanceof ModFileError)) throw err;
      problems.push(err.message);
    }
  }
  return { requirements, problems };
}
__name(requirementsOf, "requirementsOf");

// src/phases.ts
async function goEnvironment(ctx) {
  const env = await readGoEnv(ctx.workingDirectory);
  maskProxyCredentials([env.GOPROXY]);
  info(`${env.GOVERSION} ${env.GOOS}/${env.GOARCH}, GOMODCACHE=${env.GOMODCACHE}`);
  info(`GOPROXY=${redactGoProxy(env.GOPROXY)} GOSUMDB=${env.GOSUMDB} GOPRIVATE=${env.GOPRIVATE}`);
  ctx.metrics.go = { version: env.GOVERSION, os: env.GOOS, arch: env.GOARCH };
  return env;
}
__name(goEnvironment, "goEnvironment");
async function dependencyFiles(ctx) {
  const found = await findDependencyFiles(ctx.workingDirectory, ctx.inputs.cacheDependencyPath);
  for (const f of found.files) {
    info(`${createHash2("sha256").update(f.content).digest("hex").slice(0, 12)}  ${f.path}`);
  }
  info(`Module roots: ${found.roots.join(", ")}`);
  ctx.metrics.download.roots = found.roots;
  return found;
}
__name(dependencyFiles, "dependencyFiles");
async function restoreModules(ctx, goEnv, keys, skip) {
  info(`Cache: ${ctx.backend.name}`);
  info(`Key: ${keys.primaryKey}`);
  info(`Restore keys: ${keys.restoreKeys.join(", ")}`);
  ctx.metrics.cache.backend = ctx.backendConfig.kind;
  ctx.metrics.cache.layout = ctx.inputs.cacheLayout;
  ctx.metrics.cache.primaryKey = keys.primaryKey;
  ctx.metrics.cache.restoreKeys = keys.restoreKeys;
  const restored = await restoreModCache(ctx.backend, {
    modCache: goEnv.GOMODCACHE,
    layout: ctx.inputs.cacheLayout,
    primaryKey: keys.primaryKey,
    restoreKeys: keys.restoreKeys,
    timeoutMs: ctx.inputs.cacheTimeoutMs,
    skip
  });
  if (restored.state === "skipped") ctx.metrics.cache.restoreSkipped = skip ?? "";
  Object.assign(ctx.metrics.cache, {
    matchedKey: restored.matchedKey ?? "",
    hit: restored.exactHit,
    state: restored.state,
    restoreMs: restored.ms,
    extractMs: restored.extractMs ?? 0,
    sizeBytes: restored.sizeBytes ?? 0
  });
  return restored;
}
__name(restoreModules, "restoreModules");
async function announceSelection(ctx, probing, gosumdb) {
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
      `The checksum database (GOSUMDB=${gosumdb}) is reachable neither directly nor through a healthy proxy: new modules will fail to verify. Allow access to it, or use a proxy that serves /sumdb/.`
    );
  }
  info(`GOPROXY=${redactGoProxy(s.choice.goproxy)} (probed in ${s.ms} ms)`);
  Object.assign(ctx.metrics.proxy, {
    probeMs: s.ms,
    report: s.report,
    problems: s.choice.problems,
    noneHealthy: s.choice.noneHealthy,
    fallbackUsed: s.choice.fallbackUsed,
    sumdb: s.sumdb,
    goproxy: redactGoProxy(s.choice.goproxy),
    selected: s.choice.selected
  });
  return s;
}
__name(announceSelection, "announceSelection");
async function chooseToolchain(ctx, goEnv, deps) {
  const t = ctx.metrics.toolchain;
  const local = versionOfGoVersion(goEnv.GOVERSION);
  t.local = local ?? goEnv.GOVERSION;
  t.version = t.local;
  t.source = "local";
  t.gotoolchain = await readGotoolchain(ctx.workingDirectory);
  const { requirements, problems } = requirementsOf(deps.roots, deps.files);
  for (const p of problems) info(`Not read for the toolchain choice: ${p}`);
  return selectToolchain({ gotoolchain: t.gotoolchain, local, requirements });
}
__name(chooseToolchain, "chooseToolchain");
function expectedGoVersion(decision, goEnv) {
  return decision.action === "switch" ? decision.toolchain : goEnv.GOVERSION;
}
__name(expectedGoVersion, "expectedGoVersion");
async function toolchain(ctx, goEnv, decision, selection) {
  const started = performance.now();
  const t = ctx.metrics.toolchain;
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
        retries: ctx.inputs.downloadRetries,
        timeoutMs: ctx.inputs.downloadTimeoutMs,
        // Beside the tool cache's own directories, so the unpacked toolchain moves in by a rename.
        scratchRoot: path15.join(toolCacheRoot, ".go-mod-precache-tmp")
      }).catch((err) => {
        if (err instanceof ToolchainError) t.attempts = err.attempts;
        throw err;
      });
      t.attempts = fetched.attempts;
      t.source = fetched.source;
      dir = fetched.dir;
      info(`${decision.toolchain} from ${fetched.source}, checked against the checksum database, now in ${dir}`);
    }
    addPath(path15.dirname(goBinaryIn(dir)));
    exportVariable("GOTOOLCHAIN", "local");
    if (process.env.GOROOT) exportVariable("GOROOT", dir);
    t.version = decision.version;
    goEnv.GOVERSION = decision.toolchain;
    ctx.metrics.go.version = decision.toolchain;
  } finally {
    t.ms = Math.round(performance.now() - started);
  }
}
__name(toolchain, "toolchain");
async function precache(ctx, goEnv, deps, selection, restored, privateSetup) {
  const { inputs, metrics } = ctx;
  const download = /* @__PURE__ */ __name((targets) => downloadModules({
    workingDirectory: ctx.workingDirectory,
    workspace: ctx.runner.workspace,
    roots: deps.roots,
    targets,
    chain: selection.choice.entries,
    retries: inputs.downloadRetries,
    timeoutMs: inputs.downloadTimeoutMs
  }), "download");
  const sums = await readGoSums(ctx.workingDirectory, deps.roots, ctx.runner.workspace);
  const prefetch = await infoPrefetch(ctx, goEnv, deps, selection, sums, privateSetup);
  const cold = /* @__PURE__ */ __name(() => prefetch === void 0 ? download() : besidePrefetch(prefetch, () => download()), "cold");
  const fill = /* @__PURE__ */ __name(() => hasCachedContent(restored.state) ? fillFromCache(ctx, goEnv, deps, selection, download) : cold(), "fill");
  try {
    let result = await fill();
    info(`${result.modules.length} module versions ready in ${result.ms} ms.`);
    if (shouldVerify(inputs.verify, restored.state)) {
      const verified = await verifyModules(ctx.workingDirectory, deps.roots);
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
    return { ...result, unvouched: await checkGoSum(goEnv, sums, result.modules) };
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
async function infoPrefetch(ctx, goEnv, deps, selection, sums, privateSetup) {
  const first = selection.choice.entries[0];
  if (first?.kind !== "proxy") return void 0;
  const read = /* @__PURE__ */ __name((root) => readFile7(path15.resolve(ctx.workingDirectory, root, "go.mod"), "utf8").catch(() => ""), "read");
  const goMods = await Promise.all(deps.roots.map(read));
  const targets = infoTargets(goMods, sums.entries, (modulePath) => !noProxy(modulePath, privateSetup.env));
  return { proxy: first.url, modCache: goEnv.GOMODCACHE, targets, concurrency: DOWNLOAD_GOMAXPROCS };
}
__name(infoPrefetch, "infoPrefetch");
function hasCachedContent(state) {
  return state === "hit" || state === "partial" || state === "preexisting";
}
__name(hasCachedContent, "hasCachedContent");
async function fillFromCache(ctx, goEnv, deps, selection, download) {
  const started = performance.now();
  const attempts = [];
  let ready = await checkReady(ctx.workingDirectory, deps.roots, goEnv.GOMODCACHE);
  let chain = selection.choice.entries;
  if (ready.unlisted.length > 0) {
    info(`go cannot list the modules offline (${ready.unlisted[0].why}): fetching the go.mod files of the module graph, without zips.`);
    const graph = await download(ready.unlisted.map(({ root }) => ({ root, args: ["mod", "graph"] })));
    attempts.push(...graph.attempts);
    chain = graph.chain;
    ready = await checkReady(ctx.workingDirectory, deps.roots, goEnv.GOMODCACHE);
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
function exportChain(ctx, downloaded) {
  const { metrics } = ctx;
  const chain = formatGoProxy(downloaded.chain);
  if (ctx.inputs.offline) {
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
async function saveModules(ctx, goEnv, deps, keys, restored, downloaded, keptElsewhere = []) {
  const { metrics } = ctx;
  const reason = reasonNotToSave({
    policy: ctx.inputs.save,
    eventName: ctx.runner.eventName,
    state: restored.state,
    // The history or the build cache lookup may have found the backend failed.
    serviceFailed: restored.serviceFailed || backendFailure(ctx.backend) !== void 0,
    cacheEmpty: downloaded.modules.length === 0,
    noneVouched: downloaded.modules.every((m) => downloaded.unvouched.includes(`${m.Path}@${m.Version}`))
  });
  if (reason !== void 0) {
    info(`Not saving: ${reason}.`);
    metrics.cache.saveSkipped = reason;
    return void 0;
  }
  const needed = downloaded.modules.map((m) => `${m.Path}@${m.Version}`).filter((id) => !downloaded.unvouched.includes(id));
  const plan2 = await planModCacheSave(goEnv.GOMODCACHE, ctx.workingDirectory, deps.roots, needed, ctx.inputs.cacheLayout);
  const pruned = plan2.prunedVersions.filter((id) => !downloaded.unvouched.includes(id) && !keptElsewhere.includes(id));
  metrics.cache.pruned = pruned.length;
  if (pruned.length > 0) info(`Pruned ${pruned.length} module versions no root needs: ${pruned.join(", ")}`);
  const job = {
    entry: modulesEntry(ctx.inputs.cacheLayout),
    key: keys.primaryKey,
    root: goEnv.GOMODCACHE,
    members: plan2.members,
    backend: ctx.backendConfig
  };
  info(`Entry ${keys.primaryKey}: layout ${ctx.inputs.cacheLayout}, ${plan2.members.length} members.`);
  if (ctx.inputs.backgroundSave) {
    metrics.cache.saveMode = "background";
    const background = await startSave(job);
    info(`Saving in the background (process ${background.pid}); the post step waits for it and reports the outcome.`);
    return { background, job };
  }
  metrics.cache.saveMode = "main";
  const outcome = await runSaveJob(ctx.backend, job);
  recordSave(metrics, job.key, outcome);
  if (outcome.failed) restored.serviceFailed = true;
  return void 0;
}
__name(saveModules, "saveModules");
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

// src/proxy/sample.ts
init_define_ACTION_INPUTS();
function pickProbeModules(entries2, env, count = 3) {
  const withZip = new Set(entries2.filter((e) => e.kind === "zip").map((e) => `${e.path}@${e.version}`));
  const byPath = /* @__PURE__ */ new Map();
  for (const e of entries2) {
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

// src/report/metrics.ts
init_define_ACTION_INPUTS();
function newMetrics() {
  return {
    schemaVersion: 1,
    go: { version: "", os: "", arch: "" },
    cache: {
      backend: "",
      layout: "",
      primaryKey: "",
      restoreKeys: [],
      matchedKey: "",
      hit: false,
      state: "",
      restoreMs: 0,
      extractMs: 0,
      sizeBytes: 0,
      files: 0,
      pruned: 0,
      verify: "",
      saved: false,
      saveSkipped: "",
      saveMs: 0,
      saveMode: "",
      restoreSkipped: ""
    },
    proxy: {
      probeMs: 0,
      goproxy: "",
      selected: "",
      fallbackUsed: false,
      report: [],
      problems: [],
      noneHealthy: false,
      sumdb: ""
    },
    toolchain: { gotoolchain: "", local: "", required: "", reason: "", version: "", source: "", ms: 0, attempts: [] },
    download: { roots: [], modules: 0, ms: 0, attempts: [] },
    history: { status: "", runs: 0, cacheHitRate: 0, medianRestoreMs: 0, medianDownloadMs: 0, retriedRuns: 0, proxies: [], recent: [] },
    offline: false,
    totalMs: 0,
    error: ""
  };
}
__name(newMetrics, "newMetrics");

// src/report/publish.ts
init_define_ACTION_INPUTS();
import { mkdir as mkdir6, readFile as readFile8, writeFile as writeFile8 } from "node:fs/promises";
import path16 from "node:path";

// src/report/outputs.ts
init_define_ACTION_INPUTS();
function renderOutputs(m, metricsFile = "") {
  return {
    "cache-hit": String(m.cache.hit),
    "cache-matched-key": m.cache.matchedKey,
    "cache-primary-key": m.cache.primaryKey,
    "cache-state": m.cache.state,
    "cache-size-bytes": String(m.cache.sizeBytes),
    "cache-files": String(m.cache.files),
    pruned: String(m.cache.pruned),
    "restore-ms": String(m.cache.restoreMs),
    "download-ms": String(m.download.ms),
    "save-ms": String(m.cache.saveMs),
    "total-ms": String(m.totalMs),
    modules: String(m.download.modules),
    goproxy: m.proxy.goproxy,
    "proxy-selected": m.proxy.selected,
    "fallback-used": String(m.proxy.fallbackUsed),
    "probe-ms": String(m.proxy.probeMs),
    "download-attempts": String(m.download.attempts.length),
    offline: String(m.offline),
    "go-version": m.toolchain.version,
    "toolchain-source": m.toolchain.source,
    "toolchain-ms": String(m.toolchain.ms),
    "history-runs": String(m.history.runs),
    "cache-hit-rate": m.history.runs === 0 ? "" : String(m.history.cacheHitRate),
    metrics: JSON.stringify(m),
    "metrics-file": metricsFile,
    "proxy-report": JSON.stringify(
      m.proxy.report.map((r) => ({
        url: r.url,
        class: r.class,
        latencyMs: r.latencyMs,
        verified: r.verified,
        sumdb: r.sumdb
      }))
    )
  };
}
__name(renderOutputs, "renderOutputs");

// src/report/summary.ts
init_define_ACTION_INPUTS();

// src/report/hints.ts
init_define_ACTION_INPUTS();
function hints(m) {
  const out = [];
  for (const p of m.proxy.problems) {
    const what = p.dropped ? "dropped from the chain" : "kept, though unhealthy";
    out.push(`${p.url} (${p.role}) ${what}: ${p.class}${p.detail ? ` (${p.detail})` : ""}. Fix: ${p.fix}.`);
  }
  if (m.proxy.noneHealthy) {
    out.push(
      "No proxy answered the probe correctly; the configured chain was kept in case the failure is transient. Check the runner network, HTTPS_PROXY, and the proxies above."
    );
  }
  if (m.proxy.sumdb === "unreachable") {
    out.push(
      "The checksum database is reachable neither directly nor through a healthy proxy: go will fail to verify new modules. Allow access to it, use a proxy that serves /sumdb/, or list private modules in `private`."
    );
  }
  const t = m.toolchain;
  for (const a of t.attempts.filter((a2) => a2.outcome !== "ok")) {
    out.push(`${a.source} did not deliver the toolchain ${t.required}: ${a.class || a.outcome}${a.detail ? ` (${a.detail})` : ""}.`);
  }
  if (t.required !== "" && t.source === "local" && m.error === "") {
    out.push(
      `${t.reason}; later steps run go ${t.local}. Fix: install ${t.required} with actions/setup-go, or let go switch (GOTOOLCHAIN=auto).`
    );
  }
  for (const a of m.download.attempts) {
    for (const d of a.dropped) out.push(`${d.url} left the chain during the download: ${d.reason}.`);
  }
  if (m.cache.state === "unavailable") {
    out.push("The Actions cache service failed in this job: modules were downloaded without it and nothing was saved. Raise cache-timeout if the service is only slow.");
  }
  if (m.cache.verify === "mismatch") {
    out.push("go mod verify found modified files in the restored module cache: it was thrown away, the modules were downloaded afresh, and the bad content was not saved.");
  }
  return out;
}
__name(hints, "hints");

// src/report/summary.ts
function renderSummary(m) {
  const lines = ["## go-mod-precache", ""];
  if (m.error !== "") lines.push(`**Failed:** ${cell(firstLine(m.error))}`, "");
  lines.push(
    "### Cache",
    "",
    "| key | state | restore | save |",
    "| --- | --- | --- | --- |",
    `| ${code(m.cache.primaryKey)} | ${cacheState(m)} | ${m.cache.restoreMs} ms | ${saveCell(m)} |`,
    ""
  );
  if (m.proxy.report.length > 0) {
    lines.push(
      "### Proxies",
      "",
      `Probed in ${m.proxy.probeMs} ms. Chain: ${code(m.proxy.goproxy)}`,
      "",
      "| proxy | role | result | latency | verified | sumdb |",
      "| --- | --- | --- | --- | --- | --- |"
    );
    for (const r of m.proxy.report) {
      const sumdb = r.sumdb === null ? "" : r.sumdb ? "yes" : "no";
      lines.push(
        `| ${code(r.url)} | ${r.role} | ${cell(r.class)} | ${r.class === "ok" ? `${r.latencyMs} ms` : ""} | ${r.verified ? "yes" : "no"} | ${sumdb} |`
      );
    }
    lines.push("");
  }
  if (m.toolchain.required !== "") {
    const t = m.toolchain;
    const from = t.source === "local" ? `kept go ${t.local}` : `${t.version} from ${code(t.source)} in ${t.ms} ms`;
    lines.push("### Toolchain", "", `${cell(t.reason)}: ${from}.`, "");
  }
  lines.push(
    "### Download",
    "",
    "| attempts | modules | roots | time |",
    "| --- | --- | --- | --- |",
    `| ${m.download.attempts.length} | ${m.download.modules} | ${m.download.roots.map(code).join(" ")} | ${m.download.ms} ms |`,
    ""
  );
  const found = hints(m);
  if (found.length > 0) {
    lines.push("### Hints", "");
    for (const h of found) lines.push(`- ${cell(h)}`);
    lines.push("");
  }
  lines.push(...renderTrend(m));
  lines.push(`Total: ${m.totalMs} ms with ${cell(m.go.version)} on ${m.go.os}/${m.go.arch}.`, "");
  return lines.join("\n");
}
__name(renderSummary, "renderSummary");
function renderTrend(m) {
  const h = m.history;
  if (h.status === "" || h.status === "disabled") return [];
  const lines = ["### Trend", ""];
  if (h.runs === 0) {
    lines.push("This is the first run of the history.", "");
    return lines;
  }
  lines.push(
    `Over the ${h.runs} earlier run${h.runs === 1 ? "" : "s"}: exact hits ${Math.round(h.cacheHitRate * 100)}%, median restore ${h.medianRestoreMs} ms, median download ${h.medianDownloadMs} ms, ${h.retriedRuns} retried.`,
    ""
  );
  const restored = /* @__PURE__ */ __name((r) => r.state === "hit" || r.state === "partial", "restored");
  const [restore, download] = sparklines([
    h.recent.map((r) => restored(r) ? r.restoreMs : void 0),
    h.recent.map((r) => r.downloadMs)
  ]);
  const max = Math.max(0, ...h.recent.flatMap((r) => [restored(r) ? r.restoreMs : 0, r.downloadMs]));
  const last = h.recent.at(-1);
  lines.push(
    `| last ${h.recent.length} runs, oldest first | time on one scale (tallest bar ${max} ms); \u2591 no restore | median | this run |`,
    "| --- | --- | --- | --- |",
    `| restore | ${restore} | ${h.medianRestoreMs} ms | ${last && restored(last) ? `${last.restoreMs} ms` : "\u2013"} |`,
    `| download | ${download} | ${h.medianDownloadMs} ms | ${last ? `${last.downloadMs} ms` : ""} |`,
    ""
  );
  const failing = h.proxies.filter((p) => p.failures > 0);
  for (const p of failing) lines.push(`- Proxy ${code(p.url)} failed the probe in ${p.failures} of ${p.probes} runs.`);
  if (failing.length > 0) lines.push("");
  return lines;
}
__name(renderTrend, "renderTrend");
function cacheState(m) {
  const size = m.cache.sizeBytes > 0 ? `, ${(m.cache.sizeBytes / 1048576).toFixed(1)} MiB` : "";
  const pruned = m.cache.pruned > 0 ? `, ${m.cache.pruned} pruned` : "";
  if (m.cache.state === "partial") return `partial (${code(m.cache.matchedKey)})${size}${pruned}`;
  if (m.cache.state === "skipped") return `skipped: ${cell(m.cache.restoreSkipped)}${size}${pruned}`;
  return `${m.cache.state || "miss"}${size}${pruned}`;
}
__name(cacheState, "cacheState");
function renderSaveSummary(m) {
  const size = m.cache.sizeBytes > 0 ? ` (${(m.cache.sizeBytes / 1048576).toFixed(1)} MiB)` : "";
  const outcome = m.cache.saved ? `saved as ${code(m.cache.primaryKey)} in ${m.cache.saveMs} ms${size}` : `not saved: ${cell(m.cache.saveSkipped)}`;
  return ["### Module cache save", "", `In the background, while the job ran: ${outcome}.`, ""].join("\n");
}
__name(renderSaveSummary, "renderSaveSummary");
function saveCell(m) {
  if (m.cache.saveMode === "background" && !m.cache.saved && m.cache.saveSkipped === "") return "in the background (see below)";
  if (m.cache.saved) return `saved in ${m.cache.saveMs} ms`;
  return m.cache.saveSkipped === "" ? "not saved" : `skipped: ${cell(m.cache.saveSkipped)}`;
}
__name(saveCell, "saveCell");
function firstLine(s) {
  return s.split(/\r?\n/)[0] ?? "";
}
__name(firstLine, "firstLine");
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
__name(cell, "cell");
function code(s) {
  return s === "" ? "" : `\`${cell(s).replace(/`/g, "'")}\``;
}
__name(code, "code");

// src/report/publish.ts
function defaultMetricsFile(env = process.env, p = path16) {
  return env.RUNNER_TEMP ? p.join(env.RUNNER_TEMP, "go-mod-precache", "metrics.json") : "";
}
__name(defaultMetricsFile, "defaultMetricsFile");
async function publishReport(metrics, options) {
  let metricsFile = options.metricsFile;
  if (metricsFile !== "") {
    try {
      await mkdir6(path16.dirname(metricsFile), { recursive: true });
      await writeFile8(metricsFile, `${JSON.stringify(metrics, null, 2)}
`);
    } catch (err) {
      warning(`Could not write the metrics file ${metricsFile}: ${errorMessage(err)}`);
      metricsFile = "";
    }
  }
  for (const [name, value] of Object.entries(renderOutputs(metrics, metricsFile))) setOutput(name, value);
  if (!options.summary || !process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(renderSummary(metrics)).write();
  } catch (err) {
    warning(`Could not write the job summary: ${errorMessage(err)}`);
  }
}
__name(publishReport, "publishReport");
async function completeReport(options, update) {
  let metrics;
  if (options.metricsFile !== "") {
    try {
      metrics = JSON.parse(await readFile8(options.metricsFile, "utf8"));
      update(metrics);
      await writeFile8(options.metricsFile, `${JSON.stringify(metrics, null, 2)}
`);
    } catch (err) {
      warning(`Could not complete the metrics file ${options.metricsFile}: ${errorMessage(err)}`);
      metrics = void 0;
    }
  }
  if (metrics === void 0) {
    metrics = newMetrics();
    update(metrics);
  }
  if (!options.summary || !process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(renderSaveSummary(metrics)).write();
  } catch (err) {
    warning(`Could not write the job summary: ${errorMessage(err)}`);
  }
}
__name(completeReport, "completeReport");

// src/main.ts
var MODULE_SAVE_STATE = "module-save";
var BACKEND_STATE = "cache-backend";
var BACKEND_FAILED_STATE = "cache-backend-failed";
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
    const workingDirectory = path17.resolve(runner.workspace, inputs.workingDirectory);
    assertWorkingDirectory(workingDirectory);
    const backendConfig = backendConfigOf(inputs, process.env);
    saveState(BACKEND_STATE, JSON.stringify(backendConfig));
    backend = await createBackend(backendConfig, { timeoutMs: inputs.cacheTimeoutMs });
    const ctx = { inputs, runner, workingDirectory, metrics, backend, backendConfig };
    const historyPrefix = historyKeyPrefix(inputs.keyPrefix, runner.os, runner.arch);
    const historyLoading = inputs.history ? loadHistory(ctx.backend, historyPrefix, inputs.cacheTimeoutMs) : Promise.resolve({ status: "disabled", history: emptyHistory(), note: "input 'history' is false" });
    const goEnv = await phase("Go environment", async () => {
      const env = await goEnvironment(ctx);
      if (process.platform === "win32") {
        const plan2 = planGoDirs({
          platform: process.platform,
          env: process.env,
          userSet: await userSetGoEnv(workingDirectory, ["GOMODCACHE", "GOCACHE"]),
          goEnv: { GOMODCACHE: env.GOMODCACHE, GOCACHE: env.GOCACHE }
        });
        for (const line of applyGoDirs(plan2, exportVariable)) info(line);
        for (const m of plan2.moves) env[m.name] = m.to;
      }
      return env;
    });
    const primary = primaryChain(inputs.proxies, goEnv.GOPROXY);
    const privateSetup = await phase("Private modules", () => setupPrivateModules(inputs, goEnv));
    const deps = await phase("Dependency files", () => dependencyFiles(ctx));
    const keys = computeCacheKeys({ prefix: inputs.keyPrefix, runnerOs: runner.os, runnerArch: runner.arch, files: deps.files });
    const decision = await chooseToolchain(ctx, goEnv, deps);
    const buildKeys = inputs.cacheBuild ? buildCacheKeys(inputs.keyPrefix, runner.os, runner.arch, expectedGoVersion(decision, goEnv), process.env.GITHUB_SHA || keys.hash) : void 0;
    const historyKeyOfRun = historyKey(historyPrefix, process.env);
    assertKeyLengths(inputs.keyPrefix, [keys.primaryKey, historyKeyOfRun, ...buildKeys ? [buildKeys.primaryKey] : []]);
    const probing = selectChain({
      primary,
      mirrors: inputs.mirrors,
      allowDirect: inputs.allowDirect ?? primary.some((e) => e.kind === "direct"),
      modules: pickProbeModules(goSumEntries(deps.files), privateSetup.env),
      timeoutMs: inputs.probeTimeoutMs,
      gosumdb: goEnv.GOSUMDB,
      goVersion: expectedGoVersion(decision, goEnv)
    });
    probing.catch(() => void 0);
    const buildRestore = buildKeys ? restoreBuildCache(ctx.backend, goEnv.GOCACHE, buildKeys, inputs.cacheTimeoutMs) : void 0;
    buildRestore?.catch(() => void 0);
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
    if (saving) saveState(MODULE_SAVE_STATE, JSON.stringify({ ...saving.background, key: saving.job.key, timeoutMs: inputs.saveTimeoutMs, report }));
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
    const file = path17.join(await scratchDir("history-"), "pending.json");
    await writePending(file, { key: job.key, keyPrefix: job.keyPrefix, history: job.load.history, record: recordOf(metrics, process.env), skipSave });
    saveState(HISTORY_STATE, file);
  } catch (err) {
    warning(`History not kept for this run; the job goes on: ${errorMessage(err)}`);
  }
}
__name(keepForPost, "keepForPost");
async function runPost() {
  try {
    const moduleSave = getState(MODULE_SAVE_STATE);
    let backgroundSaved;
    if (moduleSave !== "") {
      backgroundSaved = await phase("Save module cache (background)", () => finishModuleSave(JSON.parse(moduleSave)));
    }
    const failed = getState(BACKEND_FAILED_STATE);
    if (failed !== "") {
      info(`Nothing is saved to the cache: in the main step, ${JSON.parse(failed).why}.`);
    } else {
      const config = getState(BACKEND_STATE);
      const backend = await createBackend(config === "" ? { kind: "github" } : JSON.parse(config));
      const later = getState(LATER_STATE);
      if (later !== "") {
        const mainFailed = moduleSave !== "" && (backgroundSaved === void 0 || backgroundSaved.failed);
        await phase(
          "Save modules later steps added",
          () => saveLater(backend, later, mainFailed ? "the module cache save failed or did not finish in this job" : void 0)
        );
      }
      const build = getState(BUILD_CACHE_STATE);
      if (build !== "") {
        await phase("Save build cache", () => saveBuildCache(backend, JSON.parse(build)));
      }
      const history = getState(HISTORY_STATE);
      if (history !== "") await phase("Save history", () => savePending(backend, history, backgroundSaved));
    }
  } finally {
    await removePrivateCredentials(getState(GIT_CREDENTIALS_STATE));
  }
}
__name(runPost, "runPost");
async function finishModuleSave(state) {
  const waited = await awaitSave(state, state.timeoutMs);
  for (const line of waited.log.split(/\r?\n/)) if (line !== "") info(line);
  info(`Waited ${waited.waitedMs} ms for the save started ${Math.round((Date.now() - state.startedAt) / 1e3)} s ago.`);
  const update = /* @__PURE__ */ __name((m) => {
    if (waited.done) recordSave(m, state.key, waited.outcome);
    else {
      warning(`Module cache not saved; the job goes on: ${waited.why}.`);
      Object.assign(m.cache, { saved: false, saveSkipped: waited.why });
    }
  }, "update");
  await completeReport(state.report, update);
  if (!waited.done) return void 0;
  return { saveMs: waited.outcome.ms, sizeBytes: waited.outcome.sizeBytes ?? 0, failed: waited.outcome.failed === true };
}
__name(finishModuleSave, "finishModuleSave");

export {
  runMain,
  runPost
};
