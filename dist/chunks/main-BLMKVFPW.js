import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-O4O4DQWZ.js";
import "./chunk-2QSEDWL4.js";
import "./chunk-6BMIO6WP.js";
import "./chunk-22HSYVTG.js";
import "./chunk-TXELMXN3.js";
import "./chunk-JIAJPVHW.js";
import "./chunk-R77RVCL4.js";
import "./chunk-UEXICI24.js";
import "./chunk-6KH35QJN.js";
import "./chunk-PHV5ALP4.js";
import "./chunk-VKFSQX2T.js";
export {
  runMain,
  runPost
};
