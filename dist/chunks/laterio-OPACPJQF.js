import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
} from "./chunk-QIP42BBG.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-OCOCZPJI.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-JUD6DASY.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-3R46DVC5.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
};
