// What the simulator holds in a workbook, read through the Excel API it implements: for every sheet
// the used range's values, formulas and number formats, placed from A1 as LibreOffice's CSV is.
import { SimWorkbook, createExcelHost } from "../../../src/simulator";
import type { SimValue } from "./cellText";

export interface SheetView {
  name: string;
  /** Row-major from A1; cells before the used range are absent (undefined). */
  values: SimValue[][];
  formulas: unknown[][];
}

export async function simView(xlsx: Uint8Array): Promise<SheetView[]> {
  const workbook = await SimWorkbook.fromXlsx(xlsx);
  const host = createExcelHost(workbook);
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((s) => s.getUsedRangeOrNullObject().load("values,formulas,rowIndex,columnIndex"));
    await context.sync();
    return sheets.items.map((s, i) => {
      const range = used[i];
      const values: SimValue[][] = [];
      const formulas: unknown[][] = [];
      if (!range.isNullObject) {
        range.values.forEach((row, r) => {
          values[range.rowIndex + r] = [];
          formulas[range.rowIndex + r] = [];
          row.forEach((v, c) => {
            values[range.rowIndex + r][range.columnIndex + c] = v as SimValue;
            formulas[range.rowIndex + r][range.columnIndex + c] = range.formulas[r][c];
          });
        });
      }
      return { name: s.name, values, formulas };
    });
  });
}
