import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  removePrivateCredentials,
  setupPrivateModules
} from "./chunk-3TQS3QYJ.js";
import "./chunk-QCIYSIH2.js";
import "./chunk-V4VDJ22K.js";
import "./chunk-ZFQ2QVJC.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-JIV6OQGY.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-INF4JTG2.js";
import "./chunk-SSLVIQDE.js";
export {
  removePrivateCredentials,
  setupPrivateModules
};
