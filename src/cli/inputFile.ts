import * as fs from "node:fs";
import { MAX_UNPACKED_BYTES } from "../simulator";
import { CliError } from "./errors";
import { kindOf } from "./outputFile";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": every .xlsx is a zip archive

/** Refuses an input that is missing or not a regular file (a folder, a device, a pipe); gives its size. */
export function checkRegularFile(file: string): fs.Stats {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`file not found: ${file}`);
  }
  if (!stat.isFile()) throw new CliError(`not a file: ${file} is ${kindOf(stat)}`);
  return stat;
}

/** Refuses, before anything is read, an input that is missing, not a regular file or too large to open. */
export function checkInputFile(file: string): void {
  const stat = checkRegularFile(file);
  // Zip compression only shrinks a workbook, so a file past the unpacked limit is past it unpacked too.
  if (stat.size > MAX_UNPACKED_BYTES) {
    throw new CliError(`${file} is too large: ${megabytes(stat.size)}, and client-rater opens workbooks of up to ${megabytes(MAX_UNPACKED_BYTES)}`);
  }
}

/** Reads the workbook to rate, refusing early (with the file named) what cannot be one. */
export function readXlsxFile(file: string): Uint8Array {
  checkInputFile(file);
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (bytes.length < ZIP_MAGIC.length || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new CliError(`not an .xlsx workbook: ${file} (an .xlsx file is a zip archive; this one is not${looksLikeOldXls(bytes) ? ", it looks like an old .xls: save it as .xlsx first" : ""})`);
  }
  return bytes;
}

function looksLikeOldXls(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0].every((b, i) => bytes[i] === b);
}

export const megabytes = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;
