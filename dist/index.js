import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-JS7RGRXR.js";
import "./chunks/chunk-ON5WLDIM.js";
import "./chunks/chunk-66UJSJBP.js";
import "./chunks/chunk-HTEY6IPE.js";
import "./chunks/chunk-4EUIROMB.js";
import "./chunks/chunk-ZX74OJQ5.js";
import "./chunks/chunk-DWN2SRET.js";
import "./chunks/chunk-BONLLMQG.js";
import "./chunks/chunk-CNAQNQS7.js";
import "./chunks/chunk-ZJL3K2N3.js";
import "./chunks/chunk-GBGYFEZM.js";
import "./chunks/chunk-G74OBDWT.js";
import "./chunks/chunk-ONCSXB37.js";
import "./chunks/chunk-NGLNYTPZ.js";
import "./chunks/chunk-EX3OKT3Z.js";
import "./chunks/chunk-D6OYPYWX.js";
import "./chunks/chunk-KJ4GHIMD.js";
import "./chunks/chunk-KQXQGJBP.js";
import "./chunks/chunk-ZJRF2AJQ.js";
import "./chunks/chunk-YSGDQK2H.js";
import "./chunks/chunk-LEJ3VRWZ.js";
import "./chunks/chunk-NBMSHKUZ.js";
import {
  errorMessage
} from "./chunks/chunk-ZUVU6JQI.js";
import {
  actionsHost
} from "./chunks/chunk-EPVVWOZH.js";
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
