import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CHUNK,
  Exactly,
  readBytes
} from "./chunk-YSGDQK2H.js";
import {
  removeTree
} from "./chunk-JIV6OQGY.js";
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/cache/archive.ts
init_define_ACTION_INPUTS();
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { constants, createZstdCompress, createZstdDecompress } from "node:zlib";
var ARCHIVE_FORMAT = "tar-zstd-3";
var ARCHIVE_NAME = "archive.tzst";
var PARTS = 2;
var EARLY_CLOSE = /* @__PURE__ */ new Set(["EPIPE", "ERR_STREAM_PREMATURE_CLOSE"]);
var SKIPPABLE_MAGIC = 407710288;
function splitMembers(members, parts) {
  const out = Array.from({ length: parts }, () => []);
  members.forEach((m, i) => out[i % parts].push(m));
  return out;
}
__name(splitMembers, "splitMembers");
function parentDirs(members) {
  const dirs = /* @__PURE__ */ new Set();
  for (const m of members) {
    const parts = m.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return [...dirs].sort();
}
__name(parentDirs, "parentDirs");
function encodeHeader(lengths, dirs = []) {
  const payload = Buffer.from(JSON.stringify({ parts: lengths, dirs }));
  const head = Buffer.alloc(8);
  head.writeUInt32LE(SKIPPABLE_MAGIC, 0);
  head.writeUInt32LE(payload.length, 4);
  return Buffer.concat([head, payload]);
}
__name(encodeHeader, "encodeHeader");
function decodeHeader(start) {
  if (start.length < 8 || start.readUInt32LE(0) !== SKIPPABLE_MAGIC) return void 0;
  const size = start.readUInt32LE(4);
  if (start.length < 8 + size) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(start.subarray(8, 8 + size).toString("utf8"));
  } catch {
    return void 0;
  }
  const lengths = parsed.parts;
  const dirs = parsed.dirs ?? [];
  if (!Array.isArray(lengths) || !lengths.every((n) => Number.isSafeInteger(n) && n >= 0)) return void 0;
  if (!Array.isArray(dirs) || !dirs.every((d) => typeof d === "string" && d !== "" && !d.startsWith("/") && !d.split("/").includes(".."))) return void 0;
  const ranges = [];
  let offset = 8 + size;
  for (const n of lengths) {
    ranges.push({ start: offset, end: offset + n });
    offset += n;
  }
  return { ranges, dirs };
}
__name(decodeHeader, "decodeHeader");
async function createArchive(root, members, file) {
  const started = performance.now();
  const groups = splitMembers(members, PARTS);
  const partFiles = groups.map((_, i) => `${file}.part${i}`);
  try {
    await Promise.all(groups.map((group, i) => packPart(root, group, partFiles[i])));
    const lengths = await Promise.all(partFiles.map(async (f) => (await stat(f)).size));
    const out = createWriteStream(file);
    out.write(encodeHeader(lengths, parentDirs(members)));
    for (const f of partFiles) await pipeline(createReadStream(f, { highWaterMark: CHUNK }), out, { end: false });
    await new Promise((resolve, reject) => out.end((err) => err ? reject(err) : resolve()));
  } finally {
    await Promise.all(partFiles.flatMap((f) => [removeTree(f), removeTree(`${f}.members`)]));
  }
  return { bytes: (await stat(file)).size, ms: Math.round(performance.now() - started) };
}
__name(createArchive, "createArchive");
async function packPart(root, members, file) {
  const list = `${file}.members`;
  await writeFile(list, members.map((m) => `${m}
`).join(""));
  const tar = spawnTar(["-cf", "-", "-C", root, "-T", list], "pipe-out");
  const compress = createZstdCompress({ chunkSize: CHUNK, params: { [constants.ZSTD_c_compressionLevel]: 3 } });
  await Promise.all([pipeline(tar.child.stdout, compress, createWriteStream(file)), tar.done]);
}
__name(packPart, "packPart");
var HEAD_BYTES = 256 * 1024;
async function extractArchive(source, root) {
  const started = performance.now();
  const { ranges, dirs } = await readHeader(source);
  for (const dir of dirs) await mkdir(path.join(root, ...dir.split("/")), { recursive: true });
  const stop = new AbortController();
  let failure;
  await Promise.all(
    ranges.map(async (range, i) => {
      try {
        await unpackPart(source, range, `part ${i + 1} of the archive`, root, stop.signal);
      } catch (err) {
        failure ??= { err };
        stop.abort();
      }
    })
  );
  if (failure !== void 0) throw failure.err;
  return { bytes: source.sizeBytes, ms: Math.round(performance.now() - started) };
}
__name(extractArchive, "extractArchive");
async function unpackPart(source, range, what, root, signal) {
  const tar = spawnTar(["-xf", "-", "-C", root], "pipe-in");
  const kill = /* @__PURE__ */ __name(() => tar.child.kill(), "kill");
  signal.addEventListener("abort", kill, { once: true });
  try {
    const steps = [source.read(range.start, range.end), new Exactly(range.end - range.start, what), createZstdDecompress({ chunkSize: CHUNK }), tar.child.stdin];
    const fed = pipeline(...steps, { signal }).then(
      () => void 0,
      (err) => err
    );
    const [feedError, tarError] = await Promise.all([fed, tar.done.then(() => void 0, (err) => err)]);
    const early = feedError !== void 0 && EARLY_CLOSE.has(feedError.code ?? "");
    if (feedError !== void 0 && !early) throw feedError;
    if (tarError !== void 0) throw tarError;
  } finally {
    signal.removeEventListener("abort", kill);
  }
}
__name(unpackPart, "unpackPart");
async function readHeader(source) {
  const size = source.sizeBytes;
  let start = await readBytes(source, 0, Math.min(size, HEAD_BYTES));
  const payload = start.length >= 8 ? start.readUInt32LE(4) : 0;
  if (8 + payload > start.length && 8 + payload <= size) start = Buffer.concat([start, await readBytes(source, start.length, 8 + payload)]);
  const header = decodeHeader(start);
  if (header === void 0) throw new Error("the archive is not of this format (no part header)");
  const end = header.ranges.at(-1)?.end ?? 8 + payload;
  if (end !== size) throw new Error(`the archive is ${size} bytes, its header says ${end}: cut short or damaged`);
  return { ranges: header.ranges.filter((r) => r.end > r.start), dirs: header.dirs };
}
__name(readHeader, "readHeader");
function spawnTar(args, mode) {
  const child = spawn(tarCommand(), args, {
    stdio: mode === "pipe-in" ? ["pipe", "ignore", "pipe"] : ["ignore", "pipe", "pipe"],
    windowsHide: true
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d) => stderr += d);
  const done = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`tar ${args[0]} exited with ${code}: ${stderr.trim().split("\n").slice(0, 3).join("; ")}`));
    });
  });
  return { child, done };
}
__name(spawnTar, "spawnTar");
function tarCommand() {
  if (process.platform !== "win32") return "tar";
  return path.join(process.env.SystemRoot ?? "C:\\Windows", "System32", "tar.exe");
}
__name(tarCommand, "tarCommand");

export {
  ARCHIVE_FORMAT,
  ARCHIVE_NAME,
  createArchive,
  extractArchive
};
