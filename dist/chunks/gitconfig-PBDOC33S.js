import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
} from "./chunk-X4BQPRLX.js";
import "./chunk-L6QRHR3D.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-3R46DVC5.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
};
