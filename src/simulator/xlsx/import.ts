// .xlsx -> model, with exceljs for the workbook parts and jszip (over parts unpacked by zipPackage.ts) for the rest.
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { tryParseRect } from "../../shared/a1";
import { splitSheet } from "../../shared/sheetName";
import { Cell, CellValue } from "../model/cell";
import { dateToSerial } from "../model/numberFormat";
import { SheetModel } from "../model/sheet";
import { WorkbookModel } from "../model/workbook";
import { rootNamespace } from "../api/customXml";
import { cfFromExcel } from "./conditionalFormats";
import { readCustomXmlParts } from "./customXmlZip";
import { decodeInlineStrings } from "./ooxmlText";
import { extractPlainCells, sheetPaths, unescapeXml } from "./fastCells";
import { keepFromSheetXml } from "./keptFromSheet";
import { isMacroEnabled } from "./keptParts";
import { readWorkbookProtection } from "./protection";
import { SIMULATOR_NAMESPACE, stateFromXml } from "./simulatorState";
import { alignmentFromExcel, fillFromExcel, fontFromExcel, widthCharsToPoints } from "./styles";
import { openPackage, packageBytes, partText } from "./zipPackage";

type AnyRecord = Record<string, any>;

/** What readSheet reads of an exceljs 4.4 worksheet beyond its typings: the fields its parser fills in. */
type ParsedWorksheet = ExcelJS.Worksheet & {
  sheetProtection?: AnyRecord;
  _columns?: ExcelJS.Column[];
  _merges?: Record<string, { range: string }>;
  tables?: Record<string, AnyRecord>;
  conditionalFormattings?: Array<{ ref: string; rules: AnyRecord[] }>;
};
type ParsedRow = ExcelJS.Row & { customHeight?: boolean; _cells: Array<ExcelJS.Cell | undefined> };

function plainValue(v: unknown): { value: CellValue; error?: boolean } {
  if (v === null || v === undefined) return { value: null };
  if (v instanceof Date) return { value: dateToSerial(v) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  const o = v as AnyRecord;
  if (typeof o.error === "string") return { value: o.error, error: true };
  if (Array.isArray(o.richText)) return { value: o.richText.map((r: AnyRecord) => r.text).join("") };
  if (o.text !== undefined) return plainValue(o.text);
  return { value: null };
}

function hasStyle(style: AnyRecord | undefined): boolean {
  if (!style) return false;
  return Boolean(style.numFmt || (style.fill && style.fill.pattern !== "none") || style.border && Object.keys(style.border).length || style.alignment);
}

function readCell(xc: ExcelJS.Cell): Cell | null {
  const raw = xc.value as unknown;
  const style = xc.style as AnyRecord;
  const cell: Cell = { value: null };
  if (xc.type === ExcelJS.ValueType.Merge) {
    if (!hasStyle(style)) return null;
  } else if (xc.type === ExcelJS.ValueType.Formula) {
    const f = xc.formula;
    cell.formula = f ? `=${f}` : undefined;
    const r = plainValue((raw as AnyRecord).result);
    cell.value = r.value;
    if (r.error) cell.error = true;
  } else {
    const p = plainValue(raw);
    cell.value = p.value;
    if (p.error) cell.error = true;
    if (cell.value === null && !hasStyle(style)) return null;
  }
  if (xc.numFmt && xc.numFmt !== "General") cell.numberFormat = xc.numFmt;
  const fill = fillFromExcel(style?.fill);
  if (fill) cell.fill = fill;
  const font = fontFromExcel(style?.font);
  if (font) cell.font = font;
  const align = alignmentFromExcel(style?.alignment);
  if (align) cell.horizontalAlignment = align;
  if (style?.alignment?.wrapText) cell.wrapText = true;
  cell.imported = {
    raw: xc.type === ExcelJS.ValueType.Merge ? undefined : raw,
    style,
    value: cell.value,
    formula: cell.formula,
    fill: cell.fill,
    font: font ? JSON.stringify(font) : undefined,
    horizontalAlignment: align,
    wrapText: cell.wrapText,
  };
  return cell;
}

function readSheet(wb: WorkbookModel, ws: ExcelJS.Worksheet): SheetModel {
  const sheet = wb.createSheet(ws.name, "SimWorkbook.fromXlsx");
  sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  const view = (ws.views?.[0] ?? {}) as AnyRecord;
  if (view.state === "frozen") sheet.frozen = { rows: Number(view.ySplit ?? 0), columns: Number(view.xSplit ?? 0) };
  sheet.showGridlines = view.showGridLines !== false;
  const active = typeof view.activeCell === "string" ? tryParseRect(view.activeCell.replace(/\$/g, "")) : null;
  if (active) {
    sheet.activeCell = { row: active.r0, column: active.c0 };
    sheet.selection = { r0: active.r0, r1: active.r0, c0: active.c0, c1: active.c0 };
  }
  const parsed = ws as ParsedWorksheet;
  const protection = parsed.sheetProtection;
  if (protection?.sheet) {
    const options = Object.fromEntries(Object.entries(protection).filter(([k, v]) => typeof v === "boolean" && k !== "sheet")) as Record<string, boolean>;
    sheet.protection = { protected: true, options };
  }
  const columns = parsed._columns;
  columns?.forEach((col, i) => {
    if (col.width !== undefined) sheet.columnWidths.set(i, widthCharsToPoints(col.width));
    if (col.hidden) sheet.hiddenColumns.add(i);
  });
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) sheet.hiddenRows.add(r - 1);
    if ((row as ParsedRow).customHeight && row.height) sheet.rowHeights.set(r - 1, row.height);
    // row.eachCell skips cells without a value, and with them blank cells that carry only a number format or fill
    const cells = (row as ParsedRow)._cells;
    cells.forEach((xc, i) => {
      const cell = xc ? readCell(xc) : null;
      if (cell) {
        sheet.ensure(r - 1, i);
        sheet.rows.get(r - 1)!.set(i, cell);
      }
    });
  });
  const merges = parsed._merges;
  sheet.merges = merges ? Object.values(merges).map((m) => tryParseRect(m.range)).filter((m): m is NonNullable<typeof m> => m !== null) : [];
  // eachCell skips merged slaves' styles; pick them up so borders of merged areas survive
  for (const rect of sheet.merges) {
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) {
      if (sheet.get(r, c)) continue;
      const cell = readCell(ws.getCell(r + 1, c + 1));
      if (cell) sheet.rows.get(r)?.set(c, cell) ?? sheet.rows.set(r, new Map([[c, cell]]));
    }
  }
  const autoFilter = ws.autoFilter as unknown;
  if (typeof autoFilter === "string") sheet.autoFilter = tryParseRect(autoFilter.replace(/\$/g, "")) ?? undefined;
  else if (autoFilter && typeof autoFilter === "object") {
    const a = autoFilter as AnyRecord;
    if (typeof a.from === "string" && typeof a.to === "string") sheet.autoFilter = tryParseRect(`${a.from}:${a.to}`.replace(/\$/g, "")) ?? undefined;
  }
  for (const t of Object.values(parsed.tables ?? {})) {
    const model = (t.model ?? t.table ?? t) as AnyRecord;
    const rect = tryParseRect(String(model.tableRef ?? model.ref ?? ""));
    if (!rect) continue;
    sheet.tables.push({
      id: wb.newId("table"),
      name: String(model.name ?? model.displayName),
      rect,
      showHeaders: model.headerRow !== false,
      showTotals: Boolean(model.totalsRow),
      style: String(model.style?.theme ?? "TableStyleMedium2"),
    });
  }
  const cfs = parsed.conditionalFormattings ?? [];
  for (const group of cfs) {
    for (const rule of group.rules ?? []) {
      const cf = cfFromExcel(wb.newGuid(), group.ref, rule);
      if (cf) sheet.conditionalFormats.push(cf);
    }
  }
  [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority).forEach((cf, i) => (cf.priority = i));
  return sheet;
}

function readNames(wb: WorkbookModel, xl: ExcelJS.Workbook): void {
  const model = (xl.definedNames as ExcelJS.DefinedNames & { model?: ExcelJS.DefinedNamesModel }).model ?? [];
  for (const n of model) {
    if (n.name.startsWith("_xlnm.")) continue;
    const first = n.ranges?.[0];
    if (n.ranges?.length === 1 && first) {
      const { sheet, local } = splitSheet(first);
      const rect = tryParseRect(local.replace(/\$/g, ""));
      const s = sheet ? wb.findSheet(sheet) : undefined;
      if (rect && s) {
        wb.names.push({ name: n.name, ref: { sheet: s.name, rect }, comment: "", visible: true });
        continue;
      }
    }
    wb.names.push({ name: n.name, ref: null, formula: `=${(n.ranges ?? []).join(",")}`, comment: "", visible: true });
  }
}

/** Workbook-scoped names exceljs does not read (those referring to external workbooks): kept as formulas. */
async function readNamesExcelJsSkipped(wb: WorkbookModel, zip: JSZip): Promise<void> {
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  for (const m of xml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(m[1])?.[1] ?? "");
    if (!name || name.startsWith("_xlnm.") || /\blocalSheetId=/.test(m[1]) || wb.findName(name)) continue;
    wb.names.push({ name, ref: null, formula: `=${unescapeXml(m[2])}`, comment: "", visible: !/\bhidden="(1|true)"/.test(m[1]) });
  }
}

export async function readXlsx(wb: WorkbookModel, data: ArrayBuffer | Uint8Array): Promise<void> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const { zip } = await openPackage(bytes);
  const plainBySheet = await extractPlainCells(zip);
  const decoded = await decodeInlineStrings(zip);
  const forExcelJs = plainBySheet || decoded ? await packageBytes(zip, { compress: false }) : bytes;
  const xl = new ExcelJS.Workbook();
  // exceljs hands the bytes to JSZip.loadAsync, which takes any Uint8Array; its typings say Buffer (Node only)
  await (xl.xlsx as ExcelJS.Xlsx & { load(data: Uint8Array): Promise<ExcelJS.Workbook> }).load(forExcelJs);
  xl.eachSheet((ws) => void readSheet(wb, ws));
  wb.sourcePackage = bytes;
  for (const [name, part] of await sheetPaths(zip)) {
    const sheet = wb.findSheet(name);
    if (!sheet) continue;
    sheet.source = { part, shifts: [] };
    keepFromSheetXml(sheet, (await partText(zip, part)) ?? "");
  }
  wb.macroEnabled = await isMacroEnabled(zip);
  wb.protection = readWorkbookProtection((await zip.file("xl/workbook.xml")?.async("string")) ?? "");
  if (plainBySheet) {
    for (const [name, path] of await sheetPaths(zip)) {
      const plain = plainBySheet.get(path);
      const sheet = wb.findSheet(name);
      if (!plain || !sheet) continue;
      for (const [r, cells] of plain) for (const [c, value] of cells) sheet.ensure(r, c).value = value;
    }
  }
  readNames(wb, xl);
  await readNamesExcelJsSkipped(wb, zip);
  const active = (xl.views?.[0] as AnyRecord | undefined)?.activeTab;
  if (typeof active === "number" && wb.sheets[active]) wb.activeSheetId = wb.sheets[active].id;
  const parts = await readCustomXmlParts(zip);
  for (const part of parts) {
    if (rootNamespace(part.xml) !== SIMULATOR_NAMESPACE) {
      wb.customXmlParts.push(part);
      continue;
    }
    const state = stateFromXml(part.xml);
    if (!state) continue;
    for (const { sheet, pivot } of state.pivots) wb.findSheet(sheet)?.pivots.push(pivot);
    for (const { sheet, chart } of state.charts) wb.findSheet(sheet)?.charts.push(chart);
    if (state.chartDataSheet) {
      const dataSheet = wb.findSheet(state.chartDataSheet);
      if (dataSheet) wb.sheets = wb.sheets.filter((s) => s !== dataSheet);
    }
  }
  if (!wb.activeSheetId || !wb.sheetById(wb.activeSheetId)) wb.activeSheetId = wb.sheets[0]?.id ?? null;
}
