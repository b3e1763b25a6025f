// Removing what the add-in owns: owned columns (table columns deleted; appended cells cleared to
// empty, as they were before the first run), our names, the Pareto and Rating profile sheets and
// the ownership record. The stored profile part is kept on purpose: removing ratings should not
// forget the rules; the panel offers "reset to default" for that. The Rating history sheet goes too
// unless `keepHistory` (the panel's default: past ratings cannot be made again from today's data);
// kept, it stays ours, and the next rating adds to it.
import { queueDeleteOwnedRules } from "./conditionalFormats";
import { FOCUS_SHEET_NAME, HISTORY_SHEET_NAME, OWNED_KEYS, PARETO_SHEET_NAME, PROFILE_SHEET_NAME, columnName } from "./ownership";
import { ownedSheet } from "./ownedSheets";
import { WORD_COLUMNS } from "./ownedWidths";
import type { NamedRef, SheetMeta, WorkbookState } from "./workbookState";

export interface OwnedColumnRef {
  ref: NamedRef;
  table?: { name: string; index: number };
}

export function ownedColumnRefs(state: WorkbookState, metaOf: (sheet: string) => SheetMeta | null): OwnedColumnRef[] {
  const refs: OwnedColumnRef[] = [];
  for (const key of OWNED_KEYS) {
    const ref = state.names.get(columnName(key));
    if (!ref) continue;
    const meta = metaOf(ref.sheet);
    const t = meta?.tables.find((x) => x.sheet === ref.sheet && ref.col >= x.rect.c0 && ref.col <= x.rect.c1 && ref.row === x.rect.r0);
    refs.push({ ref, table: t ? { name: t.name, index: ref.col - t.rect.c0 } : undefined });
  }
  return refs;
}

/** Last row to clear under a plain owned column: what the record says we wrote, else the used range's end. */
function lastOwnedRow(state: WorkbookState, ref: NamedRef, meta: SheetMeta | null): number {
  if (state.ownedRecord?.sheet === ref.sheet) return Math.max(ref.row, state.ownedRecord.lastDataRow);
  const used = meta?.valuesUsed;
  return used ? Math.max(ref.row, used.r1) : ref.row;
}

/** Queues removal of everything owned (no sync). */
export function queueRemoveOwned(context: Excel.RequestContext, state: WorkbookState, metaOf: (sheet: string) => SheetMeta | null, keepHistory = false): void {
  const wb = context.workbook;
  queueRemoveColumns(context, state, ownedColumnRefs(state, metaOf), metaOf);
  const sheets = [ownedSheet(state, PARETO_SHEET_NAME), ownedSheet(state, PROFILE_SHEET_NAME), ownedSheet(state, FOCUS_SHEET_NAME)];
  if (!keepHistory) sheets.push(ownedSheet(state, HISTORY_SHEET_NAME));
  for (const name of state.allOurNames) if (!(keepHistory && name === HISTORY_SHEET_NAME)) wb.names.getItem(name).delete();
  for (const s of sheets) if (s) wb.worksheets.getItem(s).delete();
  for (const p of state.ownedParts) wb.customXmlParts.getItem(p.id).delete();
}

export function queueRemoveColumns(
  context: Excel.RequestContext,
  state: WorkbookState,
  columns: OwnedColumnRef[],
  metaOf: (sheet: string) => SheetMeta | null,
): void {
  const wb = context.workbook;
  for (const sheet of new Set(columns.map((c) => c.ref.sheet))) {
    queueDeleteOwnedRules(metaOf(sheet)?.rules ?? [], columns.filter((c) => c.ref.sheet === sheet).map((c) => c.ref.col));
  }
  // Table columns right to left so the indices of the others stay valid.
  const tableCols = columns.filter((c) => c.table).sort((a, b) => b.table!.index - a.table!.index);
  for (const c of columns.filter((c) => !c.table)) {
    const last = lastOwnedRow(state, c.ref, metaOf(c.ref.sheet));
    wb.worksheets.getItem(c.ref.sheet).getRangeByIndexes(c.ref.row, c.ref.col, last - c.ref.row + 1, 1).clear("All");
  }
  // The widths rating gave the word columns (ownedWidths.ts) go too; a sheet column's width stays
  // when a table column is deleted, so this holds for table columns as well.
  const widened = WORD_COLUMNS.map(columnName);
  for (const c of columns.filter((c) => widened.includes(c.ref.name))) {
    wb.worksheets.getItem(c.ref.sheet).getRangeByIndexes(c.ref.row, c.ref.col, 1, 1).format.useStandardWidth = true;
  }
  for (const c of tableCols) {
    wb.tables.getItem(c.table!.name).columns.getItemAt(c.table!.index).delete();
  }
}

