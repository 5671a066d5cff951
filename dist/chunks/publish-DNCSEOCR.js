import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  completeReport,
  defaultMetricsFile,
  publishReport
} from "./chunk-GOWFJ5DK.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-ATXN5F2T.js";
import "./chunk-SSLVIQDE.js";
export {
  completeReport,
  defaultMetricsFile,
  publishReport
};
