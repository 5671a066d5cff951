import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-TCAVIED6.js";
import {
  errorMessage,
  setFailed
} from "./chunks/chunk-IFO5Q3DA.js";

// src/post.ts
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
