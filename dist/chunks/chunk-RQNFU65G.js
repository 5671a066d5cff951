import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  guardBackend
} from "./chunk-XIDZHRQZ.js";
import {
  PROBE_MODE,
  isSingleExecutable
} from "./chunk-Q77CXZWK.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/cache/select.ts
init_define_ACTION_INPUTS();

// src/cache/probe.ts
init_define_ACTION_INPUTS();
import { spawn } from "node:child_process";
var LOOK = "try { require('node:fs').readdirSync(process.argv[1]) } catch {}";
function probeDirectory(dir, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, isSingleExecutable() ? [PROBE_MODE, dir] : ["-e", LOOK, dir], { stdio: "ignore", windowsHide: true });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(false);
    }, Math.max(0, timeoutMs));
    child.on("error", () => {
      clearTimeout(timer);
      resolve(true);
    });
    child.on("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
__name(probeDirectory, "probeDirectory");

// src/cache/select.ts
async function createBackend(config, guard) {
  const backend = await unguardedBackend(config);
  if (guard === void 0) return backend;
  const probe = config.kind === "dir" ? (ms) => probeDirectory(config.root, ms) : void 0;
  return guardBackend(backend, { ...guard, ...probe ? { probe } : {} });
}
__name(createBackend, "createBackend");
async function unguardedBackend(config) {
  switch (config.kind) {
    case "github":
      return (await import("./github-LYH6IQPD.js")).githubBackend();
    case "dir":
      return (await import("./dir-V62BKVJT.js")).dirBackend(config);
    case "s3":
      return (await import("./s3-XJLRVJKO.js")).s3Backend(config);
  }
}
__name(unguardedBackend, "unguardedBackend");
function backendConfigOf(inputs, env = process.env) {
  const where = inputs.cacheLocation;
  switch (where.kind) {
    case "github":
      return { kind: "github" };
    case "dir":
      return { kind: "dir", root: where.root, maxSizeBytes: inputs.cacheMaxSizeBytes };
    case "s3": {
      const endpointGiven = inputs.s3Endpoint !== "" || Boolean(env.AWS_ENDPOINT_URL_S3) || Boolean(env.AWS_ENDPOINT_URL);
      return {
        kind: "s3",
        bucket: where.bucket,
        prefix: where.prefix,
        ...inputs.s3Endpoint !== "" ? { endpoint: inputs.s3Endpoint } : {},
        ...inputs.s3Region !== "" ? { region: inputs.s3Region } : {},
        pathStyle: inputs.s3PathStyle ?? endpointGiven
      };
    }
  }
}
__name(backendConfigOf, "backendConfigOf");

export {
  createBackend,
  backendConfigOf
};
