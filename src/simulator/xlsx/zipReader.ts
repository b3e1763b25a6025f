// Reads a zip archive's directory and its entries' compressed bytes (APPNOTE.TXT 4.3), without inflating
// anything: inflating is the codec's (zipCodec.ts), part by part, bounded by the size each part states.
import { InflatedTooLargeError, ZipCodec } from "./zipCodec";

export const STORED = 0;
export const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  /** the entry's data as stored in the archive: deflated, or the part itself when `method` is STORED */
  compressed: Uint8Array;
  uncompressedSize: number;
  /** MS-DOS time and date fields, kept so an entry copied as it is keeps them */
  dosTime: number;
  dosDate: number;
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const FLAG_ENCRYPTED = 0x0001;

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new ZipFormatError("an .xlsx file is a zip archive, and this file has no zip directory at its end (not a zip, or cut short)");
}

/** The archive's entries in directory order; folders are left out. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if ((end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) || count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ZipFormatError("it is a ZIP64 archive (over 4 GB or 65,535 parts), which workbooks of this size never need");
  }
  if (directoryOffset + directorySize > end) throw new ZipFormatError("its zip directory points past the end of the file (the file is cut short or damaged)");
  const names = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipFormatError(`its zip directory is damaged at entry ${i + 1} of ${count}`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry = { name, flags, method, crc32: view.getUint32(at + 16, true), compressedSize, uncompressedSize, localOffset, dosTime: view.getUint16(at + 12, true), dosDate: view.getUint16(at + 14, true) };
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (name.endsWith("/")) continue;
    if (flags & FLAG_ENCRYPTED) throw new ZipFormatError(`its part ${name} is encrypted (a password-protected workbook): remove the password in Excel first`);
    if (method !== STORED && method !== DEFLATED) throw new ZipFormatError(`its part ${name} is compressed with method ${method}; .xlsx parts are stored or deflated`);
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_HEADER) throw new ZipFormatError(`its part ${name} is not where the zip directory says (the file is damaged)`);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) throw new ZipFormatError(`its part ${name} is cut short (the file is truncated)`);
    entries.push({ name, method, crc32: entry.crc32, compressed: bytes.subarray(dataStart, dataStart + compressedSize), uncompressedSize, dosTime: entry.dosTime, dosDate: entry.dosDate });
  }
  return entries;
}

/**
 * The part itself, checked against the size and CRC-32 the directory states. A part that would inflate past its
 * stated size is stopped there (InflatedTooLargeError), so a directory that understates sizes cannot make it
 * inflate more than the limits allowed for.
 */
export async function inflateEntry(entry: ZipEntry, codec: ZipCodec): Promise<Uint8Array> {
  if (entry.method === STORED && entry.compressed.length > entry.uncompressedSize) throw new InflatedTooLargeError();
  let data: Uint8Array;
  try {
    data = entry.method === STORED ? entry.compressed : await codec.inflateRaw(entry.compressed, entry.uncompressedSize);
  } catch (error) {
    if (error instanceof InflatedTooLargeError) throw error;
    throw new ZipFormatError(`its part ${entry.name} cannot be unpacked (${error instanceof Error ? error.message : String(error)})`);
  }
  if (data.length > entry.uncompressedSize) throw new InflatedTooLargeError();
  if (data.length !== entry.uncompressedSize) {
    throw new ZipFormatError(`its part ${entry.name} cannot be unpacked (it unpacks to ${data.length} bytes, its zip directory states ${entry.uncompressedSize})`);
  }
  if (codec.crc32(data) !== entry.crc32) throw new ZipFormatError(`its part ${entry.name} cannot be unpacked (its checksum does not match: the file is damaged)`);
  return data;
}
