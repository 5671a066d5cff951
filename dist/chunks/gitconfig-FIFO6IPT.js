import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
} from "./chunk-AT5OPK2V.js";
import "./chunk-DTGOQCOJ.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-K7QVES6J.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-SDCSBFJO.js";
import "./chunk-7K4M562Z.js";
export {
  addGitCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  removeGitCredentials
};
