import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-RIWDPYW7.js";
import "./chunks/chunk-KHQ2Q4DD.js";
import "./chunks/chunk-O3XM54S6.js";
import "./chunks/chunk-KS5NXMIK.js";
import "./chunks/chunk-JIAJPVHW.js";
import "./chunks/chunk-R77RVCL4.js";
import {
  errorMessage
} from "./chunks/chunk-UEXICI24.js";
import "./chunks/chunk-VOTJZBMT.js";
import {
  debug,
  setFailed
} from "./chunks/chunk-2CCH43PN.js";
import {
  init_define_ACTION_INPUTS
} from "./chunks/chunk-VKFSQX2T.js";

// src/index.ts
init_define_ACTION_INPUTS();
try {
  await runMain();
} catch (err) {
  setFailed(errorMessage(err));
  if (err instanceof Error && err.stack) debug(err.stack);
}
process.exit();
