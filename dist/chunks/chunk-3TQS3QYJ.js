import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addGitCredentials,
  gitForCredentials,
  removeGitCredentials
} from "./chunk-QCIYSIH2.js";
import {
  phase
} from "./chunk-ZFQ2QVJC.js";
import {
  InputError
} from "./chunk-ZUVU6JQI.js";
import {
  host,
  info,
  warning
} from "./chunk-INF4JTG2.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/private/setup.ts
init_define_ACTION_INPUTS();

// src/go/patterns.ts
init_define_ACTION_INPUTS();
var BadPatternError = class extends Error {
  static {
    __name(this, "BadPatternError");
  }
  name = "BadPatternError";
  constructor(pattern) {
    super(`syntax error in pattern ${JSON.stringify(pattern)}`);
  }
};
function matchPrefixPatterns(globs, target) {
  for (const glob of splitGlobs(globs)) {
    const prefix = leadingElements(target, countSlashes(glob) + 1);
    if (prefix === void 0) continue;
    try {
      if (pathMatch(glob, prefix)) return true;
    } catch (err) {
      if (!(err instanceof BadPatternError)) throw err;
    }
  }
  return false;
}
__name(matchPrefixPatterns, "matchPrefixPatterns");
function malformedPatterns(globs) {
  return splitGlobs(globs).filter((glob) => {
    try {
      pathMatch(glob, "");
      return false;
    } catch (err) {
      if (err instanceof BadPatternError) return true;
      throw err;
    }
  });
}
__name(malformedPatterns, "malformedPatterns");
function effectiveGoNoProxy(env) {
  return env.GONOPROXY || env.GOPRIVATE || "";
}
__name(effectiveGoNoProxy, "effectiveGoNoProxy");
function noProxy(modulePath, env) {
  return matchPrefixPatterns(effectiveGoNoProxy(env), modulePath);
}
__name(noProxy, "noProxy");
function splitGlobs(globs) {
  return globs.split(",").map((glob) => glob.endsWith("/") ? glob.slice(0, -1) : glob).filter((glob) => glob !== "");
}
__name(splitGlobs, "splitGlobs");
function countSlashes(s) {
  let n = 0;
  for (const c of s) if (c === "/") n++;
  return n;
}
__name(countSlashes, "countSlashes");
function leadingElements(target, count) {
  let slashesToPass = count - 1;
  for (let i = 0; i < target.length; i++) {
    if (target[i] !== "/") continue;
    if (slashesToPass === 0) return target.slice(0, i);
    slashesToPass--;
  }
  return slashesToPass === 0 ? target : void 0;
}
__name(leadingElements, "leadingElements");
var SLASH = 47;
var STAR = 42;
var QUESTION = 63;
var BACKSLASH = 92;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var CARET = 94;
var DASH = 45;
function pathMatch(pattern, name) {
  try {
    return matchRunes(toRunes(pattern), toRunes(name));
  } catch (err) {
    if (err === MALFORMED) throw new BadPatternError(pattern);
    throw err;
  }
}
__name(pathMatch, "pathMatch");
var MALFORMED = /* @__PURE__ */ Symbol("malformed pattern");
function toRunes(s) {
  return Array.from(s, (c) => c.codePointAt(0));
}
__name(toRunes, "toRunes");
function matchRunes(pattern, name) {
  let rest = pattern;
  let remaining = name;
  nextChunk: while (rest.length > 0) {
    const { star, chunk, after } = scanChunk(rest);
    rest = after;
    if (star && chunk.length === 0) return !remaining.includes(SLASH);
    const here = matchChunk(chunk, remaining);
    if (here !== void 0 && (here.length === 0 || rest.length > 0)) {
      remaining = here;
      continue;
    }
    if (star) {
      for (let i = 0; i < remaining.length && remaining[i] !== SLASH; i++) {
        const after2 = matchChunk(chunk, remaining.slice(i + 1));
        if (after2 === void 0) continue;
        if (rest.length === 0 && after2.length > 0) continue;
        remaining = after2;
        continue nextChunk;
      }
    }
    while (rest.length > 0) {
      const next = scanChunk(rest);
      rest = next.after;
      matchChunk(next.chunk, []);
    }
    return false;
  }
  return remaining.length === 0;
}
__name(matchRunes, "matchRunes");
function scanChunk(pattern) {
  let start = 0;
  while (start < pattern.length && pattern[start] === STAR) start++;
  const star = start > 0;
  let inClass = false;
  for (let i = start; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === BACKSLASH) {
      if (i + 1 < pattern.length) i++;
    } else if (c === OPEN_BRACKET) {
      inClass = true;
    } else if (c === CLOSE_BRACKET) {
      inClass = false;
    } else if (c === STAR && !inClass) {
      return { star, chunk: pattern.slice(start, i), after: pattern.slice(i) };
    }
  }
  return { star, chunk: pattern.slice(start), after: [] };
}
__name(scanChunk, "scanChunk");
function matchChunk(chunk, s) {
  let ci = 0;
  let si = 0;
  let failed = false;
  while (ci < chunk.length) {
    failed = failed || si >= s.length;
    const c = chunk[ci];
    if (c === OPEN_BRACKET) {
      const r = failed ? -1 : s[si++];
      const cls = matchClass(chunk, ci + 1, r);
      ci = cls.next;
      failed = failed || !cls.matched;
    } else if (c === QUESTION) {
      if (!failed) failed = s[si++] === SLASH;
      ci++;
    } else {
      if (c === BACKSLASH) {
        ci++;
        if (ci >= chunk.length) throw MALFORMED;
      }
      if (!failed) failed = chunk[ci] !== s[si++];
      ci++;
    }
  }
  return failed ? void 0 : s.slice(si);
}
__name(matchChunk, "matchChunk");
function matchClass(chunk, start, r) {
  let i = start;
  let negated = false;
  if (i < chunk.length && chunk[i] === CARET) {
    negated = true;
    i++;
  }
  let inRange = false;
  let ranges = 0;
  for (; ; ) {
    if (i < chunk.length && chunk[i] === CLOSE_BRACKET && ranges > 0) {
      i++;
      break;
    }
    const lo = classChar(chunk, i);
    let hi = lo;
    i = lo.next;
    if (chunk[i] === DASH) {
      hi = classChar(chunk, i + 1);
      i = hi.next;
    }
    inRange = inRange || lo.rune <= r && r <= hi.rune;
    ranges++;
  }
  return { matched: inRange !== negated, next: i };
}
__name(matchClass, "matchClass");
function classChar(chunk, start) {
  let i = start;
  if (i >= chunk.length || chunk[i] === DASH || chunk[i] === CLOSE_BRACKET) throw MALFORMED;
  if (chunk[i] === BACKSLASH) {
    i++;
    if (i >= chunk.length) throw MALFORMED;
  }
  const rune = chunk[i];
  i++;
  if (i >= chunk.length) throw MALFORMED;
  return { rune, next: i };
}
__name(classChar, "classChar");

// src/private/scopes.ts
init_define_ACTION_INPUTS();
var GLOB = /[*?[\\]/;
function parsePatterns(value) {
  return value.split(/[,\n]/).map((p) => p.trim().replace(/\/+$/, "")).filter((p) => p !== "" && !p.startsWith("#"));
}
__name(parsePatterns, "parsePatterns");
function tokenScopes(patterns) {
  const scopes = [];
  const unscoped = [];
  for (const pattern of patterns) {
    const elements = pattern.split("/").filter((e) => e !== "");
    const host2 = elements[0] ?? "";
    if (host2 === "" || GLOB.test(host2)) {
      unscoped.push(pattern);
      continue;
    }
    const literal = [];
    for (const e of elements) {
      if (GLOB.test(e)) break;
      literal.push(e);
    }
    const prefix = literal.join("/");
    if (!scopes.some((s) => s.prefix === prefix)) {
      scopes.push({ pattern, host: host2.toLowerCase(), prefix, url: `https://${prefix}` });
    }
  }
  const widest = scopes.filter(
    (s) => !scopes.some((o) => o !== s && (s.prefix === o.prefix ? false : s.prefix.startsWith(`${o.prefix}/`)))
  );
  return { scopes: widest, unscoped };
}
__name(tokenScopes, "tokenScopes");
function mergePatternList(existing, added) {
  const list = existing.split(",").map((p) => p.trim()).filter((p) => p !== "");
  for (const p of added) if (!list.includes(p)) list.push(p);
  return list.join(",");
}
__name(mergePatternList, "mergePatternList");

// src/private/setup.ts
async function setupPrivateModules(options, goEnv, keep) {
  const userSet = /* @__PURE__ */ __name((name) => process.env[name] ?? "", "userSet");
  const patterns = options.patterns;
  if (patterns.length === 0) {
    if (options.token !== "") {
      warning("Input 'private-token' is set but 'private' is empty: the token is not used. List your private module paths in 'private', such as github.com/acme/*.");
    }
    return { env: { GOPRIVATE: goEnv.GOPRIVATE, GONOPROXY: userSet("GONOPROXY"), GONOSUMDB: userSet("GONOSUMDB") }, records: [] };
  }
  const bad = malformedPatterns(patterns.join(","));
  if (bad.length > 0) {
    throw new InputError(
      `Input 'private' has the malformed pattern(s) ${bad.map((b) => `'${b}'`).join(", ")}; expected module path patterns such as github.com/acme/* or git.corp.example.com, separated by commas or new lines.`
    );
  }
  const goprivate = mergePatternList(goEnv.GOPRIVATE, patterns);
  host().exportVariable("GOPRIVATE", goprivate);
  info(`GOPRIVATE=${goprivate}`);
  for (const name of ["GONOPROXY", "GONOSUMDB"]) {
    if (userSet(name) !== "") info(`${name} is set (${userSet(name)}) and is left as it is; it does not follow GOPRIVATE.`);
  }
  const { scopes, unscoped } = tokenScopes(patterns);
  let records = [];
  if (options.token !== "") {
    for (const pattern of unscoped) {
      warning(
        `The private pattern '${pattern}' has a wildcard in its host, so private-token cannot be scoped to it and is not sent there. Use a pattern with an exact host (such as git.corp.example.com/*), or configure git credentials for those hosts yourself.`
      );
    }
    if (scopes.length > 0) {
      const git = await gitForCredentials();
      records = await addGitCredentials(scopes, options.user, options.token, { git, onAdded: keep });
    }
  } else {
    info("No private-token: git fetches private modules with whatever credentials the runner already has.");
  }
  return { env: { GOPRIVATE: goprivate, GONOPROXY: userSet("GONOPROXY"), GONOSUMDB: userSet("GONOSUMDB") }, records };
}
__name(setupPrivateModules, "setupPrivateModules");
async function removePrivateCredentials(records) {
  await phase("Remove private-module credentials", async () => {
    const removed = await removeGitCredentials(records);
    info(`Removed ${removed} credential entr${removed === 1 ? "y" : "ies"} from the global git config.`);
  });
}
__name(removePrivateCredentials, "removePrivateCredentials");

export {
  matchPrefixPatterns,
  noProxy,
  parsePatterns,
  setupPrivateModules,
  removePrivateCredentials
};
