import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-ZGH4FT7T.js";

// src/post.ts
await runPost();
