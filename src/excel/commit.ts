// The two halves of a rating's writes (see the note at the top of rateWorkbook.ts): the final sync
// that swaps the new rating in, and the undo of the bulk writes when any sync fails.
import type { ReadBlock } from "./chunks";
import { queueUndoTableColumns } from "./tableColumns";
import { BlockWriter, type OutCell } from "./blockWriter";
import type { ColumnPlan } from "./columnPlan";
import { ownedSheet } from "./ownedSheets";
import type { WorkbookState } from "./workbookState";

/** A free sheet name to build an owned sheet under until the final sync renames it. */
export function temporarySheetName(state: WorkbookState, base: string, taken: string[] = []): string {
  const used = new Set([...state.sheetNames, ...taken].map((s) => s.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = `${base} (new ${i})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * Final sync: the previous owned sheet goes, the new one takes our workbook name and then its final name.
 * The order matters when the sync fails part-way (Excel applies the actions before the failing one): the old
 * sheet goes before its name, and the new sheet is named ours before it is renamed, so no sheet ever carries
 * one of our sheet names without our workbook name on it. The next rating then recognises every leftover.
 */
export function queueSwapSheet(context: Excel.RequestContext, state: WorkbookState, ownedName: string, temp: string, finalName: string): void {
  const wb = context.workbook;
  const old = ownedSheet(state, ownedName);
  if (old) wb.worksheets.getItem(old).delete();
  if (state.allOurNames.includes(ownedName)) wb.names.getItem(ownedName).delete();
  const ws = wb.worksheets.getItem(temp);
  wb.names.add(ownedName, ws.getRange("A1"));
  ws.name = finalName;
}

export interface UndoInfo {
  plan: ColumnPlan;
  /** What the read found from the header row down, over the columns from `readCol`. */
  block: ReadBlock;
  readCol: number;
  /** Owned sheets being built under temporary names. */
  tempSheets: string[];
}

/**
 * Puts back what the bulk writes changed: removes the sheets built under temporary names and the
 * columns this run added, and writes the previous run's owned cells (values and number formats, as
 * read) back over what this run wrote. Everything the final sync would have changed is untouched,
 * because a failed sync applies nothing of itself.
 */
export async function undoBulkWrites(context: Excel.RequestContext, undo: UndoInfo): Promise<void> {
  const { plan, block, readCol } = undo;
  const wb = context.workbook;
  // Only the temporary sheets the failed run got to add: a delete through a null object is not documented.
  const sheets = wb.worksheets.load("items/name");
  await context.sync();
  for (const name of undo.tempSheets) if (sheets.items.some((s) => s.name === name)) wb.worksheets.getItem(name).delete();
  const fresh = plan.columns.filter((c) => c.isNew).sort((a, b) => b.col - a.col);
  if (plan.tableName) {
    queueUndoTableColumns(context, plan);
  } else {
    const ws = wb.worksheets.getItem(plan.sheet);
    for (const c of fresh) ws.getRangeByIndexes(plan.headerRow, c.col, plan.lastDataRow - plan.headerRow + 1, 1).clear("All");
  }
  const writer = new BlockWriter(context);
  writer.start();
  for (const c of plan.columns.filter((x) => !x.isNew)) {
    const i = c.col - readCol;
    const values: OutCell[][] = block.values.map((row) => [cellOf(row[i])]);
    const formats = block.numberFormats.map((row) => [row[i] ?? "General"]);
    // A table's header keeps the table's format: its value only.
    await writer.write(plan.sheet, plan.headerRow, c.col, values.slice(0, 1), plan.tableName ? undefined : formats.slice(0, 1));
    await writer.write(plan.sheet, plan.firstDataRow, c.col, values.slice(1), formats.slice(1));
  }
  await writer.flush();
}

const cellOf = (v: unknown): OutCell => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : "");
