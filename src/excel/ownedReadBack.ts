// Below ExcelApi 1.13 no API reports merged cells before writing (writeGuards.ts), and Excel keeps only a merged
// area's top-left value: what was written to its other cells is gone. So on such an Excel the owned columns are
// read back after the bulk writes, before the final swap, and a value that did not stay stops the run, naming
// the cell; the caller's rollback undoes the bulk writes.
import { RaterError } from "../core/errors";
import { cellAddress, columnLetters } from "../shared/a1";
import { quoteSheet } from "../shared/sheetName";
import type { OutCell } from "./blockWriter";
import { readRows } from "./chunks";
import type { ColumnPlan } from "./columnPlan";
import { isBlank } from "./headerRow";
import type { OwnedKey } from "./ownership";

export async function assertOwnedCellsKept(
  context: Excel.RequestContext,
  plan: ColumnPlan,
  values: Record<OwnedKey, OutCell[]>,
  /** Each client's row in the block, counted from the header row (0). */
  clientRows: number[],
): Promise<void> {
  const cols = plan.columns.map((c) => c.col);
  const first = Math.min(...cols);
  const block = await readRows(context, plan.sheet, plan.headerRow, first, plan.lastDataRow - plan.headerRow + 1, Math.max(...cols) - first + 1);
  for (const c of plan.columns) {
    const lost = (blockRow: number, expected: OutCell) => expected !== "" && isBlank(block.values[blockRow]?.[c.col - first]);
    const blockRow = lost(0, c.header) ? 0 : clientRows.find((r, i) => lost(r, values[c.key][i]));
    if (blockRow === undefined) continue;
    const cell = `${quoteSheet(plan.sheet)}!${cellAddress(plan.headerRow + blockRow, c.col)}`;
    throw new RaterError(
      "merged-cells",
      `${cell} is part of merged cells in column ${columnLetters(c.col)}, where Client Rater writes "${c.header}", and Excel keeps only a merged area's top-left value. Unmerge them (Home > Merge & Center) or move them, and try again.`,
      { cell },
    );
  }
}
