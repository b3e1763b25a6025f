// Two documented table behaviours beyond the basic API:
// - Excel on the web refuses TableColumnCollection.add with OperationCellsExceedLimit when
//   (table rows) x (16383 - table columns) exceeds 33,554,000 cells, i.e. from about 2,050 rows
//   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling, OperationCellsExceedLimit).
// - Table.resize (ExcelApi 1.13): the new range must overlap the old one and keep the header row in the same row;
//   new header cells get Excel's unique names, cells left out stay as plain cells.
//   (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1))
import { Rect, intersect, rectColumns } from "../../shared/a1";
import { parseRangeArgument } from "../rangeArgument";
import { SimError, invalidArgument } from "../errors";
import type { SimRequestContextCore } from "./context";
import { assertWritable } from "./guards";
import type { TableRef } from "./tables/tableRef";

const WEB_OPERATION_CELL_LIMIT = 33_554_000;
const MAX_COLUMN_INDEX = 16_383;

export function assertColumnAddWithinLimit(context: SimRequestContextCore, { table }: TableRef): void {
  if (context.host.platform !== "web") return;
  const rows = table.rect.r1 - table.rect.r0 + 1;
  if (rows * (MAX_COLUMN_INDEX - rectColumns(table.rect)) > WEB_OPERATION_CELL_LIMIT) {
    throw new SimError("OperationCellsExceedLimit", undefined, "TableColumnCollection.add");
  }
}

/** `target`: an A1 address on the table's sheet or a range of this context; `uniqueHeaders` as TableCollection.add names them. */
export function resizeTable(ref: TableRef, target: Rect, uniqueHeaders: (values: unknown[]) => string[]): void {
  const { sheet, table } = ref;
  assertWritable(sheet, "Table.resize");
  if (!intersect(table.rect, target) || target.r0 !== table.rect.r0 || target.r1 === target.r0) throw invalidArgument("Table.resize");
  if (sheet.tables.some((t) => t !== table && intersect(t.rect, target))) {
    throw new SimError("InvalidArgument", "A table can't overlap another table.", "Table.resize");
  }
  if (sheet.pivots.some((p) => p.outputRect && intersect(p.outputRect, target))) {
    throw new SimError("InvalidArgument", "A table can't overlap a PivotTable report.", "Table.resize");
  }
  const raw: unknown[] = [];
  for (let c = target.c0; c <= target.c1; c++) raw.push(sheet.get(target.r0, c)?.value ?? null);
  uniqueHeaders(raw).forEach((name, i) => {
    const cell = sheet.ensure(target.r0, target.c0 + i);
    if (cell.value === name) return;
    cell.value = name;
    delete cell.formula;
  });
  table.rect = target;
}

/** The rect `Table.resize` was given: a range proxy's, or an address on the table's sheet. */
export function resizeTarget(ref: TableRef, target: { _resolve(): { sheet: unknown; rect: Rect } | null } | string): Rect {
  if (typeof target === "string") {
    const parsed = parseRangeArgument(target, "Table.resize");
    if (parsed.sheet && parsed.sheet.toLowerCase() !== ref.sheet.name.toLowerCase()) throw invalidArgument("Table.resize");
    return parsed.rect;
  }
  const resolved = target._resolve();
  if (!resolved || resolved.sheet !== ref.sheet) throw invalidArgument("Table.resize");
  return resolved.rect;
}
