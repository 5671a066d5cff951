import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

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
function majorSuffixOK(path2) {
  if (path2.startsWith("gopkg.in/")) return /\.v(0|[1-9][0-9]*)(-unstable)?$/.test(path2);
  const m = /\/v([0-9.]+)$/.exec(path2);
  if (m === null) return true;
  const n = m[1];
  return !n.includes(".") && !n.startsWith("0") && n !== "1";
}
__name(majorSuffixOK, "majorSuffixOK");
function modulePathProblem(path2) {
  if (path2 === "") return "empty string";
  if (path2.includes("..")) return "double dot";
  if (path2.includes("//")) return "double slash";
  if (path2.endsWith("/")) return "trailing slash";
  if (path2.startsWith("/")) return "leading slash";
  const elems = path2.split("/");
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
  if (!majorSuffixOK(path2)) return "invalid version";
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
function escapePath(path2) {
  const problem = modulePathProblem(path2);
  if (problem !== void 0) throw new Error(`malformed module path "${path2}": ${problem}`);
  return escapeString(path2);
}
__name(escapePath, "escapePath");
function unescapePath(escaped) {
  const path2 = unescapeString(escaped);
  if (path2 === void 0) throw new Error(`invalid escaped module path "${escaped}"`);
  const problem = modulePathProblem(path2);
  if (problem !== void 0) throw new Error(`invalid escaped module path "${escaped}": ${problem}`);
  return path2;
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

// src/cache/prune.ts
init_define_ACTION_INPUTS();
import { readdir } from "node:fs/promises";
import path from "node:path";
async function listModCache(modCache) {
  const items = [];
  await walkExtracted(modCache, "", items);
  await walkDownload(path.join(modCache, "cache", "download"), "", items);
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

export {
  escapePath,
  unescapePath,
  escapeVersion,
  unescapeVersion,
  CACHE_LAYOUTS,
  SUMDB_DIR,
  FILES_OF_NEEDED,
  selectMembers,
  prunedVersions,
  isReady,
  listModCache
};
