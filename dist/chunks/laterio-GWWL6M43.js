import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
} from "./chunk-OZMU6C3W.js";
import "./chunk-66OIBZRC.js";
import "./chunk-OUTCWNNR.js";
import "./chunk-T4S2UIK3.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-K5MC2QTA.js";
import "./chunk-UNQDBZCD.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
};
