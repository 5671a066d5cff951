import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  laterBaseline,
  recordSave,
  saveModules
} from "./chunk-HILDLI7P.js";
import "./chunk-V4VDJ22K.js";
import "./chunk-2ESYU22P.js";
import "./chunk-XIDZHRQZ.js";
import "./chunk-E2AP4HKA.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-W2G2VN32.js";
import "./chunk-Q77CXZWK.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-HARHAMGK.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-JIV6OQGY.js";
import "./chunk-AYTF7S4B.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-INF4JTG2.js";
import "./chunk-SSLVIQDE.js";
export {
  laterBaseline,
  recordSave,
  saveModules
};
