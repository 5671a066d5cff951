import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-E6APFVBW.js";
import "./chunks/chunk-ON5WLDIM.js";
import "./chunks/chunk-ZCF65T2Z.js";
import "./chunks/chunk-HTEY6IPE.js";
import "./chunks/chunk-4EUIROMB.js";
import "./chunks/chunk-3OU7X2ZB.js";
import "./chunks/chunk-ZMEUT5FR.js";
import "./chunks/chunk-L2PZD67U.js";
import "./chunks/chunk-X4BQPRLX.js";
import "./chunks/chunk-L6QRHR3D.js";
import "./chunks/chunk-GBGYFEZM.js";
import "./chunks/chunk-G74OBDWT.js";
import "./chunks/chunk-EY3DPOE6.js";
import "./chunks/chunk-QIP42BBG.js";
import "./chunks/chunk-EX3OKT3Z.js";
import "./chunks/chunk-D6OYPYWX.js";
import "./chunks/chunk-OCOCZPJI.js";
import "./chunks/chunk-KQXQGJBP.js";
import "./chunks/chunk-JUD6DASY.js";
import "./chunks/chunk-YSGDQK2H.js";
import "./chunks/chunk-3R46DVC5.js";
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
