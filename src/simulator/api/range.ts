// Excel.Range: https://learn.microsoft.com/javascript/api/excel/excel.range
import { MAX_COLUMNS, MAX_ROWS, Rect, intersect, rectColumns, rectRows } from "../../shared/a1";
import { formatAddress } from "../../shared/sheetName";
import { parseRangeArgument } from "../rangeArgument";
import { SimError, invalidArgument, shapeMismatch } from "../errors";
import { Cell, isEmptyCell } from "../model/cell";
import { writeInput } from "../model/input";
import { areasToMerge, coversWhole, hiddenByMerge, merge, mergedAreasIn, unmerge } from "../model/merges";
import { formatValue } from "../model/numberFormat";
import { SheetModel } from "../model/sheet";
import { SimRequestContextCore } from "./context";
import { assertInGrid, assertInteger, assertNotPivotOutput, assertWritable } from "./guards";
import { SimObject } from "./object";
import { SimRangeAreas } from "./rangeAreas";
import { SimRangeFormat } from "./rangeFormat";
import { SimConditionalFormatCollection } from "./conditionalFormats";
import type { SimWorksheet } from "./worksheet";
import { selectionBefore } from "./events";
import { asExcel, standsFor } from "./standIn";

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

type RangeApi = Pick<
  Excel.Range,
  | "address" | "addressLocal" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "cellCount"
  | "values" | "formulas" | "numberFormat" | "text" | "valueTypes" | "rowHidden" | "columnHidden"
  | "isEntireColumn" | "isEntireRow"
  | "getCell" | "getOffsetRange" | "getResizedRange" | "getRow" | "getColumn" | "getEntireColumn" | "getEntireRow"
  | "getIntersection" | "getUsedRange" | "getLastRow" | "getLastColumn" | "getLastCell" | "getBoundingRect"
  | "getRowsAbove" | "getRowsBelow" | "getColumnsBefore" | "getColumnsAfter"
  | "insert" | "delete" | "clear" | "select" | "merge" | "unmerge" | "getMergedAreasOrNullObject"
>;

const SCALARS = [
  "address", "addressLocal", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "values", "formulas",
  "formulasLocal", "numberFormat", "numberFormatLocal", "text", "valueTypes", "rowHidden", "columnHidden", "hidden",
  "isEntireColumn", "isEntireRow",
] as const;

const MAX_GET_CELLS = 5_000_000;
const CELL_GRIDS = new Set(["values", "formulas", "formulasLocal", "numberFormat", "numberFormatLocal", "text", "valueTypes"]);

export type RangeResolver = () => RangeRef | null;

export class SimRange extends SimObject<RangeRef> implements RangeApi {
  declare readonly [standsFor]?: Excel.Range;
  private readonly resolver: RangeResolver;
  private _format: SimRangeFormat | undefined;
  private _cfs: SimConditionalFormatCollection | undefined;
  private readonly worksheetFactory: (ref: () => SheetModel | null) => SimWorksheet;

  constructor(
    context: SimRequestContextCore,
    resolver: RangeResolver,
    worksheetFactory: (ref: () => SheetModel | null) => SimWorksheet,
    orNull = false,
  ) {
    super(context, "Range", orNull);
    this.resolver = resolver;
    this.worksheetFactory = worksheetFactory;
  }

  _resolve(): RangeRef | null {
    return this.resolver();
  }

  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected override _navigation(name: string): SimObject<unknown> | undefined {
    if (name === "format") return this.formatProxy();
    if (name === "worksheet") return this.worksheetProxy();
    return undefined;
  }

  protected _readScalar(ref: RangeRef, name: string): unknown {
    const { sheet, rect } = ref;
    if (CELL_GRIDS.has(name) && rectRows(rect) * rectColumns(rect) > MAX_GET_CELLS) {
      // "On all platforms, a range is limited to five million cells for get operations."
      // https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices
      throw new SimError("GeneralException", "A range is limited to five million cells for get operations.", `Range.${name}`);
    }
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, rect);
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
      case "rowCount":
        return rectRows(rect);
      case "columnCount":
        return rectColumns(rect);
      case "cellCount":
        return rectRows(rect) * rectColumns(rect);
      case "values":
        return mapCells(ref, (c) => (c ? cellValue(c) : ""));
      case "formulas":
      case "formulasLocal":
        return mapCells(ref, (c) => (c?.formula ? c.formula : c ? cellValue(c) : ""));
      case "numberFormat":
      case "numberFormatLocal":
        return mapCells(ref, (c) => c?.numberFormat ?? "General");
      case "text":
        return mapCells(ref, (c) => (c ? (c.error ? String(c.value) : formatValue(c.value, c.numberFormat)) : ""));
      case "valueTypes":
        return mapCells(ref, valueType);
      case "rowHidden":
        return allOrNull(rect.r0, rect.r1, (r) => sheet.hiddenRows.has(r));
      case "columnHidden":
        return allOrNull(rect.c0, rect.c1, (c) => sheet.hiddenColumns.has(c));
      case "hidden": {
        const rows = allOrNull(rect.r0, rect.r1, (r) => sheet.hiddenRows.has(r));
        const cols = allOrNull(rect.c0, rect.c1, (c) => sheet.hiddenColumns.has(c));
        return rows === true || cols === true;
      }
      case "isEntireColumn":
        return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
      case "isEntireRow":
        return rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
    }
    return undefined;
  }

  // ---- properties ----
  get address(): string { return this._get("address"); }
  get addressLocal(): string { return this._get("addressLocal"); }
  get rowIndex(): number { return this._get("rowIndex"); }
  get columnIndex(): number { return this._get("columnIndex"); }
  get rowCount(): number { return this._get("rowCount"); }
  get columnCount(): number { return this._get("columnCount"); }
  get cellCount(): number { return this._get("cellCount"); }
  get isEntireColumn(): boolean { return this._get("isEntireColumn"); }
  get isEntireRow(): boolean { return this._get("isEntireRow"); }
  get text(): string[][] { return this._get("text"); }
  get valueTypes(): Excel.RangeValueType[][] { return this._get("valueTypes"); }

  get values(): any[][] { return this._get("values"); }
  set values(v: any[][]) {
    this._set("values", v, (ref) => writeGrid(ref, v, "Range.values", writeInput, true));
  }

  /**
   * Office.js's check before it splits a values, formulas or numberFormat write of more than 1,500 cells into
   * row blocks (setRangePropertiesInBulk in excel-web-16.00.debug.js); only reached through richApi/.
   */
  _ValidateArraySize(rows: number, columns: number): void {
    this._call("_ValidateArraySize", [rows, columns], ({ rect }) => {
      if (rectRows(rect) !== rows || rectColumns(rect) !== columns) throw shapeMismatch("Range._ValidateArraySize");
    });
  }

  get formulas(): any[][] { return this._get("formulas"); }
  set formulas(v: any[][]) {
    this._set("formulas", v, (ref) => writeGrid(ref, v, "Range.formulas", writeInput, true));
  }

  get numberFormat(): any[][] { return this._get("numberFormat"); }
  set numberFormat(v: any[][]) {
    this._set("numberFormat", v, (ref) =>
      writeGrid(ref, v, "Range.numberFormat", (cell, f) => {
        if (f === null || f === undefined) return;
        cell.numberFormat = String(f);
      }),
    );
  }

  get rowHidden(): boolean { return this._get("rowHidden"); }
  set rowHidden(v: boolean) {
    this._set("rowHidden", v, ({ sheet, rect }) => {
      for (let r = rect.r0; r <= rect.r1; r++) v ? sheet.hiddenRows.add(r) : sheet.hiddenRows.delete(r);
    });
  }

  get columnHidden(): boolean { return this._get("columnHidden"); }
  set columnHidden(v: boolean) {
    this._set("columnHidden", v, ({ sheet, rect }) => {
      for (let c = rect.c0; c <= rect.c1; c++) v ? sheet.hiddenColumns.add(c) : sheet.hiddenColumns.delete(c);
    });
  }

  private formatProxy(): SimRangeFormat {
    this._format ??= new SimRangeFormat(this.context, () => this._resolve());
    return this._format;
  }

  get format(): Excel.RangeFormat {
    return asExcel(this.formatProxy());
  }

  get conditionalFormats(): Excel.ConditionalFormatCollection {
    this._cfs ??= new SimConditionalFormatCollection(this.context, () => this._resolve(), (r) => this.derived(r));
    return asExcel(this._cfs);
  }

  private worksheetProxy(): SimWorksheet {
    return this.worksheetFactory(() => this._resolve()?.sheet ?? null);
  }

  get worksheet(): Excel.Worksheet {
    return asExcel(this.worksheetProxy());
  }

  // ---- navigation ----
  /** @internal a range computed from this one at sync time */
  derived(compute: (ref: RangeRef) => RangeRef | null, orNull = false): SimRange {
    return new SimRange(
      this.context,
      () => {
        const ref = this._resolve();
        return ref === null ? null : compute(ref);
      },
      this.worksheetFactory,
      orNull,
    );
  }

  private rel(location: string, fn: (rect: Rect) => Rect): Excel.Range {
    return asExcel(this.derived(({ sheet, rect }) => {
      const next = fn(rect);
      assertInGrid(next, location);
      return { sheet, rect: next };
    }));
  }

  getCell(row: number, column: number): Excel.Range {
    return this.rel("Range.getCell", (r) => {
      assertInteger(row, "Range.getCell");
      assertInteger(column, "Range.getCell");
      return { r0: r.r0 + row, c0: r.c0 + column, r1: r.r0 + row, c1: r.c0 + column };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.rel("Range.getOffsetRange", (r) => ({ r0: r.r0 + rowOffset, r1: r.r1 + rowOffset, c0: r.c0 + columnOffset, c1: r.c1 + columnOffset }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.rel("Range.getResizedRange", (r) => ({ ...r, r1: r.r1 + deltaRows, c1: r.c1 + deltaColumns }));
  }

  getRow(row: number): Excel.Range {
    return this.rel("Range.getRow", (r) => ({ r0: r.r0 + row, r1: r.r0 + row, c0: r.c0, c1: r.c1 }));
  }

  getColumn(column: number): Excel.Range {
    return this.rel("Range.getColumn", (r) => ({ r0: r.r0, r1: r.r1, c0: r.c0 + column, c1: r.c0 + column }));
  }

  getEntireColumn(): Excel.Range {
    return this.rel("Range.getEntireColumn", (r) => ({ r0: 0, r1: MAX_ROWS - 1, c0: r.c0, c1: r.c1 }));
  }

  getEntireRow(): Excel.Range {
    return this.rel("Range.getEntireRow", (r) => ({ r0: r.r0, r1: r.r1, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  getLastRow(): Excel.Range {
    return this.rel("Range.getLastRow", (r) => ({ ...r, r0: r.r1 }));
  }

  getLastColumn(): Excel.Range {
    return this.rel("Range.getLastColumn", (r) => ({ ...r, c0: r.c1 }));
  }

  getLastCell(): Excel.Range {
    return this.rel("Range.getLastCell", (r) => ({ r0: r.r1, c0: r.c1, r1: r.r1, c1: r.c1 }));
  }

  getRowsAbove(count = 1): Excel.Range {
    return this.rel("Range.getRowsAbove", (r) => ({ ...r, r0: r.r0 - count, r1: r.r0 - 1 }));
  }

  getRowsBelow(count = 1): Excel.Range {
    return this.rel("Range.getRowsBelow", (r) => ({ ...r, r0: r.r1 + 1, r1: r.r1 + count }));
  }

  getColumnsBefore(count = 1): Excel.Range {
    return this.rel("Range.getColumnsBefore", (r) => ({ ...r, c0: r.c0 - count, c1: r.c0 - 1 }));
  }

  getColumnsAfter(count = 1): Excel.Range {
    return this.rel("Range.getColumnsAfter", (r) => ({ ...r, c0: r.c1 + 1, c1: r.c1 + count }));
  }

  getBoundingRect(anotherRange: Excel.Range | string): Excel.Range {
    const other = this.otherRect(anotherRange, "Range.getBoundingRect");
    return this.rel("Range.getBoundingRect", (r) => {
      const o = other();
      return { r0: Math.min(r.r0, o.r0), c0: Math.min(r.c0, o.c0), r1: Math.max(r.r1, o.r1), c1: Math.max(r.c1, o.c1) };
    });
  }

  getIntersection(anotherRange: Excel.Range | string): Excel.Range {
    const other = this.otherRect(anotherRange, "Range.getIntersection");
    return asExcel(this.derived(({ sheet, rect }) => {
      const i = intersect(rect, other());
      if (!i) throw new SimError("ItemNotFound", undefined, "Range.getIntersection");
      return { sheet, rect: i };
    }));
  }

  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    const other = this.otherRect(anotherRange, "Range.getIntersectionOrNullObject");
    return asExcel(this.derived(({ sheet, rect }) => {
      const i = intersect(rect, other());
      return i ? { sheet, rect: i } : null;
    }, true));
  }

  private otherRect(another: Excel.Range | string, location: string): () => Rect {
    this.context.assertOwn(another, location);
    return () => {
      if (typeof another === "string") {
        const { rect } = parseRangeArgument(another, location);
        return rect;
      }
      if (!(another instanceof SimRange)) throw invalidArgument(location);
      const ref = another._resolve();
      if (!ref) throw invalidArgument(location);
      return ref.rect;
    };
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return asExcel(this.derived(({ sheet, rect }) => {
      const used = sheet.usedRect(Boolean(valuesOnly));
      const i = used ? intersect(used, rect) : null;
      // Excel returns the top-left cell when nothing is used. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrange-member(1)
      if (!i) throw new SimError("ItemNotFound", undefined, "Range.getUsedRange");
      return { sheet, rect: i };
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return asExcel(this.derived(({ sheet, rect }) => {
      const used = sheet.usedRect(Boolean(valuesOnly));
      const i = used ? intersect(used, rect) : null;
      return i ? { sheet, rect: i } : null;
    }, true));
  }

  // ---- structure ----
  insert(shift: Excel.InsertShiftDirection | "Down" | "Right"): Excel.Range {
    this._call("insert", [shift], (ref) => {
      assertWritable(ref.sheet, "Range.insert");
      const { rect } = ref;
      const used = ref.sheet.usedRect(false);
      if (shift === "Down") {
        // Excel refuses an insert that would push data off the grid
        if (used && used.r1 + rectRows(rect) >= MAX_ROWS && used.c1 >= rect.c0 && used.c0 <= rect.c1) throw invalidArgument("Range.insert");
        this.context.host.workbook.shift(ref.sheet, { axis: "row", at: rect.r0, count: rectRows(rect), band: [rect.c0, rect.c1] });
      } else if (shift === "Right") {
        if (used && used.c1 + rectColumns(rect) >= MAX_COLUMNS && used.r1 >= rect.r0 && used.r0 <= rect.r1) throw invalidArgument("Range.insert");
        this.context.host.workbook.shift(ref.sheet, { axis: "column", at: rect.c0, count: rectColumns(rect), band: [rect.r0, rect.r1] });
      } else throw invalidArgument("Range.insert");
    });
    return asExcel(this.derived((ref) => ref));
  }

  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this._call("delete", [shift], (ref) => {
      assertWritable(ref.sheet, "Range.delete");
      const { rect } = ref;
      if (shift === "Up") this.context.host.workbook.shift(ref.sheet, { axis: "row", at: rect.r0, count: -rectRows(rect), band: [rect.c0, rect.c1] });
      else if (shift === "Left") this.context.host.workbook.shift(ref.sheet, { axis: "column", at: rect.c0, count: -rectColumns(rect), band: [rect.r0, rect.r1] });
      else throw invalidArgument("Range.delete");
    });
  }

  clear(applyTo: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All"): void {
    this._call("clear", [applyTo], ({ sheet, rect }) => {
      assertWritable(sheet, "Range.clear");
      assertNotPivotOutput(sheet, rect, "Range.clear");
      sheet.forEachIn(rect, (r, c, cell) => {
        if (applyTo === "All") sheet.remove(r, c);
        else if (applyTo === "Contents" || applyTo === "ResetContents") {
          cell.value = null;
          delete cell.formula;
          delete cell.error;
        } else if (applyTo === "Formats") {
          delete cell.numberFormat;
          delete cell.fill;
          delete cell.font;
          delete cell.horizontalAlignment;
          delete cell.wrapText;
        }
      });
    });
  }

  /** Merges the range (or each of its rows, `across`); only the top-left value of each area stays. */
  merge(across = false): void {
    this._call("merge", [across], ({ sheet, rect }) => {
      assertWritable(sheet, "Range.merge");
      if (sheet.tables.some((t) => intersect(t.rect, rect))) throw new SimError("InvalidOperation", "Cells in a table can't be merged.", "Range.merge");
      assertNotPivotOutput(sheet, rect, "Range.merge");
      if (!coversWhole(sheet, rect)) throw new SimError("InvalidOperation", "Part of a merged area can't be merged again.", "Range.merge");
      merge(sheet, areasToMerge(rect, across));
    });
  }

  /** Unmerges every merged area that touches the range. */
  unmerge(): void {
    this._call("unmerge", [], ({ sheet, rect }) => {
      assertWritable(sheet, "Range.unmerge");
      unmerge(sheet, rect);
    });
  }

  /**
   * The merged areas of the range (ExcelApi 1.13); a null object when there are none. Excel reports only the
   * areas whose top-left cell lies in the range, not those that merely overlap it (https://github.com/OfficeDev/office-js/issues/3611).
   */
  getMergedAreasOrNullObject(): Excel.RangeAreas {
    return asExcel(new SimRangeAreas(this.context, () => {
      const ref = this._resolve();
      const inside = (m: Rect) => m.r0 >= ref!.rect.r0 && m.r0 <= ref!.rect.r1 && m.c0 >= ref!.rect.c0 && m.c0 <= ref!.rect.c1;
      const rects = ref ? mergedAreasIn(ref.sheet, ref.rect).filter(inside) : [];
      return ref && rects.length ? { sheet: ref.sheet, rects } : null;
    }, true));
  }

  /** Selects the range in its sheet, makes its top-left cell the active cell and its sheet the active one. */
  select(): void {
    this._call("select", [], ({ sheet, rect }) => {
      if (sheet.visibility !== "Visible") throw new SimError("InvalidOperation", undefined, "Range.select");
      const before = selectionBefore(this.context.host.workbook);
      sheet.selection = { ...rect };
      sheet.activeCell = { row: rect.r0, column: rect.c0 };
      this.context.host.workbook.activeSheetId = sheet.id;
      this.context.host.events.changed(sheet, before);
    });
  }
}

function cellValue(cell: Cell): string | number | boolean {
  if (cell.value === null) return "";
  return cell.value;
}

function valueType(cell: Cell | undefined): Excel.RangeValueType {
  if (!cell || isEmptyCell(cell)) return "Empty" as Excel.RangeValueType;
  if (cell.error) return "Error" as Excel.RangeValueType;
  if (typeof cell.value === "number") return "Double" as Excel.RangeValueType;
  if (typeof cell.value === "boolean") return "Boolean" as Excel.RangeValueType;
  if (cell.value === null) return "Empty" as Excel.RangeValueType;
  return "String" as Excel.RangeValueType;
}

function mapCells<T>({ sheet, rect }: RangeRef, fn: (cell: Cell | undefined) => T): T[][] {
  const out: T[][] = [];
  const empty = fn(undefined);
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = new Array(rect.c1 - rect.c0 + 1).fill(empty);
    const cells = sheet.rows.get(r);
    if (cells) {
      if (cells.size < row.length) {
        for (const [c, cell] of cells) if (c >= rect.c0 && c <= rect.c1) row[c - rect.c0] = fn(cell);
      } else {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell = cells.get(c);
          if (cell) row[c - rect.c0] = fn(cell);
        }
      }
    }
    out.push(row);
  }
  return out;
}

function allOrNull(from: number, to: number, test: (i: number) => boolean): boolean | null {
  const first = test(from);
  for (let i = from + 1; i <= Math.min(to, from + 100_000); i++) if (test(i) !== first) return null;
  return first;
}

/** Writes a 2-D array that must match the range's shape exactly. */
function writeGrid<V>(ref: RangeRef, grid: unknown, location: string, write: (cell: Cell, v: V) => void, contents = false): void {
  const { sheet, rect } = ref;
  const rows = rectRows(rect);
  const cols = rectColumns(rect);
  if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
    if (!(rows === 1 && cols === 1 && !Array.isArray(grid) && grid !== undefined)) throw shapeMismatch(location);
    grid = [[grid]];
  }
  assertWritable(sheet, location);
  assertNotPivotOutput(sheet, rect, location);
  const g = grid as V[][];
  // Excel keeps a merged area's contents in its top-left cell; what is written to its other cells is not kept
  const hidden = hiddenByMerge(contents ? mergedAreasIn(sheet, rect) : []);
  for (let i = 0; i < rows; i++) {
    const row = g[i];
    let cells: Map<number, Cell> | undefined;
    for (let j = 0; j < cols; j++) {
      const v = row[j];
      if (v === null || v === undefined) continue;
      if (typeof v === "object") throw invalidArgument(location);
      if (hidden(rect.r0 + i, rect.c0 + j)) continue;
      cells ??= sheet.rowCells(rect.r0 + i);
      let cell = cells.get(rect.c0 + j);
      if (!cell) cells.set(rect.c0 + j, (cell = { value: null }));
      write(cell, v);
    }
  }
}

