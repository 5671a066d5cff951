import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  githubBackend,
  runSaveJob,
  writeResult
} from "./chunks/chunk-2KD4X7KT.js";

// src/save-worker.ts
import { readFile } from "node:fs/promises";
var { job, resultFile } = JSON.parse(await readFile(process.argv[2] ?? "", "utf8"));
var outcome = await runSaveJob(githubBackend(), job);
await writeResult(resultFile, outcome);
process.exit();
