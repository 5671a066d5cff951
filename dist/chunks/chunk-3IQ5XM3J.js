import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

// src/history/trends.ts
init_define_ACTION_INPUTS();
function median(values) {
  return values.length === 0 ? 0 : Math.round(medianFloat(values));
}
__name(median, "median");
var RESTORED = /* @__PURE__ */ new Set(["hit", "partial"]);
function trendOf(runs) {
  const proxies = /* @__PURE__ */ new Map();
  for (const run of runs) {
    for (const p of run.proxies) {
      const t = proxies.get(p.url) ?? { url: p.url, failures: 0, probes: 0, classes: [] };
      t.probes++;
      if (p.class !== "ok") {
        t.failures++;
        t.classes.push(p.class);
      }
      proxies.set(p.url, t);
    }
  }
  return {
    runs: runs.length,
    cacheHitRate: runs.length === 0 ? 0 : Math.round(runs.filter((r) => r.state === "hit").length / runs.length * 100) / 100,
    medianRestoreMs: median(runs.filter((r) => RESTORED.has(r.state)).map((r) => r.restoreMs)),
    medianDownloadMs: median(runs.filter((r) => r.modules > 0).map((r) => r.downloadMs)),
    retriedRuns: runs.filter((r) => r.attempts > 1).length,
    proxies: [...proxies.values()]
  };
}
__name(trendOf, "trendOf");
var FLAKY_WINDOW = 10;
var FLAKY_MIN_PROBES = 3;
function flakyProxies(runs) {
  return trendOf(runs.slice(-FLAKY_WINDOW)).proxies.filter((p) => p.probes >= FLAKY_MIN_PROBES && p.failures * 2 > p.probes);
}
__name(flakyProxies, "flakyProxies");
var MIN_DECISION_RUNS = 3;
function leanRestore(policy, runs) {
  if (policy === "always") return { restore: true, why: "input 'restore' is 'always'" };
  if (policy === "never") return { restore: false, why: "input 'restore' is 'never'" };
  const ok = runs.filter((r) => !r.failed && r.modules > 0);
  const perModule = /* @__PURE__ */ __name((ms, r) => ms / r.modules, "perModule");
  const restores = ok.filter((r) => r.state === "hit").map((r) => perModule(r.restoreMs + r.downloadMs, r));
  const downloads = ok.filter((r) => r.state === "miss" || r.state === "skipped").map((r) => perModule(r.downloadMs, r));
  if (restores.length < MIN_DECISION_RUNS || downloads.length < MIN_DECISION_RUNS) {
    return {
      restore: true,
      why: `the history has ${restores.length} exact hits and ${downloads.length} full downloads; ${MIN_DECISION_RUNS} of each are needed to compare them`
    };
  }
  const restoreMs = medianFloat(restores);
  const downloadMs = medianFloat(downloads);
  const compared = `restoring took a median ${fmt(restoreMs)} ms per module version over ${restores.length} exact hits, downloading ${fmt(downloadMs)} ms over ${downloads.length} full downloads`;
  return restoreMs > downloadMs ? { restore: false, why: compared } : { restore: true, why: compared };
}
__name(leanRestore, "leanRestore");
function medianFloat(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
__name(medianFloat, "medianFloat");
function fmt(ms) {
  return ms >= 10 ? String(Math.round(ms)) : ms.toFixed(2);
}
__name(fmt, "fmt");
var BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparklines(series) {
  const max = Math.max(0, ...series.flatMap((s) => s.filter((v) => v !== void 0)));
  return series.map(
    (s) => s.map((v) => v === void 0 ? "\u2591" : BARS[max === 0 ? 0 : Math.min(BARS.length - 1, Math.floor(v / max * (BARS.length - 1) + 0.5))]).join("")
  );
}
__name(sparklines, "sparklines");

export {
  trendOf,
  flakyProxies,
  leanRestore,
  sparklines
};
