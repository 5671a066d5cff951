import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GO_MTIME_INTERVAL_MS,
  buildCacheKeys,
  fingerprint,
  outputIdOfEntry,
  restoreBuildCache,
  saveBuildCache,
  staleEntries
} from "./chunk-EY3DPOE6.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-OCOCZPJI.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-JUD6DASY.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-3R46DVC5.js";
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
