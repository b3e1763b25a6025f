// Reading the client list in place: pick the table or range, find the header row and the data's
// extent, read values and number formats in chunks, and set the add-in's own columns apart.
import type { CellValue, ClientTable } from "../core/types";
import { RaterError } from "../core/errors";
import { MAX_COLUMNS, columnLetters, intersect, rectColumns, rectRows, type Rect } from "../shared/a1";
import { readRows, type ReadBlock } from "./chunks";
import { queueRuleAreas } from "./conditionalFormats";
import { findColumn } from "../core";
import { KNOWN_HEADERS, dataRowCount, findHeaderRow, headerSpan, isBlank } from "./headerRow";
import { OWNED_KEYS, columnName, type OwnedKey } from "./ownership";
import { loadActiveCell, type SheetMeta, type TableInfo, type WorkbookState } from "./workbookState";

export interface SheetRead {
  meta: SheetMeta;
  tableName?: string;
  /** Sheet row of the header (0-based) and of the last data row (== headerRow when no data). */
  headerRow: number;
  lastDataRow: number;
  /** Columns of the list on the sheet, owned ones included. */
  firstColumn: number;
  columnCount: number;
  /** What was read: rows from headerRow, columns from readCol (may reach past the list, see readTable). */
  block: ReadBlock;
  readCol: number;
  /** Sheet columns of the add-in's columns found on this sheet. */
  ownedCols: Map<OwnedKey, number>;
  /** Sheet columns handed to core, in order. */
  dataCols: number[];
  /** The clients handed to core: the data rows that are not fully blank. */
  table: ClientTable;
  /** For each client (row of `table`), its row in `block` (1 = the first row under the header). */
  clientRows: number[];
  existingGrades: string[];
}

export async function readSheet(
  context: Excel.RequestContext,
  state: WorkbookState,
  meta: SheetMeta,
  knownHeaders: string[],
  onProgress?: (done: number, total: number, stage: string) => void,
): Promise<SheetRead> {
  const table = await pickTable(context, meta, state, knownHeaders);
  // The rules' areas ride along with the first read chunk (no sync of their own).
  const rules = queueRuleAreas(meta.ruleList);
  const progress = (done: number, total: number) => onProgress?.(done, total, "reading");
  const ownedOnSheet = ownedColumnsOn(state, meta.name);
  let read: { block: ReadBlock; rect: Rect; headerIndex: number; first: number; count: number; dataRows: number };
  if (table) {
    // Read a few columns right of the table too: where new table columns would go must be empty.
    const extra = OWNED_KEYS.length - [...ownedOnSheet.values()].filter((c) => c >= table.rect.c0 && c <= table.rect.c1).length;
    const rect = { ...table.rect, c1: Math.min(table.rect.c1 + extra, MAX_COLUMNS - 1) };
    const block = await readRows(context, meta.name, rect.r0, rect.c0, rectRows(rect), rectColumns(rect), progress, meta.sampleBytesPerCell);
    // The data body only: a totals row is no client.
    const dataRows = rectRows(table.rect) - 1 - (table.showTotals ? 1 : 0);
    read = { block, rect, headerIndex: 0, first: 0, count: rectColumns(table.rect), dataRows };
  } else {
    const rect = meta.valuesUsed;
    // An empty sheet has no header row either; "no clients below the header row" would point at a row that is not there.
    if (!rect) throw new RaterError("no-header-row", `Sheet "${meta.name}" is empty: no header row found and no client list to rate.`, { params: { sheet: meta.name, empty: 1 } });
    const block = await readRows(context, meta.name, rect.r0, rect.c0, rectRows(rect), rectColumns(rect), progress, meta.sampleBytesPerCell);
    const headerIndex = findHeaderRow(block.values, knownHeaders);
    if (headerIndex < 0) {
      throw new RaterError("no-header-row", `Could not find a header row in the first rows of "${meta.name}". Put the column names in one row above the clients.`);
    }
    const span = headerSpan(block.values[headerIndex]);
    const owned = new Set([...ownedOnSheet.values()].map((c) => c - rect.c0));
    const userCols: number[] = [];
    for (let c = span.first; c < span.first + span.count; c++) if (!owned.has(c)) userCols.push(c);
    read = { block, rect, headerIndex, first: span.first, count: span.count, dataRows: dataRowCount(block.values, headerIndex, userCols) };
  }
  meta.rules = rules();
  const { rect, headerIndex } = read;
  const headerRow = rect.r0 + headerIndex;
  const block: ReadBlock = {
    values: read.block.values.slice(headerIndex, headerIndex + 1 + read.dataRows),
    numberFormats: read.block.numberFormats.slice(headerIndex, headerIndex + 1 + read.dataRows),
  };
  const firstColumn = rect.c0 + read.first;
  const ownedCols = new Map<OwnedKey, number>();
  for (const [key, col] of ownedOnSheet) ownedCols.set(key, col);
  const owned = new Set(ownedCols.values());
  const dataCols: number[] = [];
  for (let c = firstColumn; c < firstColumn + read.count; c++) if (!owned.has(c)) dataCols.push(c);
  const clientRows = nonBlankRows(block.values, dataCols.map((c) => c - rect.c0));
  const clientTable = toClientTable(block, dataCols, rect.c0, clientRows);
  const gradeCol = ownedCols.get("grade");
  const existingGrades = gradeCol === undefined ? [] : gradesPerRow(block.values, gradeCol - rect.c0, clientRows);
  return {
    meta,
    tableName: table?.name,
    headerRow,
    lastDataRow: headerRow + read.dataRows,
    firstColumn,
    columnCount: read.count,
    block,
    readCol: rect.c0,
    ownedCols,
    dataCols,
    table: clientTable,
    clientRows,
    existingGrades,
  };
}

/**
 * The only table on the sheet; else the one holding the active cell; else the one that looks most
 * like a client list. With tables on the sheet one of them is always rated, never the used range
 * across several of them.
 */
async function pickTable(context: Excel.RequestContext, meta: SheetMeta, state: WorkbookState, knownHeaders: string[]): Promise<TableInfo | undefined> {
  if (meta.tables.length <= 1) return meta.tables[0];
  if (meta.name === state.activeSheet) {
    const active = await loadActiveCell(context);
    const holding = meta.tables.find((t) => intersect(t.rect, active.rect) !== null);
    if (holding && (active.sheet ?? meta.name) === meta.name) return holding;
  }
  return mostClientLike(meta.tables, knownHeaders);
}

/** Most headers recognised (the profile's columns and the usual client-list headers), then most rows. */
export function mostClientLike(tables: TableInfo[], knownHeaders: string[]): TableInfo | undefined {
  const names = [...new Set([...KNOWN_HEADERS, ...knownHeaders])];
  const score = (t: TableInfo) => names.filter((n) => findColumn(t.headers, n) >= 0).length;
  let best: TableInfo | undefined;
  for (const t of tables) {
    if (!best || score(t) > score(best) || (score(t) === score(best) && rectRows(t.rect) > rectRows(best.rect))) best = t;
  }
  return best;
}

function ownedColumnsOn(state: WorkbookState, sheet: string): Map<OwnedKey, number> {
  const map = new Map<OwnedKey, number>();
  for (const key of OWNED_KEYS) {
    const ref = state.names.get(columnName(key));
    if (ref && ref.sheet === sheet) map.set(key, ref.col);
  }
  return map;
}

/** Rows under the header with something in at least one of `cols`: a fully blank row is no client. */
function nonBlankRows(values: CellValue[][], cols: number[]): number[] {
  const rows: number[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (cols.some((c) => !isBlank(row[c]))) rows.push(r);
  }
  return rows;
}

function toClientTable(block: ReadBlock, dataCols: number[], readCol: number, clientRows: number[]): ClientTable {
  const headerCells = block.values[0] ?? [];
  const headers = dataCols.map((c) => {
    const v = headerCells[c - readCol];
    return isBlank(v) ? `Column ${columnLetters(c)}` : String(v).trim();
  });
  const rows: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (const r of clientRows) {
    const v = block.values[r];
    const f = block.numberFormats[r];
    rows.push(dataCols.map((c) => v[c - readCol]));
    numberFormats.push(dataCols.map((c) => f[c - readCol]));
  }
  return { headers, rows, numberFormats };
}

/** The grade now in the sheet for each client ("" where there is none). */
function gradesPerRow(values: CellValue[][], index: number, clientRows: number[]): string[] {
  return clientRows.map((r) => {
    const v = values[r][index];
    return isBlank(v) ? "" : String(v);
  });
}
