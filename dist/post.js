import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-IK3AYHSD.js";
import "./chunks/chunk-AUZ3ORL4.js";
import "./chunks/chunk-O3VN63HT.js";
import {
  errorMessage
} from "./chunks/chunk-ZUVU6JQI.js";
import {
  setFailed
} from "./chunks/chunk-ATXN5F2T.js";
import {
  init_define_ACTION_INPUTS
} from "./chunks/chunk-SSLVIQDE.js";

// src/post.ts
init_define_ACTION_INPUTS();
try {
  await runPost();
} catch (err) {
  setFailed(errorMessage(err));
}
