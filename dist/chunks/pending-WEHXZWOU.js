import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  savePending,
  writePending
} from "./chunk-UZPR6B3B.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-INF4JTG2.js";
import "./chunk-SSLVIQDE.js";
export {
  savePending,
  writePending
};
