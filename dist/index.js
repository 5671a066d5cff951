import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-5LQ2NZXM.js";
import "./chunks/chunk-UZPR6B3B.js";
import "./chunks/chunk-3TQS3QYJ.js";
import "./chunks/chunk-QCIYSIH2.js";
import "./chunks/chunk-HILDLI7P.js";
import "./chunks/chunk-V4VDJ22K.js";
import "./chunks/chunk-B6WZAPEP.js";
import "./chunks/chunk-4EUIROMB.js";
import "./chunks/chunk-ZFQ2QVJC.js";
import "./chunks/chunk-2ESYU22P.js";
import "./chunks/chunk-RQNFU65G.js";
import "./chunks/chunk-XIDZHRQZ.js";
import "./chunks/chunk-HIT2WR4E.js";
import "./chunks/chunk-E2AP4HKA.js";
import "./chunks/chunk-EX3OKT3Z.js";
import "./chunks/chunk-D6OYPYWX.js";
import "./chunks/chunk-W2G2VN32.js";
import "./chunks/chunk-Q77CXZWK.js";
import "./chunks/chunk-KQXQGJBP.js";
import "./chunks/chunk-HARHAMGK.js";
import "./chunks/chunk-YSGDQK2H.js";
import "./chunks/chunk-JIV6OQGY.js";
import "./chunks/chunk-AYTF7S4B.js";
import {
  errorMessage
} from "./chunks/chunk-ZUVU6JQI.js";
import {
  actionsHost
} from "./chunks/chunk-INF4JTG2.js";
import {
  init_define_ACTION_INPUTS
} from "./chunks/chunk-SSLVIQDE.js";

// src/index.ts
init_define_ACTION_INPUTS();
var host = actionsHost();
try {
  await runMain(host);
} catch (err) {
  host.setFailed(errorMessage(err));
  if (err instanceof Error && err.stack) host.debug(err.stack);
}
process.exit();
