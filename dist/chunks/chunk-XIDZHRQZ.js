import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  capitalize
} from "./chunk-EX3OKT3Z.js";
import {
  errorMessage
} from "./chunk-ZUVU6JQI.js";
import {
  warning
} from "./chunk-INF4JTG2.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/cache/guarded.ts
init_define_ACTION_INPUTS();
var FIRST_LOOKUP_LEAD_MS = 50;
var failures = /* @__PURE__ */ new WeakMap();
function backendFailure(backend) {
  return failures.get(backend)?.();
}
__name(backendFailure, "backendFailure");
function failureWarning(failure) {
  return `${capitalize(failure.why)}; going on without the cache.`;
}
__name(failureWarning, "failureWarning");
function failureOf(name, fetched, timeoutMs) {
  return { why: `${name} ${fetched.outcome === "timeout" ? `did not answer within cache-timeout (${timeoutMs / 1e3} s)` : `failed: ${fetched.why}`}` };
}
__name(failureOf, "failureOf");
function guardBackend(inner, options) {
  const warn = options.warn ?? ((text) => warning(text));
  let failure;
  let answered = false;
  let first;
  let deadline = 0;
  const failedFetch = /* @__PURE__ */ __name((f) => ({ outcome: "service-failed", why: f.why, shown: true }), "failedFetch");
  const fail = /* @__PURE__ */ __name((f, shown) => {
    if (failure === void 0) {
      failure = f;
      if (!shown) warn(failureWarning(f));
    }
    return failedFetch(failure);
  }, "fail");
  const settle = /* @__PURE__ */ __name((fetched) => {
    if (failure !== void 0) return failedFetch(failure);
    if (fetched.outcome === "timeout" || fetched.outcome === "service-failed") {
      return fail(failureOf(inner.name, fetched, options.timeoutMs), fetched.outcome === "service-failed" && fetched.shown === true);
    }
    answered = true;
    return fetched;
  }, "settle");
  const lookup = /* @__PURE__ */ __name(async (entry, primaryKey, restoreKeys, timeoutMs) => {
    try {
      return settle(await inner.restore(entry, primaryKey, restoreKeys, Math.max(0, timeoutMs), options.timeoutMs));
    } catch (err) {
      return fail({ why: `${inner.name} failed: ${errorMessage(err)}` }, false);
    }
  }, "lookup");
  const timedOut = /* @__PURE__ */ __name(() => settle({ outcome: "timeout" }), "timedOut");
  const lookupFirst = /* @__PURE__ */ __name(async (entry, primaryKey, restoreKeys) => {
    const probed = options.probe === void 0 || await options.probe(deadline - performance.now()).catch(() => true);
    if (!probed) return timedOut();
    return lookup(entry, primaryKey, restoreKeys, deadline - FIRST_LOOKUP_LEAD_MS - performance.now());
  }, "lookupFirst");
  const guarded = {
    name: inner.name,
    available: /* @__PURE__ */ __name(() => inner.available(), "available"),
    stagingFile: /* @__PURE__ */ __name((entry) => inner.stagingFile(entry), "stagingFile"),
    discard: /* @__PURE__ */ __name((file) => inner.discard(file), "discard"),
    // The caller's limit is cache-timeout too: the one deadline here takes its place.
    async restore(entry, primaryKey, restoreKeys) {
      if (failure !== void 0) return failedFetch(failure);
      if (answered) return lookup(entry, primaryKey, restoreKeys, options.timeoutMs);
      if (first === void 0) {
        deadline = performance.now() + options.timeoutMs;
        const looking = lookupFirst(entry, primaryKey, restoreKeys);
        first = looking;
        return looking;
      }
      await withinTime(first, deadline - performance.now());
      if (failure !== void 0) return failedFetch(failure);
      if (!answered) return timedOut();
      return lookup(entry, primaryKey, restoreKeys, options.timeoutMs);
    },
    async save(entry, key, archive) {
      if (failure !== void 0) return { saved: false, skipped: `${inner.name} already failed in this job`, failed: false };
      return inner.save(entry, key, archive);
    },
    // Trims follow a save that landed, so the backend answered: nothing to guard.
    ...inner.trim ? { trim: inner.trim.bind(inner) } : {}
  };
  failures.set(guarded, () => failure);
  return guarded;
}
__name(guardBackend, "guardBackend");
var TIMED_OUT = /* @__PURE__ */ Symbol("timed out");
var MAX_TIMER_MS = 2 ** 31 - 1;
async function withinTime(look, ms) {
  const abort = new AbortController();
  const p = typeof look === "function" ? look(abort.signal) : look;
  if (!Number.isFinite(ms)) return p;
  ms = Math.min(Math.max(ms, 0), MAX_TIMER_MS);
  let timer;
  const limit = new Promise((resolve) => {
    timer = setTimeout(() => {
      resolve(TIMED_OUT);
      abort.abort();
    }, ms);
  });
  try {
    return await Promise.race([p, limit]);
  } finally {
    clearTimeout(timer);
  }
}
__name(withinTime, "withinTime");

export {
  backendFailure,
  guardBackend,
  TIMED_OUT,
  withinTime
};
