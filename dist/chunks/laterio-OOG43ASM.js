import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
} from "./chunk-NGLNYTPZ.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-KJ4GHIMD.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-ZJRF2AJQ.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-LEJ3VRWZ.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
};
