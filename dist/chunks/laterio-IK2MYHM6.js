import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
} from "./chunk-BHZEZUTW.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-OYCY6PWJ.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-VPH6HA5W.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-XJP2NQOF.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-ATXN5F2T.js";
import "./chunk-SSLVIQDE.js";
export {
  fetchLater,
  keepLaterBaseline,
  restoreLater,
  saveLater
};
