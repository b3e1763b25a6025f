// Builds .xlsx packages that unpack to far more than they weigh, for the import limits' tests.
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample-clients.xlsx");

/** The sample workbook plus extra parts of zero bytes (deflated to about a thousandth). */
export async function sampleWithFiller(parts: { name: string; bytes: number }[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  for (const part of parts) zip.file(part.name, new Uint8Array(part.bytes));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * Rewrites the uncompressed size a zip states for `partName`, in its local header and its central
 * directory entry, so the package lies about how much that part inflates to.
 */
export function stateUncompressedSize(zipBytes: Uint8Array, partName: string, size: number): Uint8Array {
  const out = new Uint8Array(zipBytes);
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(partName);
  const nameAt = (offset: number) => name.every((b, i) => out[offset + i] === b);
  let patched = 0;
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && view.getUint16(i + 26, true) === name.length && nameAt(i + 30)) {
      view.setUint32(i + 22, size, true);
      patched++;
    } else if (signature === 0x02014b50 && view.getUint16(i + 28, true) === name.length && nameAt(i + 46)) {
      view.setUint32(i + 24, size, true);
      patched++;
    }
  }
  if (patched !== 2) throw new Error(`${partName}: patched ${patched} headers, expected 2`);
  return out;
}
