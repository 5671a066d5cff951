import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunk-F4L73US6.js";
import "./chunk-ZFQ2QVJC.js";
import "./chunk-2ESYU22P.js";
import "./chunk-INF4JTG2.js";
import "./chunk-SSLVIQDE.js";
export {
  runPost
};
