import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  removePrivateCredentials,
  setupPrivateModules
} from "./chunk-BONLLMQG.js";
import "./chunk-CNAQNQS7.js";
import "./chunk-ZJL3K2N3.js";
import "./chunk-GBGYFEZM.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-LEJ3VRWZ.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  removePrivateCredentials,
  setupPrivateModules
};
