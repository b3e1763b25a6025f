// Where each owned column goes, what its header says, and whether anything of the user's is in the way.
import { normalizeHeader } from "../core";
import { RaterError } from "../core/errors";
import { MAX_COLUMNS, cellAddress, type Rect } from "../shared/a1";
import { quoteSheet } from "../shared/sheetName";
import { isBlank } from "./headerRow";
import { OWNED_KEYS, type OwnedKey } from "./ownership";
import { type SheetRead } from "./readSheet";
import type { WorkbookState } from "./workbookState";

interface PlannedColumn {
  key: OwnedKey;
  col: number;
  header: string;
  /** Added by this run (a new table column, or cells appended right of the data). */
  isNew: boolean;
}

export interface ColumnPlan {
  sheet: string;
  tableName?: string;
  /** The table as it was before this run (header to last row), when the list is a table. */
  tableRect?: Rect;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Owned cells down to this row are cleared first: the list may have been longer last time. */
  clearToRow: number;
  columns: PlannedColumn[];
  /** Owned columns of a previous run that this rating does not write (e.g. no potential column any more). */
  dropped: { key: OwnedKey; col: number }[];
}

/** `labels`: the header of every owned column this run writes (an optional key left out is not written). */
export function planColumns(read: SheetRead, state: WorkbookState, labels: Partial<Record<OwnedKey, string>>): ColumnPlan {
  const userHeaders = new Set(read.table.headers.map(normalizeHeader));
  const record = state.ownedRecord?.sheet === read.meta.name ? state.ownedRecord : null;
  let next = appendColumn(read);
  const keys = OWNED_KEYS.filter((key) => labels[key] !== undefined);
  const columns: PlannedColumn[] = keys.map((key) => {
    const label = labels[key]!;
    // A user's own column with our header is not ours: ours get a distinct header.
    const header = userHeaders.has(normalizeHeader(label)) ? `${label} (rated)` : label;
    const existing = read.ownedCols.get(key);
    if (existing !== undefined) return { key, col: existing, header, isNew: false };
    return { key, col: next++, header, isNew: true };
  });
  const last = columns.reduce((m, c) => Math.max(m, c.col), 0);
  if (last >= MAX_COLUMNS) {
    throw new RaterError("cell-in-the-way", `There is no room right of the client list on "${read.meta.name}" for the rating columns.`);
  }
  return {
    sheet: read.meta.name,
    tableName: read.tableName,
    tableRect: read.meta.tables.find((x) => x.name === read.tableName)?.rect,
    headerRow: read.headerRow,
    firstDataRow: read.headerRow + 1,
    lastDataRow: read.lastDataRow,
    clearToRow: Math.max(read.lastDataRow, record && !read.tableName ? record.lastDataRow : 0),
    columns,
    dropped: [...read.ownedCols].filter(([key]) => labels[key] === undefined).map(([key, col]) => ({ key, col })),
  };
}

/** First free column: right of the table, or right of everything used (values and formats) on the sheet. */
function appendColumn(read: SheetRead): number {
  const ownedInside = [...read.ownedCols.values()];
  if (read.tableName) {
    const t = read.meta.tables.find((x) => x.name === read.tableName)!;
    return t.rect.c1 + 1;
  }
  const used = [read.meta.allUsed, read.meta.valuesUsed].filter((r) => r !== null);
  const right = Math.max(read.firstColumn + read.columnCount, ...used.map((r) => r!.c1 + 1), ...ownedInside.map((c) => c + 1));
  return right;
}

/**
 * Throws "cell-in-the-way" for the first target cell we do not own that holds something.
 * Cells outside what was read lie beyond the used range: empty by definition.
 */
export function assertNothingInTheWay(read: SheetRead, plan: ColumnPlan, state: WorkbookState): void {
  const record = state.ownedRecord?.sheet === plan.sheet ? state.ownedRecord : null;
  for (const c of plan.columns) {
    // A table column of ours owns all its rows; a plain owned column owns what we wrote last time.
    const ownedTo = c.isNew ? -1 : read.tableName ? plan.lastDataRow : Math.max(plan.headerRow, record?.lastDataRow ?? plan.headerRow);
    const index = c.col - read.readCol;
    for (let row = plan.headerRow; row <= plan.lastDataRow; row++) {
      if (row <= ownedTo) continue;
      const v = read.block.values[row - plan.headerRow]?.[index];
      if (!isBlank(v)) {
        const cell = `${quoteSheet(plan.sheet)}!${cellAddress(row, c.col)}`;
        throw new RaterError(
          "cell-in-the-way",
          `${cell} holds "${String(v)}"; Client Rater will not overwrite it. Move it or clear it and rate again.`,
          { cell },
        );
      }
    }
  }
}
