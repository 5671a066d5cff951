import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-V6JDOEWE.js";
import "./chunks/chunk-XWEQ6QP7.js";
import "./chunks/chunk-PIVZEJNK.js";
import "./chunks/chunk-AS5U4KQF.js";
import {
  errorMessage
} from "./chunks/chunk-OXIBQSHH.js";
import {
  setFailed
} from "./chunks/chunk-5OAXVQ42.js";
import "./chunks/chunk-VUPAT57E.js";

// src/post.ts
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
