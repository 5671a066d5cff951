import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError
} from "./chunk-ZUVU6JQI.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/cache/key.ts
init_define_ACTION_INPUTS();
import { createHash } from "node:crypto";
function computeCacheKeys(inputs) {
  const hash = hashFiles(inputs.files);
  const base = `${inputs.prefix}-${inputs.runnerOs}-${inputs.runnerArch}-`;
  return { primaryKey: `${base}${hash}`, restoreKeys: [base], hash };
}
__name(computeCacheKeys, "computeCacheKeys");
function hashFiles(files) {
  const sha = createHash("sha256");
  const sorted = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const file of sorted) {
    sha.update(`${file.path}\0${file.content.length}\0`);
    sha.update(file.content);
  }
  return sha.digest("hex");
}
__name(hashFiles, "hashFiles");
var MAX_KEY_LENGTH = 512;
function assertKeyLengths(prefix, keys) {
  const longest = keys.reduce((a, b) => b.length > a.length ? b : a, "");
  if (longest.length <= MAX_KEY_LENGTH) return;
  const room = MAX_KEY_LENGTH - (longest.length - prefix.length);
  throw new InputError(
    `Input 'key-prefix' (${prefix.length} characters) makes the cache key ${longest.length} characters long; the cache service allows at most ${MAX_KEY_LENGTH}. Expected a key-prefix of at most ${Math.max(room, 1)} characters, such as 'go-mod'.`
  );
}
__name(assertKeyLengths, "assertKeyLengths");
function foldKey(key) {
  return key.toLowerCase();
}
__name(foldKey, "foldKey");
function sameKey(a, b) {
  return foldKey(a) === foldKey(b);
}
__name(sameKey, "sameKey");
function keyHasPrefix(key, prefix) {
  return foldKey(key).startsWith(foldKey(prefix));
}
__name(keyHasPrefix, "keyHasPrefix");

export {
  computeCacheKeys,
  MAX_KEY_LENGTH,
  assertKeyLengths,
  foldKey,
  sameKey,
  keyHasPrefix
};
