import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-YIGIFNFO.js";
import "./chunks/chunk-NXZXUYFN.js";
import "./chunks/chunk-HZSXACCT.js";
import "./chunks/chunk-7F2RCTC4.js";
import "./chunks/chunk-PVWEZRIX.js";
import "./chunks/chunk-UVGQGBI6.js";
import "./chunks/chunk-4PQPRWOS.js";
import "./chunks/chunk-IQH3LQVW.js";
import "./chunks/chunk-4DPOONX6.js";
import "./chunks/chunk-JUKKLOYV.js";
import "./chunks/chunk-SLRPWYMK.js";
import {
  debug,
  errorMessage,
  setFailed
} from "./chunks/chunk-ZPQ4G7YA.js";
import {
  init_define_ACTION_INPUTS
} from "./chunks/chunk-7K4M562Z.js";

// src/index.ts
init_define_ACTION_INPUTS();
try {
  await runMain();
} catch (err) {
  setFailed(errorMessage(err));
  if (err instanceof Error && err.stack) debug(err.stack);
}
process.exit();
