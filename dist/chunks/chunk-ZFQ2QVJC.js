import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  group
} from "./chunk-INF4JTG2.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/runner.ts
init_define_ACTION_INPUTS();
function phase(title, fn) {
  return group(title, fn);
}
__name(phase, "phase");

export {
  phase
};
