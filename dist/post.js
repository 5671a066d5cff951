import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
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
  errorMessage,
  setFailed
} from "./chunks/chunk-ZPQ4G7YA.js";
import {
  init_define_ACTION_INPUTS
} from "./chunks/chunk-7K4M562Z.js";

// src/post.ts
init_define_ACTION_INPUTS();
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
