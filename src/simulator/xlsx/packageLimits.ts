// Limits on what an .xlsx may unpack to, checked before any part is inflated for real: a small file
// can hold parts that inflate to gigabytes (a "zip bomb"), which would otherwise end in
// "Invalid string length" or the process running out of memory.

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

export interface PartSizes {
  name: string;
  compressed: number;
  uncompressed: number;
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MB`;

/**
 * Refuses a package whose parts unpack past the limits, from the sizes its zip directory states. That no part
 * inflates to more than it states is checked as it is inflated (zipReader.ts inflateEntry stops there), so a
 * package that lies about its sizes is refused as well, after inflating at most the stated total.
 */
export function assertDeclaredWithinLimits(parts: PartSizes[]): void {
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
}

export function inflatedPastStatedSize(name: string, statedBytes: number): PackageTooLargeError {
  return new PackageTooLargeError(`The workbook's part ${name} unpacks to more than the ${mb(statedBytes)} its zip directory states; the file is damaged or made to exhaust memory.`);
}
