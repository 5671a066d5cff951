import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-BOFKK3DR.js";
import "./chunks/chunk-JPE63UEZ.js";
import "./chunks/chunk-TGNHVR7U.js";
import "./chunks/chunk-UFBNXMIF.js";
import "./chunks/chunk-4EUIROMB.js";
import "./chunks/chunk-3HD6M2MV.js";
import "./chunks/chunk-U3QIFCVB.js";
import "./chunks/chunk-MO2GIPSJ.js";
import "./chunks/chunk-MOS5TYNL.js";
import "./chunks/chunk-FCS5IEQX.js";
import "./chunks/chunk-AUZ3ORL4.js";
import "./chunks/chunk-O3VN63HT.js";
import "./chunks/chunk-7VSKKGSM.js";
import "./chunks/chunk-BHZEZUTW.js";
import "./chunks/chunk-EX3OKT3Z.js";
import "./chunks/chunk-D6OYPYWX.js";
import "./chunks/chunk-OYCY6PWJ.js";
import "./chunks/chunk-KQXQGJBP.js";
import "./chunks/chunk-VPH6HA5W.js";
import "./chunks/chunk-YSGDQK2H.js";
import "./chunks/chunk-XJP2NQOF.js";
import "./chunks/chunk-GOWFJ5DK.js";
import {
  errorMessage
} from "./chunks/chunk-ZUVU6JQI.js";
import {
  debug,
  setFailed
} from "./chunks/chunk-ATXN5F2T.js";
import {
  init_define_ACTION_INPUTS
} from "./chunks/chunk-SSLVIQDE.js";

// src/index.ts
init_define_ACTION_INPUTS();
try {
  await runMain();
} catch (err) {
  setFailed(errorMessage(err));
  if (err instanceof Error && err.stack) debug(err.stack);
}
process.exit();
