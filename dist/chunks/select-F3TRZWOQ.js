import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  backendConfigOf,
  createBackend
} from "./chunk-PTRT6RTF.js";
import "./chunk-UOO333J6.js";
import "./chunk-66OIBZRC.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  backendConfigOf,
  createBackend
};
