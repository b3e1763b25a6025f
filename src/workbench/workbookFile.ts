// Getting workbooks in and out of the workbench: the sample from the dev server, a local file, a download.
import { csvWorkbook, MAX_UNPACKED_BYTES, readCsv, SimWorkbook } from "../simulator";
import { downloadBlob } from "../taskpane/editing/downloadBlob";

const SAMPLE_URL = "assets/sample-clients.xlsx";

export async function loadSampleWorkbook(): Promise<SimWorkbook> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`Could not load the sample workbook ${SAMPLE_URL} (HTTP ${response.status}).`);
  return SimWorkbook.fromXlsx(await response.arrayBuffer());
}

/** An .xlsx or .xlsm, or a CSV opened as Excel opens one (a sheet named after the file); `warnings` say how the CSV was read. */
export async function readWorkbookFile(file: File): Promise<{ workbook: SimWorkbook; warnings: string[] }> {
  // Zip compression only shrinks: a file past the unpacked limit is refused before it is read into memory.
  if (file.size > MAX_UNPACKED_BYTES) {
    throw new Error(`it is ${Math.round(file.size / 2 ** 20)} MB; workbooks of up to ${MAX_UNPACKED_BYTES / 2 ** 20} MB are opened.`);
  }
  if (isCsvFile(file.name)) {
    const table = readCsv(new Uint8Array(await file.arrayBuffer()), file.name);
    return { workbook: csvWorkbook(table), warnings: table.warnings.map((w) => w.message) };
  }
  return { workbook: await SimWorkbook.fromXlsx(await file.arrayBuffer()), warnings: [] };
}

const isCsvFile = (fileName: string): boolean => /\.(csv|tsv)$/i.test(fileName);

/** A macro-enabled workbook is saved as one (.xlsm, its macros kept): Excel opens no .xlsx holding macros. */
export async function downloadWorkbook(workbook: SimWorkbook, fileName: string): Promise<void> {
  const bytes = await workbook.toXlsx();
  const type = workbook.macroEnabled ? "application/vnd.ms-excel.sheet.macroEnabled.12" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  downloadBlob(new Blob([bytes as BlobPart], { type }), fileName);
}

/** "clients.xlsx" (or "clients.csv") -> "clients.rated.xlsx"; "tools.xlsm" -> "tools.rated.xlsm" when it is macro-enabled. */
export function ratedFileName(fileName: string, macroEnabled = false): string {
  return fileName.replace(/(\.xls[xm]|\.csv|\.tsv)?$/i, macroEnabled ? ".rated.xlsm" : ".rated.xlsx");
}
