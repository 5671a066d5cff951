import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-O4O4DQWZ.js";
import "./chunks/chunk-2QSEDWL4.js";
import "./chunks/chunk-6BMIO6WP.js";
import "./chunks/chunk-22HSYVTG.js";
import "./chunks/chunk-TXELMXN3.js";
import "./chunks/chunk-JIAJPVHW.js";
import "./chunks/chunk-R77RVCL4.js";
import {
  errorMessage
} from "./chunks/chunk-UEXICI24.js";
import "./chunks/chunk-6KH35QJN.js";
import {
  debug,
  setFailed
} from "./chunks/chunk-PHV5ALP4.js";
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
