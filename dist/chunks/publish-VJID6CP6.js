import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  completeReport,
  defaultMetricsFile,
  publishReport
} from "./chunk-AYTF7S4B.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-INF4JTG2.js";
import "./chunk-SSLVIQDE.js";
export {
  completeReport,
  defaultMetricsFile,
  publishReport
};
