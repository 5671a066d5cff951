import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
} from "./chunk-22HSYVTG.js";
import "./chunk-TXELMXN3.js";
import "./chunk-UEXICI24.js";
import "./chunk-PHV5ALP4.js";
import "./chunk-VKFSQX2T.js";
export {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
};
