import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunk-JQJQDSKQ.js";
import "./chunk-Y66GKXL4.js";
import "./chunk-ITQ2AGZO.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  runPost
};
