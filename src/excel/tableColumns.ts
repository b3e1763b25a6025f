// New owned columns on a client list that is an Excel table. Not TableColumnCollection.add: Excel on the
// web refuses it with OperationCellsExceedLimit once (table rows) x (16383 - table columns) passes
// 33,554,000 cells, i.e. for any table of about 2,050 rows or more. Instead the headers are written beside
// the table and Table.resize (ExcelApi 1.13) takes the new columns in: no cell moves, and the user sees
// the same thing, the rating columns inside the table. tableRoom.ts has already made sure those cells are empty.
import type { ColumnPlan } from "./columnPlan";
import { rectColumns, rectRows } from "../shared/a1";

function freshColumns(plan: ColumnPlan) {
  return plan.columns.filter((c) => c.isNew);
}

export function queueTableColumns(context: Excel.RequestContext, plan: ColumnPlan): void {
  const fresh = freshColumns(plan);
  if (!plan.tableName || !plan.tableRect || fresh.length === 0) return;
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  for (const c of fresh) ws.getRangeByIndexes(plan.headerRow, c.col, 1, 1).values = [[c.header]];
  const { r0: row, c0: col } = plan.tableRect;
  const lastCol = Math.max(...fresh.map((c) => c.col));
  context.workbook.tables.getItem(plan.tableName).resize(ws.getRangeByIndexes(row, col, rectRows(plan.tableRect), lastCol - col + 1));
}

/** Undo of queueTableColumns: the table back to its old range, and the cells it had taken in cleared. */
export function queueUndoTableColumns(context: Excel.RequestContext, plan: ColumnPlan): void {
  const fresh = freshColumns(plan);
  if (!plan.tableName || !plan.tableRect || fresh.length === 0) return;
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const { r0: row, c0: col } = plan.tableRect;
  const rowCount = rectRows(plan.tableRect);
  context.workbook.tables.getItem(plan.tableName).resize(ws.getRangeByIndexes(row, col, rowCount, rectColumns(plan.tableRect)));
  for (const c of fresh) ws.getRangeByIndexes(row, c.col, rowCount, 1).clear("All");
}
