import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-MXBXGBLS.js";
import {
  errorMessage,
  setFailed
} from "./chunks/chunk-T7RDZANE.js";

// src/post.ts
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
