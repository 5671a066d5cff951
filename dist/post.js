import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-CO6CZVCV.js";
import {
  errorMessage,
  setFailed
} from "./chunks/chunk-7POYEJGX.js";

// src/post.ts
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
