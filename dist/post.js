import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-QGQCYP3T.js";
import {
  errorMessage,
  setFailed
} from "./chunks/chunk-5WTSNSFY.js";

// src/post.ts
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
