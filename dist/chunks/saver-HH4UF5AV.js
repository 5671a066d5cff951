import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  awaitSave,
  noResultReason,
  runSaveJob,
  saveFiles,
  startSave,
  startedSavesRunning,
  stopStartedSaves,
  writeResult
} from "./chunk-T4S2UIK3.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-K5MC2QTA.js";
import "./chunk-UNQDBZCD.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  awaitSave,
  noResultReason,
  runSaveJob,
  saveFiles,
  startSave,
  startedSavesRunning,
  stopStartedSaves,
  writeResult
};
