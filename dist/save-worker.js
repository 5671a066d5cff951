import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createBackend
} from "./chunks/chunk-RQNFU65G.js";
import "./chunks/chunk-XIDZHRQZ.js";
import "./chunks/chunk-EX3OKT3Z.js";
import {
  runSaveJob,
  saveFiles,
  writeResult
} from "./chunks/chunk-W2G2VN32.js";
import "./chunks/chunk-Q77CXZWK.js";
import "./chunks/chunk-KQXQGJBP.js";
import "./chunks/chunk-HARHAMGK.js";
import "./chunks/chunk-YSGDQK2H.js";
import "./chunks/chunk-JIV6OQGY.js";
import {
  errorMessage
} from "./chunks/chunk-ZUVU6JQI.js";
import {
  actionsHost,
  useHost
} from "./chunks/chunk-INF4JTG2.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunks/chunk-SSLVIQDE.js";

// src/save-worker.ts
init_define_ACTION_INPUTS();
import { writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
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
void run();
async function run() {
  const { job, resultFile, runner } = JSON.parse(await readFile(jobFile, "utf8"));
  useHost(actionsHost(() => runner));
  const outcome = await createBackend(job.backend ?? { kind: "github" }).then(
    (backend) => runSaveJob(backend, job),
    (err) => ({ saved: false, failed: true, skipped: `save failed: ${errorMessage(err)}`, archiveMs: 0, ms: Math.round(performance.now() - started) })
  );
  await writeResult(resultFile, outcome);
  resulted = true;
  process.exit();
}
__name(run, "run");
