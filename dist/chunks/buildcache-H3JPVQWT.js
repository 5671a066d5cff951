import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GO_MTIME_INTERVAL_MS,
  buildCacheKeys,
  fingerprint,
  outputIdOfEntry,
  restoreBuildCache,
  saveBuildCache,
  staleEntries
} from "./chunk-EBSUSP7G.js";
import "./chunk-OUTCWNNR.js";
import "./chunk-T4S2UIK3.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-K5MC2QTA.js";
import "./chunk-UNQDBZCD.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  GO_MTIME_INTERVAL_MS,
  buildCacheKeys,
  fingerprint,
  outputIdOfEntry,
  restoreBuildCache,
  saveBuildCache,
  staleEntries
};
