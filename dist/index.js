import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-6FRDPJDT.js";
import {
  debug,
  errorMessage,
  setFailed
} from "./chunks/chunk-2KD4X7KT.js";

// src/index.ts
try {
  await runMain();
} catch (err) {
  setFailed(errorMessage(err));
  if (err instanceof Error && err.stack) debug(err.stack);
}
process.exit();
