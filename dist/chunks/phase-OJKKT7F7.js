import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CHART_RUNS,
  addThisRun,
  announceFlakyProxies,
  announceHistory,
  historySaveSkip,
  savePending,
  writePending
} from "./chunk-UHXBQLIJ.js";
import "./chunk-NOIZ6CUX.js";
import "./chunk-66OIBZRC.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  CHART_RUNS,
  addThisRun,
  announceFlakyProxies,
  announceHistory,
  historySaveSkip,
  savePending,
  writePending
};
