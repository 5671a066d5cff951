import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunk-JS7RGRXR.js";
import "./chunk-ON5WLDIM.js";
import "./chunk-66UJSJBP.js";
import "./chunk-HTEY6IPE.js";
import "./chunk-4EUIROMB.js";
import "./chunk-ZX74OJQ5.js";
import "./chunk-DWN2SRET.js";
import "./chunk-BONLLMQG.js";
import "./chunk-CNAQNQS7.js";
import "./chunk-ZJL3K2N3.js";
import "./chunk-GBGYFEZM.js";
import "./chunk-G74OBDWT.js";
import "./chunk-ONCSXB37.js";
import "./chunk-NGLNYTPZ.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-KJ4GHIMD.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-ZJRF2AJQ.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-LEJ3VRWZ.js";
import "./chunk-NBMSHKUZ.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  runMain
};
