import { createExcelHost, PackageTooLargeError, SimWorkbook } from "../simulator";
import { CliError } from "./errors";

export interface WorkbookSession {
  workbook: SimWorkbook;
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  isSetSupported: (set: string, version: string) => boolean;
}

/** Loads .xlsx bytes into the simulator and opens an Excel host on it, as Office would. */
export async function openWorkbook(bytes: Uint8Array, file: string): Promise<WorkbookSession> {
  let workbook: SimWorkbook;
  try {
    workbook = await SimWorkbook.fromXlsx(bytes);
  } catch (error) {
    if (error instanceof PackageTooLargeError) throw new CliError(`cannot open ${file}: ${error.message}`);
    throw new CliError(`not an .xlsx workbook: ${file} (${error instanceof Error ? error.message : error})`);
  }
  return sessionFor(workbook);
}

/** An Excel host on a workbook already in memory (a CSV read into the simulator). */
export function sessionFor(workbook: SimWorkbook): WorkbookSession {
  const host = createExcelHost(workbook);
  const requirements = host.office.context.requirements;
  return { workbook, run: host.run, isSetSupported: (set, version) => requirements.isSetSupported(set, version) };
}

/** Refuses an unknown --sheet before anything runs, listing the sheets there are. */
export function assertSheetExists(workbook: SimWorkbook, sheet: string | undefined): void {
  if (sheet === undefined) return;
  const names = workbook.sheetNames();
  if (!names.includes(sheet)) {
    throw new CliError(`sheet not found: "${sheet}" (the workbook has: ${names.map((n) => `"${n}"`).join(", ")})`);
  }
}
