import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GO_MTIME_INTERVAL_MS,
  buildCacheKeys,
  fingerprint,
  outputIdOfEntry,
  restoreBuildCache,
  saveBuildCache,
  staleEntries
} from "./chunk-ZY6IA3F3.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-UIBNBLGO.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-HARHAMGK.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-JIV6OQGY.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-INF4JTG2.js";
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
