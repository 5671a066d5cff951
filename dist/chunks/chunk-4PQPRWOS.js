import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

// src/cache/observe.ts
init_define_ACTION_INPUTS();
var ATTEMPT_FAILED = /^::debug::.* - Attempt \d+ of \d+ failed with error: (.*?)\r?$/;
var SIZE = /(?:Cache Size: ~\d+ MB \((\d+) B\)|^::debug::File Size: (\d+))/;
var TIMED_OUT = /* @__PURE__ */ Symbol("timed out");
async function watchCacheLog(fn, timeoutMs, options = {}) {
  const log = { warnings: [] };
  const write = process.stdout.write.bind(process.stdout);
  let pending = "";
  let mode = "mend";
  const treat = /* @__PURE__ */ __name((line) => {
    if (mode !== "mend") return quietLine(line);
    if (!options.quiet) return mendLine(line, log);
    const attempt = ATTEMPT_FAILED.exec(line)?.[1];
    if (attempt !== void 0) {
      ;
      (log.attemptErrors ??= []).push(attempt);
      if (options.giveUpOn?.(attempt)) giveUp();
    }
    const quiet = quietLine(line);
    if (quiet !== line) log.warnings.push(quiet.slice("::debug::".length).replace(/\r$/, ""));
    return quiet;
  }, "treat");
  const patched = /* @__PURE__ */ __name((chunk, ...rest) => {
    if (mode === "pass") return write(chunk, ...rest);
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    pending += text;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    const out = lines.map(treat).join("\n") + (lines.length > 0 ? "\n" : "");
    return write(out, ...rest);
  }, "patched");
  process.stdout.write = patched;
  const stopWatching = /* @__PURE__ */ __name(() => {
    if (pending !== "") write(treat(pending));
    pending = "";
    if (process.stdout.write === patched) process.stdout.write = write;
    mode = "pass";
  }, "stopWatching");
  let timer;
  let abandoned = false;
  let giveUp = /* @__PURE__ */ __name(() => {
  }, "giveUp");
  try {
    const limit = new Promise((resolve) => {
      giveUp = /* @__PURE__ */ __name(() => resolve(TIMED_OUT), "giveUp");
      if (timeoutMs !== void 0) timer = setTimeout(resolve, timeoutMs, TIMED_OUT);
    });
    const running = fn();
    const value = await Promise.race([running, limit]);
    if (value === TIMED_OUT) {
      abandoned = true;
      mode = "quiet";
      running.then(stopWatching, stopWatching);
    }
    return { value, log };
  } finally {
    clearTimeout(timer);
    if (!abandoned) stopWatching();
  }
}
__name(watchCacheLog, "watchCacheLog");
function quietLine(line) {
  return /^::(error|warning)[^:]*::Failed to (restore|save)/.test(line) ? `::debug::${line.slice(line.indexOf("::", 2) + 2)}` : line;
}
__name(quietLine, "quietLine");
function mendLine(line, log) {
  const size = SIZE.exec(line);
  if (size) log.sizeBytes = Number(size[1] ?? size[2]);
  let mended = line;
  if (/^::error[^:]*::Failed to (restore|save)/.test(mended)) mended = `::warning${mended.slice("::error".length)}`;
  if (mended.startsWith("::warning")) log.warnings.push(mended.slice(mended.indexOf("::", 2) + 2).replace(/\r$/, ""));
  return mended;
}
__name(mendLine, "mendLine");

export {
  TIMED_OUT,
  watchCacheLog
};
