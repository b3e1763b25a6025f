// One worksheet of the model: sparse cells plus the objects that live on the sheet.
import { MAX_COLUMNS, MAX_ROWS, Rect } from "../../shared/a1";
import { Cell, hasFormat, isEmptyCell } from "./cell";
import { ChartModel, ConditionalFormatModel, PivotModel, TableModel } from "./objects";
import { Shift, isWholeBand, shiftIndex, shiftRect } from "./shift";

export const DEFAULT_COLUMN_WIDTH_POINTS = 48; // 8.43 characters = 64 px
export const DEFAULT_ROW_HEIGHT_POINTS = 15;

export interface Protection {
  protected: boolean;
  password?: string;
  options: Record<string, boolean>;
  /** the <sheetProtection> element of the imported file (password hash, salt, every flag), written back unchanged */
  element?: string;
}

export class SheetModel {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  readonly rows = new Map<number, Map<number, Cell>>();
  columnWidths = new Map<number, number>(); // points
  rowHeights = new Map<number, number>(); // points
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  frozen = { rows: 0, columns: 0 };
  protection: Protection = { protected: false, options: {} };
  tables: TableModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  pivots: PivotModel[] = [];
  charts: ChartModel[] = [];
  /** merged areas, the worksheet autofilter's range (criteria are not modelled), gridlines */
  merges: Rect[] = [];
  autoFilter?: Rect;
  showGridlines = true;
  /** the sheet's selection and its active cell (each sheet keeps its own, as in Excel); A1 on a new sheet */
  selection: Rect = { r0: 0, r1: 0, c0: 0, c1: 0 };
  activeCell = { row: 0, column: 0 };
  /** the worksheet part this sheet was imported from, and the inserts/deletes since, for parts kept from the file */
  source?: { part: string; shifts: Shift[] };

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  get(row: number, column: number): Cell | undefined {
    return this.rows.get(row)?.get(column);
  }

  /** The cells of one row, the row created when missing. */
  rowCells(row: number): Map<number, Cell> {
    let r = this.rows.get(row);
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
    }
    return r;
  }

  ensure(row: number, column: number): Cell {
    const r = this.rowCells(row);
    let cell = r.get(column);
    if (!cell) {
      cell = { value: null };
      r.set(column, cell);
    }
    return cell;
  }

  remove(row: number, column: number): void {
    const r = this.rows.get(row);
    if (!r) return;
    r.delete(column);
    if (r.size === 0) this.rows.delete(row);
  }

  /** Visits existing cells inside rect (sparse: empty positions are skipped). */
  forEachIn(rect: Rect, visit: (row: number, column: number, cell: Cell) => void): void {
    const rowCount = rect.r1 - rect.r0 + 1;
    if (rowCount < this.rows.size) {
      for (let r = rect.r0; r <= rect.r1; r++) this.visitRow(r, rect, visit);
    } else {
      for (const r of [...this.rows.keys()].sort((a, b) => a - b)) if (r >= rect.r0 && r <= rect.r1) this.visitRow(r, rect, visit);
    }
  }

  private visitRow(r: number, rect: Rect, visit: (row: number, column: number, cell: Cell) => void): void {
    const row = this.rows.get(r);
    if (!row) return;
    for (const [c, cell] of row) if (c >= rect.c0 && c <= rect.c1) visit(r, c, cell);
  }

  /** The smallest rectangle holding every non-empty cell (or every formatted one too, unless valuesOnly). */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
    for (const [r, row] of this.rows) {
      for (const [c, cell] of row) {
        if (isEmptyCell(cell) && (valuesOnly || !hasFormat(cell))) continue;
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
    return r1 < 0 ? null : { r0, r1, c0, c1 };
  }

  /** Moves cells and sheet-level references for an insert or delete. */
  applyShift(shift: Shift): void {
    this.source?.shifts.push(shift);
    const moved: Array<[number, number, Cell]> = [];
    const [lo, hi] = shift.band;
    for (const [r, row] of [...this.rows]) {
      for (const [c, cell] of [...row]) {
        const along = shift.axis === "row" ? r : c;
        const across = shift.axis === "row" ? c : r;
        if (across < lo || across > hi) continue;
        const next = shiftIndex(along, shift);
        if (next === along) continue;
        this.remove(r, c);
        if (next === null) continue;
        const limit = shift.axis === "row" ? MAX_ROWS : MAX_COLUMNS;
        if (next >= limit) continue;
        moved.push(shift.axis === "row" ? [next, c, cell] : [r, next, cell]);
      }
    }
    for (const [r, c, cell] of moved) {
      this.ensure(r, c);
      this.rows.get(r)!.set(c, cell);
    }
    if (isWholeBand(shift)) {
      if (shift.axis === "row") {
        this.hiddenRows = shiftSet(this.hiddenRows, shift);
        this.rowHeights = shiftMap(this.rowHeights, shift);
      } else {
        this.hiddenColumns = shiftSet(this.hiddenColumns, shift);
        this.columnWidths = shiftMap(this.columnWidths, shift);
      }
    }
    this.merges = this.merges.map((m) => shiftRect(m, shift)).filter((m): m is Rect => m !== null && (m.r0 !== m.r1 || m.c0 !== m.c1));
    if (this.autoFilter) this.autoFilter = shiftRect(this.autoFilter, shift) ?? undefined;
    this.tables = this.tables.filter((t) => {
      const next = shiftRect(t.rect, shift);
      if (next) t.rect = next;
      return next !== null;
    });
    for (const cf of this.conditionalFormats) {
      cf.ranges = cf.ranges.map((r) => shiftRect(r, shift)).filter((r): r is Rect => r !== null);
    }
    this.conditionalFormats = this.conditionalFormats.filter((cf) => cf.ranges.length > 0);
    for (const p of this.pivots) {
      const dest = shiftRect({ r0: p.destRow, r1: p.destRow, c0: p.destColumn, c1: p.destColumn }, shift);
      if (dest) {
        p.destRow = dest.r0;
        p.destColumn = dest.c0;
      }
      if (p.outputRect) p.outputRect = shiftRect(p.outputRect, shift);
    }
  }
}

function shiftSet(set: Set<number>, shift: Shift): Set<number> {
  const out = new Set<number>();
  for (const i of set) {
    const n = shiftIndex(i, shift);
    if (n !== null) out.add(n);
  }
  return out;
}

function shiftMap(map: Map<number, number>, shift: Shift): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, v] of map) {
    const n = shiftIndex(i, shift);
    if (n !== null) out.set(n, v);
  }
  return out;
}
