import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createBackend,
  runSaveJob,
  writeResult
} from "./chunks/chunk-2QSEDWL4.js";
import "./chunks/chunk-TXELMXN3.js";
import "./chunks/chunk-JIAJPVHW.js";
import "./chunks/chunk-UEXICI24.js";
import "./chunks/chunk-6KH35QJN.js";
import "./chunks/chunk-PHV5ALP4.js";
import {
  init_define_ACTION_INPUTS
} from "./chunks/chunk-VKFSQX2T.js";

// src/save-worker.ts
init_define_ACTION_INPUTS();
import { readFile } from "node:fs/promises";
var { job, resultFile } = JSON.parse(await readFile(process.argv[2] ?? "", "utf8"));
var outcome = await runSaveJob(await createBackend(job.backend ?? { kind: "github" }), job);
await writeResult(resultFile, outcome);
process.exit();
