import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// <define:__ACTION_INPUTS__>
var define_ACTION_INPUTS_default;
var init_define_ACTION_INPUTS = __esm({
  "<define:__ACTION_INPUTS__>"() {
    define_ACTION_INPUTS_default = [{ name: "working-directory", default: ".", description: "Directory of the Go module or workspace, relative to the repository root." }, { name: "cache-dependency-path", default: "", description: "Globs (one per line, relative to working-directory) of the files whose content keys the cache. Empty means every go.mod, go.sum, go.work and go.work.sum under working-directory, skipping vendor/ and testdata/." }, { name: "key-prefix", default: "go-mod", description: "First part of the cache key; change it to start a fresh cache." }, { name: "save", default: "auto", description: "When to save the module cache: auto (save except on pull_request, pull_request_target and merge_group events, whose caches are branch-scoped and would evict the default branch's), always, or never." }, { name: "restore", default: "auto", description: "When to restore the module cache: auto (restore, unless the history of earlier runs shows that restoring took longer than downloading and the probe finds a healthy proxy; with no healthy proxy the cache is always restored), always, or never." }, { name: "cache-url", default: "", description: "Where cache entries live: empty for the GitHub Actions cache service; s3://BUCKET/PREFIX for S3-compatible storage (credentials from the AWS SDK's default chain: AWS_* variables, AWS_PROFILE, or a web identity role); file:///PATH or an absolute path for a directory the runners share." }, { name: "s3-endpoint", default: "", description: "Endpoint of S3-compatible storage (MinIO, Ceph RGW, SeaweedFS, Cloudflare R2), e.g. https://minio.example:9000. Empty: AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL when set, else AWS." }, { name: "s3-region", default: "", description: "Region of the bucket; empty for AWS_REGION (or us-east-1 with a custom endpoint)." }, { name: "s3-path-style", default: "", description: "Path-style addressing (http://host/bucket/key). Empty: on when an endpoint is given, as MinIO, RGW and SeaweedFS expect." }, { name: "cache-max-size", default: "10GB", description: "Largest size of a shared cache directory; after a save the least recently restored entries are removed beyond it. Units KB, MB, GB (1000) or KiB, MiB, GiB (1024)." }, { name: "history", default: "true", description: "Keep a history of the last 50 runs in the cache (one small entry per run) and show its trend in the job summary. false reads and writes none, and restore auto then always restores." }, { name: "proxies", default: "", description: "The primary proxy chain, in GOPROXY syntax (entries separated by ',' or '|', 'direct', 'off', file:// URLs). Empty means the GOPROXY that go env reports." }, { name: "mirrors", default: "https://proxy.golang.org,https://goproxy.cn,https://goproxy.io", description: "Fallback proxies, comma or newline separated, tried after the healthy primary entries in order of their probe latency. Empty disables them." }, { name: "probe-timeout", default: "3", description: "Seconds the whole proxy probe may take (all proxies are probed at once)." }, { name: "allow-direct", default: "", description: "Keep 'direct' (fetching from the origin repositories) at the end of the chain: true or false. Empty means true when the primary chain has 'direct'." }, { name: "download-retries", default: "3", description: "Attempts of go mod download after the first one fails." }, { name: "download-timeout", default: "600", description: "Seconds one attempt of go mod download may take before it is stopped." }, { name: "private", default: "", description: "Module path patterns of private modules, comma or newline separated, in GOPRIVATE syntax (such as github.com/acme/* or git.corp.example.com). Merged into GOPRIVATE for this and later steps; never probed on or fetched from a proxy, never looked up in the checksum database." }, { name: "private-token", default: "", description: "A token for HTTPS git access to the private modules' hosts, sent only to the URL prefixes of the `private` patterns that have an exact host. Masked, and removed from the git config in the post step." }, { name: "private-user", default: "x-access-token", description: "The user name that goes with private-token in HTTP Basic auth." }, { name: "verify", default: "partial", description: "When to run go mod verify on the restored module cache: partial (after a restore-key hit or on a pre-existing cache), always (after any restore), or never. Modified files throw the cache away, the modules are downloaded afresh, and the bad content is never saved." }, { name: "cache-timeout", default: "10", description: "Seconds the job waits, at most and in all, for a cache that does not answer: the history, build cache and module lookups share one deadline. A failing cache service is retried for about 30 s, as @actions/cache retries it; past this bound the job goes on without the cache and saves nothing to it. A download that sends nothing for as long is given up too." }, { name: "metrics-file", default: "", description: "Where to write the metrics record (JSON, with schemaVersion) for charting over time, e.g. to upload as an artifact. Empty means $RUNNER_TEMP/go-mod-precache/metrics.json." }, { name: "summary", default: "true", description: "Write the job summary (cache, proxies, download, hints), true or false." }, { name: "offline", default: "false", description: "After the pre-cache, export GOPROXY=off so later steps cannot fetch modules and fail fast if something was not pre-cached (GOFLAGS is left alone). true or false." }, { name: "cache-build", default: "false", description: "Also cache GOCACHE (the build cache): restored here under a key with the Go version, saved in the post step when the job changed it, keeping only the entries this job used. true or false." }, { name: "cache-layout", default: "lean", description: "What the module cache entry holds. lean (the default): the extracted modules with their .ziphash, .mod and .info files and the checksum database cache, without the zips (a third of the size; go build, go test and go mod verify need nothing more). full: the whole GOMODCACHE, zips included (for jobs that run go mod download or vendor after this step). zips: only cache/download (go extracts each module it builds)." }, { name: "background-save", default: "true", description: "Pack and upload the module cache in a process of its own while later steps run; the post step waits for it and completes the metrics file and summary. false saves in this step. true or false." }, { name: "save-timeout", default: "600", description: "Seconds the post step waits for a background save before stopping it." }];
  }
});

export {
  __name,
  __require,
  __esm,
  __commonJS,
  __export,
  __toESM,
  __toCommonJS,
  init_define_ACTION_INPUTS,
  define_ACTION_INPUTS_default
};
