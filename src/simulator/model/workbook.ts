// The in-memory workbook: sheets, defined names, custom XML parts and document settings.
// The Excel API proxies (../api) and the .xlsx import/export (../xlsx) both work on this model.
import { Rect, columnLetters } from "../../shared/a1";
import { parseRangeArgument } from "../rangeArgument";
import { SimError, invalidArgument } from "../errors";
import { Cell, CellFont, CellValue, cloneCell } from "./cell";
import { autofitWidthPoints, shownLength } from "./autofit";
import { adjustFormula } from "./formulaRefs";
import { writeInput } from "./input";
import { PivotModel, SeriesRef } from "./objects";
import { Grid, gridRect, renderPivot } from "./pivot";
import { pivotCaptions } from "./pivotCaptions";
import { SheetModel } from "./sheet";
import { Shift, shiftRect } from "./shift";

export interface NameModel {
  name: string;
  /** null once the referenced cells were deleted (#REF!) */
  ref: { sheet: string; rect: Rect } | null;
  /** set for names that are not a plain range reference (a constant or formula) */
  formula?: string;
  comment: string;
  visible: boolean;
}

export interface CustomXmlPartModel {
  id: string;
  xml: string;
}

export interface CellView {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  fill?: string;
  font?: CellFont;
}

/** Review > Protect Workbook (structure): no sheet may be added, deleted, renamed, moved, hidden or unhidden. */
export interface WorkbookProtectionModel {
  protected: boolean;
  password?: string;
  /** the <workbookProtection> element of the imported file, written back unchanged while the protection stays */
  element?: string;
}

const SHEET_NAME_INVALID = /[\\/?*[\]:]/;

export class WorkbookModel {
  sheets: SheetModel[] = [];
  names: NameModel[] = [];
  customXmlParts: CustomXmlPartModel[] = [];
  settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  protection: WorkbookProtectionModel = { protected: false };
  /** imported from a macro-enabled workbook (.xlsm): saved as one again, its VBA project kept */
  macroEnabled = false;
  /** the .xlsx this workbook was imported from: export copies from it what exceljs cannot write */
  sourcePackage?: Uint8Array;
  /** the display language of the Excel showing the workbook: its PivotTables' captions (model/pivotCaptions.ts) */
  excelLanguage = "en";
  private nextId = 1;

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  newGuid(): string {
    const n = (this.nextId++).toString(16).toUpperCase().padStart(12, "0");
    return `{6F1C2B7A-0000-4000-8000-${n}}`;
  }

  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  requireSheet(name: string, location = "WorksheetCollection.getItem"): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new SimError("ItemNotFound", undefined, location);
    return sheet;
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  createSheet(name: string | undefined, location = "WorksheetCollection.add"): SheetModel {
    let finalName = name;
    if (finalName === undefined || finalName === null) {
      let i = this.sheets.length + 1;
      while (this.findSheet(`Sheet${i}`)) i++;
      finalName = `Sheet${i}`;
    }
    if (finalName.length === 0 || finalName.length > 31 || SHEET_NAME_INVALID.test(finalName) || /^'|'$/.test(finalName)) {
      throw invalidArgument(location);
    }
    if (this.findSheet(finalName)) throw new SimError("ItemAlreadyExists", undefined, location);
    const sheet = new SheetModel(this.newGuid(), finalName);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  activeSheet(): SheetModel {
    return this.sheets.find((s) => s.id === this.activeSheetId) ?? this.sheets[0];
  }

  findName(name: string): NameModel | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  findTable(name: string): { sheet: SheetModel; table: SheetModel["tables"][number] } | undefined {
    const lower = name.toLowerCase();
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.name.toLowerCase() === lower || t.id === name);
      if (table) return { sheet, table };
    }
    return undefined;
  }

  allPivots(): Array<{ sheet: SheetModel; pivot: PivotModel }> {
    return this.sheets.flatMap((sheet) => sheet.pivots.map((pivot) => ({ sheet, pivot })));
  }

  /** The cells every chart series reads (Excel's series formulas). */
  allSeriesRefs(): SeriesRef[] {
    return this.sheets.flatMap((s) => s.charts.flatMap((c) => c.series.flatMap((series) => Object.values(series.refs ?? {}))));
  }

  /** Applies an insert/delete on one sheet and moves every reference to it, as Excel does. */
  shift(sheet: SheetModel, shift: Shift): void {
    sheet.applyShift(shift);
    for (const s of this.sheets) {
      for (const row of s.rows.values()) {
        for (const cell of row.values()) {
          if (cell.formula) cell.formula = adjustFormula(cell.formula, s.name, sheet.name, shift);
        }
      }
    }
    for (const cf of sheet.conditionalFormats) {
      const d = cf.details as { rule?: Record<string, unknown> };
      for (const key of ["formula", "formula1", "formula2"]) {
        const f = d.rule?.[key];
        if (typeof f === "string" && f.startsWith("=")) d.rule![key] = adjustFormula(f, sheet.name, sheet.name, shift);
      }
    }
    for (const n of this.names) {
      if (n.ref && n.ref.sheet === sheet.name) {
        const rect = shiftRect(n.ref.rect, shift);
        n.ref = rect ? { sheet: sheet.name, rect } : null;
      }
    }
    for (const { pivot } of this.allPivots()) {
      if (pivot.source.sheet === sheet.name) {
        const rect = shiftRect(pivot.source.rect, shift);
        if (rect) pivot.source.rect = rect;
      }
    }
    for (const ref of this.allSeriesRefs()) {
      if (ref.sheet !== sheet.name) continue;
      const rect = shiftRect(ref.rect, shift);
      if (rect) ref.rect = rect;
    }
  }

  readValues(sheet: SheetModel, rect: Rect): Grid {
    const grid: Grid = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: CellValue[] = new Array(rect.c1 - rect.c0 + 1).fill(null);
      const cells = sheet.rows.get(r);
      if (!cells) {
        grid.push(row);
        continue;
      }
      if (cells.size <= row.length) {
        for (const [c, cell] of cells) if (c >= rect.c0 && c <= rect.c1) row[c - rect.c0] = cell.value;
      } else {
        for (let c = rect.c0; c <= rect.c1; c++) row[c - rect.c0] = cells.get(c)?.value ?? null;
      }
      grid.push(row);
    }
    return grid;
  }

  /** The values of one column from row r0 to r1 (a flat list, without a grid's row arrays). */
  readColumn(sheet: SheetModel, column: number, r0: number, r1: number): CellValue[] {
    const out: CellValue[] = new Array(Math.max(0, r1 - r0 + 1)).fill(null);
    for (let r = r0; r <= r1; r++) {
      const cell = sheet.rows.get(r)?.get(column);
      if (cell) out[r - r0] = cell.value;
    }
    return out;
  }

  /** Shows the workbook in an Excel of `language`: each PivotTable refreshed in its words, as when opened there. */
  setExcelLanguage(language: string): void {
    this.excelLanguage = language;
    for (const { sheet, pivot } of this.allPivots()) this.refreshPivot(sheet, pivot);
  }

  /** Recomputes a pivot's output cells from its source. */
  refreshPivot(sheet: SheetModel, pivot: PivotModel): void {
    if (pivot.outputRect) sheet.forEachIn(pivot.outputRect, (r, c) => sheet.remove(r, c));
    const table = pivot.source.table ? this.findTable(pivot.source.table) : undefined;
    if (table) pivot.source = { sheet: table.sheet.name, rect: table.table.rect, table: table.table.name };
    const sourceSheet = this.findSheet(pivot.source.sheet);
    const rect = pivot.source.rect;
    const grid = sourceSheet
      ? renderPivot(pivot, {
          headers: this.readValues(sourceSheet, { ...rect, r1: rect.r0 })[0].map((h) => String(h ?? "")),
          rowCount: rect.r1 - rect.r0,
          column: (i) => this.readColumn(sourceSheet, rect.c0 + i, rect.r0 + 1, rect.r1),
        }, pivotCaptions(this.excelLanguage))
      : [];
    grid.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null) return;
        const cell = sheet.ensure(pivot.destRow + i, pivot.destColumn + j);
        cell.value = value;
        delete cell.formula;
        const field = j > 0 && i > 0 ? pivot.dataFields[pivot.rowFields.length ? j - 1 : j] : undefined;
        if (field?.numberFormat) cell.numberFormat = field.numberFormat;
      }),
    );
    pivot.outputRect = gridRect(pivot.destRow, pivot.destColumn, grid);
    // Excel autofits a PivotTable's columns on every update (a new PivotTable's "Autofit column widths on update").
    const longest = new Map<number, number>();
    if (pivot.outputRect) sheet.forEachIn(pivot.outputRect, (_r, c, cell) => longest.set(c, Math.max(longest.get(c) ?? 0, shownLength(cell))));
    for (const [c, length] of longest) sheet.columnWidths.set(c, autofitWidthPoints(length));
  }

  // ---- test helpers (no API, no load/sync) ----

  static empty(): WorkbookModel {
    return new WorkbookModel();
  }

  addSheet(name: string): SheetModel {
    return this.createSheet(name);
  }

  sheet(name: string): SheetModel {
    return this.requireSheet(name);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  cell(sheetName: string, address: string): CellView {
    const { rect } = parseRangeArgument(address, "SimWorkbook.cell");
    const cell = this.requireSheet(sheetName).get(rect.r0, rect.c0);
    return {
      value: cell?.value ?? null,
      formula: cell?.formula ?? null,
      numberFormat: cell?.numberFormat ?? "General",
      ...(cell?.fill ? { fill: cell.fill } : {}),
      ...(cell?.font ? { font: { ...cell.font } } : {}),
    };
  }

  /** Writes values as a user would type them ("=..." becomes a formula). */
  setCells(sheetName: string, topLeft: string, values: Array<Array<string | number | boolean | null>>): void {
    const sheet = this.findSheet(sheetName) ?? this.createSheet(sheetName);
    const { rect } = parseRangeArgument(topLeft, "SimWorkbook.setCells");
    values.forEach((row, i) => row.forEach((v, j) => writeInput(sheet.ensure(rect.r0 + i, rect.c0 + j), v === null ? "" : v)));
  }

  snapshot(): unknown {
    return {
      activeSheet: this.activeSheet()?.name ?? null,
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        cells: Object.fromEntries(
          [...s.rows.entries()]
            .sort((a, b) => a[0] - b[0])
            .flatMap(([r, row]) =>
              [...row.entries()].sort((a, b) => a[0] - b[0]).map(([c, cell]) => [`${columnLetters(c)}${r + 1}`, snapshotCell(cell)]),
            ),
        ),
        columnWidths: Object.fromEntries([...s.columnWidths].map(([c, w]) => [columnLetters(c), w])),
        hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
        hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
        frozen: { ...s.frozen },
        protection: { protected: s.protection.protected },
        tables: JSON.parse(JSON.stringify(s.tables)),
        conditionalFormats: JSON.parse(JSON.stringify(s.conditionalFormats)),
        pivots: JSON.parse(JSON.stringify(s.pivots)),
        charts: JSON.parse(JSON.stringify(s.charts)),
      })),
      names: JSON.parse(JSON.stringify(this.names)),
      customXmlParts: this.customXmlParts.map((p) => ({ ...p })),
    };
  }
}

function snapshotCell(cell: Cell): Record<string, unknown> {
  const c = cloneCell(cell);
  const out: Record<string, unknown> = { value: c.value };
  if (c.formula) out.formula = c.formula;
  if (c.error) out.error = true;
  if (c.numberFormat && c.numberFormat !== "General") out.numberFormat = c.numberFormat;
  if (c.fill) out.fill = c.fill;
  if (c.font && Object.keys(c.font).some((k) => c.font![k as keyof CellFont] !== undefined)) out.font = c.font;
  if (c.horizontalAlignment) out.horizontalAlignment = c.horizontalAlignment;
  if (c.wrapText) out.wrapText = true;
  return out;
}
