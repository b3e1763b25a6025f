// Writes a zip archive (APPNOTE.TXT 4.3): local headers, the parts, the central directory. No ZIP64, which
// an .xlsx under 4 GB never needs; past that it refuses rather than write an archive nothing can read.
import { concatBytes, ZipCodec } from "./zipCodec";
import { DEFLATED, STORED, ZipEntry } from "./zipReader";

/** A part to write: its bytes, or an entry of another archive copied as it is (still compressed). */
export type ZipPart = { name: string; data: Uint8Array } | { name: string; entry: ZipEntry };

export class ZipTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipTooLargeError";
  }
}

const MAX_ZIP32 = 0xffffffff;
const FLAG_UTF8_NAME = 0x0800;
// 1980-01-01 00:00, the earliest MS-DOS date: the same workbook gives the same bytes whenever it is written
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;

interface Written {
  name: Uint8Array;
  utf8: boolean;
  method: number;
  crc32: number;
  compressed: Uint8Array;
  size: number;
  dosTime: number;
  dosDate: number;
  offset: number;
}

async function prepare(part: ZipPart, codec: ZipCodec, compress: boolean): Promise<Omit<Written, "name" | "utf8" | "offset">> {
  if ("entry" in part) {
    const { method, crc32, compressed, uncompressedSize, dosTime, dosDate } = part.entry;
    return { method, crc32, compressed, size: uncompressedSize, dosTime, dosDate };
  }
  const { data } = part;
  // an empty part is stored: a deflated empty part is two bytes for nothing
  const deflate = compress && data.length > 0;
  return { method: deflate ? DEFLATED : STORED, crc32: codec.crc32(data), compressed: deflate ? await codec.deflateRaw(data) : data, size: data.length, dosTime: 0, dosDate: DOS_DATE_1980 };
}

function header(size: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(size);
  return { bytes, view: new DataView(bytes.buffer) };
}

/** The fields a local header and its directory entry share, in the same order, from `at` (after the signature). */
function setSharedFields(view: DataView, at: number, w: Written): void {
  view.setUint16(at, w.method === DEFLATED ? 20 : 10, true);
  view.setUint16(at + 2, w.utf8 ? FLAG_UTF8_NAME : 0, true);
  view.setUint16(at + 4, w.method, true);
  view.setUint16(at + 6, w.dosTime, true);
  view.setUint16(at + 8, w.dosDate, true);
  view.setUint32(at + 10, w.crc32, true);
  view.setUint32(at + 14, w.compressed.length, true);
  view.setUint32(at + 18, w.size, true);
  view.setUint16(at + 22, w.name.length, true);
}

function localHeader(w: Written): Uint8Array {
  const { bytes, view } = header(30 + w.name.length);
  view.setUint32(0, 0x04034b50, true);
  setSharedFields(view, 4, w);
  bytes.set(w.name, 30);
  return bytes;
}

function directoryEntry(w: Written): Uint8Array {
  const { bytes, view } = header(46 + w.name.length);
  view.setUint32(0, 0x02014b50, true);
  // version made by; the directory entry's fields then follow the local header's
  view.setUint16(4, 20, true);
  setSharedFields(view, 6, w);
  view.setUint32(42, w.offset, true);
  bytes.set(w.name, 46);
  return bytes;
}

/** The archive of `parts`, in their order; parts given as bytes are deflated unless `compress` is false. */
export async function writeZip(parts: ZipPart[], codec: ZipCodec, compress = true): Promise<Uint8Array> {
  if (parts.length >= 0xffff) throw new ZipTooLargeError(`a workbook package of ${parts.length} parts needs ZIP64, which is not written; 65,534 parts are`);
  const encoder = new TextEncoder();
  const written: Written[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const w: Written = { name, utf8: /[^\x20-\x7e]/.test(part.name), offset, ...(await prepare(part, codec, compress)) };
    if (w.size > MAX_ZIP32) throw new ZipTooLargeError(`the part ${part.name} is ${Math.round(w.size / 2 ** 20)} MB, past the 4 GB a zip archive without ZIP64 holds`);
    written.push(w);
    offset += 30 + name.length + w.compressed.length;
  }
  const directoryOffset = offset;
  const directorySize = written.reduce((sum, w) => sum + 46 + w.name.length, 0);
  if (directoryOffset + directorySize > MAX_ZIP32) throw new ZipTooLargeError(`the workbook package would be ${Math.round(directoryOffset / 2 ** 20)} MB, past the 4 GB a zip archive without ZIP64 holds`);
  const chunks: Uint8Array[] = [];
  for (const w of written) chunks.push(localHeader(w), w.compressed);
  for (const w of written) chunks.push(directoryEntry(w));
  const { bytes: end, view } = header(22);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, written.length, true);
  view.setUint16(10, written.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, directoryOffset, true);
  chunks.push(end);
  return concatBytes(chunks, directoryOffset + directorySize + 22);
}

