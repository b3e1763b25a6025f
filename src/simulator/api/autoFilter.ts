// Worksheet.autoFilter (ExcelApi 1.9): https://learn.microsoft.com/javascript/api/excel/excel.autofilter
// The filter's range is modelled (and saved); filter criteria are not: rows are never hidden by a filter,
// so apply() with criteria fails loudly rather than pretending to filter.
import { Rect, intersect } from "../../shared/a1";
import { splitSheet } from "../../shared/sheetName";
import { parseRangeArgument } from "../rangeArgument";
import { SimError, invalidArgument } from "../errors";
import { SheetModel } from "../model/sheet";
import { SimRequestContextCore } from "./context";
import { assertWritable } from "./guards";
import { SimObject } from "./object";
import { SimRange } from "./range";
import { asExcel, standsFor } from "./standIn";

export class SimAutoFilter extends SimObject<SheetModel>
  implements Pick<Excel.AutoFilter, "enabled" | "isDataFiltered" | "apply" | "remove" | "getRange" | "getRangeOrNullObject" | "clearCriteria" | "reapply">
{
  declare readonly [standsFor]?: Excel.AutoFilter;
  constructor(
    context: SimRequestContextCore,
    private readonly resolver: () => SheetModel | null,
    private readonly rangeFrom: (compute: (sheet: SheetModel) => Rect | null, orNull?: boolean) => SimRange,
  ) {
    super(context, "AutoFilter");
  }
  _resolve(): SheetModel | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["enabled", "isDataFiltered", "criteria"]; }
  protected _readScalar(sheet: SheetModel, name: string): unknown {
    if (name === "enabled") return sheet.autoFilter !== undefined;
    if (name === "isDataFiltered") return false;
    return [];
  }
  get enabled(): boolean { return this._get("enabled"); }
  get isDataFiltered(): boolean { return this._get("isDataFiltered"); }
  get criteria(): Excel.FilterCriteria[] { return this._get("criteria"); }

  apply(range: Excel.Range | string, columnIndex?: number, criteria?: Excel.FilterCriteria): void {
    this.context.assertOwn(range, "AutoFilter.apply");
    this._call("apply", [typeof range === "string" ? range : "range", columnIndex ?? null, criteria ?? null], (sheet) => {
      if (criteria !== undefined || columnIndex !== undefined) throw new SimError("InvalidOperation", "Filter criteria are not simulated.", "AutoFilter.apply");
      assertWritable(sheet, "AutoFilter.apply");
      const rect = this.rectOf(sheet, range);
      if (sheet.tables.some((t) => intersect(t.rect, rect))) throw invalidArgument("AutoFilter.apply", "A table has its own filter.");
      sheet.autoFilter = rect;
    });
  }
  remove(): void {
    this._call("remove", [], (sheet) => {
      assertWritable(sheet, "AutoFilter.remove");
      sheet.autoFilter = undefined;
    });
  }
  clearCriteria(): void {
    this._call("clearCriteria", [], () => undefined);
  }
  reapply(): void {
    this._call("reapply", [], () => undefined);
  }
  getRange(): Excel.Range {
    return asExcel(this.rangeFrom((sheet) => {
      if (!sheet.autoFilter) throw new SimError("ItemNotFound", undefined, "AutoFilter.getRange");
      return sheet.autoFilter;
    }));
  }
  getRangeOrNullObject(): Excel.Range {
    return asExcel(this.rangeFrom((sheet) => sheet.autoFilter ?? null, true));
  }

  private rectOf(sheet: SheetModel, range: Excel.Range | string): Rect {
    if (typeof range === "string") {
      const { sheet: name } = splitSheet(range);
      if (name !== undefined && name.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument("AutoFilter.apply");
      return parseRangeArgument(range, "AutoFilter.apply").rect;
    }
    const ref = range instanceof SimRange ? range._resolve() : null;
    if (!ref || ref.sheet !== sheet) throw invalidArgument("AutoFilter.apply");
    return ref.rect;
  }
}
