import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-NMI2Z3Z4.js";
import "./chunks/chunk-D7R2SSOS.js";
import "./chunks/chunk-5O5ZKY2G.js";
import "./chunks/chunk-F3ANERVH.js";
import "./chunks/chunk-HWMOTFGR.js";
import "./chunks/chunk-PTRT6RTF.js";
import "./chunks/chunk-UOO333J6.js";
import "./chunks/chunk-TPRAKRWO.js";
import "./chunks/chunk-N7FBDKPE.js";
import "./chunks/chunk-4VGR56BK.js";
import "./chunks/chunk-Y66GKXL4.js";
import "./chunks/chunk-ITQ2AGZO.js";
import "./chunks/chunk-EBSUSP7G.js";
import "./chunks/chunk-OZMU6C3W.js";
import "./chunks/chunk-66OIBZRC.js";
import "./chunks/chunk-OUTCWNNR.js";
import "./chunks/chunk-T4S2UIK3.js";
import "./chunks/chunk-UVGQGBI6.js";
import "./chunks/chunk-K5MC2QTA.js";
import "./chunks/chunk-UNQDBZCD.js";
import "./chunks/chunk-AYA3T7ZS.js";
import {
  errorMessage
} from "./chunks/chunk-FIPBAXT2.js";
import {
  debug,
  setFailed
} from "./chunks/chunk-AXBWWCAH.js";
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
