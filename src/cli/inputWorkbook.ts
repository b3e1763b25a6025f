// The file a command works on, .xlsx or CSV, opened as a workbook in the simulator.
import { csvWorkbook, type CsvTable } from "../simulator";
import type { Locale } from "../core";
import { csvHints, type DateOrder, isCsvPath, readCsvFile } from "./csvInput";
import { withoutEarlierRating } from "./csvEarlierRating";
import { readXlsxFile } from "./inputFile";
import { openWorkbook, sessionFor, type WorkbookSession } from "./workbookSession";

export interface OpenedInput {
  session: WorkbookSession;
  /** Set for a CSV input: its fields as written and its conventions, to write it back alike. */
  csv?: CsvTable;
  /** How the CSV was read, for the user to check (plain English). */
  warnings: string[];
}

export async function openInput(file: string, options: { locale?: Locale; dateOrder?: DateOrder; dropEarlierRating?: boolean }): Promise<OpenedInput> {
  if (!isCsvPath(file)) return { session: await openWorkbook(readXlsxFile(file), file), warnings: [] };
  const read = readCsvFile(file, csvHints(options.locale, options.dateOrder));
  const { table, dropped } = options.dropEarlierRating ? withoutEarlierRating(read) : { table: read, dropped: [] };
  const warnings = table.warnings.map((w) => `${file}: ${w.message}.`);
  if (dropped.length > 0) warnings.push(`${file} holds the columns of an earlier rating (${dropped.join(", ")}); they were rated anew.`);
  return { session: sessionFor(csvWorkbook(table)), csv: table, warnings };
}
