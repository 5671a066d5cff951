import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunk-4MFICDK5.js";
import "./chunk-WDLISMSB.js";
import "./chunk-HYWXADXP.js";
import "./chunk-US33PASP.js";
import "./chunk-3IQ5XM3J.js";
import "./chunk-UQPCZUQH.js";
import "./chunk-KX2TBO4U.js";
import "./chunk-BZQ7QIIN.js";
import "./chunk-NOIZ6CUX.js";
import "./chunk-GW6J64XP.js";
import "./chunk-CJDVRZ2X.js";
import "./chunk-66OIBZRC.js";
import "./chunk-WYBD46RC.js";
import "./chunk-OX5Z6XNP.js";
import "./chunk-AT5OPK2V.js";
import "./chunk-DTGOQCOJ.js";
import "./chunk-A7ZLX7EW.js";
import "./chunk-OYH7ET3D.js";
import "./chunk-QUMZ6I7R.js";
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
  runMain
};
