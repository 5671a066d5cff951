import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
} from "./chunk-E2AP4HKA.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-W2G2VN32.js";
import "./chunk-Q77CXZWK.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-HARHAMGK.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-JIV6OQGY.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-INF4JTG2.js";
import "./chunk-SSLVIQDE.js";
export {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
};
