import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  warning
} from "./chunk-2CCH43PN.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-VKFSQX2T.js";

// src/oserrors.ts
init_define_ACTION_INPUTS();
var WINDOWS_LOCK_CODES = /* @__PURE__ */ new Set(["EPERM", "EACCES", "EBUSY"]);
function renameFallback(code, platform) {
  if (code === "EXDEV") return "copy";
  if (platform === "win32") return code !== void 0 && WINDOWS_LOCK_CODES.has(code) ? "retry" : "fail";
  return code === "EACCES" || code === "EPERM" || code === "EBUSY" ? "copy" : "fail";
}
__name(renameFallback, "renameFallback");
var LOCK_RETRY_DELAYS_MS = [200, 400, 800, 1600];
function rmRetryOptions(platform) {
  return platform === "win32" ? { maxRetries: 6, retryDelay: 200 } : { maxRetries: 3, retryDelay: 100 };
}
__name(rmRetryOptions, "rmRetryOptions");
function leftoverOf(target, err) {
  const e = err;
  return { path: typeof e?.path === "string" ? e.path : target, code: typeof e?.code === "string" ? e.code : "unknown" };
}
__name(leftoverOf, "leftoverOf");
function removalCause(code, platform) {
  if (platform === "win32" && WINDOWS_LOCK_CODES.has(code)) {
    return "another process holds a file in it open: an antivirus scan, the search indexer, or a program started from it";
  }
  if (code === "EACCES" || code === "EPERM") return "a file or directory in it is not writable by this user, or is immutable";
  if (code === "EBUSY") return "a directory in it is in use as a mount point";
  if (code === "ENOTEMPTY" || code === "EEXIST") return "another process kept writing into it";
  return "";
}
__name(removalCause, "removalCause");
function cleanupWarning(target, left, platform) {
  const where = left.path === target ? "" : ` on ${left.path}`;
  const cause = removalCause(left.code, platform);
  return `Could not remove ${target} (${left.code}${where}); it is left behind and the job goes on.${cause ? ` Likely cause: ${cause}.` : ""}`;
}
__name(cleanupWarning, "cleanupWarning");

// src/fsutil.ts
init_define_ACTION_INPUTS();
import { chmod, cp, lstat, readdir, rename, rm, rmdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
async function tryRemoveTree(target) {
  const first = await removeOnce(target);
  if (first === void 0) return void 0;
  const held = await sweep(target);
  return held ?? (await lstat(target).then(() => true, () => false) ? first : void 0);
}
__name(tryRemoveTree, "tryRemoveTree");
async function sweep(target) {
  const info = await lstat(target).catch(() => void 0);
  if (info === void 0) return void 0;
  let held;
  if (info.isDirectory()) {
    for (const name of await readdir(target).catch(() => [])) {
      const left = await sweep(path.join(target, name));
      held ??= left;
    }
  }
  try {
    await (info.isDirectory() ? rmdir(target) : unlinkWritable(target));
  } catch (err) {
    if (err.code !== "ENOENT") held ??= leftoverOf(target, err);
  }
  return held;
}
__name(sweep, "sweep");
async function unlinkWritable(file) {
  try {
    await unlink(file);
  } catch (err) {
    if (err.code !== "EPERM" || process.platform !== "win32") throw err;
    await chmod(file, 438);
    await unlink(file);
  }
}
__name(unlinkWritable, "unlinkWritable");
async function removeOnce(target) {
  try {
    await makeWritable(target);
    await rm(target, { recursive: true, force: true, ...rmRetryOptions(process.platform) });
    return void 0;
  } catch (err) {
    return leftoverOf(target, err);
  }
}
__name(removeOnce, "removeOnce");
async function removeTree(target) {
  const left = await tryRemoveTree(target);
  if (left !== void 0) warning(cleanupWarning(target, left, process.platform));
  return left === void 0;
}
__name(removeTree, "removeTree");
async function cleanupQuietly(target, cleanup) {
  try {
    await cleanup();
    return true;
  } catch (err) {
    warning(cleanupWarning(target, leftoverOf(target, err), process.platform));
    return false;
  }
}
__name(cleanupQuietly, "cleanupQuietly");
async function moveDir(from, to, o = {}) {
  const platform = o.platform ?? process.platform;
  const { attempts, error } = await renameWaitingOutLocks(from, to, o);
  if (error === void 0) return { method: "renamed", attempts };
  const code = error.code ?? "unknown";
  if (renameFallback(code, platform) === "fail") throw error;
  await cp(from, to, { recursive: true, force: true, errorOnExist: false, verbatimSymlinks: true, preserveTimestamps: true });
  const sourceLeft = await tryRemoveTree(from);
  return sourceLeft === void 0 ? { method: "copied", attempts, code } : { method: "copied", attempts, code, sourceLeft };
}
__name(moveDir, "moveDir");
async function renameRetrying(from, to, o = {}) {
  const { error } = await renameWaitingOutLocks(from, to, o);
  if (error !== void 0) throw error;
}
__name(renameRetrying, "renameRetrying");
async function renameWaitingOutLocks(from, to, o) {
  const platform = o.platform ?? process.platform;
  const doRename = o.rename ?? rename;
  const sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      await doRename(from, to);
      return { attempts: attempt };
    } catch (err) {
      const error = err;
      const wait = LOCK_RETRY_DELAYS_MS[attempt - 1];
      if (renameFallback(error.code, platform) !== "retry" || wait === void 0) return { attempts: attempt, error };
      o.onRetry?.(error.code ?? "unknown", wait);
      await sleep(wait);
    }
  }
}
__name(renameWaitingOutLocks, "renameWaitingOutLocks");
async function makeWritable(dir) {
  let info;
  try {
    info = await stat(dir);
  } catch {
    return;
  }
  if (!info.isDirectory()) return;
  await chmod(dir, info.mode | 448);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) await makeWritable(path.join(dir, entry.name));
  }
}
__name(makeWritable, "makeWritable");
async function isEmptyDir(dir) {
  try {
    return (await readdir(dir)).length === 0;
  } catch {
    return true;
  }
}
__name(isEmptyDir, "isEmptyDir");
async function countFiles(dir) {
  let files = 0;
  let bytes = 0;
  let list;
  try {
    list = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return { files, bytes };
  }
  for (const e of list) {
    if (!e.isFile()) continue;
    files++;
    bytes += (await stat(path.join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}
__name(countFiles, "countFiles");
async function pathExists(p) {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
__name(pathExists, "pathExists");

// src/cache/archive.ts
init_define_ACTION_INPUTS();
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, stat as stat2, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { pipeline } from "node:stream/promises";
import { constants, createZstdCompress, createZstdDecompress } from "node:zlib";
var ARCHIVE_FORMAT = "tar-zstd-3";
var CHUNK = 1 << 20;
var PARTS = 2;
var EARLY_CLOSE = /* @__PURE__ */ new Set(["EPIPE", "ERR_STREAM_PREMATURE_CLOSE"]);
var SKIPPABLE_MAGIC = 407710288;
function splitMembers(members, parts) {
  const out = Array.from({ length: parts }, () => []);
  members.forEach((m, i) => out[i % parts].push(m));
  return out;
}
__name(splitMembers, "splitMembers");
function parentDirs(members) {
  const dirs = /* @__PURE__ */ new Set();
  for (const m of members) {
    const parts = m.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return [...dirs].sort();
}
__name(parentDirs, "parentDirs");
function encodeHeader(lengths, dirs = []) {
  const payload = Buffer.from(JSON.stringify({ parts: lengths, dirs }));
  const head = Buffer.alloc(8);
  head.writeUInt32LE(SKIPPABLE_MAGIC, 0);
  head.writeUInt32LE(payload.length, 4);
  return Buffer.concat([head, payload]);
}
__name(encodeHeader, "encodeHeader");
function decodeHeader(start) {
  if (start.length < 8 || start.readUInt32LE(0) !== SKIPPABLE_MAGIC) return void 0;
  const size = start.readUInt32LE(4);
  if (start.length < 8 + size) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(start.subarray(8, 8 + size).toString("utf8"));
  } catch {
    return void 0;
  }
  const lengths = parsed.parts;
  const dirs = parsed.dirs ?? [];
  if (!Array.isArray(lengths) || !lengths.every((n) => Number.isSafeInteger(n) && n >= 0)) return void 0;
  if (!Array.isArray(dirs) || !dirs.every((d) => typeof d === "string" && d !== "" && !d.startsWith("/") && !d.split("/").includes(".."))) return void 0;
  const ranges = [];
  let offset = 8 + size;
  for (const n of lengths) {
    ranges.push({ start: offset, end: offset + n });
    offset += n;
  }
  return { ranges, dirs };
}
__name(decodeHeader, "decodeHeader");
async function createArchive(root, members, file) {
  const started = performance.now();
  const groups = splitMembers(members, PARTS);
  const partFiles = groups.map((_, i) => `${file}.part${i}`);
  try {
    await Promise.all(groups.map((group, i) => packPart(root, group, partFiles[i])));
    const lengths = await Promise.all(partFiles.map(async (f) => (await stat2(f)).size));
    const out = createWriteStream(file);
    out.write(encodeHeader(lengths, parentDirs(members)));
    for (const f of partFiles) await pipeline(createReadStream(f, { highWaterMark: CHUNK }), out, { end: false });
    await new Promise((resolve, reject) => out.end((err) => err ? reject(err) : resolve()));
  } finally {
    await Promise.all(partFiles.flatMap((f) => [removeTree(f), removeTree(`${f}.members`)]));
  }
  return { bytes: (await stat2(file)).size, ms: Math.round(performance.now() - started) };
}
__name(createArchive, "createArchive");
async function packPart(root, members, file) {
  const list = `${file}.members`;
  await writeFile(list, members.map((m) => `${m}
`).join(""));
  const tar = spawnTar(["-cf", "-", "-C", root, "-T", list], "pipe-out");
  const compress = createZstdCompress({ chunkSize: CHUNK, params: { [constants.ZSTD_c_compressionLevel]: 3 } });
  await Promise.all([pipeline(tar.child.stdout, compress, createWriteStream(file)), tar.done]);
}
__name(packPart, "packPart");
async function extractArchive(file, root) {
  const started = performance.now();
  const { ranges, dirs } = await readHeader(file);
  for (const dir of dirs) await mkdir(path2.join(root, ...dir.split("/")), { recursive: true });
  await Promise.all(
    ranges.map(async (range) => {
      const tar = spawnTar(["-xf", "-", "-C", root], "pipe-in");
      const source = createReadStream(file, { highWaterMark: CHUNK, start: range.start, end: range.end - 1 });
      const fed = pipeline(source, createZstdDecompress({ chunkSize: CHUNK }), tar.child.stdin).then(
        () => void 0,
        (err) => err
      );
      const [feedError] = await Promise.all([fed, tar.done]);
      if (feedError !== void 0 && !EARLY_CLOSE.has(feedError.code ?? "")) throw feedError;
    })
  );
  return { bytes: (await stat2(file)).size, ms: Math.round(performance.now() - started) };
}
__name(extractArchive, "extractArchive");
async function readHeader(file) {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, 8));
    await handle.read(head, 0, head.length, 0);
    const payload = head.length === 8 ? head.readUInt32LE(4) : 0;
    const start = Buffer.alloc(Math.min(size, 8 + payload));
    await handle.read(start, 0, start.length, 0);
    const header = decodeHeader(start);
    if (header === void 0) throw new Error(`${path2.basename(file)} is not an archive of this format (no part header)`);
    const end = header.ranges.at(-1)?.end ?? start.length;
    if (end !== size) throw new Error(`${path2.basename(file)} is ${size} bytes, its header says ${end}: cut short or damaged`);
    return { ranges: header.ranges.filter((r) => r.end > r.start), dirs: header.dirs };
  } finally {
    await handle.close();
  }
}
__name(readHeader, "readHeader");
function spawnTar(args, mode) {
  const child = spawn(tarCommand(), args, {
    stdio: mode === "pipe-in" ? ["pipe", "ignore", "pipe"] : ["ignore", "pipe", "pipe"],
    windowsHide: true
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d) => stderr += d);
  const done = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`tar ${args[0]} exited with ${code}: ${stderr.trim().split("\n").slice(0, 3).join("; ")}`));
    });
  });
  return { child, done };
}
__name(spawnTar, "spawnTar");
function tarCommand() {
  if (process.platform !== "win32") return "tar";
  return path2.join(process.env.SystemRoot ?? "C:\\Windows", "System32", "tar.exe");
}
__name(tarCommand, "tarCommand");

export {
  removalCause,
  cleanupWarning,
  tryRemoveTree,
  removeTree,
  cleanupQuietly,
  moveDir,
  renameRetrying,
  makeWritable,
  isEmptyDir,
  countFiles,
  pathExists,
  ARCHIVE_FORMAT,
  createArchive,
  extractArchive
};
