import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  announceSelection,
  chooseToolchain,
  dependencyFiles,
  expectedGoVersion,
  exportChain,
  goEnvironment,
  precache,
  recordSave,
  restoreModules,
  saveModules,
  toolchain
} from "./chunk-LY3O6YME.js";
import "./chunk-D7R2SSOS.js";
import "./chunk-BZQ7QIIN.js";
import "./chunk-NOIZ6CUX.js";
import "./chunk-UOO333J6.js";
import "./chunk-66OIBZRC.js";
import "./chunk-OX5Z6XNP.js";
import "./chunk-4VGR56BK.js";
import "./chunk-T4S2UIK3.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-HWMOTFGR.js";
import "./chunk-OUTCWNNR.js";
import "./chunk-K5MC2QTA.js";
import "./chunk-UNQDBZCD.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  announceSelection,
  chooseToolchain,
  dependencyFiles,
  expectedGoVersion,
  exportChain,
  goEnvironment,
  precache,
  recordSave,
  restoreModules,
  saveModules,
  toolchain
};
