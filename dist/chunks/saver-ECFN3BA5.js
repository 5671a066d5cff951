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
} from "./chunk-OCOCZPJI.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-JUD6DASY.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-3R46DVC5.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
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
