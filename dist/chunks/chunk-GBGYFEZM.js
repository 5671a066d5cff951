import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  group
} from "./chunk-EPVVWOZH.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/runner.ts
init_define_ACTION_INPUTS();
function readRunnerContext(env = process.env, platform = process.platform, arch = process.arch, cwd = process.cwd) {
  return {
    workspace: env.GITHUB_WORKSPACE || cwd(),
    os: env.RUNNER_OS || runnerOsName(platform),
    arch: env.RUNNER_ARCH || runnerArchName(arch),
    eventName: env.GITHUB_EVENT_NAME || ""
  };
}
__name(readRunnerContext, "readRunnerContext");
function runnerOsName(platform) {
  return platform === "win32" ? "Windows" : platform === "darwin" ? "macOS" : "Linux";
}
__name(runnerOsName, "runnerOsName");
function runnerArchName(arch) {
  return arch === "arm64" ? "ARM64" : arch === "ia32" ? "X86" : arch === "arm" ? "ARM" : "X64";
}
__name(runnerArchName, "runnerArchName");
function phase(title, fn) {
  return group(title, fn);
}
__name(phase, "phase");

export {
  readRunnerContext,
  phase
};
