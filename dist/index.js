import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-V6JDOEWE.js";
import "./chunks/chunk-XWEQ6QP7.js";
import "./chunks/chunk-PIVZEJNK.js";
import "./chunks/chunk-AS5U4KQF.js";
import {
  errorMessage
} from "./chunks/chunk-OXIBQSHH.js";
import {
  debug,
  setFailed
} from "./chunks/chunk-5OAXVQ42.js";
import "./chunks/chunk-VUPAT57E.js";

// src/index.ts
try {
  await runMain();
} catch (err) {
  setFailed(errorMessage(err));
  if (err instanceof Error && err.stack) debug(err.stack);
}
process.exit();
