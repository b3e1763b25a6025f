// The output's extension must match what is written: Excel refuses to open a file whose extension and
// content type disagree, so a macro-enabled workbook is saved as .xlsm (its macros kept) and any other as .xlsx.
import * as path from "node:path";
import { CliError } from "./errors";

export function assertOutputFormat(input: string, out: string, macroEnabled: boolean, csvInput = false): void {
  const ext = path.extname(out).toLowerCase();
  if (isCsvOutput(out) && !csvInput) {
    throw new CliError(`--out ${out} is a CSV file, which is written for a CSV input only: give --out a name ending in .xlsx`);
  }
  if (macroEnabled && ext !== ".xlsm") {
    throw new CliError(`${input} is a macro-enabled workbook and an .xlsx file cannot keep its macros: give --out a name ending in .xlsm`);
  }
  if (!macroEnabled && ext === ".xlsm") {
    throw new CliError(`${input} has no macros, and Excel will not open an .xlsx workbook saved as .xlsm: give --out a name ending in .xlsx`);
  }
}

/** A CSV input may be written back as CSV: the input's fields plus the rating's columns. */
export function isCsvOutput(out: string): boolean {
  return /\.(csv|tsv)$/i.test(out);
}
