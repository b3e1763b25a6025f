// Where a run put the owned columns, in words a user can check on the sheet: the columns, and when they do
// not sit right beside the client list, the cell that pushed them further right.
import { cellAddress, columnLetters, rectRows } from "../shared/a1";
import type { ColumnPlan } from "./columnPlan";
import type { SheetRead } from "./readSheet";
import type { ColumnPlacement } from "./types";

/**
 * New plain-range columns go right of everything used on the sheet (see columnPlan.ts), so a note far right
 * of the list leaves a gap. Finding the cell that did it costs one small read, only when there is a gap.
 */
export async function describePlacement(context: Excel.RequestContext, read: SheetRead, plan: ColumnPlan): Promise<ColumnPlacement> {
  const cols = plan.columns.map((c) => c.col);
  const first = Math.min(...cols);
  const placement: ColumnPlacement = {
    sheet: plan.sheet,
    firstColumn: columnLetters(first),
    lastColumn: columnLetters(Math.max(...cols)),
    headerRow: plan.headerRow + 1,
    selected: false,
  };
  const listEnd = read.firstColumn + read.columnCount;
  const firstNew = Math.min(...plan.columns.filter((c) => c.isNew).map((c) => c.col));
  if (plan.tableName || !Number.isFinite(firstNew) || firstNew <= listEnd || read.ownedCols.size > 0) return placement;
  const pusher = firstNew - 1;
  const used = read.meta.valuesUsed;
  if (used && pusher >= used.c0 && pusher <= used.c1) {
    const column = context.workbook.worksheets.getItem(plan.sheet).getRangeByIndexes(used.r0, pusher, rectRows(used), 1).load("values");
    await context.sync();
    const row = column.values.findIndex((r) => r[0] !== null && r[0] !== undefined && String(r[0]).trim() !== "");
    if (row >= 0) return { ...placement, pushedBy: { address: cellAddress(used.r0 + row, pusher), holds: "value" } };
  }
  return { ...placement, pushedBy: { address: `${columnLetters(pusher)}:${columnLetters(pusher)}`, holds: "format" } };
}

/**
 * Queues the selection of the first owned column (header to last client), so Excel scrolls to the new grades.
 * It rides with the run's final sync: no round trip of its own. Only a visible sheet can be selected.
 */
export function queueSelectFirstColumn(context: Excel.RequestContext, plan: ColumnPlan, visible: boolean): boolean {
  if (!visible) return false;
  const first = Math.min(...plan.columns.map((c) => c.col));
  const rows = plan.lastDataRow - plan.headerRow + 1;
  context.workbook.worksheets.getItem(plan.sheet).getRangeByIndexes(plan.headerRow, first, rows, 1).select();
  return true;
}
