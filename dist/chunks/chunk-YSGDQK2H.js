import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __name,
  init_define_ACTION_INPUTS
} from "./chunk-SSLVIQDE.js";

// src/cache/source.ts
init_define_ACTION_INPUTS();
import { pipeline as pipe, Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setTimeout as sleep } from "node:timers/promises";
var CLOSE_WAIT_MS = 1e3;
var CHUNK = 1 << 20;
var Exactly = class extends Transform {
  static {
    __name(this, "Exactly");
  }
  #seen = 0;
  expected;
  what;
  constructor(expected, what) {
    super();
    this.expected = expected;
    this.what = what;
  }
  _transform(chunk, _encoding, done) {
    this.#seen += chunk.length;
    if (this.#seen > this.expected) done(new Error(`${this.what} is longer than the ${this.expected} bytes expected`));
    else done(null, chunk);
  }
  _flush(done) {
    done(this.#seen === this.expected ? null : new Error(`${this.what} was cut short: ${this.#seen} of ${this.expected} bytes came`));
  }
};
async function readBytes(source, start, end) {
  const chunks = [];
  await pipeline(source.read(start, end), new Exactly(end - start, `bytes ${start}-${end} of the archive`), async (input) => {
    for await (const chunk of input) chunks.push(chunk);
  });
  return Buffer.concat(chunks);
}
__name(readBytes, "readBytes");
var IdleWatch = class extends Transform {
  static {
    __name(this, "IdleWatch");
  }
  #timer;
  idleMs;
  what;
  constructor(idleMs, what) {
    super({ readableHighWaterMark: CHUNK, writableHighWaterMark: CHUNK });
    this.idleMs = idleMs;
    this.what = what;
    this.#timer = setTimeout(() => this.#check(), idleMs);
  }
  #check() {
    if (this.readableLength > 0 || this.writableLength > 0) {
      this.#timer.refresh();
      return;
    }
    this.destroy(new Error(`no byte of ${this.what} came for ${this.idleMs / 1e3} s`));
  }
  _transform(chunk, _encoding, done) {
    this.#timer.refresh();
    done(null, chunk);
  }
  _flush(done) {
    clearTimeout(this.#timer);
    done();
  }
  _destroy(err, done) {
    clearTimeout(this.#timer);
    done(err);
  }
};
function lazyStream(produce) {
  return Readable.from(produce(), { objectMode: false, highWaterMark: CHUNK });
}
__name(lazyStream, "lazyStream");
function fileSource(handle, sizeBytes, what, idleMs) {
  let closing;
  return {
    sizeBytes,
    read(start, end) {
      if (end <= start) return Readable.from([]);
      const stream = handle.createReadStream({ start, end: end - 1, highWaterMark: CHUNK, autoClose: false });
      return pipe(stream, new IdleWatch(idleMs, what), () => void 0);
    },
    // A close waits for the reads still pending on the descriptor: one hung on a mount must not
    // hold the job, so the wait is short.
    close: /* @__PURE__ */ __name(() => Promise.race([closing ??= handle.close().catch(() => void 0), sleep(CLOSE_WAIT_MS, void 0, { ref: false })]), "close")
  };
}
__name(fileSource, "fileSource");

export {
  CHUNK,
  Exactly,
  readBytes,
  IdleWatch,
  lazyStream,
  fileSource
};
