import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunk-3N2DVQM5.js";
import "./chunk-GBGYFEZM.js";
import "./chunk-G74OBDWT.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  runPost
};
