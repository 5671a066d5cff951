import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GO_MTIME_INTERVAL_MS,
  buildCacheKeys,
  fingerprint,
  outputIdOfEntry,
  restoreBuildCache,
  saveBuildCache,
  staleEntries
} from "./chunk-HIT2WR4E.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-W2G2VN32.js";
import "./chunk-Q77CXZWK.js";
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
