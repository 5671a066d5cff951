import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunk-XOW2ZWVA.js";
import "./chunk-Y66GKXL4.js";
import "./chunk-QUMZ6I7R.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  runPost
};
