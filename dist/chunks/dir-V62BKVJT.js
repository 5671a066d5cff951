import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  beyondNewest,
  newestMatch
} from "./chunk-3XSHNZKW.js";
import {
  TIMED_OUT,
  withinTime
} from "./chunk-XIDZHRQZ.js";
import "./chunk-EX3OKT3Z.js";
import {
  foldKey,
  keyHasPrefix,
  sameKey
} from "./chunk-D6OYPYWX.js";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_NAME
} from "./chunk-HARHAMGK.js";
import {
  fileSource
} from "./chunk-YSGDQK2H.js";
import {
  cleanupWarning,
  errnoCode,
  removeTree,
  renameRetrying,
  scratchDir,
  tryRemoveTree,
  withPath
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

// src/cache/dir.ts
init_define_ACTION_INPUTS();
import { constants as fsConstants } from "node:fs";
import { copyFile, link, lstat as lstat2, mkdir, mkdtemp, open as open2, stat as stat3, utimes } from "node:fs/promises";
import path4 from "node:path";

// src/cache/dirkeys.ts
init_define_ACTION_INPUTS();
import { randomBytes } from "node:crypto";
var TEMP_SUFFIX = ".tmp";
var MAX_ENCODED_KEY = 200;
var WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
function escapeChar(c) {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}
__name(escapeChar, "escapeChar");
function encodeKey(key) {
  let name = encodeURIComponent(key).replace(/\*/g, "%2A");
  if (name.startsWith(".")) name = `%2E${name.slice(1)}`;
  if (name.endsWith(".")) name = `${name.slice(0, -1)}%2E`;
  if (WINDOWS_RESERVED.test(name)) name = escapeChar(name[0]) + name.slice(1);
  return name;
}
__name(encodeKey, "encodeKey");
function decodeKey(name) {
  if (name === "" || name.startsWith(".")) return void 0;
  let key;
  try {
    key = decodeURIComponent(name);
  } catch {
    return void 0;
  }
  return encodeKey(key) === name ? key : void 0;
}
__name(decodeKey, "decodeKey");
function isTempName(name) {
  return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
}
__name(isTempName, "isTempName");
function tempName(encoded) {
  return `.${encoded}.${process.pid}-${randomBytes(4).toString("hex")}${TEMP_SUFFIX}`;
}
__name(tempName, "tempName");

// src/cache/direvict.ts
init_define_ACTION_INPUTS();
import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
var STALE_TEMP_MS = 60 * 60 * 1e3;
function chooseEvictions(entries, maxSizeBytes, keep) {
  let total = entries.reduce((sum, e) => sum + e.sizeBytes, 0);
  if (total <= maxSizeBytes) return [];
  const order = entries.filter((e) => e.path !== keep).sort((a, b) => a.lastUseMs - b.lastUseMs || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out = [];
  for (const e of order) {
    if (total <= maxSizeBytes) break;
    out.push(e);
    total -= e.sizeBytes;
  }
  return out;
}
__name(chooseEvictions, "chooseEvictions");
async function listEntries(root, nowMs = Date.now()) {
  const out = { entries: [], staleTemps: [], problems: [] };
  const dirsIn = /* @__PURE__ */ __name(async (dir) => {
    try {
      return (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => path.join(dir, d.name));
    } catch (err) {
      if (errnoCode(err) !== "ENOENT") out.problems.push(withPath(dir, err));
      return [];
    }
  }, "dirsIn");
  for (const formatDir of await dirsIn(root)) {
    for (const entryDir of await dirsIn(formatDir)) {
      let names;
      try {
        names = await readdir(entryDir);
      } catch (err) {
        if (errnoCode(err) !== "ENOENT") out.problems.push(withPath(entryDir, err));
        continue;
      }
      for (const name of names) {
        const temp = isTempName(name);
        if (!temp && decodeKey(name) === void 0) continue;
        const file = path.join(entryDir, name);
        let info2;
        try {
          info2 = await lstat(file);
        } catch {
          continue;
        }
        if (!info2.isFile()) continue;
        if (temp) {
          if (nowMs - info2.mtimeMs > STALE_TEMP_MS) out.staleTemps.push(file);
          continue;
        }
        out.entries.push({ path: file, sizeBytes: info2.size, lastUseMs: Math.max(info2.atimeMs, info2.mtimeMs) });
      }
    }
  }
  return out;
}
__name(listEntries, "listEntries");
async function evict(root, maxSizeBytes, keep) {
  const listing = await listEntries(root);
  for (const problem of listing.problems) warning(`Cache eviction in ${root} skipped what it could not list: ${problem}`);
  for (const temp of listing.staleTemps) {
    const left = await tryRemoveTree(temp);
    if (left !== void 0) warning(cleanupWarning(temp, left, process.platform));
  }
  const removed = [];
  for (const victim of chooseEvictions(listing.entries, maxSizeBytes, keep)) {
    const left = await tryRemoveTree(victim.path);
    if (left === void 0) removed.push(victim);
    else warning(`Could not evict ${victim.path} from the cache directory (${left.code}); it stays, and the directory holds more than its limit.`);
  }
  if (removed.length > 0) {
    const bytes = removed.reduce((sum, e) => sum + e.sizeBytes, 0);
    info(`Evicted ${removed.length} least recently used cache entr${removed.length === 1 ? "y" : "ies"} (${bytes} bytes) from ${root} to keep it under ${maxSizeBytes} bytes.`);
  }
  return { removed };
}
__name(evict, "evict");

// src/cache/dirlookup.ts
init_define_ACTION_INPUTS();
import { open, readdir as readdir2, stat } from "node:fs/promises";
import path2 from "node:path";
var EVICTED_LOOKUPS = 3;
function chooseMatch(candidates, primaryKey, restoreKeys) {
  const exact = candidates.find((c) => sameKey(c.key, primaryKey));
  if (exact !== void 0) return exact;
  const dated = candidates.map((c) => ({ key: c.key, timeMs: c.mtimeMs, c }));
  for (const prefix of restoreKeys) {
    const best = newestMatch(dated, prefix);
    if (best !== void 0) return best.c;
  }
  return void 0;
}
__name(chooseMatch, "chooseMatch");
async function lookupEntry(root, dir, primaryKey, restoreKeys) {
  let names;
  try {
    names = await readdir2(dir);
  } catch (err) {
    if (errnoCode(err) === "ENOENT") return { outcome: "miss" };
    return { outcome: "service-failed", why: `the cache directory ${root} cannot be read (${withPath(dir, err)})` };
  }
  const keyed = names.flatMap((name) => {
    const key = decodeKey(name);
    return key === void 0 ? [] : [{ key, name }];
  });
  const wanted = keyed.filter((k) => sameKey(k.key, primaryKey) || restoreKeys.some((prefix) => keyHasPrefix(k.key, prefix)));
  const stats = await Promise.all(
    wanted.map(async ({ key, name }) => {
      const file = path2.join(dir, name);
      try {
        const info2 = await stat(file);
        return info2.isFile() ? [{ key, file, sizeBytes: info2.size, mtimeMs: info2.mtimeMs }] : [];
      } catch {
        return [];
      }
    })
  );
  const found = chooseMatch(stats.flat(), primaryKey, restoreKeys);
  return found === void 0 ? { outcome: "miss" } : { outcome: "found", found };
}
__name(lookupEntry, "lookupEntry");
async function openEntry(found, idleMs) {
  const broken = /* @__PURE__ */ __name((why, corrupt) => ({ outcome: "broken", matchedKey: found.key, why, corrupt }), "broken");
  let handle;
  try {
    handle = await open(found.file, "r");
  } catch (err) {
    if (errnoCode(err) === "ENOENT") return { outcome: "evicted", why: `${found.file} was removed (evicted by another job) before it could be read` };
    return broken(`cannot open ${withPath(found.file, err)}`, false);
  }
  try {
    const atOpen = (await handle.stat()).size;
    if (atOpen !== found.sizeBytes) {
      await handle.close();
      return broken(`${found.file} changed size from ${found.sizeBytes} to ${atOpen} bytes after it was found`, true);
    }
  } catch (err) {
    await handle.close().catch(() => void 0);
    return broken(`reading ${withPath(found.file, err)}`, false);
  }
  return { outcome: "restored", matchedKey: found.key, source: fileSource(handle, found.sizeBytes, found.file, idleMs) };
}
__name(openEntry, "openEntry");
async function lookUpAndOpen(lookup, openFound) {
  for (let attempt = 1; ; attempt++) {
    const looked = await lookup();
    if (looked.outcome !== "found") return looked;
    const fetched = await openFound(looked.found);
    if (fetched.outcome !== "evicted") return fetched;
    if (attempt >= EVICTED_LOOKUPS) return { outcome: "broken", matchedKey: looked.found.key, why: `${fetched.why}, ${attempt} times in a row`, corrupt: false };
  }
}
__name(lookUpAndOpen, "lookUpAndOpen");

// src/cache/dirtrim.ts
init_define_ACTION_INPUTS();
import { readdir as readdir3, stat as stat2 } from "node:fs/promises";
import path3 from "node:path";
async function trimFiles(dir, keyPrefix, keep, keyOf) {
  let names;
  try {
    names = await readdir3(dir);
  } catch (err) {
    const code = err.code;
    return { removed: [], problems: code === "ENOENT" ? [] : [`${dir} cannot be listed (${code ?? String(err)})`] };
  }
  const entries = [];
  for (const name of names) {
    const key = keyOf(name);
    if (key === void 0 || !keyHasPrefix(key, keyPrefix)) continue;
    const file = path3.join(dir, name);
    try {
      const info2 = await stat2(file);
      if (info2.isFile()) entries.push({ key, file, timeMs: info2.mtimeMs });
    } catch {
    }
  }
  const trimmed = { removed: [], problems: [] };
  for (const old of beyondNewest(entries, keep)) {
    const left = await tryRemoveTree(old.file);
    if (left === void 0) trimmed.removed.push(old.key);
    else trimmed.problems.push(`${old.file} (${left.code})`);
  }
  return trimmed;
}
__name(trimFiles, "trimFiles");

// src/cache/dir.ts
function dirBackend(config) {
  const root = path4.resolve(config.root);
  const name = `the cache directory ${root}`;
  let stage;
  let stageDir;
  const stageRoot = /* @__PURE__ */ __name(() => stage ??= (async () => {
    stageDir = await scratchDir("dir-");
    return stageDir;
  })().catch((err) => {
    stage = void 0;
    throw err;
  }), "stageRoot");
  const freshFile = /* @__PURE__ */ __name(async (entry) => path4.join(await mkdtemp(path4.join(await stageRoot(), `${encodeKey(entry)}-`)), ARCHIVE_NAME), "freshFile");
  const entryDir = /* @__PURE__ */ __name((entry) => path4.join(root, ARCHIVE_FORMAT, encodeKey(entry)), "entryDir");
  return {
    name,
    available: /* @__PURE__ */ __name(() => true, "available"),
    stagingFile: /* @__PURE__ */ __name((entry) => freshFile(entry), "stagingFile"),
    async restore(entry, primaryKey, restoreKeys, lookupTimeoutMs, idleTimeoutMs = lookupTimeoutMs) {
      const lookup = /* @__PURE__ */ __name(async () => {
        try {
          const looked = await withinTime(lookupEntry(root, entryDir(entry), primaryKey, restoreKeys), lookupTimeoutMs);
          return looked === TIMED_OUT ? { outcome: "timeout" } : looked;
        } catch (err) {
          return { outcome: "service-failed", why: `looking up ${primaryKey} in ${name} failed: ${errorMessage(err)}` };
        }
      }, "lookup");
      const openFound = /* @__PURE__ */ __name(async (found) => {
        const fetched = await openEntry(found, idleTimeoutMs);
        if (fetched.outcome !== "restored") return fetched;
        try {
          await utimes(found.file, /* @__PURE__ */ new Date(), found.mtimeMs / 1e3);
        } catch (err) {
          warning(`Could not mark ${found.file} as used (${errnoCode(err) ?? errorMessage(err)}); eviction will count it as unused since it was written.`);
        }
        return fetched;
      }, "openFound");
      return lookUpAndOpen(lookup, openFound);
    },
    async save(entry, key, archive) {
      let sizeBytes;
      try {
        sizeBytes = (await stat3(archive)).size;
      } catch (err) {
        return { saved: false, failed: true, skipped: `the archive to store is unreadable: ${withPath(archive, err)}` };
      }
      let encoded;
      let dir;
      try {
        encoded = encodeKey(foldKey(key));
        dir = entryDir(entry);
      } catch {
        return { saved: false, failed: true, skipped: `the key ${JSON.stringify(key)} or entry ${JSON.stringify(entry)} is not valid text`, sizeBytes };
      }
      if (encoded.length > MAX_ENCODED_KEY) {
        return { saved: false, failed: true, skipped: `the key ${key} is too long for a file name in ${name} (${encoded.length} > ${MAX_ENCODED_KEY} characters encoded)`, sizeBytes };
      }
      const target = path4.join(dir, encoded);
      const exists = await lstat2(target).then(
        () => true,
        (err) => errnoCode(err) === "ENOENT" ? false : err
      );
      if (exists === true) return { saved: false, skipped: "entry already exists", sizeBytes };
      if (exists !== false) return { saved: false, failed: true, skipped: `cannot check ${withPath(target, exists)}`, sizeBytes };
      const temp = path4.join(dir, tempName(encoded));
      let step = `create ${dir}`;
      let published;
      try {
        await mkdir(dir, { recursive: true });
        step = `write ${temp}`;
        await copyFile(archive, temp, fsConstants.COPYFILE_EXCL);
        const handle = await open2(temp, "r+");
        try {
          await handle.sync();
          const written = (await handle.stat()).size;
          if (written !== sizeBytes) throw new Error(`${written} of ${sizeBytes} bytes written`);
        } finally {
          await handle.close();
        }
        step = `publish ${temp} as ${target}`;
        published = await publish(temp, target);
      } catch (err) {
        await removeTemp(temp);
        if (step.startsWith("publish") && await lstat2(target).then(() => true, () => false)) {
          return { saved: false, skipped: "entry already exists", sizeBytes };
        }
        const message = errorMessage(err);
        return { saved: false, failed: true, skipped: `could not ${step}: ${message}`, sizeBytes };
      }
      if (published === "exists") return { saved: false, skipped: "entry already exists", sizeBytes };
      await syncDir(dir);
      try {
        await evict(root, config.maxSizeBytes, target);
      } catch (err) {
        warning(`Cache eviction in ${root} failed; the entry is saved: ${errorMessage(err)}`);
      }
      return { saved: true, sizeBytes };
    },
    // Never throws; removes only what this backend made.
    async discard(file) {
      if (stageDir === void 0) return;
      const dir = path4.dirname(path4.resolve(file));
      if (path4.dirname(dir) !== stageDir) return;
      await removeTree(dir);
    },
    trim: /* @__PURE__ */ __name((entry, keyPrefix, keep) => trimFiles(entryDir(entry), keyPrefix, keep, decodeKey), "trim")
  };
}
__name(dirBackend, "dirBackend");
var NO_HARD_LINKS = /* @__PURE__ */ new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);
async function publish(temp, target) {
  try {
    await link(temp, target);
  } catch (err) {
    const code = errnoCode(err);
    if (code !== void 0 && NO_HARD_LINKS.has(code)) {
      await renameRetrying(temp, target);
      return "saved";
    }
    if (code !== "EEXIST") throw err;
    const mine = await sameFile(temp, target);
    await removeTemp(temp);
    return mine ? "saved" : "exists";
  }
  await removeTemp(temp);
  return "saved";
}
__name(publish, "publish");
async function sameFile(a, b) {
  try {
    const [x, y] = await Promise.all([stat3(a), stat3(b)]);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}
__name(sameFile, "sameFile");
async function removeTemp(temp) {
  const left = await tryRemoveTree(temp);
  if (left !== void 0) warning(cleanupWarning(temp, left, process.platform));
}
__name(removeTemp, "removeTemp");
async function syncDir(dir) {
  if (process.platform === "win32") return;
  try {
    const handle = await open2(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
  }
}
__name(syncDir, "syncDir");
export {
  dirBackend
};
