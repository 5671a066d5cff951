import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-JQJQDSKQ.js";
import "./chunks/chunk-Y66GKXL4.js";
import "./chunks/chunk-ITQ2AGZO.js";
import {
  errorMessage
} from "./chunks/chunk-FIPBAXT2.js";
import {
  setFailed
} from "./chunks/chunk-AXBWWCAH.js";
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
