import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  removePrivateCredentials,
  setupPrivateModules
} from "./chunk-MO2GIPSJ.js";
import "./chunk-MOS5TYNL.js";
import "./chunk-FCS5IEQX.js";
import "./chunk-AUZ3ORL4.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-XJP2NQOF.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-ATXN5F2T.js";
import "./chunk-SSLVIQDE.js";
export {
  removePrivateCredentials,
  setupPrivateModules
};
