// Widths of the owned columns whose cells are words (Next step, Trend): Excel's standard width cuts
// "Heroverwegen" or "▼ vorher C" off once the next column holds something. The width fits the longest
// text the run writes there, header included; removal puts the standard width back (removal.ts).
import type { OutCell } from "./blockWriter";
import type { ColumnPlan } from "./columnPlan";
import type { OwnedKey } from "./ownership";

export const WORD_COLUMNS: readonly OwnedKey[] = ["nextStep", "trend"];

/** Calibri 11's widest common letters and a cell's padding, in points, with room for ▲ and ▼. */
const POINTS_PER_CHARACTER = 6;
const PADDING_POINTS = 9;
/** Excel's standard column width (8.43 characters) in points: never narrower than that. */
const STANDARD_POINTS = 48;
/** A custom next-step name may be long: past this it wraps to the cell like any long text. */
const MAX_POINTS = 250;

/** ▲ ▼ ≠ are not in Calibri: the fallback font draws them about two letters wide. */
const WIDE_GLYPHS = /[▲▼≠]/g;
const characters = (text: string) => text.length + (text.match(WIDE_GLYPHS)?.length ?? 0);

function wordColumnPoints(header: string, cellOf: ((i: number) => OutCell) | undefined, count: number): number {
  let longest = characters(header);
  const seen = new Set<string>();
  for (let i = 0; cellOf && i < count; i++) {
    const cell = cellOf(i);
    if (typeof cell !== "string" || seen.has(cell)) continue;
    seen.add(cell);
    longest = Math.max(longest, characters(cell));
  }
  return Math.min(MAX_POINTS, Math.max(STANDARD_POINTS, longest * POINTS_PER_CHARACTER + PADDING_POINTS));
}

/** Queues the width of each word column the plan writes (a column-width change, no cell is touched); `count` clients. */
export function queueWordColumnWidths(context: Excel.RequestContext, plan: ColumnPlan, cells: Partial<Record<OwnedKey, (i: number) => OutCell>>, count: number): void {
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  for (const column of plan.columns) {
    if (!WORD_COLUMNS.includes(column.key)) continue;
    ws.getRangeByIndexes(plan.headerRow, column.col, 1, 1).format.columnWidth = wordColumnPoints(column.header, cells[column.key], count);
  }
}
