import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  completeReport,
  defaultMetricsFile,
  publishReport
} from "./chunk-NBMSHKUZ.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-EPVVWOZH.js";
import "./chunk-SSLVIQDE.js";
export {
  completeReport,
  defaultMetricsFile,
  publishReport
};
