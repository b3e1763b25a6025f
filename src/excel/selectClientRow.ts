// Selecting a client's row on the rated sheet, for the panel's Focus lists: activates the sheet and
// selects the row's cells of the used range (or the whole row when the sheet reads as empty).
import { RaterError } from "../core/errors";

export async function selectClientRow(context: Excel.RequestContext, sheetName: string, row: number): Promise<void> {
  // The contract's RaterError naming the sheet (renamed or deleted since the rating), not Office's bare ItemNotFound.
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  if (sheet.isNullObject) {
    throw new RaterError("sheet-not-found", `There is no sheet named "${sheetName}" in this workbook.`, { params: { sheet: sheetName } });
  }
  sheet.activate();
  const used = sheet.getUsedRangeOrNullObject(true).load("columnIndex,columnCount");
  await context.sync();
  const range = used.isNullObject ? sheet.getRangeByIndexes(row, 0, 1, 1).getEntireRow() : sheet.getRangeByIndexes(row, used.columnIndex, 1, used.columnCount);
  range.select();
  await context.sync();
}
