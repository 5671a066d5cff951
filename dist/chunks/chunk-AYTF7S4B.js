import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  errorMessage
} from "./chunk-ZUVU6JQI.js";
import {
  host,
  warning
} from "./chunk-INF4JTG2.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/report/publish.ts
init_define_ACTION_INPUTS();
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// src/report/metrics.ts
init_define_ACTION_INPUTS();
function newMetrics() {
  return {
    schemaVersion: 1,
    go: { version: "", os: "", arch: "" },
    cache: {
      backend: "",
      layout: "",
      primaryKey: "",
      restoreKeys: [],
      matchedKey: "",
      hit: false,
      state: "",
      restoreMs: 0,
      extractMs: 0,
      sizeBytes: 0,
      files: 0,
      pruned: 0,
      verify: "",
      saved: false,
      saveSkipped: "",
      saveMs: 0,
      saveMode: "",
      restoreSkipped: ""
    },
    proxy: {
      probeMs: 0,
      goproxy: "",
      selected: "",
      fallbackUsed: false,
      report: [],
      problems: [],
      noneHealthy: false,
      sumdb: ""
    },
    toolchain: { gotoolchain: "", local: "", required: "", reason: "", version: "", source: "", ms: 0, attempts: [] },
    download: { roots: [], modules: 0, ms: 0, attempts: [] },
    history: { status: "", runs: 0, cacheHitRate: 0, medianRestoreMs: 0, medianDownloadMs: 0, retriedRuns: 0, proxies: [], recent: [] },
    offline: false,
    totalMs: 0,
    error: ""
  };
}
__name(newMetrics, "newMetrics");

// src/report/outputs.ts
init_define_ACTION_INPUTS();
function renderOutputs(m, metricsFile = "") {
  return {
    "cache-hit": String(m.cache.hit),
    "cache-matched-key": m.cache.matchedKey,
    "cache-primary-key": m.cache.primaryKey,
    "cache-state": m.cache.state,
    "cache-size-bytes": String(m.cache.sizeBytes),
    "cache-files": String(m.cache.files),
    pruned: String(m.cache.pruned),
    "restore-ms": String(m.cache.restoreMs),
    "download-ms": String(m.download.ms),
    "save-ms": String(m.cache.saveMs),
    "total-ms": String(m.totalMs),
    modules: String(m.download.modules),
    goproxy: m.proxy.goproxy,
    "proxy-selected": m.proxy.selected,
    "fallback-used": String(m.proxy.fallbackUsed),
    "probe-ms": String(m.proxy.probeMs),
    "download-attempts": String(m.download.attempts.length),
    offline: String(m.offline),
    "go-version": m.toolchain.version,
    "toolchain-source": m.toolchain.source,
    "toolchain-ms": String(m.toolchain.ms),
    "history-runs": String(m.history.runs),
    "cache-hit-rate": m.history.runs === 0 ? "" : String(m.history.cacheHitRate),
    metrics: JSON.stringify(m),
    "metrics-file": metricsFile,
    "proxy-report": JSON.stringify(
      m.proxy.report.map((r) => ({
        url: r.url,
        class: r.class,
        latencyMs: r.latencyMs,
        verified: r.verified,
        sumdb: r.sumdb
      }))
    )
  };
}
__name(renderOutputs, "renderOutputs");

// src/report/summary.ts
init_define_ACTION_INPUTS();

// src/report/hints.ts
init_define_ACTION_INPUTS();
function hints(m) {
  const out = [];
  for (const p of m.proxy.problems) {
    const what = p.dropped ? "dropped from the chain" : "kept, though unhealthy";
    out.push(`${p.url} (${p.role}) ${what}: ${p.class}${p.detail ? ` (${p.detail})` : ""}. Fix: ${p.fix}.`);
  }
  if (m.proxy.noneHealthy) {
    out.push(
      "No proxy answered the probe correctly; the configured chain was kept in case the failure is transient. Check the runner network, HTTPS_PROXY, and the proxies above."
    );
  }
  if (m.proxy.sumdb === "unreachable") {
    out.push(
      "The checksum database is reachable neither directly nor through a healthy proxy: go will fail to verify new modules. Allow access to it, use a proxy that serves /sumdb/, or list private modules in `private`."
    );
  }
  const t = m.toolchain;
  for (const a of t.attempts.filter((a2) => a2.outcome !== "ok")) {
    out.push(`${a.source} did not deliver the toolchain ${t.required}: ${a.class || a.outcome}${a.detail ? ` (${a.detail})` : ""}.`);
  }
  if (t.required !== "" && t.source === "local" && m.error === "") {
    out.push(
      `${t.reason}; later steps run go ${t.local}. Fix: install ${t.required} with actions/setup-go, or let go switch (GOTOOLCHAIN=auto).`
    );
  }
  for (const a of m.download.attempts) {
    for (const d of a.dropped) out.push(`${d.url} left the chain during the download: ${d.reason}.`);
  }
  if (m.cache.state === "unavailable") {
    out.push("The Actions cache service failed in this job: modules were downloaded without it and nothing was saved. Raise cache-timeout if the service is only slow.");
  }
  if (m.cache.verify === "mismatch") {
    out.push("go mod verify found modified files in the restored module cache: it was thrown away, the modules were downloaded afresh, and the bad content was not saved.");
  }
  return out;
}
__name(hints, "hints");

// src/report/sparklines.ts
init_define_ACTION_INPUTS();
var BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparklines(series) {
  const max = Math.max(0, ...series.flatMap((s) => s.filter((v) => v !== void 0)));
  return series.map(
    (s) => s.map((v) => v === void 0 ? "\u2591" : BARS[max === 0 ? 0 : Math.min(BARS.length - 1, Math.floor(v / max * (BARS.length - 1) + 0.5))]).join("")
  );
}
__name(sparklines, "sparklines");

// src/report/summary.ts
function renderSummary(m) {
  const lines = ["## go-mod-precache", ""];
  if (m.error !== "") lines.push(`**Failed:** ${cell(firstLine(m.error))}`, "");
  lines.push(
    "### Cache",
    "",
    "| key | state | restore | save |",
    "| --- | --- | --- | --- |",
    `| ${code(m.cache.primaryKey)} | ${cacheState(m)} | ${m.cache.restoreMs} ms | ${saveCell(m)} |`,
    ""
  );
  if (m.proxy.report.length > 0) {
    lines.push(
      "### Proxies",
      "",
      `Probed in ${m.proxy.probeMs} ms. Chain: ${code(m.proxy.goproxy)}`,
      "",
      "| proxy | role | result | latency | verified | sumdb |",
      "| --- | --- | --- | --- | --- | --- |"
    );
    for (const r of m.proxy.report) {
      const sumdb = r.sumdb === null ? "" : r.sumdb ? "yes" : "no";
      lines.push(
        `| ${code(r.url)} | ${r.role} | ${cell(r.class)} | ${r.class === "ok" ? `${r.latencyMs} ms` : ""} | ${r.verified ? "yes" : "no"} | ${sumdb} |`
      );
    }
    lines.push("");
  }
  if (m.toolchain.required !== "") {
    const t = m.toolchain;
    const from = t.source === "local" ? `kept go ${t.local}` : `${t.version} from ${code(t.source)} in ${t.ms} ms`;
    lines.push("### Toolchain", "", `${cell(t.reason)}: ${from}.`, "");
  }
  lines.push(
    "### Download",
    "",
    "| attempts | modules | roots | time |",
    "| --- | --- | --- | --- |",
    `| ${m.download.attempts.length} | ${m.download.modules} | ${m.download.roots.map(code).join(" ")} | ${m.download.ms} ms |`,
    ""
  );
  const found = hints(m);
  if (found.length > 0) {
    lines.push("### Hints", "");
    for (const h of found) lines.push(`- ${cell(h)}`);
    lines.push("");
  }
  lines.push(...renderTrend(m));
  lines.push(`Total: ${m.totalMs} ms with ${cell(m.go.version)} on ${m.go.os}/${m.go.arch}.`, "");
  return lines.join("\n");
}
__name(renderSummary, "renderSummary");
function renderTrend(m) {
  const h = m.history;
  if (h.status === "" || h.status === "disabled") return [];
  const lines = ["### Trend", ""];
  if (h.runs === 0) {
    lines.push("This is the first run of the history.", "");
    return lines;
  }
  lines.push(
    `Over the ${h.runs} earlier run${h.runs === 1 ? "" : "s"}: exact hits ${Math.round(h.cacheHitRate * 100)}%, median restore ${h.medianRestoreMs} ms, median download ${h.medianDownloadMs} ms, ${h.retriedRuns} retried.`,
    ""
  );
  const restored = /* @__PURE__ */ __name((r) => r.state === "hit" || r.state === "partial", "restored");
  const [restore, download] = sparklines([
    h.recent.map((r) => restored(r) ? r.restoreMs : void 0),
    h.recent.map((r) => r.downloadMs)
  ]);
  const max = Math.max(0, ...h.recent.flatMap((r) => [restored(r) ? r.restoreMs : 0, r.downloadMs]));
  const last = h.recent.at(-1);
  lines.push(
    `| last ${h.recent.length} runs, oldest first | time on one scale (tallest bar ${max} ms); \u2591 no restore | median | this run |`,
    "| --- | --- | --- | --- |",
    `| restore | ${restore} | ${h.medianRestoreMs} ms | ${last && restored(last) ? `${last.restoreMs} ms` : "\u2013"} |`,
    `| download | ${download} | ${h.medianDownloadMs} ms | ${last ? `${last.downloadMs} ms` : ""} |`,
    ""
  );
  const failing = h.proxies.filter((p) => p.failures > 0);
  for (const p of failing) lines.push(`- Proxy ${code(p.url)} failed the probe in ${p.failures} of ${p.probes} runs.`);
  if (failing.length > 0) lines.push("");
  return lines;
}
__name(renderTrend, "renderTrend");
function cacheState(m) {
  const size = m.cache.sizeBytes > 0 ? `, ${(m.cache.sizeBytes / 1048576).toFixed(1)} MiB` : "";
  const pruned = m.cache.pruned > 0 ? `, ${m.cache.pruned} pruned` : "";
  if (m.cache.state === "partial") return `partial (${code(m.cache.matchedKey)})${size}${pruned}`;
  if (m.cache.state === "skipped") return `skipped: ${cell(m.cache.restoreSkipped)}${size}${pruned}`;
  return `${m.cache.state || "miss"}${size}${pruned}`;
}
__name(cacheState, "cacheState");
function renderSaveSummary(m) {
  const size = m.cache.sizeBytes > 0 ? ` (${(m.cache.sizeBytes / 1048576).toFixed(1)} MiB)` : "";
  const outcome = m.cache.saved ? `saved as ${code(m.cache.primaryKey)} in ${m.cache.saveMs} ms${size}` : `not saved: ${cell(m.cache.saveSkipped)}`;
  return ["### Module cache save", "", `In the background, while the job ran: ${outcome}.`, ""].join("\n");
}
__name(renderSaveSummary, "renderSaveSummary");
function saveCell(m) {
  if (m.cache.saveMode === "background" && !m.cache.saved && m.cache.saveSkipped === "") return "in the background (see below)";
  if (m.cache.saved) return `saved in ${m.cache.saveMs} ms`;
  return m.cache.saveSkipped === "" ? "not saved" : `skipped: ${cell(m.cache.saveSkipped)}`;
}
__name(saveCell, "saveCell");
function firstLine(s) {
  return s.split(/\r?\n/)[0] ?? "";
}
__name(firstLine, "firstLine");
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
__name(cell, "cell");
function code(s) {
  return s === "" ? "" : `\`${cell(s).replace(/`/g, "'")}\``;
}
__name(code, "code");

// src/report/publish.ts
function defaultMetricsFile(temp = host().runner().temp, p = path) {
  return temp ? p.join(temp, "go-mod-precache", "metrics.json") : "";
}
__name(defaultMetricsFile, "defaultMetricsFile");
async function publishReport(metrics, options) {
  let metricsFile = options.metricsFile;
  if (metricsFile !== "") {
    try {
      await mkdir(path.dirname(metricsFile), { recursive: true });
      await writeFile(metricsFile, `${JSON.stringify(metrics, null, 2)}
`);
    } catch (err) {
      warning(`Could not write the metrics file ${metricsFile}: ${errorMessage(err)}`);
      metricsFile = "";
    }
  }
  for (const [name, value] of Object.entries(renderOutputs(metrics, metricsFile))) host().setOutput(name, value);
  if (!options.summary || !host().hasSummary()) return;
  try {
    await host().writeSummary(renderSummary(metrics));
  } catch (err) {
    warning(`Could not write the job summary: ${errorMessage(err)}`);
  }
}
__name(publishReport, "publishReport");
async function completeReport(options, update) {
  let metrics;
  if (options.metricsFile !== "") {
    try {
      metrics = JSON.parse(await readFile(options.metricsFile, "utf8"));
      update(metrics);
      await writeFile(options.metricsFile, `${JSON.stringify(metrics, null, 2)}
`);
    } catch (err) {
      warning(`Could not complete the metrics file ${options.metricsFile}: ${errorMessage(err)}`);
      metrics = void 0;
    }
  }
  if (metrics === void 0) {
    metrics = newMetrics();
    update(metrics);
  }
  if (!options.summary || !host().hasSummary()) return;
  try {
    await host().writeSummary(renderSaveSummary(metrics));
  } catch (err) {
    warning(`Could not write the job summary: ${errorMessage(err)}`);
  }
}
__name(completeReport, "completeReport");

export {
  newMetrics,
  defaultMetricsFile,
  publishReport,
  completeReport
};
