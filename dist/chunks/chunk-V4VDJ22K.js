import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  detachForTreeKill,
  killTree,
  stopTreeOnSignal
} from "./chunk-KQXQGJBP.js";
import {
  isRunnableFile
} from "./chunk-JIV6OQGY.js";
import {
  ActionError
} from "./chunk-ZUVU6JQI.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/go/command.ts
init_define_ACTION_INPUTS();
import { spawn } from "node:child_process";
import path2 from "node:path";

// src/go/lookpath.ts
init_define_ACTION_INPUTS();
import path from "node:path";
var DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD";
var PROGRAM_EXTENSIONS = /* @__PURE__ */ new Set([".exe", ".com"]);
function lookPath(name, input) {
  if (input.platform !== "win32") return { kind: "search", command: name };
  let script;
  for (const dir of splitWindowsPath(input.path)) {
    if (!path.win32.isAbsolute(dir)) continue;
    for (const ext of pathExtensions(input.pathext)) {
      const file = path.win32.join(dir, name + ext);
      if (!input.isFile(file)) continue;
      if (PROGRAM_EXTENSIONS.has(ext)) return script === void 0 ? { kind: "found", file } : { kind: "script", file: script, laterExe: file };
      script ??= file;
    }
  }
  return script === void 0 ? { kind: "missing" } : { kind: "script", file: script };
}
__name(lookPath, "lookPath");
function splitWindowsPath(value) {
  const entries = [];
  let current = "";
  let quoted = false;
  for (const c of value) {
    if (c === '"') quoted = !quoted;
    else if (c === ";" && !quoted) {
      entries.push(current);
      current = "";
    } else current += c;
  }
  entries.push(current);
  return entries.filter((e) => e !== "");
}
__name(splitWindowsPath, "splitWindowsPath");
function pathExtensions(value) {
  const exts = (value === "" ? DEFAULT_PATHEXT : value).toLowerCase().split(";").filter((e) => e !== "").map((e) => e.startsWith(".") ? e : `.${e}`);
  return exts.length > 0 ? exts : pathExtensions(DEFAULT_PATHEXT);
}
__name(pathExtensions, "pathExtensions");
function envValue(env, name, platform) {
  if (platform !== "win32") return env[name];
  const upper = name.toUpperCase();
  for (const [key, value] of Object.entries(env)) if (key.toUpperCase() === upper && value !== void 0) return value;
  return void 0;
}
__name(envValue, "envValue");

// src/go/command.ts
var GO_NOT_FOUND = "go not found on PATH: add actions/setup-go (or install Go) before this step";
var OFFLINE = { GOPROXY: "off", GONOPROXY: "none.invalid", GOVCS: "*:off" };
async function runGo(args, options = {}) {
  const env = mergeEnv(process.env, options.env ?? {});
  try {
    return await spawnCaptured(goCommand(env), args, env, options);
  } catch (err) {
    if (err.code === "ENOENT") throw new ActionError(GO_NOT_FOUND);
    throw err;
  }
}
__name(runGo, "runGo");
function goCommand(env, platform = process.platform, isFile = (file) => isRunnableFile(file, platform)) {
  const found = lookPath("go", {
    platform,
    path: envValue(env, "PATH", platform) ?? "",
    pathext: envValue(env, "PATHEXT", platform) ?? "",
    isFile
  });
  switch (found.kind) {
    case "search":
      return found.command;
    case "found":
      return found.file;
    case "missing":
      throw new ActionError(GO_NOT_FOUND);
    case "script":
      throw new ActionError(goScriptMessage(found));
  }
}
__name(goCommand, "goCommand");
function goScriptMessage(found) {
  const dir = path2.win32.dirname(found.file);
  const ext = path2.win32.extname(found.file);
  const later = found.laterExe === void 0 ? "" : ` ${found.laterExe} is further on PATH: moving its directory ahead of ${dir} is enough.`;
  return `go on PATH is ${found.file}, a ${ext} wrapper: this action starts go without a shell, and Windows starts only .exe and .com files that way. Fix: put a real go.exe first on PATH (actions/setup-go does), or add the directory of the go.exe the wrapper runs to PATH ahead of ${dir}.${later}`;
}
__name(goScriptMessage, "goScriptMessage");
function runCommand(tool, args, options = {}) {
  return spawnCaptured(tool, args, mergeEnv(process.env, options.env ?? {}), options);
}
__name(runCommand, "runCommand");
function spawnCaptured(tool, args, env, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, {
      cwd: options.cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: detachForTreeKill(process.platform),
      windowsHide: true
    });
    const untrack = stopTreeOnSignal(child);
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d) => stdout += d);
    child.stderr.setEncoding("utf8").on("data", (d) => stderr += d);
    const timer = options.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      killTree(child);
    }, options.timeoutMs);
    const settle = /* @__PURE__ */ __name(() => {
      clearTimeout(timer);
      untrack();
    }, "settle");
    child.on("error", (err) => {
      settle();
      reject(err);
    });
    child.on("close", (code) => {
      settle();
      resolve({ exitCode: code ?? 1, stdout, stderr, timedOut });
    });
  });
}
__name(spawnCaptured, "spawnCaptured");
function outputLines(text) {
  return text.split(/\r?\n/);
}
__name(outputLines, "outputLines");
function mergeEnv(base, changes, platform = process.platform) {
  const key = /* @__PURE__ */ __name((name) => platform === "win32" ? name.toUpperCase() : name, "key");
  const env = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(base)) if (v !== void 0) env.set(key(k), [k, v]);
  for (const [k, v] of Object.entries(changes)) {
    if (v === void 0) env.delete(key(k));
    else env.set(key(k), [k, v]);
  }
  return Object.fromEntries(env.values());
}
__name(mergeEnv, "mergeEnv");

export {
  lookPath,
  envValue,
  OFFLINE,
  runGo,
  runCommand,
  outputLines
};
