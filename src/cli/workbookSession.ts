import { createExcelHost, SimWorkbook } from "../simulator";
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
    throw new CliError(`not an .xlsx workbook: ${file} (${error instanceof Error ? error.message : error})`);
  }
  const host = createExcelHost(workbook);
  return { workbook, run: host.run, isSetSupported: requirementCheck(host.office) };
}

/** The simulated Office's own answer where it gives one; the simulator models the whole API otherwise. */
function requirementCheck(office: unknown): (set: string, version: string) => boolean {
  const requirements = (office as { context?: { requirements?: { isSetSupported?: (s: string, v: string) => boolean } } })
    ?.context?.requirements;
  const check = requirements?.isSetSupported;
  return check ? (set, version) => check.call(requirements, set, version) : () => true;
}

/** Refuses an unknown --sheet before anything runs, listing the sheets there are. */
export function assertSheetExists(workbook: SimWorkbook, sheet: string | undefined): void {
  if (sheet === undefined) return;
  const names = workbook.sheetNames();
  if (!names.includes(sheet)) {
    throw new CliError(`sheet not found: "${sheet}" (the workbook has: ${names.map((n) => `"${n}"`).join(", ")})`);
  }
}
