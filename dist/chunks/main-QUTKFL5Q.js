import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunk-5LQ2NZXM.js";
import "./chunk-UZPR6B3B.js";
import "./chunk-3TQS3QYJ.js";
import "./chunk-QCIYSIH2.js";
import "./chunk-HILDLI7P.js";
import "./chunk-V4VDJ22K.js";
import "./chunk-B6WZAPEP.js";
import "./chunk-4EUIROMB.js";
import "./chunk-ZFQ2QVJC.js";
import "./chunk-2ESYU22P.js";
import "./chunk-RQNFU65G.js";
import "./chunk-XIDZHRQZ.js";
import "./chunk-HIT2WR4E.js";
import "./chunk-E2AP4HKA.js";
import "./chunk-EX3OKT3Z.js";
import "./chunk-D6OYPYWX.js";
import "./chunk-W2G2VN32.js";
import "./chunk-Q77CXZWK.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-HARHAMGK.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-JIV6OQGY.js";
import "./chunk-AYTF7S4B.js";
import "./chunk-ZUVU6JQI.js";
import "./chunk-INF4JTG2.js";
import "./chunk-SSLVIQDE.js";
export {
  runMain
};
