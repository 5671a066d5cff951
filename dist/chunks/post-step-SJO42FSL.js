import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunk-4ET66SES.js";
import "./chunk-A7ZLX7EW.js";
import "./chunk-QUMZ6I7R.js";
import "./chunk-SDCSBFJO.js";
import "./chunk-7K4M562Z.js";
export {
  runPost
};
