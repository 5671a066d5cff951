import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  savePending,
  writePending
} from "./chunk-JPE63UEZ.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-ATXN5F2T.js";
import "./chunk-SSLVIQDE.js";
export {
  savePending,
  writePending
};
