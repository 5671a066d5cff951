import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  envValue,
  lookPath,
  runCommand
} from "./chunk-V4VDJ22K.js";
import {
  isRunnableFile
} from "./chunk-JIV6OQGY.js";
import {
  ActionError,
  errorMessage
} from "./chunk-ZUVU6JQI.js";
import {
  info,
  setSecret,
  warning
} from "./chunk-INF4JTG2.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/private/gitconfig.ts
init_define_ACTION_INPUTS();
import { createHash } from "node:crypto";

// src/private/git.ts
init_define_ACTION_INPUTS();
import path from "node:path";
var MIN_GIT = { major: 2, minor: 30, patch: 0, text: "2.30" };
function parseGitVersion(stdout) {
  const line = stdout.split(/\r?\n/)[0]?.trim() ?? "";
  const m = /^git version ((\d+)\.(\d+)(?:\.(\d+))?\S*(?: .*)?)$/.exec(line);
  if (!m) return void 0;
  return { major: Number(m[2]), minor: Number(m[3]), patch: Number(m[4] ?? 0), text: m[1] };
}
__name(parseGitVersion, "parseGitVersion");
function atLeast(v, min) {
  if (v.major !== min.major) return v.major > min.major;
  if (v.minor !== min.minor) return v.minor > min.minor;
  return v.patch >= min.patch;
}
__name(atLeast, "atLeast");
var REMEDY = "Install git 2.30 or newer before this step, or drop private-token and fetch the private modules through a module proxy that can read them (put it in 'proxies' and set GONOPROXY=none so go asks it).";
function gitProblem(git2) {
  const needs = "private-token needs git 2.30 or newer, which can remove the credential again in the post step (git config --fixed-value)";
  if (git2 === void 0) return `${needs}, and there is no git program on PATH. No credential was written. ${REMEDY}`;
  const version = parseGitVersion(git2.versionOutput);
  if (version === void 0) {
    const said = git2.versionOutput.split(/\r?\n/)[0]?.trim() ?? "";
    return `${needs}, and the version of ${git2.path} is unknown ('git --version' printed '${said}'). No credential was written. ${REMEDY}`;
  }
  if (!atLeast(version, MIN_GIT)) {
    return `${needs}, and ${git2.path} is git ${version.text}. No credential was written. ${REMEDY}`;
  }
  return void 0;
}
__name(gitProblem, "gitProblem");
function posixCandidates(name, pathValue) {
  return pathValue.split(":").filter((dir) => path.posix.isAbsolute(dir)).map((dir) => path.posix.join(dir, name));
}
__name(posixCandidates, "posixCandidates");
function findGit(env = process.env, platform = process.platform, runnable = (file) => isRunnableFile(file, platform)) {
  if (platform !== "win32") return posixCandidates("git", env.PATH ?? "").find(runnable);
  const found = lookPath("git", {
    platform,
    path: envValue(env, "PATH", platform) ?? "",
    pathext: envValue(env, "PATHEXT", platform) ?? "",
    isFile: runnable
  });
  if (found.kind === "found") return found.file;
  if (found.kind === "script") return found.laterExe;
  return void 0;
}
__name(findGit, "findGit");
async function gitForCredentials() {
  const found = findGit();
  let versionOutput = "";
  if (found !== void 0) {
    try {
      const run = await runCommand(found, ["--version"]);
      versionOutput = run.exitCode === 0 ? run.stdout : `${run.stdout}${run.stderr}`.trim() || `nothing, exit ${run.exitCode}`;
    } catch (err) {
      versionOutput = `nothing, it could not run: ${errorMessage(err)}`;
    }
  }
  const problem = gitProblem(found === void 0 ? void 0 : { path: found, versionOutput });
  if (problem !== void 0) throw new ActionError(problem);
  return found;
}
__name(gitForCredentials, "gitForCredentials");

// src/private/gitconfig.ts
function authorizationHeader(user, token) {
  return `Authorization: Basic ${Buffer.from(`${user}:${token}`).toString("base64")}`;
}
__name(authorizationHeader, "authorizationHeader");
function extraHeaderKey(scope) {
  return `http.${scope.url}.extraheader`;
}
__name(extraHeaderKey, "extraHeaderKey");
async function git(command, args) {
  return runCommand(command, args, { env: { GIT_TERMINAL_PROMPT: "0" } });
}
__name(git, "git");
function parseConfigValues(stdout) {
  return stdout.split(/\r?\n/).filter((v) => v !== "");
}
__name(parseConfigValues, "parseConfigValues");
async function addGitCredentials(scopes, user, token, options = {}) {
  const value = authorizationHeader(user, token);
  setSecret(Buffer.from(`${user}:${token}`).toString("base64"));
  const command = options.git ?? "git";
  const records = [];
  for (const scope of scopes) {
    const key = extraHeaderKey(scope);
    const result = await git(command, ["config", "--global", "--add", key, value]);
    if (result.exitCode !== 0) {
      throw new Error(`git config --global --add ${key} failed: ${result.stderr.trim()}`);
    }
    records.push({ key, valueSha256: sha256(value) });
    options.onAdded?.([...records]);
    info(`git sends the private-token to ${scope.url}/\u2026 (pattern ${scope.pattern}).`);
  }
  return records;
}
__name(addGitCredentials, "addGitCredentials");
async function removeGitCredentials(records) {
  if (records.length === 0) return 0;
  const command = findGit();
  if (command === void 0) {
    warning(`No git on PATH: could not remove ${records.map((r) => r.key).join(", ")} from the global git config.`);
    return 0;
  }
  let removed = 0;
  for (const record of records) {
    const current = await git(command, ["config", "--global", "--get-all", record.key]);
    const values = current.exitCode === 0 ? parseConfigValues(current.stdout) : [];
    for (const value of values) {
      if (sha256(value) !== record.valueSha256) continue;
      const unset = await git(command, ["config", "--global", "--fixed-value", "--unset-all", record.key, value]);
      if (unset.exitCode === 0) removed++;
      else warning(`Could not remove ${record.key} from the global git config: ${unset.stderr.trim()}`);
    }
    const section = record.key.slice(0, record.key.lastIndexOf("."));
    const left = await git(command, ["config", "--global", "--get-regexp", `^${escapeRegExp(section)}\\.`]);
    if (left.exitCode !== 0 || left.stdout.trim() === "") {
      await git(command, ["config", "--global", "--remove-section", section]);
    }
  }
  return removed;
}
__name(removeGitCredentials, "removeGitCredentials");
function sha256(s) {
  return createHash("sha256").update(s).digest("hex");
}
__name(sha256, "sha256");
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
__name(escapeRegExp, "escapeRegExp");

export {
  gitForCredentials,
  authorizationHeader,
  extraHeaderKey,
  parseConfigValues,
  addGitCredentials,
  removeGitCredentials
};
