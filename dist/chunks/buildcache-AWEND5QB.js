import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GO_MTIME_INTERVAL_MS,
  buildCacheKeys,
  fingerprint,
  outputIdOfEntry,
  restoreBuildCache,
  saveBuildCache,
  staleEntries
} from "./chunk-OYH7ET3D.js";
import "./chunk-QUMZ6I7R.js";
import "./chunk-J6RIKZUH.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-OUTCWNNR.js";
import "./chunk-N3SMEJGN.js";
import "./chunk-K7QVES6J.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-SDCSBFJO.js";
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
