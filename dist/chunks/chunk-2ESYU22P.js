import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  host
} from "./chunk-INF4JTG2.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/phases/handoff.ts
init_define_ACTION_INPUTS();
var GIT_CREDENTIALS_STATE = "git-credentials";
var NAMES = {
  moduleSave: "module-save",
  backend: "cache-backend",
  backendFailed: "cache-backend-failed",
  later: "later-modules",
  buildCache: "build-cache",
  history: "history",
  gitCredentials: GIT_CREDENTIALS_STATE
};
var FILES = ["later", "history"];
function savePostState(parts) {
  for (const name of Object.keys(NAMES)) {
    const value = parts[name];
    if (value !== void 0) host().saveState(NAMES[name], FILES.includes(name) ? value : JSON.stringify(value));
  }
}
__name(savePostState, "savePostState");
function loadPostState(names = Object.keys(NAMES)) {
  const state = {};
  for (const name of names) {
    const saved = host().getState(NAMES[name]);
    if (saved !== "") state[name] = FILES.includes(name) ? saved : JSON.parse(saved);
  }
  return state;
}
__name(loadPostState, "loadPostState");

export {
  GIT_CREDENTIALS_STATE,
  savePostState,
  loadPostState
};
