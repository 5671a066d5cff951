import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  removePrivateCredentials
} from "./chunk-3TQS3QYJ.js";
import "./chunk-QCIYSIH2.js";
import "./chunk-V4VDJ22K.js";
import "./chunk-ZFQ2QVJC.js";
import {
  GIT_CREDENTIALS_STATE
} from "./chunk-2ESYU22P.js";
import {
  startedSavesRunning,
  stopStartedSaves
} from "./chunk-W2G2VN32.js";
import "./chunk-Q77CXZWK.js";
import "./chunk-KQXQGJBP.js";
import "./chunk-HARHAMGK.js";
import "./chunk-YSGDQK2H.js";
import "./chunk-JIV6OQGY.js";
import {
  errorMessage
} from "./chunk-ZUVU6JQI.js";
import {
  readRunnerContext,
  warning
} from "./chunk-INF4JTG2.js";
import {
  __name,
  define_ACTION_INPUTS_default,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/cli.ts
init_define_ACTION_INPUTS();
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile as writeFile2 } from "node:fs/promises";
import os2 from "node:os";
import path4 from "node:path";
import { parseArgs } from "node:util";

// src/cli/env.ts
init_define_ACTION_INPUTS();
function envNameOf(input) {
  return `GO_MOD_PRECACHE_${input.toUpperCase().replace(/-/g, "_")}`;
}
__name(envNameOf, "envNameOf");
function resolveInputs(specs, flags, env) {
  const out = {};
  for (const spec of specs) out[spec.name] = flags[spec.name] ?? env[envNameOf(spec.name)] ?? spec.default;
  return out;
}
__name(resolveInputs, "resolveInputs");
function pathValue(added, current, delimiter) {
  return [...[...added].reverse(), ...current === "" ? [] : [current]].join(delimiter);
}
__name(pathValue, "pathValue");
function shellQuote(value) {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
__name(shellQuote, "shellQuote");
function exportLines(vars, paths, delimiter = ":") {
  const lines2 = Object.entries(vars).filter(([name]) => name !== "PATH").map(([name, value]) => `export ${name}=${shellQuote(value)}`);
  if (paths.length > 0) lines2.push(`export PATH=${shellQuote(pathValue(paths, "", delimiter) + delimiter)}"$PATH"`);
  return lines2;
}
__name(exportLines, "exportLines");
function dotenvLines(vars, paths, currentPath, delimiter = ":") {
  const lines2 = Object.entries(vars).filter(([name]) => name !== "PATH").map(([name, value]) => `${name}=${value.replace(/\r?\n/g, " ")}`);
  if (paths.length > 0) lines2.push(`PATH=${pathValue(paths, currentPath, delimiter)}`);
  return lines2;
}
__name(dotenvLines, "dotenvLines");
function ciEvent(env) {
  if (env.GITHUB_EVENT_NAME) return env.GITHUB_EVENT_NAME;
  if (env.CI_PIPELINE_SOURCE === "merge_request_event" || env.CI_MERGE_REQUEST_IID) return "pull_request";
  if (env.BUILDKITE_PULL_REQUEST && env.BUILDKITE_PULL_REQUEST !== "false") return "pull_request";
  if (env.CHANGE_ID) return "pull_request";
  return "push";
}
__name(ciEvent, "ciEvent");
function helpText(specs, width = 100) {
  const lines2 = [
    "Usage: go-mod-precache [flags]            restore, probe, download and save the Go module cache",
    "       go-mod-precache cleanup            remove credentials kept with --keep-credentials",
    "",
    "Command flags:",
    "  --print-env             print the variables for later commands as shell export lines on standard output",
    '                          (eval "$(go-mod-precache --print-env)"); everything else goes to standard error',
    "  --export-file FILE      write them as KEY=VALUE lines (GitLab artifacts:reports:dotenv)",
    "  --keep-credentials      leave the private-token in the git config for later commands;",
    "                          remove it with go-mod-precache cleanup",
    "  --debug                 print debug lines too",
    "  --help                  this text",
    "",
    "Pipeline flags (the action's inputs; each also read from GO_MOD_PRECACHE_<NAME>):"
  ];
  for (const spec of specs) {
    const head = `  --${spec.name}${spec.default === "" ? "" : ` (default: ${spec.default})`}`;
    lines2.push(head);
    const words = spec.description.replace(/\s+/g, " ").trim().split(" ");
    let line = "      ";
    for (const word of words) {
      if (line.length + word.length + 1 > width && line.trim() !== "") {
        lines2.push(line.trimEnd());
        line = "      ";
      }
      line += `${word} `;
    }
    if (line.trim() !== "") lines2.push(line.trimEnd());
  }
  return `${lines2.join("\n")}
`;
}
__name(helpText, "helpText");

// src/cli/progress.ts
init_define_ACTION_INPUTS();
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
function progressLine(p) {
  const count = p.total > 0 && p.done <= p.total ? `${p.done} of ${p.total}` : `${p.done}`;
  const elapsed = p.elapsedMs === void 0 ? "" : `, ${formatElapsed(p.elapsedMs)}`;
  return `downloading modules: ${count} (${formatBytes(p.bytes)}${elapsed})`;
}
__name(progressLine, "progressLine");
function formatBytes(n) {
  if (n < 1e3) return `${n} B`;
  const units = ["kB", "MB", "GB"];
  let i = 0;
  while (i < units.length - 1 && Math.round(n / 1e3 ** (i + 1) * 10) >= 1e4) i++;
  return `${(n / 1e3 ** (i + 1)).toFixed(1)} ${units[i]}`;
}
__name(formatBytes, "formatBytes");
function formatElapsed(ms) {
  const s = Math.max(0, Math.floor(ms / 1e3));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
__name(formatElapsed, "formatElapsed");
async function countDownloaded(modCache) {
  try {
    const entries = await readdir(path.join(modCache, "cache", "download"), { withFileTypes: true, recursive: true });
    const zips = entries.filter((e) => e.isFile() && e.name.endsWith(".zip"));
    const sizes = await Promise.all(zips.map((e) => stat(path.join(e.parentPath, e.name)).then((s) => s.size, () => void 0)));
    const found = sizes.filter((s) => s !== void 0);
    return { done: found.length, bytes: found.reduce((a, b) => a + b, 0) };
  } catch {
    return { done: 0, bytes: 0 };
  }
}
__name(countDownloaded, "countDownloaded");
function zipCountOf(goSumText) {
  const zips = /* @__PURE__ */ new Set();
  for (const line of goSumText.split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f.length === 3 && !f[1].endsWith("/go.mod")) zips.add(`${f[0]} ${f[1]}`);
  }
  return zips.size;
}
__name(zipCountOf, "zipCountOf");
function startProgress(o) {
  const now = o.now ?? Date.now;
  const started = now();
  const line = /* @__PURE__ */ __name((c) => progressLine({ ...c, total: o.total, elapsedMs: now() - started }), "line");
  const show = /* @__PURE__ */ __name((c, last) => {
    try {
      o.write(o.tty ? `\r${line(c)}\x1B[K${last ? "\n" : ""}` : `${line(c)}
`);
    } catch {
    }
  }, "show");
  let baseline;
  let shown = false;
  let stopped = false;
  let pending;
  const run2 = /* @__PURE__ */ __name((then) => {
    pending = countDownloaded(o.modCache).then((c) => {
      if (!stopped) then(c);
    }).catch(() => void 0).finally(() => {
      pending = void 0;
    });
  }, "run");
  run2((c) => {
    baseline = c;
  });
  const timer = setInterval(() => {
    if (pending !== void 0) return;
    run2((c) => {
      shown = true;
      show(c, false);
    });
  }, o.intervalMs ?? (o.tty ? 500 : 15e3));
  timer.unref();
  let stopping;
  return {
    stop() {
      stopping ??= (async () => {
        clearInterval(timer);
        await pending;
        stopped = true;
        const c = await countDownloaded(o.modCache);
        const changed = baseline === void 0 || c.done !== baseline.done || c.bytes !== baseline.bytes;
        if (shown || changed) show(c, true);
      })().catch(() => void 0);
      return stopping;
    }
  };
}
__name(startProgress, "startProgress");

// src/cli/credentials.ts
init_define_ACTION_INPUTS();
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";
function keptCredentialsFile(env) {
  const base = env.XDG_STATE_HOME || path2.join(os.homedir(), ".local", "state");
  return path2.join(base, "go-mod-precache", "credentials.json");
}
__name(keptCredentialsFile, "keptCredentialsFile");
function ownCredentials(saved) {
  let removal;
  let kept = false;
  return {
    get kept() {
      return kept;
    },
    remove() {
      removal ??= removeSaved(saved()).catch((err) => warning(`The private-token may be left in the global git config: ${errorMessage(err)}`));
      return removal;
    },
    async keep() {
      const records = saved();
      if (records === "") return false;
      const file = keptCredentialsFile(process.env);
      await mkdir(path2.dirname(file), { recursive: true });
      await writeFile(file, records, { mode: 384 });
      kept = true;
      return true;
    }
  };
}
__name(ownCredentials, "ownCredentials");
async function removeSaved(saved) {
  if (saved !== "") await removePrivateCredentials(JSON.parse(saved));
}
__name(removeSaved, "removeSaved");

// src/cli/ending.ts
init_define_ACTION_INPUTS();
import { rmSync } from "node:fs";
var ENDING_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function endCleanly({ dir, credentials, warn }) {
  let removed = false;
  const removeDir = /* @__PURE__ */ __name(() => {
    for (const s of ENDING_SIGNALS) process.off(s, onSignal);
    if (removed || dir === void 0) return;
    removed = true;
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch (err) {
      warn(`warning: the temporary directory ${dir} could not be removed: ${errorMessage(err)}
`);
    }
  }, "removeDir");
  const settle = /* @__PURE__ */ __name(async () => {
    if (dir === void 0) return;
    for (let round = 0; round < 3 && startedSavesRunning(); round++) await stopStartedSaves();
  }, "settle");
  let signalled;
  function onSignal(signal) {
    signalled ??= Promise.resolve().then(() => Promise.all([credentials.remove(), settle()])).then(() => {
      removeDir();
      process.kill(process.pid, signal);
    });
  }
  __name(onSignal, "onSignal");
  for (const s of ENDING_SIGNALS) process.on(s, onSignal);
  return {
    async finish(failed) {
      if (signalled !== void 0) return signalled;
      if (failed || !credentials.kept) await credentials.remove();
      await settle();
      removeDir();
    }
  };
}
__name(endCleanly, "endCleanly");

// src/host/command.ts
init_define_ACTION_INPUTS();
import { appendFile } from "node:fs/promises";
import path3 from "node:path";

// src/host/plain.ts
init_define_ACTION_INPUTS();
function newPlainState(debug = false) {
  return { secrets: [], debug, warnings: 0, errors: 0 };
}
__name(newPlainState, "newPlainState");
var COMMAND = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/s;
function plainLine(line, state) {
  const m = COMMAND.exec(line);
  if (m === null) return mask(line, state.secrets);
  return plainCommand(m[1].toLowerCase(), decodeData(m[3]), state);
}
__name(plainLine, "plainLine");
function plainCommand(name, message, state) {
  switch (name) {
    case "group":
      return mask(`\u2500\u2500 ${lines(message).join(" ")} \u2500\u2500`, state.secrets);
    case "warning":
      state.warnings++;
      return labelled("warning", message, state);
    case "error":
      state.errors++;
      return labelled("error", message, state);
    case "notice":
      return labelled("notice", message, state);
    case "debug":
      return state.debug ? labelled("debug", message, state) : void 0;
    case "add-mask":
      addSecret(message, state);
      return void 0;
    default:
      return void 0;
  }
}
__name(plainCommand, "plainCommand");
function plainWriter(write, state) {
  const decoder = new TextDecoder();
  let pending = "";
  const convert = /* @__PURE__ */ __name((rawLines) => {
    let out = "";
    for (const raw of rawLines) {
      const text = plainLine(raw.endsWith("\r") ? raw.slice(0, -1) : raw, state);
      if (text !== void 0) out += `${text}
`;
    }
    if (out !== "") write(out);
  }, "convert");
  return {
    write(chunk) {
      pending += typeof chunk === "string" ? decoder.decode() + chunk : decoder.decode(chunk, { stream: true });
      const complete = pending.split("\n");
      pending = complete.pop();
      convert(complete);
    },
    flush() {
      pending += decoder.decode();
      const last = pending;
      pending = "";
      if (last !== "") convert([last]);
    }
  };
}
__name(plainWriter, "plainWriter");
function labelled(label, message, state) {
  const prefix = `${label}: `;
  const indent = " ".repeat(prefix.length);
  return lines(message).map((l, i) => mask(i === 0 ? `${prefix}${l}` : `${indent}${l}`, state.secrets).trimEnd()).join("\n");
}
__name(labelled, "labelled");
function lines(message) {
  const all = message.split(/\r\n|\r|\n/);
  while (all.length > 1 && all[all.length - 1].trim() === "") all.pop();
  return all;
}
__name(lines, "lines");
function addSecret(secret, state) {
  for (const part of secret.split(/\r\n|\r|\n/)) {
    const s = part.trim();
    if (s !== "" && !state.secrets.includes(s)) state.secrets.push(s);
  }
}
__name(addSecret, "addSecret");
function mask(text, secrets) {
  if (secrets.length === 0) return text;
  return [...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => s === "" ? t : t.split(s).join("***"), text);
}
__name(mask, "mask");
var DATA_ESCAPES = { "%25": "%", "%0D": "\r", "%0A": "\n" };
function decodeData(s) {
  return s.replace(/%(?:25|0D|0A)/g, (e) => DATA_ESCAPES[e]);
}
__name(decodeData, "decodeData");

// src/host/command.ts
function commandHost(options) {
  const log = newPlainState(options.debug);
  const exported = {};
  const paths = [];
  const outputs = {};
  const saved = /* @__PURE__ */ new Map();
  let handed = /* @__PURE__ */ new Map();
  let progress;
  let stopping;
  const held = [];
  const emit = /* @__PURE__ */ __name((text) => {
    if (stopping !== void 0) held.push(text);
    else options.write(progress !== void 0 && options.tty ? `\r\x1B[K${text}` : text);
  }, "emit");
  const say = /* @__PURE__ */ __name((name, message) => {
    const text = plainCommand(name, typeof message === "string" ? message : message.toString(), log);
    if (text !== void 0) emit(`${text}
`);
  }, "say");
  return {
    log,
    exported,
    paths,
    outputs,
    runner: /* @__PURE__ */ __name(() => options.runner, "runner"),
    getInput: /* @__PURE__ */ __name((name) => (options.inputs[name] ?? "").trim(), "getInput"),
    setOutput: /* @__PURE__ */ __name((name, value) => {
      outputs[name] = value;
    }, "setOutput"),
    exportVariable: /* @__PURE__ */ __name((name, value) => {
      process.env[name] = value;
      exported[name] = value;
    }, "exportVariable"),
    addPath: /* @__PURE__ */ __name((dir) => {
      process.env.PATH = `${dir}${path3.delimiter}${process.env.PATH}`;
      paths.push(dir);
    }, "addPath"),
    saveState: /* @__PURE__ */ __name((name, value) => {
      saved.set(name, value);
    }, "saveState"),
    getState: /* @__PURE__ */ __name((name) => handed.get(name) ?? "", "getState"),
    saved: /* @__PURE__ */ __name((name) => saved.get(name) ?? "", "saved"),
    handOver: /* @__PURE__ */ __name((withheld) => {
      handed = new Map([...saved].filter(([name]) => !withheld.includes(name)));
    }, "handOver"),
    // A command run inside a GitHub job still has the job's summary file.
    hasSummary: /* @__PURE__ */ __name(() => Boolean(process.env.GITHUB_STEP_SUMMARY), "hasSummary"),
    writeSummary: /* @__PURE__ */ __name((markdown) => appendFile(process.env.GITHUB_STEP_SUMMARY, markdown), "writeSummary"),
    setSecret: /* @__PURE__ */ __name((secret) => say("add-mask", secret), "setSecret"),
    isDebug: /* @__PURE__ */ __name(() => options.debug, "isDebug"),
    debug: /* @__PURE__ */ __name((message) => say("debug", message), "debug"),
    info: /* @__PURE__ */ __name((message) => {
      const lines2 = message.split("\n").map((l) => mask(l.endsWith("\r") ? l.slice(0, -1) : l, log.secrets));
      emit(`${lines2.join("\n")}
`);
    }, "info"),
    notice: /* @__PURE__ */ __name((message) => say("notice", message), "notice"),
    warning: /* @__PURE__ */ __name((message) => say("warning", message), "warning"),
    error: /* @__PURE__ */ __name((message) => say("error", message), "error"),
    group: /* @__PURE__ */ __name((title, fn) => {
      say("group", title);
      return fn();
    }, "group"),
    downloadStarted: /* @__PURE__ */ __name((place) => {
      const shown = options.progress(place);
      progress = shown;
      let stopped;
      return {
        stop: /* @__PURE__ */ __name(() => stopped ??= (() => {
          if (progress === shown) progress = void 0;
          const done = shown.stop().then(() => {
            if (stopping === done) stopping = void 0;
            for (const text of held.splice(0)) emit(text);
          });
          return stopping = done;
        })(), "stop")
      };
    }, "downloadStarted"),
    // The worker logged in workflow commands (see save-worker.ts).
    relayLog: /* @__PURE__ */ __name((text) => {
      const writer = plainWriter(emit, log);
      writer.write(text.split(/\r?\n/).filter((l) => l !== "").map((l) => `${l}
`).join(""));
      writer.flush();
    }, "relayLog"),
    settled: /* @__PURE__ */ __name(async () => {
      while (stopping !== void 0) await stopping;
    }, "settled")
  };
}
__name(commandHost, "commandHost");

// src/cli.ts
var UsageError = class extends Error {
  static {
    __name(this, "UsageError");
  }
};
var ownTemp;
var ending;
function parseCommandLine(argv) {
  const options = {
    help: { type: "boolean" },
    "print-env": { type: "boolean" },
    "export-file": { type: "string" },
    "keep-credentials": { type: "boolean" },
    debug: { type: "boolean" }
  };
  for (const spec of define_ACTION_INPUTS_default) options[spec.name] = { type: "string" };
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const message = errorMessage(err).replace(/^Unknown option '(.*?)'.*$/s, "unknown flag '$1'").replace(/\.?\s*To specify a positional argument.*$/s, "");
    throw new UsageError(`${message}; see go-mod-precache --help.`);
  }
}
__name(parseCommandLine, "parseCommandLine");
function asFlags(message) {
  return message.replace(/Input '([a-z0-9-]+)'/g, "Flag --$1");
}
__name(asFlags, "asFlags");
async function cleanup(err) {
  const { removeGitCredentials } = await import("./gitconfig-A2MZFZUQ.js");
  const file = keptCredentialsFile(process.env);
  let records;
  try {
    records = JSON.parse(await readFile(file, "utf8"));
  } catch {
    err("go-mod-precache cleanup: no kept credentials to remove.\n");
    return 0;
  }
  const removed = await removeGitCredentials(records);
  await rm(file, { force: true });
  err(`go-mod-precache cleanup: removed ${removed} credential entr${removed === 1 ? "y" : "ies"} from the global git config.
`);
  return 0;
}
__name(cleanup, "cleanup");
async function main(argv) {
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = /* @__PURE__ */ __name((text) => void process.stderr.write(text), "stderr");
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    stderr(`error: ${e.message}
`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    stdout(helpText(define_ACTION_INPUTS_default));
    return 0;
  }
  if (positionals[0] === "cleanup" && positionals.length === 1) return cleanup(stderr);
  if (positionals.length > 0) {
    stderr(`error: unexpected argument '${positionals[0]}'; the only command is cleanup; see go-mod-precache --help.
`);
    return 1;
  }
  const flags = Object.fromEntries(define_ACTION_INPUTS_default.map((s) => [s.name, values[s.name]]));
  const startPath = process.env.PATH ?? "";
  const given = readRunnerContext(process.env);
  if (given.temp === "") ownTemp = await mkdtemp(path4.join(os2.tmpdir(), "go-mod-precache-"));
  const runner = { ...given, eventName: ciEvent(process.env), temp: ownTemp ?? given.temp };
  const tty = Boolean(process.stderr.isTTY);
  const host = commandHost({
    runner,
    inputs: resolveInputs(define_ACTION_INPUTS_default, flags, process.env),
    debug: Boolean(values.debug),
    write: stderr,
    tty,
    progress: /* @__PURE__ */ __name((place) => startDownloadProgress(stderr, tty, place), "progress")
  });
  const credentials = ownCredentials(() => host.saved(GIT_CREDENTIALS_STATE));
  ending = endCleanly({ dir: ownTemp, credentials, warn: stderr });
  const [{ runMain }, { runPost }] = await Promise.all([import("./main-QUTKFL5Q.js"), import("./post-step-ZH2A5HO3.js")]);
  let failure;
  try {
    await runMain(host);
  } catch (err) {
    failure = err;
  }
  await host.settled();
  if (values["keep-credentials"] && failure === void 0 && await credentials.keep()) {
    stderr(`The private-token stays in the global git config for later commands; remove it with: go-mod-precache cleanup
`);
  }
  host.handOver([GIT_CREDENTIALS_STATE]);
  try {
    await runPost(host);
  } catch (err) {
    stderr(`warning: ${errorMessage(err)}
`);
  }
  if (!credentials.kept) await credentials.remove();
  await host.settled();
  const { exported, paths, outputs } = host;
  if (typeof values["export-file"] === "string") {
    await writeFile2(values["export-file"], dotenvLines(exported, paths, startPath, path4.delimiter).map((l) => `${l}
`).join(""));
  }
  if (values["print-env"]) stdout(exportLines(exported, paths, path4.delimiter).map((l) => `${l}
`).join(""));
  stderr(summaryLines(outputs, exported, paths, failure).map((l) => `${l}
`).join(""));
  if (failure !== void 0) {
    stderr(`error: ${asFlags(mask(errorMessage(failure), host.log.secrets))}
`);
    return 1;
  }
  return 0;
}
__name(main, "main");
function summaryLines(outputs, exported, paths, failure) {
  const lines2 = ["", `go-mod-precache: ${failure === void 0 ? "done" : "failed"}`];
  const o = /* @__PURE__ */ __name((name) => outputs[name] ?? "", "o");
  const attempts = Number(o("download-attempts"));
  if (o("modules") !== "") {
    lines2.push(`  modules:   ${o("modules")} module versions ready (download ${o("download-ms")} ms, ${attempts} attempt${attempts === 1 ? "" : "s"})`);
  }
  if (o("cache-state") !== "") {
    lines2.push(`  cache:     ${o("cache-state")}${o("cache-matched-key") === "" ? "" : ` from ${o("cache-matched-key")}`} (restore ${o("restore-ms")} ms)`);
  }
  if (o("goproxy") !== "") lines2.push(`  GOPROXY:   ${o("goproxy")} (probed in ${o("probe-ms")} ms)`);
  if (o("go-version") !== "") lines2.push(`  go:        ${o("go-version")} (${o("toolchain-source")})`);
  const names = [...Object.keys(exported), ...paths.length > 0 ? ["PATH"] : []];
  if (names.length > 0) lines2.push(`  exported:  ${names.join(", ")}`);
  const metricsFile = o("metrics-file");
  if (metricsFile !== "" && !(ownTemp !== void 0 && metricsFile.startsWith(ownTemp + path4.sep))) lines2.push(`  metrics:   ${metricsFile}`);
  return lines2;
}
__name(summaryLines, "summaryLines");
function startDownloadProgress(write, tty, { modCache, workingDirectory }) {
  let total = 0;
  try {
    total = zipCountOf(readFileSync(path4.join(workingDirectory, "go.sum"), "utf8"));
  } catch {
  }
  return startProgress({ modCache, total, tty, write, now: /* @__PURE__ */ __name(() => performance.now(), "now") });
}
__name(startDownloadProgress, "startDownloadProgress");
void run();
async function run() {
  process.exitCode = await main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`error: ${errorMessage(err)}
`);
    return 1;
  });
  await ending?.finish(process.exitCode !== 0);
  process.exit();
}
__name(run, "run");
