import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
} from "./chunk-HYWXADXP.js";
import "./chunk-BZQ7QIIN.js";
import "./chunk-NOIZ6CUX.js";
import "./chunk-66OIBZRC.js";
import "./chunk-QUMZ6I7R.js";
import "./chunk-J6RIKZUH.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-OUTCWNNR.js";
import "./chunk-N3SMEJGN.js";
import "./chunk-K7QVES6J.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-SDCSBFJO.js";
import "./chunk-7K4M562Z.js";
export {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
};
