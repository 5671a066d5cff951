import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
} from "./chunk-MOS5TYNL.js";
import "./chunk-FCS5IEQX.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-XJP2NQOF.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-ATXN5F2T.js";
import "./chunk-SSLVIQDE.js";
export {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
};
