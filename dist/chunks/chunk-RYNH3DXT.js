import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/cache/retention.ts
init_define_ACTION_INPUTS();
function beyondNewest(entries, keep) {
  const ranked = [...entries].sort((a, b) => b.timeMs - a.timeMs || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  return ranked.slice(Math.max(1, Math.floor(keep)));
}
__name(beyondNewest, "beyondNewest");

export {
  beyondNewest
};
