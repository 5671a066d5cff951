import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-RIWDPYW7.js";
import "./chunk-KHQ2Q4DD.js";
import "./chunk-O3XM54S6.js";
import "./chunk-KS5NXMIK.js";
import "./chunk-JIAJPVHW.js";
import "./chunk-R77RVCL4.js";
import "./chunk-UEXICI24.js";
import "./chunk-VOTJZBMT.js";
import "./chunk-2CCH43PN.js";
import "./chunk-VKFSQX2T.js";
export {
  runMain,
  runPost
};
