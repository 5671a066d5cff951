import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  capitalize
} from "./chunk-EX3OKT3Z.js";
import {
  MAX_KEY_LENGTH,
  keyHasPrefix
} from "./chunk-D6OYPYWX.js";
import {
  runSaveJob
} from "./chunk-W2G2VN32.js";
import {
  extractArchive
} from "./chunk-HARHAMGK.js";
import {
  isEmptyDir,
  pathExists,
  removeTree,
  scratchDir
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

// src/cache/laterio.ts
init_define_ACTION_INPUTS();
import { chmod, mkdir, mkdtemp, readdir as readdir2, readFile, rename, stat as stat2, utimes, writeFile } from "node:fs/promises";
import path2 from "node:path";

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
function majorSuffixOK(path3) {
  if (path3.startsWith("gopkg.in/")) return /\.v(0|[1-9][0-9]*)(-unstable)?$/.test(path3);
  const m = /\/v([0-9.]+)$/.exec(path3);
  if (m === null) return true;
  const n = m[1];
  return !n.includes(".") && !n.startsWith("0") && n !== "1";
}
__name(majorSuffixOK, "majorSuffixOK");
function modulePathProblem(path3) {
  if (path3 === "") return "empty string";
  if (path3.includes("..")) return "double dot";
  if (path3.includes("//")) return "double slash";
  if (path3.endsWith("/")) return "trailing slash";
  if (path3.startsWith("/")) return "leading slash";
  const elems = path3.split("/");
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
  if (!majorSuffixOK(path3)) return "invalid version";
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
function escapePath(path3) {
  const problem = modulePathProblem(path3);
  if (problem !== void 0) throw new Error(`malformed module path "${path3}": ${problem}`);
  return escapeString(path3);
}
__name(escapePath, "escapePath");
function unescapePath(escaped) {
  const path3 = unescapeString(escaped);
  if (path3 === void 0) throw new Error(`invalid escaped module path "${escaped}"`);
  const problem = modulePathProblem(path3);
  if (problem !== void 0) throw new Error(`invalid escaped module path "${escaped}": ${problem}`);
  return path3;
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

// src/go/gomodcache.ts
init_define_ACTION_INPUTS();
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
var DOWNLOAD_DIR = "cache/download";
var SUMDB_DIR = "cache/download/sumdb";
async function listModCache(modCache) {
  const items = [];
  await walkExtracted(modCache, "", items);
  await walkDownload(path.join(modCache, ...DOWNLOAD_DIR.split("/")), "", items);
  let hasVcs = false;
  try {
    hasVcs = (await readdir(path.join(modCache, "cache", "vcs"))).length > 0;
  } catch {
  }
  return { items, hasVcs };
}
__name(listModCache, "listModCache");
async function entries(dir) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
__name(entries, "entries");
async function walkExtracted(root, rel, out) {
  for (const e of await entries(path.join(root, rel))) {
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
  for (const e of await entries(path.join(root, rel))) {
    if (!e.isDirectory()) continue;
    if (rel === "" && e.name === "sumdb") continue;
    const child = rel === "" ? e.name : `${rel}/${e.name}`;
    if (e.name !== "@v") {
      await walkDownload(root, child, out);
      continue;
    }
    for (const f of await entries(path.join(root, child))) {
      if (!f.isFile() || f.name === "list" || f.name === "list.lock") continue;
      const parsed = parseDownloadFile(f.name);
      const id = parsed === void 0 ? void 0 : safeId(rel, parsed.version);
      if (id !== void 0) out.push({ rel: `${DOWNLOAD_DIR}/${child}/${f.name}`, id, kind: parsed.kind });
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
function partialMarkerFor(rel) {
  if (rel === "cache" || rel.startsWith("cache/")) return void 0;
  const m = /^([^@]+)@([^/]+)(?:\/|$)/.exec(rel);
  return m ? `${DOWNLOAD_DIR}/${m[1]}/@v/${m[2]}.partial` : void 0;
}
__name(partialMarkerFor, "partialMarkerFor");
function isReady(f) {
  return f.zip || f.dir && !f.partial && f.ziphash;
}
__name(isReady, "isReady");
function downloadFile(modCache, modulePath, version, kind) {
  return path.join(modCache, ...DOWNLOAD_DIR.split("/"), ...escapePath(modulePath).split("/"), "@v", `${escapeVersion(version)}.${kind}`);
}
__name(downloadFile, "downloadFile");
async function moduleFilesOf(modCache, modulePath, version) {
  const file = /* @__PURE__ */ __name((kind) => pathExists(downloadFile(modCache, modulePath, version, kind)), "file");
  const [zip, ziphash, dir, partial] = await Promise.all([
    file("zip"),
    file("ziphash"),
    pathExists(path.join(modCache, ...`${escapePath(modulePath)}@${escapeVersion(version)}`.split("/"))),
    file("partial")
  ]);
  return { zip, ziphash, dir, partial };
}
__name(moduleFilesOf, "moduleFilesOf");
function moduleIds(rels) {
  const ids = /* @__PURE__ */ new Set();
  for (const r of rels) {
    const dir = /^([^@]+@[^/]+)$/.exec(r);
    const file = /^cache\/download\/(.+)\/@v\/(.+)\.(?:mod|zip|ziphash|info)$/.exec(r);
    if (dir) ids.add(dir[1]);
    else if (file && !r.startsWith(`${SUMDB_DIR}/`)) ids.add(`${file[1]}@${file[2]}`);
  }
  return [...ids];
}
__name(moduleIds, "moduleIds");
async function listSumdb(modCache) {
  const root = path.join(modCache, ...SUMDB_DIR.split("/"));
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

// src/cache/later.ts
init_define_ACTION_INPUTS();

// src/cache/layout.ts
init_define_ACTION_INPUTS();
var CACHE_LAYOUTS = ["lean", "full", "zips"];
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

// src/cache/policy.ts
init_define_ACTION_INPUTS();
var SAVE_POLICIES = ["auto", "always", "never"];
var RESTORE_POLICIES = ["auto", "always", "never"];
var VERIFY_POLICIES = ["partial", "always", "never"];
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
    if (fetched.outcome === "restored") await fetched.source.close();
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
    await mkdir(path2.join(modCache, "cache"), { recursive: true });
    scratch = await mkdtemp(path2.join(modCache, "cache", ".later-"));
    await extractArchive(fetched.source, scratch);
    const rels = [];
    await mergeInto(scratch, modCache, "", rels);
    const sameKey = keyHasPrefix(fetched.matchedKey, laterPrefix(primaryKey));
    const unreadSince = sameKey ? 0 : await setUnread(modCache, rels, scratch);
    info(`Restored ${describeModules(rels)} later steps added, from ${fetched.matchedKey} (${fetched.source.sizeBytes} bytes, fetched, unpacked and merged in ${Math.round(performance.now() - started)} ms).`);
    return { rels, modules: wholeModules(rels), sameKey, serviceFailed: false, unreadSince };
  } catch (err) {
    warning(`Unpacking the modules later steps added (${fetched.matchedKey}) failed (${errorMessage(err)}); they are fetched again if needed.`);
    return NONE;
  } finally {
    if (scratch !== void 0) await removeTree(scratch);
    await fetched.source.close();
  }
}
__name(restoreLater, "restoreLater");
async function mergeInto(src, dst, rel, moved) {
  for (const e of await readdir2(path2.join(src, ...rel.split("/")), { withFileTypes: true })) {
    const child = rel === "" ? e.name : `${rel}/${e.name}`;
    const inCache = child === "cache" || child.startsWith("cache/");
    if (e.isDirectory() && (inCache || !e.name.includes("@"))) {
      await mergeInto(src, dst, child, moved);
      continue;
    }
    const to = path2.join(dst, ...child.split("/"));
    if (await pathExists(to)) continue;
    await mkdir(path2.dirname(to), { recursive: true });
    await moveUnit(path2.join(src, ...child.split("/")), to, e.isDirectory());
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
async function setUnread(modCache, rels, scratch) {
  const now = Date.now();
  const back = new Date(now - UNREAD_AGE_MS);
  const probe = path2.join(scratch, "atime-probe");
  await writeFile(probe, "probe");
  await utimes(probe, back, (await stat2(probe)).mtime);
  await readFile(probe);
  if ((await stat2(probe)).atimeMs < now - UNREAD_AGE_MS / 2) {
    info("This file system does not record reads: restored modules of another key are not carried over.");
    return 0;
  }
  for (const r of rels.filter((r2) => r2.startsWith(`${DOWNLOAD_DIR}/`))) {
    const file = path2.join(modCache, ...r.split("/"));
    await utimes(file, back, (await stat2(file)).mtime).catch(() => void 0);
  }
  return now;
}
__name(setUnread, "setUnread");
async function readSince(modCache, rels, since) {
  const read = /* @__PURE__ */ new Set();
  if (since === 0) return read;
  for (const r of rels.filter((r2) => r2.startsWith(`${DOWNLOAD_DIR}/`) && !r2.startsWith(`${SUMDB_DIR}/`))) {
    const info2 = await stat2(path2.join(modCache, ...r.split("/"))).catch(() => void 0);
    if (info2 !== void 0 && info2.atimeMs > since - UNREAD_AGE_MS / 2) read.add(r);
  }
  const ids = new Set(moduleIds([...read]));
  if (ids.size === 0) return read;
  return new Set(rels.filter((r) => r.startsWith(`${SUMDB_DIR}/`) || moduleIds([r]).some((id) => ids.has(id))));
}
__name(readSince, "readSince");
async function existedAt(modCache, rels, ms) {
  const old = /* @__PURE__ */ new Set();
  for (const rel of rels) {
    const info2 = await stat2(path2.join(modCache, ...rel.split("/"))).catch(() => void 0);
    if (info2 === void 0 || info2.ctimeMs <= ms) old.add(rel);
  }
  return old;
}
__name(existedAt, "existedAt");
async function keepLaterBaseline(o, skip) {
  if (skip !== void 0) {
    info(`Modules later steps add are not saved: ${skip}.`);
    return void 0;
  }
  try {
    const file = path2.join(await scratchDir("later-"), "baseline.json");
    await writeFile(file, JSON.stringify({ ...o, mainEndedAt: Date.now() }));
    return file;
  } catch (err) {
    warning(`Modules later steps add will not be saved; the job goes on: ${errorMessage(err)}`);
    return void 0;
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
    await removeTree(path2.dirname(stateFile));
  }
}
__name(saveLater, "saveLater");

export {
  escapePath,
  escapeVersion,
  SUMDB_DIR,
  listModCache,
  partialMarkerFor,
  isReady,
  downloadFile,
  moduleFilesOf,
  CACHE_LAYOUTS,
  selectMembers,
  prunedVersions,
  SAVE_POLICIES,
  RESTORE_POLICIES,
  VERIFY_POLICIES,
  BRANCH_SCOPED_EVENTS,
  reasonNotToSave,
  shouldVerify,
  reasonNotToSaveLater,
  fetchLater,
  restoreLater,
  keepLaterBaseline,
  saveLater
};
