import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunk-BOFKK3DR.js";
import "./chunk-JPE63UEZ.js";
import "./chunk-TGNHVR7U.js";
import "./chunk-UFBNXMIF.js";
import "./chunk-4EUIROMB.js";
import "./chunk-3HD6M2MV.js";
import "./chunk-U3QIFCVB.js";
import "./chunk-MO2GIPSJ.js";
import "./chunk-MOS5TYNL.js";
import "./chunk-FCS5IEQX.js";
import "./chunk-AUZ3ORL4.js";
import "./chunk-O3VN63HT.js";
import "./chunk-7VSKKGSM.js";
import "./chunk-BHZEZUTW.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-OYCY6PWJ.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-VPH6HA5W.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-XJP2NQOF.js";
import "./chunk-GOWFJ5DK.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-ATXN5F2T.js";
import "./chunk-SSLVIQDE.js";
export {
  runMain
};
