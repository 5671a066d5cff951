import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-F4L73US6.js";
import "./chunks/chunk-ZFQ2QVJC.js";
import "./chunks/chunk-2ESYU22P.js";
import {
  errorMessage
} from "./chunks/chunk-ZUVU6JQI.js";
import {
  actionsHost
} from "./chunks/chunk-INF4JTG2.js";
import {
  init_define_ACTION_INPUTS
} from "./chunks/chunk-SSLVIQDE.js";

// src/post.ts
init_define_ACTION_INPUTS();
var host = actionsHost();
try {
  await runPost(host);
} catch (err) {
  host.setFailed(errorMessage(err));
}
