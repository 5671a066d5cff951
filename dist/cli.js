#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunks/chunk-SSLVIQDE.js";

// src/bin.ts
init_define_ACTION_INPUTS();

// src/cli/floor.ts
init_define_ACTION_INPUTS();
var FLOOR = { 22: 21, 24: 5 };
var LAST_FLOOR_MAJOR = 24;
var NEEDED = "Node 22.21 or later (24.5 or later on Node 24)";
function nodeSupported(version) {
  const [major, minor] = version.split(".").map(Number);
  if (major === void 0 || minor === void 0 || Number.isNaN(major) || Number.isNaN(minor)) return false;
  if (major > LAST_FLOOR_MAJOR) return true;
  const floor = FLOOR[major];
  return floor !== void 0 && minor >= floor;
}
__name(nodeSupported, "nodeSupported");
function floorMessage(version) {
  return `go-mod-precache needs ${NEEDED}; this is Node ${version}. Install a newer Node, or use the go-mod-precache single executable, which needs no Node.`;
}
__name(floorMessage, "floorMessage");

// src/bin.ts
if (nodeSupported(process.versions.node)) {
  void import("./chunks/cli-ENKQBMDY.js");
} else {
  process.stderr.write(floorMessage(process.versions.node) + "\n");
  process.exitCode = 1;
}
