import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  removePrivateCredentials,
  setupPrivateModules
} from "./chunk-WYBD46RC.js";
import "./chunk-OX5Z6XNP.js";
import "./chunk-AT5OPK2V.js";
import "./chunk-DTGOQCOJ.js";
import "./chunk-A7ZLX7EW.js";
import "./chunk-QUMZ6I7R.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-K7QVES6J.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-SDCSBFJO.js";
import "./chunk-7K4M562Z.js";
export {
  removePrivateCredentials,
  setupPrivateModules
};
