import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addGitCredentials,
  gitForCredentials,
  removeGitCredentials
} from "./chunk-N7FBDKPE.js";
import {
  malformedPatterns
} from "./chunk-OX5Z6XNP.js";
import {
  phase
} from "./chunk-Y66GKXL4.js";
import {
  GIT_CREDENTIALS_STATE
} from "./chunk-QUMZ6I7R.js";
import {
  InputError
} from "./chunk-FIPBAXT2.js";
import {
  exportVariable,
  info,
  saveState,
  warning
} from "./chunk-AXBWWCAH.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-7K4M562Z.js";

// src/private/setup.ts
init_define_ACTION_INPUTS();

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
    const host = elements[0] ?? "";
    if (host === "" || GLOB.test(host)) {
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
      scopes.push({ pattern, host: host.toLowerCase(), prefix, url: `https://${prefix}` });
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
async function setupPrivateModules(options, goEnv) {
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
  exportVariable("GOPRIVATE", goprivate);
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
      records = await addGitCredentials(scopes, options.user, options.token, {
        git,
        onAdded: /* @__PURE__ */ __name((added) => saveState(GIT_CREDENTIALS_STATE, JSON.stringify(added)), "onAdded")
      });
    }
  } else {
    info("No private-token: git fetches private modules with whatever credentials the runner already has.");
  }
  return { env: { GOPRIVATE: goprivate, GONOPROXY: userSet("GONOPROXY"), GONOSUMDB: userSet("GONOSUMDB") }, records };
}
__name(setupPrivateModules, "setupPrivateModules");
async function removePrivateCredentials(saved) {
  if (saved === "") return;
  await phase("Remove private-module credentials", async () => {
    const removed = await removeGitCredentials(JSON.parse(saved));
    info(`Removed ${removed} credential entr${removed === 1 ? "y" : "ies"} from the global git config.`);
  });
}
__name(removePrivateCredentials, "removePrivateCredentials");

export {
  parsePatterns,
  setupPrivateModules,
  removePrivateCredentials
};
