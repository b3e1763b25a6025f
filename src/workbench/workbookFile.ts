// Getting workbooks in and out of the workbench: the sample from the dev server, a local file, a download.
import { SimWorkbook } from "../simulator";
import { downloadBlob } from "../taskpane/editing/downloadBlob";

export const SAMPLE_URL = "assets/sample-clients.xlsx";

export async function loadSampleWorkbook(): Promise<SimWorkbook> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`Could not load the sample workbook ${SAMPLE_URL} (HTTP ${response.status}).`);
  return SimWorkbook.fromXlsx(await response.arrayBuffer());
}

export async function readWorkbookFile(file: File): Promise<SimWorkbook> {
  return SimWorkbook.fromXlsx(await file.arrayBuffer());
}

export async function downloadWorkbook(workbook: SimWorkbook, fileName: string): Promise<void> {
  const bytes = await workbook.toXlsx();
  downloadBlob(new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), fileName);
}

/** "clients.xlsx" -> "clients.rated.xlsx" */
export function ratedFileName(fileName: string): string {
  return fileName.replace(/(\.xlsx)?$/i, ".rated.xlsx");
}
