import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-7L4G5242.js";
import {
  errorMessage,
  setFailed
} from "./chunks/chunk-K4RJ75AU.js";

// src/post.ts
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
