import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  removePrivateCredentials,
  setupPrivateModules
} from "./chunk-TPRAKRWO.js";
import "./chunk-N7FBDKPE.js";
import "./chunk-4VGR56BK.js";
import "./chunk-Y66GKXL4.js";
import "./chunk-UVGQGBI6.js";
import "./chunk-UNQDBZCD.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  removePrivateCredentials,
  setupPrivateModules
};
