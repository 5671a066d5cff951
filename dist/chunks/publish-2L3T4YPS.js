import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  completeReport,
  defaultMetricsFile,
  publishReport
} from "./chunk-AYA3T7ZS.js";
import "./chunk-FIPBAXT2.js";
import "./chunk-AXBWWCAH.js";
import "./chunk-7K4M562Z.js";
export {
  completeReport,
  defaultMetricsFile,
  publishReport
};
