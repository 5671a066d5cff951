import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-3N2DVQM5.js";
import "./chunks/chunk-GBGYFEZM.js";
import "./chunks/chunk-G74OBDWT.js";
import {
  errorMessage
} from "./chunks/chunk-ZUVU6JQI.js";
import {
  actionsHost
} from "./chunks/chunk-EPVVWOZH.js";
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
