import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GO_MTIME_INTERVAL_MS,
  buildCacheKeys,
  fingerprint,
  outputIdOfEntry,
  restoreBuildCache,
  saveBuildCache,
  staleEntries
} from "./chunk-ONCSXB37.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-KJ4GHIMD.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-ZJRF2AJQ.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-LEJ3VRWZ.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  GO_MTIME_INTERVAL_MS,
  buildCacheKeys,
  fingerprint,
  outputIdOfEntry,
  restoreBuildCache,
  saveBuildCache,
  staleEntries
};
