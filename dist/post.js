import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-5NPUPJ4Y.js";
import {
  errorMessage,
  setFailed
} from "./chunks/chunk-A3KDW6XR.js";

// src/post.ts
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
