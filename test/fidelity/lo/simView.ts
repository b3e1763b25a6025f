// What the simulator holds in a workbook, read through the Excel API it implements: for every sheet
// the used range's values and formulas, placed from A1 as LibreOffice's CSV is.
import { rateWorkbook } from "../../../src/excel";
import { SimWorkbook, createExcelHost } from "../../../src/simulator";
import type { SimValue } from "./cellText";

export interface SheetView {
  name: string;
  /** Row-major from A1; cells before the used range are absent (undefined). */
  values: SimValue[][];
  formulas: unknown[][];
}

/** The workbook in memory right after rating `input` as the command line does (`--as-of` is a stored ratingDate), before any export. */
export async function simViewAfterRating(input: Uint8Array, ratingDate: string): Promise<SheetView[]> {
  const workbook = await SimWorkbook.fromXlsx(input);
  const host = createExcelHost(workbook);
  await host.run((context) =>
    rateWorkbook(context, { ratingDate, isSetSupported: (set, version) => host.office.context.requirements.isSetSupported(set, version) }),
  );
  return readSheets(host);
}

function readSheets(host: ReturnType<typeof createExcelHost>): Promise<SheetView[]> {
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
