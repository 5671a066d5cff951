import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  backendConfigOf,
  createBackend
} from "./chunk-RQNFU65G.js";
import "./chunk-XIDZHRQZ.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-Q77CXZWK.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-INF4JTG2.js";
import "./chunk-SSLVIQDE.js";
export {
  backendConfigOf,
  createBackend
};
