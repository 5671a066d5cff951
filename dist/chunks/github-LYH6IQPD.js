import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  unresolvedHost
} from "./chunk-6IVUHGCM.js";
import {
  runnerDispatcher
} from "./chunk-B6WZAPEP.js";
import "./chunk-4EUIROMB.js";
import {
  TIMED_OUT,
  withinTime
} from "./chunk-XIDZHRQZ.js";
import "./chunk-EX3OKT3Z.js";
import {
  MAX_KEY_LENGTH,
  sameKey
} from "./chunk-D6OYPYWX.js";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_NAME
} from "./chunk-HARHAMGK.js";
import {
  CHUNK,
  lazyStream
} from "./chunk-YSGDQK2H.js";
import {
  removeTree,
  scratchDir
} from "./chunk-JIV6OQGY.js";
import {
  errorMessage
} from "./chunk-ZUVU6JQI.js";
import {
  info,
  require_undici,
  setSecret
} from "./chunk-INF4JTG2.js";
import {
  __name,
  __toESM,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/cache/github.ts
init_define_ACTION_INPUTS();
import path from "node:path";
import { stat } from "node:fs/promises";

// src/cache/actions/artifactcache.ts
init_define_ACTION_INPUTS();

// src/cache/actions/chunks.ts
init_define_ACTION_INPUTS();
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
function chunksOf(sizeBytes, chunkSize) {
  const out = [];
  for (let start = 0, index = 0; start < sizeBytes || index === 0; start += chunkSize, index++) {
    out.push({ index, start, end: Math.min(sizeBytes, start + chunkSize) });
  }
  return out;
}
__name(chunksOf, "chunksOf");
async function eachInParallel(items, concurrency, fn) {
  let next = 0;
  let failure;
  const worker = /* @__PURE__ */ __name(async () => {
    while (failure === void 0 && next < items.length) {
      const item = items[next++];
      try {
        await fn(item);
      } catch (err) {
        failure ??= { err };
      }
    }
  }, "worker");
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failure !== void 0) throw failure.err;
}
__name(eachInParallel, "eachInParallel");
function chunkBody(file, chunk) {
  if (chunk.end <= chunk.start) return () => Readable.from([]);
  return () => createReadStream(file, { start: chunk.start, end: chunk.end - 1, highWaterMark: 1 << 20 });
}
__name(chunkBody, "chunkBody");

// src/cache/actions/http.ts
init_define_ACTION_INPUTS();
var import_undici = __toESM(require_undici(), 1);
import { setTimeout as sleep } from "node:timers/promises";
var CacheServiceError = class extends Error {
  static {
    __name(this, "CacheServiceError");
  }
  name = "CacheServiceError";
  status;
  code;
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
};
async function call(dispatcher, url, options) {
  try {
    const res = await (0, import_undici.request)(url, {
      dispatcher,
      method: options.method,
      headers: options.headers ?? {},
      ...options.body === void 0 ? {} : { body: options.body() },
      ...options.signal === void 0 ? {} : { signal: options.signal }
    });
    return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
  } catch (err) {
    if (options.signal?.aborted) throw err;
    throw new CacheServiceError(describeNetworkError(err, url), void 0, errorCode(err));
  }
}
__name(call, "call");
var TWIRP_RETRIES = {
  attempts: 5,
  delayMs: /* @__PURE__ */ __name((n) => n === 0 ? 3e3 : Math.trunc(3e3 * 1.5 ** n * (1 + 0.5 * Math.random())), "delayMs"),
  retryStatus: /* @__PURE__ */ __name((status) => [500, 502, 503, 504].includes(status), "retryStatus"),
  retryError: /* @__PURE__ */ __name((code) => !["ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EAI_AGAIN"].includes(code ?? ""), "retryError")
};
var V1_RETRIES = {
  attempts: 2,
  delayMs: /* @__PURE__ */ __name(() => 5e3, "delayMs"),
  retryStatus: /* @__PURE__ */ __name((status) => [502, 503, 504].includes(status), "retryStatus"),
  retryError: /* @__PURE__ */ __name((code) => code !== "ENOTFOUND" && code !== "EAI_AGAIN", "retryError")
};
var BLOB_RETRIES = {
  attempts: 3,
  delayMs: /* @__PURE__ */ __name((n) => 1e3 * 2 ** n, "delayMs"),
  retryStatus: /* @__PURE__ */ __name((status) => status >= 500, "retryStatus"),
  retryError: /* @__PURE__ */ __name((code) => code !== "ENOTFOUND" && code !== "EAI_AGAIN", "retryError")
};
async function withRetries(policy, signal, attempt) {
  for (let n = 0; ; n++) {
    const last = n + 1 >= policy.attempts;
    try {
      const answer = await attempt();
      if (last || !policy.retryStatus(answer.status)) return answer;
    } catch (err) {
      if (last || signal?.aborted || !policy.retryError(errorCode(err))) throw err;
    }
    await sleep(policy.delayMs(n), void 0, signal === void 0 ? {} : { signal });
  }
}
__name(withRetries, "withRetries");
function errorCode(err) {
  const e = err;
  for (const code of [e?.code, e?.cause?.code, e?.errors?.[0]?.code]) if (typeof code === "string") return code;
  return void 0;
}
__name(errorCode, "errorCode");
function describeNetworkError(err, url) {
  const target = typeof url === "string" ? URL.parse(url) ?? void 0 : url;
  const at = target?.origin ?? "the cache service";
  const code = errorCode(err);
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return unresolvedHost(target?.hostname || "of the cache service", code);
    case "ECONNREFUSED":
      return `connection refused by ${at}`;
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
      return `the connection to ${at} was cut (${code})`;
    case "ETIMEDOUT":
    case "UND_ERR_CONNECT_TIMEOUT":
      return `${at} could not be reached in time (${code})`;
    case "UND_ERR_HEADERS_TIMEOUT":
      return `${at} did not answer in time`;
    case "UND_ERR_BODY_TIMEOUT":
      return `${at} stopped sending`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `${at} is unreachable (${code})`;
  }
  if (code !== void 0 && /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) return `the TLS certificate of ${at} is not trusted (${code})`;
  const message = err instanceof Error ? err.message : String(err);
  return `${at}: ${message}${code !== void 0 && !message.includes(code) ? ` (${code})` : ""}`;
}
__name(describeNetworkError, "describeNetworkError");
function reasonOf(answer) {
  const azure = answer.headers["x-ms-error-code"];
  if (typeof azure === "string") return azure;
  try {
    const body = JSON.parse(answer.text);
    const said = body.msg ?? body.message;
    if (typeof said === "string" && said !== "") return said;
  } catch {
  }
  return "";
}
__name(reasonOf, "reasonOf");
function statusWords(answer) {
  const reason = reasonOf(answer);
  return `answered HTTP ${answer.status}${reason === "" ? "" : `: ${reason}`}`;
}
__name(statusWords, "statusWords");

// src/cache/actions/artifactcache.ts
function uploadShape(env) {
  const concurrency = Number(env.CACHE_UPLOAD_CONCURRENCY);
  const chunkMiB = Number(env.CACHE_UPLOAD_CHUNK_SIZE);
  return {
    concurrency: env.CACHE_UPLOAD_CONCURRENCY && concurrency >= 1 ? Math.min(32, Math.trunc(concurrency)) : 4,
    chunkBytes: env.CACHE_UPLOAD_CHUNK_SIZE && chunkMiB > 0 ? Math.min(128, chunkMiB) * 1024 * 1024 : 32 * 1024 * 1024
  };
}
__name(uploadShape, "uploadShape");
function artifactCacheProtocol(service, dispatcher, userAgent, env) {
  const api = /* @__PURE__ */ __name((resource) => `${service.baseUrl}_apis/artifactcache/${resource}`, "api");
  const headers = { Accept: "application/json;api-version=6.0-preview.1", Authorization: `Bearer ${service.token}`, "User-Agent": userAgent };
  const send = /* @__PURE__ */ __name((url, options) => withRetries(V1_RETRIES, options.signal, () => call(dispatcher, url, { ...options, headers: { ...headers, ...options.headers } })), "send");
  const json = /* @__PURE__ */ __name((value) => ({ headers: { "Content-Type": "application/json" }, body: /* @__PURE__ */ __name(() => JSON.stringify(value), "body") }), "json");
  const failed = /* @__PURE__ */ __name((what, answer) => new CacheServiceError(`the cache service ${statusWords(answer)} (${what})`, answer.status), "failed");
  return {
    async lookup(keys, version, signal) {
      const answer = await send(api(`cache?keys=${encodeURIComponent(keys.join(","))}&version=${version}`), { method: "GET", ...signal ? { signal } : {} });
      if (answer.status === 204) return void 0;
      if (answer.status >= 300) throw failed("lookup", answer);
      const found = parse(answer);
      if (typeof found.archiveLocation !== "string" || found.archiveLocation === "") throw new CacheServiceError("the cache service found an entry but gave no archiveLocation");
      setSecret(found.archiveLocation);
      return { matchedKey: typeof found.cacheKey === "string" ? found.cacheKey : "", archiveUrl: found.archiveLocation };
    },
    async save(key, version, archive, sizeBytes) {
      const reserved = await send(api("caches"), { method: "POST", ...json({ key, version, cacheSize: sizeBytes }) });
      if (reserved.status === 409) return "exists";
      if (reserved.status >= 300) throw failed("reserve", reserved);
      const cacheId = parse(reserved).cacheId;
      if (typeof cacheId !== "number") throw new CacheServiceError("the cache service reserved the entry without a cacheId");
      const { chunkBytes, concurrency } = uploadShape(env);
      await eachInParallel(chunksOf(sizeBytes, chunkBytes), concurrency, async (chunk) => {
        if (chunk.end <= chunk.start) return;
        const answer = await send(api(`caches/${cacheId}`), {
          method: "PATCH",
          headers: { "Content-Type": "application/octet-stream", "Content-Range": `bytes ${chunk.start}-${chunk.end - 1}/*`, "Content-Length": String(chunk.end - chunk.start) },
          body: chunkBody(archive, chunk)
        });
        if (answer.status >= 300) throw failed(`upload of bytes ${chunk.start}-${chunk.end - 1}`, answer);
      });
      const committed = await send(api(`caches/${cacheId}`), { method: "POST", ...json({ size: sizeBytes }) });
      if (committed.status >= 300) throw failed("commit", committed);
      return "saved";
    }
  };
}
__name(artifactCacheProtocol, "artifactCacheProtocol");
function parse(answer) {
  try {
    return JSON.parse(answer.text);
  } catch {
    throw new CacheServiceError(`the cache service's answer is not JSON (HTTP ${answer.status})`, answer.status);
  }
}
__name(parse, "parse");

// src/cache/actions/download.ts
init_define_ACTION_INPUTS();
var import_undici2 = __toESM(require_undici(), 1);
var HEAD_BYTES = 256 * 1024;
function totalOf(contentRange) {
  const m = /^bytes \d+-\d+\/(\d+)$/.exec(contentRange?.trim() ?? "");
  return m ? Number(m[1]) : void 0;
}
__name(totalOf, "totalOf");
function header(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
__name(header, "header");
async function openDownload(dispatcher, url, idleMs) {
  const origin = new URL(url).origin;
  const get = /* @__PURE__ */ __name(async (range) => {
    try {
      const res = await (0, import_undici2.request)(url, {
        dispatcher,
        method: "GET",
        headers: range === void 0 ? {} : { Range: range },
        headersTimeout: idleMs,
        bodyTimeout: idleMs,
        highWaterMark: CHUNK
      });
      return { status: res.statusCode, headers: res.headers, body: res.body };
    } catch (err) {
      throw new CacheServiceError(`the archive could not be downloaded: ${reasonOf2(err, origin, idleMs)}`);
    }
  }, "get");
  async function* relay(body, from) {
    let got = 0;
    let held = [];
    let heldBytes = 0;
    try {
      for await (const chunk of body) {
        got += chunk.length;
        held.push(chunk);
        heldBytes += chunk.length;
        if (heldBytes < CHUNK) continue;
        yield held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
        held = [];
        heldBytes = 0;
      }
      if (heldBytes > 0) yield Buffer.concat(held, heldBytes);
    } catch (err) {
      throw new CacheServiceError(`the download broke off at byte ${from + got}: ${reasonOf2(err, origin, idleMs)}`);
    }
  }
  __name(relay, "relay");
  const first = await get(`bytes=0-${HEAD_BYTES - 1}`);
  let sizeBytes;
  let sequential;
  let head;
  if (first.status === 206) {
    const total = totalOf(header(first.headers, "content-range"));
    if (total === void 0) {
      first.body.destroy();
      throw new CacheServiceError(`the storage at ${origin} answered a range without its size (Content-Range)`);
    }
    sizeBytes = total;
    head = await collect(relay(first.body, 0));
  } else if (first.status === 200) {
    const length = Number(header(first.headers, "content-length"));
    if (!Number.isSafeInteger(length)) {
      first.body.destroy();
      throw new CacheServiceError(`the storage at ${origin} answered without a Content-Length`);
    }
    sizeBytes = length;
    sequential = new Sequential(relay(first.body, 0), () => first.body.destroy());
    head = await collect(sequential.range(0, Math.min(length, HEAD_BYTES)));
  } else {
    const text = await readText(first.body);
    throw new CacheServiceError(`the storage at ${origin} ${statusWords({ status: first.status, headers: first.headers, text })} to the download`, first.status);
  }
  async function* ranged(from, end) {
    const res = await get(`bytes=${from}-${end - 1}`);
    const range = header(res.headers, "content-range") ?? "";
    if (res.status !== 206 || !range.startsWith(`bytes ${from}-`)) {
      res.body.destroy();
      throw new CacheServiceError(`the storage at ${origin} answered HTTP ${res.status} (${range || "no Content-Range"}) to a request for bytes ${from}-${end - 1}`);
    }
    yield* relay(res.body, from);
  }
  __name(ranged, "ranged");
  return {
    sizeBytes,
    read(start, end) {
      const from = Math.max(start, head.length);
      const queued = sequential !== void 0 && from < end ? sequential.range(from, end) : void 0;
      return lazyStream(async function* () {
        if (start < head.length) yield head.subarray(start, Math.min(end, head.length));
        if (from >= end) return;
        yield* queued ?? ranged(from, end);
      });
    },
    async close() {
      sequential?.close();
    }
  };
}
__name(openDownload, "openDownload");
var Sequential = class {
  static {
    __name(this, "Sequential");
  }
  #pos = 0;
  #pending = Buffer.alloc(0);
  #turn = Promise.resolve();
  /** The turns taken and not yet given back. */
  #turns = /* @__PURE__ */ new Set();
  #closed = false;
  #chunks;
  #destroy;
  constructor(chunks, destroy) {
    this.#chunks = chunks[Symbol.asyncIterator]();
    this.#destroy = destroy;
  }
  /** The bytes [from, end), after every range asked for before this call: the turn is taken now, not when the bytes are first read. */
  range(from, end) {
    const before = this.#turn;
    let done = /* @__PURE__ */ __name(() => {
    }, "done");
    this.#turn = new Promise((resolve) => done = resolve);
    this.#turns.add(done);
    return this.#read(before, done, from, end);
  }
  async *#read(before, done, from, end) {
    try {
      await before;
      if (this.#closed) throw new CacheServiceError("the download was closed");
      if (from < this.#pos) throw new CacheServiceError(`bytes ${from}-${end - 1} were asked for after byte ${this.#pos} of a download that cannot go back`);
      while (this.#pos < end) {
        if (this.#pending.length === 0) {
          const next = await this.#chunks.next();
          if (next.done) throw new CacheServiceError(`the download ended at byte ${this.#pos}, before byte ${end}`);
          this.#pending = next.value;
        }
        const skip = Math.min(Math.max(0, from - this.#pos), this.#pending.length);
        const take = skip > 0 ? skip : Math.min(end - this.#pos, this.#pending.length);
        const out = this.#pending.subarray(0, take);
        this.#pending = this.#pending.subarray(take);
        this.#pos += take;
        if (skip === 0) yield out;
      }
    } finally {
      this.#turns.delete(done);
      done();
    }
  }
  /** Ends the answer; a read still waiting for its turn (one never started among them) fails rather than waits. */
  close() {
    this.#closed = true;
    this.#destroy();
    for (const done of this.#turns) done();
  }
};
function reasonOf2(err, origin, idleMs) {
  if (err instanceof CacheServiceError) return err.message;
  switch (errorCode(err)) {
    case "UND_ERR_HEADERS_TIMEOUT":
      return `${origin} did not answer within ${idleMs / 1e3} s`;
    case "UND_ERR_BODY_TIMEOUT":
      return `no byte came from ${origin} for ${idleMs / 1e3} s`;
  }
  return describeNetworkError(err, origin);
}
__name(reasonOf2, "reasonOf");
async function collect(chunks) {
  const out = [];
  for await (const chunk of chunks) out.push(chunk);
  return Buffer.concat(out);
}
__name(collect, "collect");
async function readText(body) {
  try {
    return (await collect(body)).toString("utf8");
  } catch {
    return "";
  }
}
__name(readText, "readText");

// src/cache/actions/service.ts
init_define_ACTION_INPUTS();
import { createHash } from "node:crypto";
function isGhes(serverUrl) {
  const host = (URL.parse(serverUrl || "https://github.com")?.hostname ?? "").trimEnd().toUpperCase();
  return host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST");
}
__name(isGhes, "isGhes");
var KNOWN_MODES = ["none", "read", "write", "write-only"];
function serviceOf(env) {
  const ghes = isGhes(env.GITHUB_SERVER_URL);
  const protocol = !ghes && env.ACTIONS_CACHE_SERVICE_V2 ? "v2" : "v1";
  const available = protocol === "v2" ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL;
  if (!available) return void 0;
  const baseUrl = (protocol === "v2" ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL) ?? "";
  const mode = (env.ACTIONS_CACHE_MODE ?? "").trim().toLowerCase();
  const known = KNOWN_MODES.includes(mode);
  return {
    protocol,
    baseUrl,
    token: env.ACTIONS_RUNTIME_TOKEN ?? "",
    githubCom: !ghes,
    readable: !known || mode === "read" || mode === "write",
    writable: !known || mode === "write" || mode === "write-only",
    mode
  };
}
__name(serviceOf, "serviceOf");
function cacheVersion(archiveFormat, entry) {
  return createHash("sha256").update(`go-mod-precache/${archiveFormat}/${entry}|raw-archive`).digest("hex");
}
__name(cacheVersion, "cacheVersion");
function keyProblem(keys) {
  if (keys.length > 10) return `a lookup takes at most 10 keys, not ${keys.length}`;
  for (const key of keys) {
    if (key.length > MAX_KEY_LENGTH) return `the key ${key} is longer than ${MAX_KEY_LENGTH} characters`;
    if (key.includes(",")) return `the key ${key} contains a comma`;
  }
  return void 0;
}
__name(keyProblem, "keyProblem");
var MAX_ENTRY_BYTES = 10 * 1024 ** 3;

// src/cache/actions/twirp.ts
init_define_ACTION_INPUTS();

// src/cache/actions/blob.ts
init_define_ACTION_INPUTS();
import { randomBytes } from "node:crypto";
var AZURE_API_VERSION = "2026-02-06";
var BLOCK_BYTES = 32 * 1024 * 1024;
var BLOCKS_AT_ONCE = 4;
function blockId(prefix, index) {
  return Buffer.from(`${prefix}-${String(index).padStart(6, "0")}`).toString("base64");
}
__name(blockId, "blockId");
function blockListXml(ids) {
  return `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join("")}</BlockList>`;
}
__name(blockListXml, "blockListXml");
function withQuery(url, params) {
  const out = new URL(url);
  for (const [name, value] of Object.entries(params)) out.searchParams.set(name, value);
  return out.href;
}
__name(withQuery, "withQuery");
async function uploadBlob(dispatcher, signedUrl, archive, sizeBytes) {
  const put = /* @__PURE__ */ __name(async (url, what, options) => {
    const headers = { "x-ms-version": AZURE_API_VERSION, ...options.headers };
    const answer = await withRetries(BLOB_RETRIES, void 0, () => call(dispatcher, url, { ...options, method: "PUT", headers }));
    if (answer.status !== 201) throw new CacheServiceError(`the blob storage at ${new URL(url).origin} ${statusWords(answer)} (${what})`, answer.status);
  }, "put");
  const bytes = /* @__PURE__ */ __name((chunk) => ({ "Content-Type": "application/octet-stream", "Content-Length": String(chunk.end - chunk.start) }), "bytes");
  const chunks = chunksOf(sizeBytes, BLOCK_BYTES);
  if (chunks.length === 1) {
    await put(signedUrl, "Put Blob", { headers: { ...bytes(chunks[0]), "x-ms-blob-type": "BlockBlob" }, body: chunkBody(archive, chunks[0]) });
    return;
  }
  const prefix = randomBytes(4).toString("hex");
  await eachInParallel(
    chunks,
    BLOCKS_AT_ONCE,
    (chunk) => put(withQuery(signedUrl, { comp: "block", blockid: blockId(prefix, chunk.index) }), `Put Block ${chunk.index + 1} of ${chunks.length}`, {
      headers: bytes(chunk),
      body: chunkBody(archive, chunk)
    })
  );
  const list = blockListXml(chunks.map((c) => blockId(prefix, c.index)));
  await put(withQuery(signedUrl, { comp: "blocklist" }), "Put Block List", { headers: { "Content-Type": "application/xml; charset=utf-8" }, body: /* @__PURE__ */ __name(() => list, "body") });
}
__name(uploadBlob, "uploadBlob");

// src/cache/actions/twirp.ts
var SERVICE = "github.actions.results.api.v1.CacheService";
var ALREADY_EXISTS = "already_exists";
function twirpProtocol(service, dispatcher, userAgent) {
  const rpc = /* @__PURE__ */ __name(async (method, body, signal) => {
    const url = new URL(`/twirp/${SERVICE}/${method}`, service.baseUrl).href;
    const headers = { "Content-Type": "application/json", Authorization: `Bearer ${service.token}`, "User-Agent": userAgent };
    const answer = await withRetries(TWIRP_RETRIES, signal, () => call(dispatcher, url, { method: "POST", headers, body: /* @__PURE__ */ __name(() => JSON.stringify(body), "body"), ...signal ? { signal } : {} }));
    let json = {};
    try {
      json = JSON.parse(answer.text || "{}");
    } catch {
      if (answer.status < 300) throw new CacheServiceError(`the cache service's answer to ${method} is not JSON`, answer.status);
    }
    maskSignedUrl(json.signed_upload_url);
    maskSignedUrl(json.signed_download_url);
    return { answer, json };
  }, "rpc");
  const failed = /* @__PURE__ */ __name((method, answer) => new CacheServiceError(`the cache service ${statusWords(answer)} (${method})`, answer.status), "failed");
  return {
    async lookup(keys, version, signal) {
      const [key, ...restoreKeys] = keys;
      const body = { key, ...restoreKeys.length > 0 ? { restore_keys: restoreKeys } : {}, version };
      const { answer, json } = await rpc("GetCacheEntryDownloadURL", body, signal);
      if (answer.status >= 300) throw failed("GetCacheEntryDownloadURL", answer);
      if (json.ok !== true) return void 0;
      const url = stringOf(json.signed_download_url);
      if (url === "") throw new CacheServiceError("the cache service found an entry but gave no URL to download it from");
      return { matchedKey: stringOf(json.matched_key), archiveUrl: url };
    },
    async save(key, version, archive, sizeBytes) {
      const created = await rpc("CreateCacheEntry", { key, version });
      if (created.answer.status === 409 || created.json.code === ALREADY_EXISTS) return "exists";
      if (created.answer.status >= 300) throw failed("CreateCacheEntry", created.answer);
      if (created.json.ok !== true) {
        const message = stringOf(created.json.message);
        throw new CacheServiceError(`the cache service did not accept the entry${message === "" ? "" : `: ${message}`}`);
      }
      await uploadBlob(dispatcher, stringOf(created.json.signed_upload_url), archive, sizeBytes);
      const finalized = await rpc("FinalizeCacheEntryUpload", { key, size_bytes: String(sizeBytes), version });
      if (finalized.answer.status >= 300) throw failed("FinalizeCacheEntryUpload", finalized.answer);
      if (finalized.json.ok !== true) {
        const message = stringOf(finalized.json.message);
        throw new CacheServiceError(`the cache service did not complete the entry${message === "" ? "" : `: ${message}`}`);
      }
      return "saved";
    }
  };
}
__name(twirpProtocol, "twirpProtocol");
function stringOf(value) {
  return typeof value === "string" ? value : "";
}
__name(stringOf, "stringOf");
function maskSignedUrl(url) {
  if (typeof url !== "string" || url === "") return;
  const sig = URL.parse(url)?.searchParams.get("sig");
  if (sig) {
    setSecret(sig);
    setSecret(encodeURIComponent(sig));
  }
}
__name(maskSignedUrl, "maskSignedUrl");

// src/cache/github.ts
var USER_AGENT = "go-mod-precache";
function githubBackend(env = process.env, temp) {
  const service = serviceOf(env);
  let client;
  const connect = /* @__PURE__ */ __name((s) => {
    if (client !== void 0) return client;
    const dispatcher = runnerDispatcher(env);
    const protocol = s.protocol === "v2" ? twirpProtocol(s, dispatcher, USER_AGENT) : artifactCacheProtocol(s, dispatcher, USER_AGENT, env);
    return client = { protocol, dispatcher };
  }, "connect");
  return {
    name: "the Actions cache service",
    available: /* @__PURE__ */ __name(() => service !== void 0, "available"),
    stagingFile: /* @__PURE__ */ __name(async (entry) => path.join(await scratchDir(`gha-${entry}-`, temp), ARCHIVE_NAME), "stagingFile"),
    async restore(entry, primaryKey, restoreKeys, lookupTimeoutMs, idleTimeoutMs = lookupTimeoutMs) {
      if (service === void 0) return { outcome: "service-failed", why: "no cache service is configured for this job" };
      if (!service.readable) {
        info(`Cache restore skipped: the effective cache-mode '${service.mode}' does not permit reads.`);
        return { outcome: "miss" };
      }
      const keys = [primaryKey, ...restoreKeys];
      const invalid = keyProblem(keys);
      if (invalid !== void 0) return { outcome: "service-failed", why: invalid };
      const { protocol, dispatcher } = connect(service);
      let found;
      try {
        found = await withinTime((signal) => protocol.lookup(keys, cacheVersion(ARCHIVE_FORMAT, entry), signal), lookupTimeoutMs);
      } catch (err) {
        return { outcome: "service-failed", why: errorMessage(err) };
      }
      if (found === TIMED_OUT) return { outcome: "timeout" };
      if (found === void 0) return { outcome: "miss" };
      const matchedKey = found.matchedKey || primaryKey;
      try {
        return { outcome: "restored", matchedKey, source: await openDownload(dispatcher, found.archiveUrl, idleTimeoutMs) };
      } catch (err) {
        return { outcome: "broken", matchedKey, why: errorMessage(err), corrupt: false };
      }
    },
    async save(entry, key, archive) {
      const sizeBytes = (await stat(archive)).size;
      if (service === void 0) return { saved: false, skipped: "no cache service is configured for this job", failed: true, sizeBytes };
      if (!service.writable) return { saved: false, skipped: `the effective cache-mode '${service.mode}' does not permit writes`, sizeBytes };
      const invalid = keyProblem([key]);
      if (invalid !== void 0) return { saved: false, skipped: invalid, failed: true, sizeBytes };
      if (service.githubCom && sizeBytes > MAX_ENTRY_BYTES) {
        return { saved: false, skipped: `the archive is ${sizeBytes} bytes, over the cache service's 10 GiB limit`, failed: true, sizeBytes };
      }
      const { protocol } = connect(service);
      const version = cacheVersion(ARCHIVE_FORMAT, entry);
      try {
        const existing = await protocol.lookup([key], version);
        if (existing !== void 0 && sameKey(existing.matchedKey, key)) return { saved: false, skipped: "entry already exists", sizeBytes };
        const stored = await protocol.save(key, version, archive, sizeBytes);
        return stored === "saved" ? { saved: true, sizeBytes } : { saved: false, skipped: "the cache service already has this key (another job may be creating this cache, or saved it meanwhile)", sizeBytes };
      } catch (err) {
        return { saved: false, skipped: `save failed: ${errorMessage(err)}`, failed: true, sizeBytes };
      }
    },
    // Never throws: an archive left behind (a scan holding it) is a warning, not a failed save.
    discard: /* @__PURE__ */ __name(async (file) => {
      await removeTree(path.dirname(file));
    }, "discard")
  };
}
__name(githubBackend, "githubBackend");
export {
  githubBackend
};
