import { Rect, inGrid, intersect } from "../../shared/a1";
import { SimError, invalidArgument } from "../errors";
import { SheetModel } from "../model/sheet";
import { WorkbookModel } from "../model/workbook";

/** Writing to cells of a protected sheet fails with AccessDenied.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection */
export function assertWritable(sheet: SheetModel, location: string): void {
  if (sheet.protection.protected) {
    throw new SimError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.", location);
  }
}

/** With the workbook's structure protected, Excel refuses to add, delete, rename, move, hide or unhide sheets.
 * https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection */
export function assertStructureUnlocked(wb: WorkbookModel, location: string): void {
  if (wb.protection.protected) {
    throw new SimError("AccessDenied", "The workbook's structure is protected: sheets can't be added, deleted, renamed, moved, hidden or unhidden.", location);
  }
}

export function assertInGrid(rect: Rect, location: string): void {
  if (!inGrid(rect)) throw invalidArgument(location);
}

/** Pivot output can't be overwritten cell by cell (Excel: "We can't change this part of the PivotTable"). */
export function assertNotPivotOutput(sheet: SheetModel, rect: Rect, location: string): void {
  for (const p of sheet.pivots) {
    if (p.outputRect && intersect(p.outputRect, rect)) {
      throw new SimError("InvalidOperation", "We can't make this change to the selected cells because it will affect a PivotTable.", location);
    }
  }
}

export function assertInteger(n: unknown, location: string): asserts n is number {
  if (typeof n !== "number" || !Number.isInteger(n)) throw invalidArgument(location);
}
