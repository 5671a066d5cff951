import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-ZGH4FT7T.js";

// src/index.ts
await runMain();
