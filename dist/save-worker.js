import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createBackend
} from "./chunks/chunk-3OU7X2ZB.js";
import "./chunks/chunk-ZMEUT5FR.js";
import "./chunks/chunk-EX3OKT3Z.js";
import {
  runSaveJob,
  saveFiles,
  writeResult
} from "./chunks/chunk-OCOCZPJI.js";
import "./chunks/chunk-KQXQGJBP.js";
import "./chunks/chunk-JUD6DASY.js";
import "./chunks/chunk-YSGDQK2H.js";
import "./chunks/chunk-3R46DVC5.js";
import {
  errorMessage
} from "./chunks/chunk-ZUVU6JQI.js";
import {
  actionsHost,
  useHost
} from "./chunks/chunk-EPVVWOZH.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunks/chunk-SSLVIQDE.js";

// src/save-worker.ts
init_define_ACTION_INPUTS();
import { writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
useHost(actionsHost());
var started = performance.now();
var jobFile = process.argv[2] ?? "";
var { exitFile } = saveFiles(path.dirname(jobFile));
var resulted = false;
var recordEnd = /* @__PURE__ */ __name((end) => {
  if (resulted) return;
  try {
    writeFileSync(exitFile, JSON.stringify(end));
  } catch {
  }
}, "recordEnd");
process.on("exit", (code) => recordEnd({ code }));
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.once(signal, () => {
    recordEnd({ signal });
    process.kill(process.pid, signal);
  });
}
var { job, resultFile } = JSON.parse(await readFile(jobFile, "utf8"));
var outcome = await createBackend(job.backend ?? { kind: "github" }).then(
  (backend) => runSaveJob(backend, job),
  (err) => ({ saved: false, failed: true, skipped: `save failed: ${errorMessage(err)}`, archiveMs: 0, ms: Math.round(performance.now() - started) })
);
await writeResult(resultFile, outcome);
resulted = true;
process.exit();
