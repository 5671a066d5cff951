import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-56WDTYHE.js";
import {
  errorMessage,
  setFailed
} from "./chunks/chunk-L5ZRZMLY.js";

// src/post.ts
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
