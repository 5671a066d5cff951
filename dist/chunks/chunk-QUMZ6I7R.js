import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

// src/state.ts
init_define_ACTION_INPUTS();
var MODULE_SAVE_STATE = "module-save";
var BACKEND_STATE = "cache-backend";
var BACKEND_FAILED_STATE = "cache-backend-failed";
var LATER_STATE = "later-modules";
var BUILD_CACHE_STATE = "build-cache";
var HISTORY_STATE = "history";
var GIT_CREDENTIALS_STATE = "git-credentials";

export {
  MODULE_SAVE_STATE,
  BACKEND_STATE,
  BACKEND_FAILED_STATE,
  LATER_STATE,
  BUILD_CACHE_STATE,
  HISTORY_STATE,
  GIT_CREDENTIALS_STATE
};
