import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  backendConfigOf,
  createBackend
} from "./chunk-3HD6M2MV.js";
import "./chunk-U3QIFCVB.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-ATXN5F2T.js";
import "./chunk-SSLVIQDE.js";
export {
  backendConfigOf,
  createBackend
};
