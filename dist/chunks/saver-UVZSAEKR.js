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
} from "./chunk-KJ4GHIMD.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-ZJRF2AJQ.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-LEJ3VRWZ.js";
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
