import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
} from "./chunk-KHQ2Q4DD.js";
import "./chunk-KS5NXMIK.js";
import "./chunk-UEXICI24.js";
import "./chunk-2CCH43PN.js";
import "./chunk-VKFSQX2T.js";
export {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
};
