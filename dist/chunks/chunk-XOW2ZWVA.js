import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  phase
} from "./chunk-Y66GKXL4.js";
import {
  BACKEND_FAILED_STATE,
  BACKEND_STATE,
  BUILD_CACHE_STATE,
  GIT_CREDENTIALS_STATE,
  HISTORY_STATE,
  LATER_STATE,
  MODULE_SAVE_STATE
} from "./chunk-QUMZ6I7R.js";
import {
  getState,
  info,
  warning
} from "./chunk-AXBWWCAH.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

// src/post-step.ts
init_define_ACTION_INPUTS();
async function runPost() {
  try {
    const moduleSave = getState(MODULE_SAVE_STATE);
    let backgroundSaved;
    if (moduleSave !== "") {
      backgroundSaved = await phase("Save module cache (background)", () => finishModuleSave(JSON.parse(moduleSave)));
    }
    const failed = getState(BACKEND_FAILED_STATE);
    if (failed !== "") {
      info(`Nothing is saved to the cache: in the main step, ${JSON.parse(failed).why}.`);
      return;
    }
    const config = getState(BACKEND_STATE);
    let made;
    const backend = /* @__PURE__ */ __name(() => made ??= import("./select-7NXQZWFF.js").then((m) => m.createBackend(config === "" ? { kind: "github" } : JSON.parse(config))), "backend");
    const later = getState(LATER_STATE);
    if (later !== "") {
      const mainFailed = moduleSave !== "" && (backgroundSaved === void 0 || backgroundSaved.failed);
      const { saveLater } = await import("./laterio-6ILRODQ3.js");
      await phase(
        "Save modules later steps added",
        () => saveLater(backend, later, mainFailed ? "the module cache save failed or did not finish in this job" : void 0)
      );
    }
    const build = getState(BUILD_CACHE_STATE);
    if (build !== "") {
      const { saveBuildCache } = await import("./buildcache-QN6XLAYW.js");
      await phase("Save build cache", async () => saveBuildCache(await backend(), JSON.parse(build)));
    }
    const history = getState(HISTORY_STATE);
    if (history !== "") {
      const { savePending } = await import("./phase-OJKKT7F7.js");
      await phase("Save history", () => savePending(backend, history, backgroundSaved));
    }
  } finally {
    const credentials = getState(GIT_CREDENTIALS_STATE);
    if (credentials !== "") await (await import("./setup-FQF72H44.js")).removePrivateCredentials(credentials);
  }
}
__name(runPost, "runPost");
async function finishModuleSave(state) {
  const [{ awaitSave }, { completeReport }, { recordSave }] = await Promise.all([
    import("./saver-HH4UF5AV.js"),
    import("./publish-2L3T4YPS.js"),
    import("./phases-52JBCZYI.js")
  ]);
  const waited = await awaitSave(state, state.timeoutMs);
  for (const line of waited.log.split(/\r?\n/)) if (line !== "") info(line);
  info(`Waited ${waited.waitedMs} ms for the save started ${Math.round((Date.now() - state.startedAt) / 1e3)} s ago.`);
  const update = /* @__PURE__ */ __name((m) => {
    if (waited.done) recordSave(m, state.key, waited.outcome);
    else {
      warning(`Module cache not saved; the job goes on: ${waited.why}.`);
      Object.assign(m.cache, { saved: false, saveSkipped: waited.why });
    }
  }, "update");
  await completeReport(state.report, update);
  if (!waited.done) return void 0;
  return { saveMs: waited.outcome.ms, sizeBytes: waited.outcome.sizeBytes ?? 0, failed: waited.outcome.failed === true };
}
__name(finishModuleSave, "finishModuleSave");

export {
  runPost
};
