// Getting workbooks in and out of the workbench: the sample from the dev server, a local file, a download.
import { MAX_UNPACKED_BYTES, SimWorkbook } from "../simulator";
import { downloadBlob } from "../taskpane/editing/downloadBlob";

const SAMPLE_URL = "assets/sample-clients.xlsx";

export async function loadSampleWorkbook(): Promise<SimWorkbook> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`Could not load the sample workbook ${SAMPLE_URL} (HTTP ${response.status}).`);
  return SimWorkbook.fromXlsx(await response.arrayBuffer());
}

export async function readWorkbookFile(file: File): Promise<SimWorkbook> {
  // Zip compression only shrinks: a file past the unpacked limit is refused before it is read into memory.
  if (file.size > MAX_UNPACKED_BYTES) {
    throw new Error(`it is ${Math.round(file.size / 2 ** 20)} MB; workbooks of up to ${MAX_UNPACKED_BYTES / 2 ** 20} MB are opened.`);
  }
  return SimWorkbook.fromXlsx(await file.arrayBuffer());
}

/** A macro-enabled workbook is saved as one (.xlsm, its macros kept): Excel opens no .xlsx holding macros. */
export async function downloadWorkbook(workbook: SimWorkbook, fileName: string): Promise<void> {
  const bytes = await workbook.toXlsx();
  const type = workbook.macroEnabled ? "application/vnd.ms-excel.sheet.macroEnabled.12" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  downloadBlob(new Blob([bytes as BlobPart], { type }), fileName);
}

/** "clients.xlsx" -> "clients.rated.xlsx"; "tools.xlsm" -> "tools.rated.xlsm" when it is macro-enabled. */
export function ratedFileName(fileName: string, macroEnabled = false): string {
  return fileName.replace(/(\.xls[xm])?$/i, macroEnabled ? ".rated.xlsm" : ".rated.xlsx");
}
