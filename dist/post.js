import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
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
  setFailed
} from "./chunks/chunk-PHV5ALP4.js";
import {
  init_define_ACTION_INPUTS
} from "./chunks/chunk-VKFSQX2T.js";

// src/post.ts
init_define_ACTION_INPUTS();
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
