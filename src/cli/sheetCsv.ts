// A sheet written as CSV: numbers in the file's decimal mark, dates (cells formatted as dates) as
// YYYY-MM-DD, which every spreadsheet reads the same way.
import { type CsvCell, type CsvFormat, type SimWorkbook, writeCsv } from "../simulator";

const SERIAL_OF_1970 = 25_569;

export function sheetAsCsv(workbook: SimWorkbook, sheetName: string, format: CsvFormat): Uint8Array {
  const sheet = workbook.sheet(sheetName);
  const rows: CsvCell[][] = [];
  let width = 0;
  let height = 0;
  for (const [r, cells] of sheet.rows) {
    height = Math.max(height, r + 1);
    for (const c of cells.keys()) width = Math.max(width, c + 1);
  }
  for (let r = 0; r < height; r++) {
    const row: CsvCell[] = [];
    for (let c = 0; c < width; c++) {
      const cell = sheet.get(r, c);
      const value = cell?.value ?? null;
      if (typeof value === "number" && /^yyyy-mm-dd$/i.test(cell?.numberFormat ?? "")) row.push(isoDay(value));
      else row.push(typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : value);
    }
    rows.push(row);
  }
  return writeCsv(rows, format);
}

function isoDay(serial: number): string {
  return new Date((Math.floor(serial) - SERIAL_OF_1970) * 86_400_000).toISOString().slice(0, 10);
}
