import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

// src/cache/policy.ts
init_define_ACTION_INPUTS();
var BRANCH_SCOPED_EVENTS = ["pull_request", "pull_request_target", "merge_group"];
function reasonNotToSave(d) {
  if (d.state === "disabled") return "the cache service is not configured for this job";
  if (d.serviceFailed) return "the cache service already failed in this job";
  if (d.state === "hit") return "the restore was an exact hit";
  if (d.state === "preexisting") return "GOMODCACHE had content before this step, which is not ours to save";
  if (d.policy === "never") return "input 'save' is 'never'";
  if (d.policy === "auto" && BRANCH_SCOPED_EVENTS.includes(d.eventName)) {
    return `input 'save' is 'auto' and this is a ${d.eventName} event`;
  }
  if (d.cacheEmpty) return "the module cache is empty (no requirements)";
  if (d.noneVouched) return "go.sum vouches for none of the module versions";
  return void 0;
}
__name(reasonNotToSave, "reasonNotToSave");
function shouldVerify(policy, state) {
  if (policy === "never") return false;
  if (policy === "always") return state === "hit" || state === "partial" || state === "preexisting";
  return state === "partial" || state === "preexisting";
}
__name(shouldVerify, "shouldVerify");

export {
  BRANCH_SCOPED_EVENTS,
  reasonNotToSave,
  shouldVerify
};
