// Excel.Worksheet and WorksheetCollection: https://learn.microsoft.com/javascript/api/excel/excel.worksheet
import { MAX_COLUMNS, MAX_ROWS, Rect, tryParseRect } from "../../shared/a1";
import { splitSheet } from "../../shared/sheetName";
import { SimError, invalidArgument } from "../errors";
import { SheetModel } from "../model/sheet";
import { SimCollection } from "./collection";
import { SimRequestContextCore } from "./context";
import { assertInGrid, assertStructureUnlocked } from "./guards";
import { SimAutoFilter } from "./autoFilter";
import { SimObject } from "./object";
import { SimRange } from "./range";
import { SimTableCollection } from "./tables/tableCollection";
import { SimPivotTableCollection } from "./pivotTables/pivotTableCollection";
import { SimChartCollection } from "./chartCollection";
import { SimFreezePanes, SimWorksheetProtection } from "./worksheetParts";
import { asExcel, standsFor } from "./standIn";
import { SimSelectionEventHandlers } from "./events";

type WorksheetApi = Pick<
  Excel.Worksheet,
  "name" | "position" | "visibility" | "id" | "getRange" | "getRangeByIndexes" | "getUsedRange" | "getUsedRangeOrNullObject" | "getCell" | "activate" | "delete"
>;

export class SimWorksheet extends SimObject<SheetModel> implements WorksheetApi {
  declare readonly [standsFor]?: Excel.Worksheet;
  private readonly resolver: () => SheetModel | null;
  private children = new Map<string, unknown>();

  constructor(context: SimRequestContextCore, resolver: () => SheetModel | null, orNull = false) {
    super(context, "Worksheet", orNull);
    this.resolver = resolver;
  }

  /** A worksheet proxy bound to the identity of the sheet it first resolves to (renames keep it valid). */
  static bound(context: SimRequestContextCore, find: () => SheetModel | null, orNull = false): SimWorksheet {
    let id: string | undefined;
    return new SimWorksheet(
      context,
      () => {
        if (id !== undefined) {
          const s = context.host.workbook.sheetById(id);
          if (!s) throw new SimError("ItemNotFound", undefined, "Worksheet");
          return s;
        }
        const s = find();
        if (s) id = s.id;
        return s;
      },
      orNull,
    );
  }

  _resolve(): SheetModel | null {
    return this.resolver();
  }

  protected _scalarNames(): readonly string[] {
    return ["name", "position", "visibility", "id", "tabColor", "showGridlines"];
  }

  protected override _navigation(name: string): SimObject<unknown> | undefined {
    if (name === "protection") return this.protectionProxy();
    if (name === "freezePanes") return this.freezePanesProxy();
    if (name === "autoFilter") return this.autoFilterProxy();
    return undefined;
  }

  protected _readScalar(sheet: SheetModel, name: string): unknown {
    switch (name) {
      case "name": return sheet.name;
      case "position": return this.context.host.workbook.sheets.indexOf(sheet);
      case "visibility": return sheet.visibility;
      case "id": return sheet.id;
      case "tabColor": return sheet.tabColor;
      case "showGridlines": return true;
    }
    return undefined;
  }

  private child<T>(key: string, make: () => T): T {
    if (!this.children.has(key)) this.children.set(key, make());
    return this.children.get(key) as T;
  }

  get name(): string { return this._get("name"); }
  set name(v: string) {
    this._set("name", v, (sheet) => {
      assertStructureUnlocked(this.context.host.workbook, "Worksheet.name");
      renameSheet(this.context, sheet, v);
    });
  }
  get position(): number { return this._get("position"); }
  set position(v: number) {
    this._set("position", v, (sheet) => {
      assertStructureUnlocked(this.context.host.workbook, "Worksheet.position");
      const sheets = this.context.host.workbook.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw invalidArgument("Worksheet.position");
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(v, 0, sheet);
    });
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" { return this._get("visibility"); }
  set visibility(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this._set("visibility", v, (sheet) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw invalidArgument("Worksheet.visibility");
      const wb = this.context.host.workbook;
      if (v !== sheet.visibility) assertStructureUnlocked(wb, "Worksheet.visibility");
      if (v !== "Visible" && wb.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
        throw new SimError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.visibility");
      }
      sheet.visibility = v as SheetModel["visibility"];
    });
  }
  get id(): string { return this._get("id"); }
  get tabColor(): string { return this._get("tabColor"); }
  set tabColor(v: string) { this._set("tabColor", v, (sheet) => (sheet.tabColor = v)); }

  private protectionProxy(): SimWorksheetProtection {
    return this.child("protection", () => new SimWorksheetProtection(this.context, () => this._resolve()));
  }
  private freezePanesProxy(): SimFreezePanes {
    return this.child("freezePanes", () => new SimFreezePanes(this.context, () => this._resolve(), (r, orNull) => this.rangeFrom(r, orNull)));
  }
  private autoFilterProxy(): SimAutoFilter {
    return this.child("autoFilter", () => new SimAutoFilter(this.context, () => this._resolve(), (r, orNull) => this.rangeFrom(r, orNull)));
  }
  get protection(): Excel.WorksheetProtection { return asExcel(this.protectionProxy()); }
  get freezePanes(): Excel.WorksheetFreezePanes { return asExcel(this.freezePanesProxy()); }
  get autoFilter(): Excel.AutoFilter { return asExcel(this.autoFilterProxy()); }
  get tables(): Excel.TableCollection {
    return asExcel(this.child("tables", () => new SimTableCollection(this.context, () => this._require("Worksheet.tables"))));
  }
  get pivotTables(): Excel.PivotTableCollection {
    return asExcel(this.child("pivots", () => new SimPivotTableCollection(this.context, () => this._require("Worksheet.pivotTables"))));
  }
  /** ExcelApi 1.7. */
  get onSelectionChanged(): OfficeExtension.EventHandlers<Excel.WorksheetSelectionChangedEventArgs> {
    return asExcel(this.child("onSelectionChanged", () => new SimSelectionEventHandlers(this.context, "Worksheet", this, () => this._require("Worksheet.onSelectionChanged"))));
  }
  get charts(): Excel.ChartCollection {
    return asExcel(this.child("charts", () => new SimChartCollection(this.context, () => this._require("Worksheet.charts"))));
  }

  /** @internal */
  rangeFrom(compute: (sheet: SheetModel) => Rect | null, orNull = false): SimRange {
    return new SimRange(
      this.context,
      () => {
        const sheet = this._resolve();
        if (!sheet) return null;
        const rect = compute(sheet);
        return rect ? { sheet, rect } : null;
      },
      (find) => SimWorksheet.bound(this.context, find),
      orNull,
    );
  }

  getRange(address?: string): Excel.Range {
    return asExcel(this.rangeFrom((sheet) => {
      if (address === undefined || address === "") return { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 };
      const { sheet: sheetName, local } = splitSheet(address);
      if (sheetName !== undefined && sheetName.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument("Worksheet.getRange");
      const rect = tryParseRect(local);
      if (rect) return rect;
      const named = this.context.host.workbook.findName(local);
      if (named?.ref && named.ref.sheet === sheet.name) return named.ref.rect;
      throw invalidArgument("Worksheet.getRange");
    }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    return asExcel(this.rangeFrom(() => {
      const rect = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
      if (![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) || rowCount < 1 || columnCount < 1) throw invalidArgument("Worksheet.getRangeByIndexes");
      assertInGrid(rect, "Worksheet.getRangeByIndexes");
      return rect;
    }));
  }

  getCell(row: number, column: number): Excel.Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel returns A1 when the sheet is empty. https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1) */
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return asExcel(this.rangeFrom((sheet) => sheet.usedRect(Boolean(valuesOnly)) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return asExcel(this.rangeFrom((sheet) => sheet.usedRect(Boolean(valuesOnly)), true));
  }

  activate(): void {
    this._call("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible") throw new SimError("InvalidOperation", undefined, "Worksheet.activate");
      this.context.host.workbook.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this._call("delete", [], (sheet) => {
      const wb = this.context.host.workbook;
      assertStructureUnlocked(wb, "Worksheet.delete");
      if (wb.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
        throw new SimError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
      }
      wb.sheets = wb.sheets.filter((s) => s !== sheet);
      for (const n of wb.names) if (n.ref?.sheet === sheet.name) n.ref = null;
      if (wb.activeSheetId === sheet.id) wb.activeSheetId = wb.sheets.find((s) => s.visibility === "Visible")!.id;
    });
  }
}

function renameSheet(context: SimRequestContextCore, sheet: SheetModel, name: string): void {
  const wb = context.host.workbook;
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) throw invalidArgument("Worksheet.name");
  const other = wb.findSheet(name);
  if (other && other !== sheet) throw new SimError("InvalidArgument", "That name is already taken. Try a different one.", "Worksheet.name");
  const old = sheet.name;
  sheet.name = name;
  for (const n of wb.names) if (n.ref?.sheet === old) n.ref.sheet = name;
  for (const { pivot } of wb.allPivots()) if (pivot.source.sheet === old) pivot.source.sheet = name;
  for (const ref of wb.allSeriesRefs()) if (ref.sheet === old) ref.sheet = name;
}

export class SimWorksheetCollection
  extends SimCollection<SheetModel, SimWorksheet>
  implements Pick<Excel.WorksheetCollection, "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "getFirst" | "getLast">
{
  declare readonly [standsFor]?: Excel.WorksheetCollection;
  constructor(context: SimRequestContextCore) {
    super(context, "WorksheetCollection");
  }
  protected _models(): SheetModel[] {
    return this.context.host.workbook.sheets;
  }
  protected _proxyFor(model: SheetModel): SimWorksheet {
    return SimWorksheet.bound(this.context, () => model);
  }
  add(name?: string): Excel.Worksheet {
    let created: SheetModel | undefined;
    this.context.enqueue("WorksheetCollection.add(...);", { call: "add", args: [name ?? null] }, () => {
      assertStructureUnlocked(this.context.host.workbook, "WorksheetCollection.add");
      created = this.context.host.workbook.createSheet(name);
    });
    return asExcel(SimWorksheet.bound(this.context, () => {
      if (!created) throw new SimError("ItemNotFound", undefined, "WorksheetCollection.add");
      return created;
    }));
  }
  getItem(key: string): Excel.Worksheet {
    return asExcel(SimWorksheet.bound(this.context, () => {
      const wb = this.context.host.workbook;
      const s = wb.findSheet(key) ?? wb.sheetById(key);
      if (!s) throw new SimError("ItemNotFound", undefined, "WorksheetCollection.getItem");
      return s;
    }));
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    return asExcel(SimWorksheet.bound(this.context, () => {
      const wb = this.context.host.workbook;
      return wb.findSheet(key) ?? wb.sheetById(key) ?? null;
    }, true));
  }
  /** ExcelApi 1.9: the selection changed on any sheet. */
  get onSelectionChanged(): OfficeExtension.EventHandlers<Excel.WorksheetSelectionChangedEventArgs> {
    this.selectionEvents ??= new SimSelectionEventHandlers(this.context, "WorksheetCollection", this, null);
    return asExcel(this.selectionEvents);
  }
  private selectionEvents?: SimSelectionEventHandlers;
  getActiveWorksheet(): Excel.Worksheet {
    return asExcel(SimWorksheet.bound(this.context, () => this.context.host.workbook.activeSheet() ?? null));
  }
  getFirst(visibleOnly?: boolean): Excel.Worksheet {
    return asExcel(SimWorksheet.bound(this.context, () => this.visible(visibleOnly)[0] ?? null));
  }
  getLast(visibleOnly?: boolean): Excel.Worksheet {
    return asExcel(SimWorksheet.bound(this.context, () => this.visible(visibleOnly).slice(-1)[0] ?? null));
  }
  private visible(visibleOnly?: boolean): SheetModel[] {
    const all = this.context.host.workbook.sheets;
    return visibleOnly ? all.filter((s) => s.visibility === "Visible") : all;
  }
}

