import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  laterBaseline,
  recordSave,
  saveModules
} from "./chunk-F3ANERVH.js";
import "./chunk-UOO333J6.js";
import "./chunk-4VGR56BK.js";
import "./chunk-ITQ2AGZO.js";
import "./chunk-OZMU6C3W.js";
import "./chunk-66OIBZRC.js";
import "./chunk-OUTCWNNR.js";
import "./chunk-T4S2UIK3.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-K5MC2QTA.js";
import "./chunk-UNQDBZCD.js";
import "./chunk-AYA3T7ZS.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  laterBaseline,
  recordSave,
  saveModules
};
