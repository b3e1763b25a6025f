// The .xlsx package as the rest of src/simulator/xlsx edits it (a JSZip of the parts, unpacked), read and
// written through the platform's deflate (zipCodec.ts) instead of jszip's JavaScript one.
import JSZip from "jszip";
import { assertDeclaredWithinLimits, inflatedPastStatedSize } from "./packageLimits";
import { InflatedTooLargeError, zipCodec } from "./zipCodec";
import { inflateEntry, readZipEntries, ZipEntry } from "./zipReader";
import { writeZip, ZipPart } from "./zipWriter";

// Each part as openPackage unpacked it, by its JSZip entry: jszip would hand the bytes back split into 16 KB
// chunks and joined again, seconds for a 100 MB sheet. A part the JSZip has since replaced is a new entry.
const unpacked = new WeakMap<JSZip.JSZipObject, Uint8Array>();

/** The part's bytes; those openPackage unpacked and nobody replaced are handed back without a copy. */
export function partBytes(file: JSZip.JSZipObject): Promise<Uint8Array> {
  const data = unpacked.get(file);
  return data ? Promise.resolve(data) : file.async("uint8array");
}

/** The part's text (UTF-8), or undefined when the package has no such part. */
export async function partText(zip: JSZip, name: string): Promise<string | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  const data = unpacked.get(file);
  return data ? new TextDecoder().decode(data) : file.async("string");
}

export interface OpenedPackage {
  zip: JSZip;
  /** each part as the archive holds it: a part written back unchanged is copied as it was */
  entries: Map<string, ZipEntry>;
}

/** Unpacks every part, within the limits of packageLimits.ts, and checks each against its stated size and CRC-32. */
export async function openPackage(bytes: Uint8Array): Promise<OpenedPackage> {
  const archived = readZipEntries(bytes);
  assertDeclaredWithinLimits(archived.map((e) => ({ name: e.name, compressed: e.compressed.length, uncompressed: e.uncompressedSize })));
  const codec = zipCodec();
  const zip = new JSZip();
  const entries = new Map<string, ZipEntry>();
  for (const entry of archived) {
    let data: Uint8Array;
    try {
      data = await inflateEntry(entry, codec);
    } catch (error) {
      throw error instanceof InflatedTooLargeError ? inflatedPastStatedSize(entry.name, entry.uncompressedSize) : error;
    }
    entries.set(entry.name, entry);
    zip.file(entry.name, data, { binary: true, createFolders: false });
    unpacked.set(zip.file(entry.name)!, data);
  }
  return { zip, entries };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export interface PackageOptions {
  /** parts whose bytes are given here rather than in the JSZip (the large sheets, written straight) */
  bytesOf?: Map<string, Uint8Array>;
  /** the package the workbook was opened from: its parts written back unchanged are copied still compressed */
  source?: OpenedPackage;
  /** false: every part stored, for a package read back at once (exceljs's input) */
  compress?: boolean;
}

/** The archive of the JSZip's files (folders left out), in its order. */
export async function packageBytes(zip: JSZip, options: PackageOptions = {}): Promise<Uint8Array> {
  const codec = zipCodec();
  const parts: ZipPart[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const data = options.bytesOf?.get(file.name) ?? (await partBytes(file));
    const kept = options.source?.entries.get(file.name);
    // the source's bytes are inflated again only for a part of the same size and CRC-32, so the large parts
    // unpacked on import need not be held through the whole export
    const unchanged = kept && options.compress !== false && kept.uncompressedSize === data.length && codec.crc32(data) === kept.crc32 &&
      sameBytes(await inflateEntry(kept, codec), data);
    parts.push(unchanged ? { name: file.name, entry: kept } : { name: file.name, data });
  }
  return writeZip(parts, codec, options.compress !== false);
}
