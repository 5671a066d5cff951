import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/process.ts
init_define_ACTION_INPUTS();
import { spawn } from "node:child_process";
function treeKill(platform, pid) {
  if (platform === "win32") return { command: "taskkill", args: ["/PID", String(pid), "/T", "/F"] };
  return { signalGroup: -pid };
}
__name(treeKill, "treeKill");
function detachForTreeKill(platform) {
  return platform !== "win32";
}
__name(detachForTreeKill, "detachForTreeKill");
function killTree(child, platform = process.platform) {
  if (child.pid !== void 0) killTreeOf(child.pid, platform, () => child.kill("SIGKILL"));
}
__name(killTree, "killTree");
function killTreeOf(pid, platform = process.platform, fallback = () => void 0) {
  const how = treeKill(platform, pid);
  if ("signalGroup" in how) {
    try {
      process.kill(how.signalGroup, "SIGKILL");
    } catch {
      fallback();
    }
    return;
  }
  spawn(how.command, how.args, { stdio: "ignore", windowsHide: true }).on("error", fallback);
}
__name(killTreeOf, "killTreeOf");
var running = /* @__PURE__ */ new Set();
var ENDING_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function stopTreeOnSignal(child, platform = process.platform) {
  if (!detachForTreeKill(platform) || child.pid === void 0) return () => {
  };
  if (running.size === 0) for (const s of ENDING_SIGNALS) process.on(s, relaySignal);
  running.add(child);
  return () => {
    if (running.delete(child) && running.size === 0) for (const s of ENDING_SIGNALS) process.off(s, relaySignal);
  };
}
__name(stopTreeOnSignal, "stopTreeOnSignal");
function relaySignal(signal) {
  for (const child of running) killTree(child);
  running.clear();
  for (const s of ENDING_SIGNALS) process.off(s, relaySignal);
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
__name(relaySignal, "relaySignal");

export {
  detachForTreeKill,
  killTree,
  killTreeOf,
  stopTreeOnSignal
};
