import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  laterBaseline,
  recordSave,
  saveModules
} from "./chunk-ZCF65T2Z.js";
import "./chunk-ZMEUT5FR.js";
import "./chunk-L6QRHR3D.js";
import "./chunk-G74OBDWT.js";
import "./chunk-QIP42BBG.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-OCOCZPJI.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-JUD6DASY.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-3R46DVC5.js";
import "./chunk-NBMSHKUZ.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  laterBaseline,
  recordSave,
  saveModules
};
