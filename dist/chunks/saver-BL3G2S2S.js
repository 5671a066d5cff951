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
} from "./chunk-OYCY6PWJ.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-VPH6HA5W.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-XJP2NQOF.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-ATXN5F2T.js";
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
