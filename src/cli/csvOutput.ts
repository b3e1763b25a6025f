// The rated CSV: the input's fields exactly as they were, then the owned columns the rating wrote,
// in the input's delimiter and decimal mark. Row r of the file is row r of the sheet (src/simulator/csv/csvImport.ts).
import type { ColumnPlacement } from "../excel";
import { columnIndex } from "../shared/a1";
import { type CsvCell, type CsvTable, type SimWorkbook, writeCsv } from "../simulator";

export function ratedCsv(table: CsvTable, workbook: SimWorkbook, placement: ColumnPlacement): Uint8Array {
  const sheet = workbook.sheet(placement.sheet);
  const first = columnIndex(placement.firstColumn);
  const last = columnIndex(placement.lastColumn);
  // The owned columns start right of every field of the file, so rows with fewer fields are padded to there.
  const width = first;
  const rows = table.text.map((fields, r) => {
    const owned: CsvCell[] = [];
    for (let c = first; c <= last; c++) {
      const value = sheet.get(r, c)?.value ?? null;
      owned.push(typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : value);
    }
    const padded = fields.length < width ? [...fields, ...Array<string>(width - fields.length).fill("")] : fields;
    return [...padded, ...owned];
  });
  return writeCsv(rows, table.format);
}
