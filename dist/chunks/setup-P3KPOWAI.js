import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  removePrivateCredentials,
  setupPrivateModules
} from "./chunk-L2PZD67U.js";
import "./chunk-X4BQPRLX.js";
import "./chunk-L6QRHR3D.js";
import "./chunk-GBGYFEZM.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-3R46DVC5.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  removePrivateCredentials,
  setupPrivateModules
};
