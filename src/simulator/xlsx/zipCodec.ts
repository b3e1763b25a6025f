// Deflate, inflate and CRC-32 for the .xlsx package, from the platform rather than in JavaScript. The simulator
// runs in the browser too (the workbench's Open and Download), so it may not import node:zlib: its default is
// CompressionStream/DecompressionStream ("deflate-raw"), and the command line installs node:zlib's synchronous
// functions (src/cli/nodeZipCodec.ts), which are several times quicker than the chunked streams on large parts.

export interface ZipCodec {
  deflateRaw(data: Uint8Array): Promise<Uint8Array>;
  /** Inflates `data`; throws InflatedTooLargeError as soon as the output would pass `maxBytes`. */
  inflateRaw(data: Uint8Array, maxBytes: number): Promise<Uint8Array>;
  crc32(data: Uint8Array): number;
}

export class InflatedTooLargeError extends Error {
  constructor() {
    super("inflates past its stated size");
    this.name = "InflatedTooLargeError";
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function collect(readable: ReadableStream<Uint8Array>, maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel();
      throw new InflatedTooLargeError();
    }
    chunks.push(value);
  }
  return chunks.length === 1 ? chunks[0] : concatBytes(chunks, length);
}

/** `chunks` one after another in one array of `length` bytes (their total). */
export function concatBytes(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function through(data: Uint8Array, transform: CompressionStream | DecompressionStream, maxBytes?: number): Promise<Uint8Array> {
  const writer = transform.writable.getWriter() as WritableStreamDefaultWriter<Uint8Array>;
  // the write's own rejection is the same error the reader sees; it is caught here so it is not left unhandled
  writer.write(data).then(() => writer.close()).catch(() => undefined);
  return collect(transform.readable, maxBytes);
}

const streamsCodec: ZipCodec = {
  deflateRaw: (data) => through(data, new CompressionStream("deflate-raw")),
  inflateRaw: (data, maxBytes) => through(data, new DecompressionStream("deflate-raw"), maxBytes),
  crc32,
};

let current: ZipCodec = streamsCodec;

export function zipCodec(): ZipCodec {
  return current;
}

/** Makes `codec` the one every later read and write of a package uses. */
export function useZipCodec(codec: ZipCodec): void {
  current = codec;
}
