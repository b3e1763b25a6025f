import { loadSheetMeta, loadWorkbookState } from "./workbookState";
import { profilesFromState } from "./profileStore";
import { readSheet } from "./readSheet";
import type { ClientSheet } from "./types";

/** The client list as the panel sees it: no writes. */
export async function readClientSheet(context: Excel.RequestContext, opts: { sheetName?: string } = {}): Promise<ClientSheet> {
  const state = await loadWorkbookState(context, opts.sheetName);
  const stored = profilesFromState(state);
  const profiles = stored.status === "ok" ? stored.profiles ?? [] : [];
  const sheetName = opts.sheetName ?? profiles[0]?.sheet ?? state.activeSheet;
  const meta = await loadSheetMeta(context, state, sheetName);
  const known = profiles.flatMap((p) => p.criteria.map((c) => c.column));
  const read = await readSheet(context, state, meta, known);
  const header = read.block.values[0] ?? [];
  return {
    sheetName: meta.name,
    tableName: read.tableName,
    headerRow: read.headerRow,
    firstColumn: read.firstColumn,
    table: read.table,
    existingGrades: read.existingGrades,
    ownedColumns: [...read.ownedCols.values()].map((col) => String(header[col - read.readCol] ?? "")),
    layout: { clientRows: read.clientRows.map((r) => read.headerRow + r), columns: read.dataCols, gradeColumn: read.ownedCols.get("grade") },
  };
}
