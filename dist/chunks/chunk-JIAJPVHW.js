import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-VKFSQX2T.js";

// src/cache/observe.ts
init_define_ACTION_INPUTS();
var SIZE = /(?:Cache Size: ~\d+ MB \((\d+) B\)|^::debug::File Size: (\d+))/;
var TIMED_OUT = /* @__PURE__ */ Symbol("timed out");
async function watchCacheLog(fn, timeoutMs) {
  const log = { warnings: [] };
  const write = process.stdout.write.bind(process.stdout);
  let pending = "";
  const patched = /* @__PURE__ */ __name((chunk, ...rest) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    pending += text;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    const out = lines.map((line) => mendLine(line, log)).join("\n") + (lines.length > 0 ? "\n" : "");
    return write(out, ...rest);
  }, "patched");
  process.stdout.write = patched;
  let timer;
  try {
    const limit = new Promise((resolve) => {
      if (timeoutMs !== void 0) timer = setTimeout(resolve, timeoutMs, TIMED_OUT);
    });
    const value = await Promise.race([fn(), limit]);
    return { value, log };
  } finally {
    clearTimeout(timer);
    process.stdout.write = write;
    if (pending !== "") write(mendLine(pending, log));
  }
}
__name(watchCacheLog, "watchCacheLog");
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
