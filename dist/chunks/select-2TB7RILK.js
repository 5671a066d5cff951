import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  backendConfigOf,
  createBackend
} from "./chunk-GW6J64XP.js";
import "./chunk-CJDVRZ2X.js";
import "./chunk-66OIBZRC.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-SDCSBFJO.js";
import "./chunk-7K4M562Z.js";
export {
  backendConfigOf,
  createBackend
};
