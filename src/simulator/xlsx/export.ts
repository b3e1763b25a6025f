// model -> .xlsx with exceljs; custom XML parts added to the package with jszip afterwards, and the package
// compressed through the platform's deflate (zipPackage.ts).
// What is and isn't written: see ../README.md.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnLetters, formatLocal } from "../../shared/a1";
import { quoteSheet } from "../../shared/sheetName";
import { Cell, hasFormat } from "../model/cell";
import { SheetModel } from "../model/sheet";
import { WorkbookModel } from "../model/workbook";
import { cfRef, cfToExcel } from "./conditionalFormats";
import { carryOver, droppedFeatures } from "./carryOver";
import { writeCustomXmlParts } from "./customXmlZip";
import { encodeCellText, encodeOoxmlText } from "./ooxmlText";
import { writeProtection } from "./protection";
import { writeObjectParts } from "./objectParts";
import { leftToExceljs, writeSheetXml } from "./sheetData";
import { SimulatorState, stateToXml } from "./simulatorState";
import { alignmentToExcel, fillToExcel, fontToExcel, widthPointsToChars } from "./styles";
import { openPackage, packageBytes } from "./zipPackage";

type AnyRecord = Record<string, any>;

function cellValue(cell: Cell): ExcelJS.CellValue {
  return encodeCellText(modelValue(cell));
}

function modelValue(cell: Cell): ExcelJS.CellValue {
  const imp = cell.imported;
  if (imp && imp.raw !== undefined && imp.value === cell.value && imp.formula === cell.formula) return imp.raw as ExcelJS.CellValue;
  if (cell.formula) {
    const result = cell.error ? { error: cell.value } : cell.value ?? undefined;
    return { formula: cell.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  }
  if (cell.error) return { error: cell.value } as ExcelJS.CellErrorValue;
  return cell.value;
}

function cellStyle(cell: Cell): Partial<ExcelJS.Style> | null {
  const imp = cell.imported;
  const style: AnyRecord = imp?.style ? { ...(imp.style as AnyRecord) } : {};
  if (cell.numberFormat && cell.numberFormat !== "General") style.numFmt = cell.numberFormat;
  else delete style.numFmt;
  if (!imp || cell.fill !== imp.fill) {
    if (cell.fill) style.fill = fillToExcel(cell.fill);
    else delete style.fill;
  }
  const fontKey = cell.font && Object.values(cell.font).some((v) => v !== undefined && v !== false) ? JSON.stringify(cell.font) : undefined;
  if (!imp || fontKey !== imp.font) {
    if (fontKey || style.font) style.font = fontToExcel(style.font, cell.font);
  }
  if (!imp || cell.horizontalAlignment !== imp.horizontalAlignment) {
    if (cell.horizontalAlignment) style.alignment = { ...(style.alignment ?? {}), horizontal: alignmentToExcel(cell.horizontalAlignment) };
    else if (style.alignment) {
      style.alignment = { ...style.alignment };
      delete style.alignment.horizontal;
    }
  }
  if (!imp || Boolean(cell.wrapText) !== Boolean(imp.wrapText)) {
    if (cell.wrapText) style.alignment = { ...(style.alignment ?? {}), wrapText: true };
    else if (style.alignment?.wrapText) {
      style.alignment = { ...style.alignment };
      delete style.alignment.wrapText;
    }
  }
  return Object.keys(style).length ? (style as Partial<ExcelJS.Style>) : null;
}

function writeSheet(xl: ExcelJS.Workbook, sheet: SheetModel): ExcelJS.Worksheet {
  const frozen = sheet.frozen.rows || sheet.frozen.columns;
  const ws = xl.addWorksheet(sheet.name, {
    state: sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible",
    views: [{
      ...(frozen ? { state: "frozen" as const, xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows } : { state: "normal" as const }),
      showGridLines: sheet.showGridlines,
      // exceljs writes only the active cell, as the selection too (<selection activeCell sqref>)
      activeCell: `${columnLetters(sheet.activeCell.column)}${sheet.activeCell.row + 1}`,
    }],
  });
  const columnIndexes = new Set([...sheet.columnWidths.keys(), ...sheet.hiddenColumns]);
  for (const c of [...columnIndexes].sort((a, b) => a - b)) {
    const col = ws.getColumn(c + 1);
    const w = sheet.columnWidths.get(c);
    if (w !== undefined) col.width = widthPointsToChars(w);
    if (sheet.hiddenColumns.has(c)) col.hidden = true;
  }
  // Most cells are written straight by sheetData.ts; exceljs gets the few it must write.
  for (const [r, cells] of sheet.rows) {
    for (const [c, cell] of cells) {
      if (!leftToExceljs(sheet, r, c, cell)) continue;
      const xc = ws.getRow(r + 1).getCell(c + 1);
      const value = cellValue(cell);
      if (value !== null && value !== undefined) xc.value = value;
      const style = cellStyle(cell);
      if (style) xc.style = style;
    }
  }
  for (const m of sheet.merges) {
    try {
      ws.mergeCells(formatLocal(m));
    } catch {
      // a merge broken by inserted or deleted cells is dropped, as Excel would refuse it
    }
  }
  if (sheet.autoFilter && sheet.tables.length === 0) ws.autoFilter = formatLocal(sheet.autoFilter);
  for (const t of sheet.tables) {
    const names: string[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) names.push(String(sheet.get(t.rect.r0, c)?.value ?? `Column${c - t.rect.c0 + 1}`));
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        const cell = sheet.get(r, c);
        row.push(cell ? cellValue(cell) : null);
      }
      rows.push(row);
    }
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: formatLocal({ r0: t.rect.r0, c0: t.rect.c0, r1: t.rect.r0, c1: t.rect.c0 }),
      headerRow: true,
      totalsRow: false,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: names.map((name) => ({ name: encodeOoxmlText(name), filterButton: true })),
      rows,
    });
    // exceljs rewrites table cells from `rows`; put the model's styles back
    for (let r = t.rect.r0; r <= t.rect.r1; r++) for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const cell = sheet.get(r, c);
      const style = cell ? cellStyle(cell) : null;
      if (style) ws.getCell(r + 1, c + 1).style = style;
    }
  }
  for (const cf of [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
    const rule = cfToExcel(cf);
    if (rule) ws.addConditionalFormatting({ ref: cfRef(cf), rules: [rule as ExcelJS.ConditionalFormattingRule] });
  }
  return ws;
}

export interface WrittenXlsx {
  bytes: Uint8Array;
  /** features of the imported file that could not be kept, e.g. "comments (2 of 2)"; empty for new workbooks */
  dropped: string[];
}

export async function writeXlsx(wb: WorkbookModel): Promise<WrittenXlsx> {
  const xl = new ExcelJS.Workbook();
  xl.creator = "Client Rater workbook simulator";
  // Formulas written through the API have no cached result: ask Excel to calculate when it opens the file.
  if (wb.sheets.some((s) => [...s.rows.values()].some((row) => [...row.values()].some((c) => c.formula && c.value === null && !c.imported)))) {
    xl.calcProperties.fullCalcOnLoad = true;
  }
  const protections: Array<Promise<void>> = [];
  for (const sheet of wb.sheets) {
    const ws = writeSheet(xl, sheet);
    if (sheet.protection.protected) protections.push(ws.protect(sheet.protection.password ?? "", sheet.protection.options as Partial<ExcelJS.WorksheetProtection>));
  }
  await Promise.all(protections);
  for (const n of wb.names) {
    if (n.ref) xl.definedNames.add(`${quoteSheet(n.ref.sheet)}!${absolute(formatLocal(n.ref.rect))}`, n.name);
  }
  const activeIndex = Math.max(0, wb.sheets.findIndex((s) => s.id === wb.activeSheetId));
  xl.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: activeIndex, visibility: "visible" }];
  const state: SimulatorState = {
    pivots: wb.sheets.flatMap((s) => s.pivots.map((pivot) => ({ sheet: s.name, pivot }))),
    charts: wb.sheets.flatMap((s) => s.charts.map((chart) => ({ sheet: s.name, chart }))),
    chartDataSheet: null,
  };
  const parts = [...wb.customXmlParts];
  if (state.pivots.length || state.charts.length) parts.push({ id: "{5C3B1E7A-51A0-4C1B-9A55-000000000001}", xml: stateToXml(state) });
  // The cells' styles join the style table exceljs writes to styles.xml while it prepares it; the package exceljs
  // writes is stored, not compressed, as it is rewritten below.
  let styleIdOf: (cell: Cell) => number = () => 0;
  const buffer = await whilePreparingStyles(xl, (styles) => {
    styleIdOf = cellStyleIds(styles);
    for (const sheet of wb.sheets) for (const row of sheet.rows.values()) for (const cell of row.values()) styleIdOf(cell);
  }, () => xl.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  const zip = await JSZip.loadAsync(new Uint8Array(buffer as ArrayBuffer));
  await writeCustomXmlParts(zip, parts);
  await writeProtection(zip, wb);
  let dropped: string[] = [];
  const source = wb.sourcePackage ? await openPackage(wb.sourcePackage) : undefined;
  if (source) {
    const sheets = wb.sheets.flatMap((s, i) =>
      s.source ? [{ sourcePart: s.source.part, outPart: `xl/worksheets/sheet${i + 1}.xml`, outIndex: i, shifts: s.source.shifts, ownPivots: s.pivots.map((p) => p.name) }] : [],
    );
    await carryOver(source.zip, zip, { sheets, hasName: (name) => wb.findName(name) !== undefined, macroEnabled: wb.macroEnabled });
  }
  await writeObjectParts(zip, wb, wb.sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`));
  if (source) dropped = await droppedFeatures(source.zip, zip);
  // last, so that the steps above read and edit only the small sheet XML exceljs wrote
  const sheetBytes = new Map<string, Uint8Array>();
  for (const [i, sheet] of wb.sheets.entries()) {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    sheetBytes.set(path, writeSheetXml(await zip.file(path)!.async("string"), sheet, styleIdOf));
  }
  const out = await packageBytes(zip, { bytesOf: sheetBytes, source });
  return { bytes: out, dropped };
}

/** exceljs's style table while it writes (StylesXform, exceljs/lib/xlsx/xform/style/styles-xform.js). */
interface ExceljsStyles {
  addStyleModel(style: Partial<ExcelJS.Style> | undefined, cellType?: number): number;
}

type PreparingXlsx = { prepareModel(model: { styles: ExceljsStyles }, options: unknown): void };

/** exceljs's writer still has the internal step the style lookup hooks into (a newer exceljs may not). */
function isPreparingXlsx(xlsx: object): xlsx is PreparingXlsx {
  return typeof (xlsx as Partial<PreparingXlsx>).prepareModel === "function";
}

/** Runs `write` with `onStyles` called as soon as exceljs has made the style table it will write to styles.xml. */
async function whilePreparingStyles<T>(xl: ExcelJS.Workbook, onStyles: (styles: ExceljsStyles) => void, write: () => Promise<T>): Promise<T> {
  const xlsx = xl.xlsx;
  if (!isPreparingXlsx(xlsx)) throw new Error("This exceljs version has no XLSX.prepareModel step; the .xlsx export needs it to share cell styles.");
  const prepare = xlsx.prepareModel;
  xlsx.prepareModel = (model, options) => {
    prepare.call(xlsx, model, options);
    onStyles(model.styles);
  };
  try {
    return await write();
  } finally {
    xlsx.prepareModel = prepare;
  }
}

/** A cell's index in styles.xml; cells made by the add-in share a few formats, so those are looked up by their fields. */
function cellStyleIds(styles: ExceljsStyles): (cell: Cell) => number {
  const byFormat = new Map<string, Array<[Cell, number]>>();
  const byImportedCell = new WeakMap<Cell, number>();
  return (cell) => {
    if (cell.imported) {
      let id = byImportedCell.get(cell);
      if (id === undefined) {
        const style = cellStyle(cell);
        id = style ? styles.addStyleModel(style, ExcelJS.ValueType.Number) : 0;
        byImportedCell.set(cell, id);
      }
      return id;
    }
    if (!hasFormat(cell)) return 0;
    // compared field by field rather than through a key string: this runs for every formatted cell, twice
    const seen = byFormat.get(cell.numberFormat ?? "");
    const known = seen?.find(([other]) => sameFormat(cell, other));
    if (known) return known[1];
    const style = cellStyle(cell);
    const id = style ? styles.addStyleModel(style, ExcelJS.ValueType.Number) : 0;
    if (seen) seen.push([cell, id]);
    else byFormat.set(cell.numberFormat ?? "", [[cell, id]]);
    return id;
  };
}

function sameFormat(a: Cell, b: Cell): boolean {
  return (
    a.fill === b.fill && a.horizontalAlignment === b.horizontalAlignment && Boolean(a.wrapText) === Boolean(b.wrapText) &&
    Boolean(a.font?.bold) === Boolean(b.font?.bold) && Boolean(a.font?.italic) === Boolean(b.font?.italic) && a.font?.color === b.font?.color
  );
}

function absolute(local: string): string {
  return local.replace(/([A-Z]+)?(\d+)?/g, (m, col, row) => (m ? `${col ? "$" + col : ""}${row ? "$" + row : ""}` : ""));
}

