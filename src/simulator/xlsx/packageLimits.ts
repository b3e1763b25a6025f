// Limits on what an .xlsx may unpack to, checked before any part is inflated for real: a small file
// can hold parts that inflate to gigabytes (a "zip bomb"), which would otherwise end in
// "Invalid string length" or the process running out of memory.
import type JSZip from "jszip";

/** All parts together, unpacked. */
export const MAX_UNPACKED_BYTES = 256 * 2 ** 20;
/** A part at least this large, unpacked, may not be compressed more than MAX_COMPRESSION_RATIO times. */
export const LARGE_PART_BYTES = 16 * 2 ** 20;
/** Worksheet XML compresses about 5 to 15 times; a hundredfold is filler made to inflate. */
const MAX_COMPRESSION_RATIO = 100;

export class PackageTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageTooLargeError";
  }
}

interface PartSizes {
  name: string;
  compressed: number;
  uncompressed: number;
}

/** The sizes the zip's central directory states (jszip reads it without inflating anything). */
function declaredSizes(zip: JSZip): PartSizes[] {
  return Object.values(zip.files)
    .filter((file) => !file.dir)
    .map((file) => {
      const data = (file as JSZip.JSZipObject & { _data?: { compressedSize?: number; uncompressedSize?: number } })._data;
      return { name: file.name, compressed: data?.compressedSize ?? 0, uncompressed: data?.uncompressedSize ?? 0 };
    });
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MB`;

/**
 * Refuses a package whose parts unpack past the limits, from the sizes it states, and then checks
 * that no part inflates to more than it stated (streamed and counted, nothing kept), so a package
 * that lies about its sizes is refused as well, after inflating at most the stated total.
 */
export async function assertPackageWithinLimits(zip: JSZip): Promise<void> {
  const parts = declaredSizes(zip);
  let total = 0;
  for (const part of parts) {
    total += part.uncompressed;
    const ratio = part.uncompressed / Math.max(1, part.compressed);
    if (part.uncompressed >= LARGE_PART_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      throw new PackageTooLargeError(
        `The workbook's part ${part.name} unpacks from ${mb(part.compressed)} to ${mb(part.uncompressed)}, ${Math.round(ratio)} times; ` +
          `a part of ${mb(LARGE_PART_BYTES)} or more compressed over ${MAX_COMPRESSION_RATIO} times is not opened (it looks made to exhaust memory).`,
      );
    }
  }
  if (total > MAX_UNPACKED_BYTES) {
    const largest = parts.reduce((a, b) => (b.uncompressed > a.uncompressed ? b : a));
    throw new PackageTooLargeError(
      `The workbook unpacks to ${mb(total)} (its largest part, ${largest.name}, to ${mb(largest.uncompressed)}); workbooks of up to ${mb(MAX_UNPACKED_BYTES)} unpacked are opened.`,
    );
  }
  for (const part of parts) await assertInflatesWithin(zip, part);
}

/** jszip's StreamHelper (documented, missing from its typings): inflates a part chunk by chunk. */
interface PartStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): PartStream;
  on(event: "error", listener: (error: Error) => void): PartStream;
  on(event: "end", listener: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

function assertInflatesWithin(zip: JSZip, part: PartSizes): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    const file = zip.files[part.name] as JSZip.JSZipObject & { internalStream(type: "uint8array"): PartStream };
    const stream = file.internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        seen += chunk.length;
        if (seen <= part.uncompressed) return;
        stream.pause();
        reject(new PackageTooLargeError(`The workbook's part ${part.name} unpacks to more than the ${mb(part.uncompressed)} its zip directory states; the file is damaged or made to exhaust memory.`));
      })
      .on("error", (error: Error) => reject(new Error(`its part ${part.name} cannot be unpacked (${error.message})`)))
      .on("end", () => resolve())
      .resume();
  });
}
