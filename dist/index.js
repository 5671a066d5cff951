import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  errorMessage,
  runMain,
  setFailed
} from "./chunks/chunk-S7JJCCD3.js";

// src/index.ts
try {
  await runMain();
} catch (err) {
  setFailed(errorMessage(err));
}
