import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createBackend,
  runSaveJob,
  writeResult
} from "./chunks/chunk-XWEQ6QP7.js";
import "./chunks/chunk-PIVZEJNK.js";
import "./chunks/chunk-OXIBQSHH.js";
import "./chunks/chunk-5OAXVQ42.js";
import "./chunks/chunk-VUPAT57E.js";

// src/save-worker.ts
import { readFile } from "node:fs/promises";
var { job, resultFile } = JSON.parse(await readFile(process.argv[2] ?? "", "utf8"));
var outcome = await runSaveJob(await createBackend(job.backend ?? { kind: "github" }), job);
await writeResult(resultFile, outcome);
process.exit();
