import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-YIGIFNFO.js";
import "./chunk-NXZXUYFN.js";
import "./chunk-HZSXACCT.js";
import "./chunk-7F2RCTC4.js";
import "./chunk-PVWEZRIX.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-4PQPRWOS.js";
import "./chunk-IQH3LQVW.js";
import "./chunk-4DPOONX6.js";
import "./chunk-JUKKLOYV.js";
import "./chunk-SLRPWYMK.js";
import "./chunk-ZPQ4G7YA.js";
import "./chunk-7K4M562Z.js";
export {
  runMain,
  runPost
};
