import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/own-process.ts
init_define_ACTION_INPUTS();
var SAVE_WORKER_MODE = "--internal-save-worker";
var PROBE_MODE = "--internal-probe-directory";
function isSingleExecutable() {
  return process.getBuiltinModule("node:sea")?.isSea() === true;
}
__name(isSingleExecutable, "isSingleExecutable");

export {
  SAVE_WORKER_MODE,
  PROBE_MODE,
  isSingleExecutable
};
