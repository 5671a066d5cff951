import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  savePending,
  writePending
} from "./chunk-5O5ZKY2G.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  savePending,
  writePending
};
