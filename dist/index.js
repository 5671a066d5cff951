import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-5NPUPJ4Y.js";
import {
  debug,
  errorMessage,
  setFailed
} from "./chunks/chunk-A3KDW6XR.js";

// src/index.ts
try {
  await runMain();
} catch (err) {
  setFailed(errorMessage(err));
  if (err instanceof Error && err.stack) debug(err.stack);
}
process.exit();
