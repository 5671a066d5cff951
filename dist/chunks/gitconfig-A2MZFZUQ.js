import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
} from "./chunk-QCIYSIH2.js";
import "./chunk-V4VDJ22K.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-JIV6OQGY.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-INF4JTG2.js";
import "./chunk-SSLVIQDE.js";
export {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
};
