import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  savePending,
  writePending
} from "./chunk-ON5WLDIM.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  savePending,
  writePending
};
