import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  host,
  warning
} from "./chunk-INF4JTG2.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

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
function errnoCode(err) {
  const code = err?.code;
  return typeof code === "string" ? code : void 0;
}
__name(errnoCode, "errnoCode");
function withPath(target, err) {
  const message = err instanceof Error ? err.message : String(err);
  return message.includes(target) ? message : `${target}: ${message}`;
}
__name(withPath, "withPath");

// src/fsutil.ts
init_define_ACTION_INPUTS();
import { accessSync, constants, statSync } from "node:fs";
import { chmod, cp, lstat, mkdir, mkdtemp, readdir, rename, rm, rmdir, stat, unlink } from "node:fs/promises";
import os from "node:os";
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
async function scratchDir(prefix, temp = host().runner().temp) {
  const base = path.join(temp || os.tmpdir(), "go-mod-precache");
  await mkdir(base, { recursive: true });
  return mkdtemp(path.join(base, prefix));
}
__name(scratchDir, "scratchDir");
function isRunnableFile(file, platform = process.platform) {
  try {
    if (!statSync(file).isFile()) return false;
    if (platform !== "win32") accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
__name(isRunnableFile, "isRunnableFile");

export {
  removalCause,
  cleanupWarning,
  errnoCode,
  withPath,
  tryRemoveTree,
  removeTree,
  cleanupQuietly,
  moveDir,
  renameRetrying,
  makeWritable,
  isEmptyDir,
  countFiles,
  pathExists,
  scratchDir,
  isRunnableFile
};
