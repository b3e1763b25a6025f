// A table grows by inserting cells: every cell right of it on its rows moves right. The user's
// cells never move, so anything there stops the run before the first write, naming the cell.
import { RaterError } from "../core/errors";
import { cellAddress, rectColumns, rectRows } from "../shared/a1";
import { parseAddress, quoteSheet } from "../shared/sheetName";
import type { ColumnPlan } from "./columnPlan";
import { isBlank } from "./headerRow";
import { readRows } from "./chunks";
import type { TableInfo } from "./workbookState";

/** Throws "cell-in-the-way" for the first filled cell right of `table` on its rows (row by row). */
export async function assertTableCanGrow(context: Excel.RequestContext, table: TableInfo, plan: ColumnPlan): Promise<void> {
  const right = table.rect.c1;
  if (!plan.columns.some((c) => c.isNew) || table.rowsLastUsedCol <= right) return;
  // Only when the used range reaches right of the table on its rows: read that band to be sure.
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const band = ws.getRangeByIndexes(table.rect.r0, right + 1, rectRows(table.rect), table.rowsLastUsedCol - right).getUsedRangeOrNullObject(true).load("address");
  await context.sync();
  if (band.isNullObject) return;
  const used = parseAddress(band.address).rect;
  const { values } = await readRows(context, plan.sheet, used.r0, used.c0, rectRows(used), rectColumns(used));
  for (let r = 0; r < values.length; r++) {
    const c = values[r].findIndex((v) => !isBlank(v));
    if (c < 0) continue;
    const cell = `${quoteSheet(plan.sheet)}!${cellAddress(used.r0 + r, used.c0 + c)}`;
    throw new RaterError(
      "cell-in-the-way",
      `${cell} holds "${String(values[r][c])}", right of table "${table.name}" on its rows; adding the rating columns to the table would move it. Move it below or above the table, or clear it, and rate again.`,
      { cell },
    );
  }
}
