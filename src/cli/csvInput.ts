// CSV files on the command line: recognised by extension, read with the user's locale as the hint for
// what the file's values leave open (decimal mark, date order).
import * as fs from "node:fs";
import * as path from "node:path";
import type { Locale } from "../core";
import { CsvError, type CsvHints, type CsvTable, readCsv } from "../simulator";
import { CliError } from "./errors";
import { checkInputFile } from "./inputFile";

export type DateOrder = "dmy" | "mdy";

export function isCsvPath(file: string): boolean {
  return /\.(csv|tsv)$/i.test(file);
}

/** --locale as a hint: nl, de and hu write a decimal comma and the day first; en a point and (as Excel in en-US) the month first. */
export function csvHints(locale: Locale | undefined, dateOrder: DateOrder | undefined): CsvHints {
  const fromLocale: CsvHints = locale === undefined ? {} : locale === "en" ? { decimal: ".", dateOrder: "mdy" } : { decimal: ",", dateOrder: "dmy" };
  return { ...fromLocale, ...(dateOrder ? { dateOrder } : {}) };
}

export function readCsvFile(file: string, hints: CsvHints): CsvTable {
  checkInputFile(file);
  try {
    return readCsv(new Uint8Array(fs.readFileSync(file)), path.basename(file), hints);
  } catch (error) {
    if (error instanceof CsvError) throw new CliError(error.message);
    throw error;
  }
}
