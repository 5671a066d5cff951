import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-4MFICDK5.js";
import "./chunks/chunk-WDLISMSB.js";
import "./chunks/chunk-HYWXADXP.js";
import "./chunks/chunk-US33PASP.js";
import "./chunks/chunk-3IQ5XM3J.js";
import "./chunks/chunk-UQPCZUQH.js";
import "./chunks/chunk-KX2TBO4U.js";
import "./chunks/chunk-BZQ7QIIN.js";
import "./chunks/chunk-NOIZ6CUX.js";
import "./chunks/chunk-GW6J64XP.js";
import "./chunks/chunk-CJDVRZ2X.js";
import "./chunks/chunk-66OIBZRC.js";
import "./chunks/chunk-WYBD46RC.js";
import "./chunks/chunk-OX5Z6XNP.js";
import "./chunks/chunk-AT5OPK2V.js";
import "./chunks/chunk-DTGOQCOJ.js";
import "./chunks/chunk-A7ZLX7EW.js";
import "./chunks/chunk-OYH7ET3D.js";
import "./chunks/chunk-QUMZ6I7R.js";
import "./chunks/chunk-J6RIKZUH.js";
import "./chunks/chunk-UVGQGBI6.js";
import "./chunks/chunk-ASWJGRZS.js";
import "./chunks/chunk-OUTCWNNR.js";
import "./chunks/chunk-N3SMEJGN.js";
import "./chunks/chunk-K7QVES6J.js";
import {
  errorMessage
} from "./chunks/chunk-FIPBAXT2.js";
import {
  debug,
  setFailed
} from "./chunks/chunk-SDCSBFJO.js";
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
