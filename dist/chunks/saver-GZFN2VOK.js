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
} from "./chunk-J6RIKZUH.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-N3SMEJGN.js";
import "./chunk-K7QVES6J.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-SDCSBFJO.js";
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
