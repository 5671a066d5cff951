import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunk-5K5TQ236.js";
import "./chunk-AYA3T7ZS.js";
import "./chunk-PLE7DWLD.js";
import "./chunk-UHXBQLIJ.js";
import "./chunk-LY3O6YME.js";
import "./chunk-D7R2SSOS.js";
import "./chunk-BZQ7QIIN.js";
import "./chunk-NOIZ6CUX.js";
import "./chunk-WTJ4GN4G.js";
import "./chunk-UOO333J6.js";
import "./chunk-66OIBZRC.js";
import "./chunk-K4HC2JYS.js";
import "./chunk-N7FBDKPE.js";
import "./chunk-OX5Z6XNP.js";
import "./chunk-4VGR56BK.js";
import "./chunk-Y66GKXL4.js";
import "./chunk-VMX7QEGY.js";
import "./chunk-QUMZ6I7R.js";
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
  runMain
};
