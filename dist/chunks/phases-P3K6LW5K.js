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
} from "./chunk-UQPCZUQH.js";
import "./chunk-KX2TBO4U.js";
import "./chunk-BZQ7QIIN.js";
import "./chunk-NOIZ6CUX.js";
import "./chunk-CJDVRZ2X.js";
import "./chunk-66OIBZRC.js";
import "./chunk-OX5Z6XNP.js";
import "./chunk-DTGOQCOJ.js";
import "./chunk-J6RIKZUH.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-ASWJGRZS.js";
import "./chunk-OUTCWNNR.js";
import "./chunk-N3SMEJGN.js";
import "./chunk-K7QVES6J.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-SDCSBFJO.js";
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
