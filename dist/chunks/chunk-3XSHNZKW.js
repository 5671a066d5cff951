import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  keyHasPrefix
} from "./chunk-D6OYPYWX.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/cache/retention.ts
init_define_ACTION_INPUTS();
function newestFirst(a, b) {
  return b.timeMs - a.timeMs || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);
}
__name(newestFirst, "newestFirst");
function newestMatch(entries, prefix) {
  let best;
  for (const e of entries) {
    if (keyHasPrefix(e.key, prefix) && (best === void 0 || newestFirst(e, best) < 0)) best = e;
  }
  return best;
}
__name(newestMatch, "newestMatch");
function beyondNewest(entries, keep) {
  const ranked = [...entries].sort(newestFirst);
  return ranked.slice(Math.max(1, Math.floor(keep)));
}
__name(beyondNewest, "beyondNewest");

export {
  newestMatch,
  beyondNewest
};
