import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  phase
} from "./chunk-ZFQ2QVJC.js";
import {
  loadPostState
} from "./chunk-2ESYU22P.js";
import {
  host,
  info,
  useHost,
  warning
} from "./chunk-INF4JTG2.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/post-step.ts
init_define_ACTION_INPUTS();
async function runPost(host2) {
  useHost(host2);
  try {
    await saves(loadPostState());
  } finally {
    const { gitCredentials } = loadPostState(["gitCredentials"]);
    if (gitCredentials !== void 0) await (await import("./setup-L5IS7RBP.js")).removePrivateCredentials(gitCredentials);
  }
}
__name(runPost, "runPost");
async function saves(state) {
  const { moduleSave, later, buildCache, history } = state;
  let backgroundSaved;
  if (moduleSave !== void 0) {
    backgroundSaved = await phase("Save module cache (background)", () => finishModuleSave(moduleSave));
  }
  if (state.backendFailed !== void 0) {
    info(`Nothing is saved to the cache: in the main step, ${state.backendFailed.why}.`);
    return;
  }
  const config = state.backend ?? { kind: "github" };
  let made;
  const backend = /* @__PURE__ */ __name(() => made ??= import("./select-UH2DW3XT.js").then((m) => m.createBackend(config)), "backend");
  if (later !== void 0) {
    const mainFailed = moduleSave !== void 0 && (backgroundSaved === void 0 || backgroundSaved.failed);
    const { saveLater } = await import("./laterio-XSFDA7NP.js");
    await phase(
      "Save modules later steps added",
      () => saveLater(backend, later, mainFailed ? "the module cache save failed or did not finish in this job" : void 0)
    );
  }
  if (buildCache !== void 0) {
    const { saveBuildCache } = await import("./buildcache-MJS44TGP.js");
    await phase("Save build cache", async () => saveBuildCache(await backend(), buildCache));
  }
  if (history !== void 0) {
    const { savePending } = await import("./pending-WEHXZWOU.js");
    await phase("Save history", () => savePending(backend, history, backgroundSaved));
  }
}
__name(saves, "saves");
async function finishModuleSave(state) {
  const [{ awaitSave }, { completeReport }, { recordSave }] = await Promise.all([
    import("./saver-UHYFMUYX.js"),
    import("./publish-VJID6CP6.js"),
    import("./save-3LBGW6WX.js")
  ]);
  const waited = await awaitSave(state, state.timeoutMs);
  host().relayLog(waited.log);
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
