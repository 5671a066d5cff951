import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-6FRDPJDT.js";
import {
  errorMessage,
  setFailed
} from "./chunks/chunk-2KD4X7KT.js";

// src/post.ts
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
