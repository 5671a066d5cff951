import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  backendConfigOf,
  createBackend
} from "./chunk-3OU7X2ZB.js";
import "./chunk-ZMEUT5FR.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  backendConfigOf,
  createBackend
};
