import * as fs from "node:fs";
import * as path from "node:path";
import { CliError } from "./errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": every .xlsx is a zip archive

/** Reads the workbook to rate, refusing early (with the file named) what cannot be one. */
export function readXlsxFile(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`file not found: ${file}`);
  }
  if (!stat.isFile()) throw new CliError(`not a file: ${file}`);
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (bytes.length < ZIP_MAGIC.length || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new CliError(`not an .xlsx workbook: ${file} (an .xlsx file is a zip archive; this one is not${looksLikeOldXls(bytes) ? ", it looks like an old .xls: save it as .xlsx first" : ""})`);
  }
  return bytes;
}

function looksLikeOldXls(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0].every((b, i) => bytes[i] === b);
}

/** `<dir>/<name>.rated.xlsx` beside the input when no --out is given (`.rated.xlsm` for a macro-enabled .xlsm). */
export function defaultOutputPath(input: string): string {
  const parsed = path.parse(input);
  const ext = parsed.ext.toLowerCase();
  const base = ext === ".xlsx" || ext === ".xlsm" ? parsed.name : parsed.base;
  return path.join(parsed.dir, `${base}.rated${ext === ".xlsm" ? ".xlsm" : ".xlsx"}`);
}

export function writeOutputFile(input: string, out: string, bytes: Uint8Array): void {
  if (path.resolve(out) === path.resolve(input)) {
    throw new CliError(`--out must differ from the input file (${input}): client-rater never changes its input`);
  }
  try {
    fs.writeFileSync(out, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot write ${out}${code ? ` (${code})` : ""}`);
  }
}
