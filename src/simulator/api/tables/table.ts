// Excel.Table: https://learn.microsoft.com/javascript/api/excel/excel.table
import { Rect } from "../../../shared/a1";
import { SimError, invalidArgument } from "../../errors";
import { TableModel } from "../../model/objects";
import { SimRequestContextCore } from "../context";
import { assertWritable } from "../guards";
import { SimObject } from "../object";
import { SimRange } from "../range";
import { SimWorksheet } from "../worksheet";
import { SimTableColumnCollection } from "./tableColumns";
import { TableRef, bodyRect, fixHeaders, workbookTables } from "./tableRef";
import { SimTableRowCollection } from "./tableRows";
import { asExcel, standsFor } from "../standIn";
import { resizeTable, resizeTarget } from "../tableLimits";

export function boundTable(context: SimRequestContextCore, find: () => TableRef | null, orNull = false): SimTable {
  let id: string | undefined;
  return new SimTable(context, () => {
    if (id !== undefined) {
      const found = workbookTables(context).find((t) => t.table.id === id);
      if (!found) throw new SimError("ItemNotFound", undefined, "Table");
      return found;
    }
    const t = find();
    if (t) id = t.table.id;
    return t;
  }, orNull);
}

export class SimTable
  extends SimObject<TableRef>
  implements Pick<Excel.Table, "name" | "id" | "showTotals" | "showHeaders" | "getRange" | "getHeaderRowRange" | "getDataBodyRange" | "getTotalRowRange" | "delete" | "convertToRange" | "resize">
{
  declare readonly [standsFor]?: Excel.Table;
  private _columns?: SimTableColumnCollection;
  private _rows?: SimTableRowCollection;
  constructor(context: SimRequestContextCore, private readonly resolver: () => TableRef | null, orNull = false) {
    super(context, "Table", orNull);
  }
  _resolve(): TableRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["name", "id", "showTotals", "showHeaders", "style", "showBandedRows", "showFilterButton"]; }
  protected _readScalar({ table }: TableRef, name: string): unknown {
    switch (name) {
      case "name": return table.name;
      case "id": return table.id;
      case "showTotals": return table.showTotals;
      case "showHeaders": return table.showHeaders;
      case "style": return table.style;
      case "showBandedRows": return true;
      case "showFilterButton": return true;
    }
    return undefined;
  }
  protected override _navigation(name: string): SimObject<unknown> | undefined {
    if (name === "worksheet") return this.worksheetProxy();
    return undefined;
  }
  get name(): string { return this._get("name"); }
  set name(v: string) {
    this._set("name", v, ({ table }) => {
      validateTableName(this.context, v, table);
      table.name = v;
    });
  }
  get id(): string { return this._get("id"); }
  get showTotals(): boolean { return this._get("showTotals"); }
  set showTotals(v: boolean) {
    this._set("showTotals", v, ({ table }) => {
      if (v === table.showTotals) return;
      table.showTotals = v;
      table.rect = { ...table.rect, r1: table.rect.r1 + (v ? 1 : -1) };
    });
  }
  get showHeaders(): boolean { return this._get("showHeaders"); }
  set showHeaders(v: boolean) { this._set("showHeaders", v, ({ table }) => (table.showHeaders = v)); }
  get style(): string { return this._get("style"); }
  set style(v: string) { this._set("style", v, ({ table }) => (table.style = v)); }

  private worksheetProxy(): SimWorksheet {
    return SimWorksheet.bound(this.context, () => this._resolve()?.sheet ?? null);
  }
  get worksheet(): Excel.Worksheet { return asExcel(this.worksheetProxy()); }
  get columns(): Excel.TableColumnCollection {
    this._columns ??= new SimTableColumnCollection(this.context, () => this._require("Table.columns"), this);
    return asExcel(this._columns);
  }
  get rows(): Excel.TableRowCollection {
    this._rows ??= new SimTableRowCollection(this.context, () => this._require("Table.rows"), this);
    return asExcel(this._rows);
  }

  /** @internal */
  rangeOf(compute: (ref: TableRef) => Rect | null, orNull = false): SimRange {
    return new SimRange(
      this.context,
      () => {
        const ref = this._resolve();
        if (!ref) return null;
        const rect = compute(ref);
        return rect ? { sheet: ref.sheet, rect } : null;
      },
      (find) => SimWorksheet.bound(this.context, find),
      orNull,
    );
  }
  getRange(): Excel.Range { return asExcel(this.rangeOf(({ table }) => table.rect)); }
  getHeaderRowRange(): Excel.Range { return asExcel(this.rangeOf(({ table }) => ({ ...table.rect, r1: table.rect.r0 }))); }
  getDataBodyRange(): Excel.Range { return asExcel(this.rangeOf(({ table }) => bodyRect(table))); }
  getTotalRowRange(): Excel.Range {
    return asExcel(this.rangeOf(({ table }) => {
      if (!table.showTotals) throw new SimError("InvalidOperation", undefined, "Table.getTotalRowRange");
      return { ...table.rect, r0: table.rect.r1 };
    }));
  }
  delete(): void {
    this._call("delete", [], ({ sheet, table }) => {
      assertWritable(sheet, "Table.delete");
      sheet.forEachIn(table.rect, (r, c) => sheet.remove(r, c));
      sheet.tables = sheet.tables.filter((t) => t !== table);
    });
  }
  resize(newRange: Excel.Range | string): void {
    this.context.assertOwn(newRange, "Table.resize");
    if (typeof newRange !== "string" && !(newRange instanceof SimRange)) throw invalidArgument("Table.resize");
    const target: Parameters<typeof resizeTarget>[1] = newRange;
    this._call("resize", [typeof newRange === "string" ? newRange : "range"], (ref) => resizeTable(ref, resizeTarget(ref, target), fixHeaders));
  }
  convertToRange(): Excel.Range {
    let rect: Rect | null = null;
    this._call("convertToRange", [], ({ sheet, table }) => {
      rect = table.rect;
      sheet.tables = sheet.tables.filter((t) => t !== table);
    });
    return asExcel(this.rangeOf(() => rect));
  }
}

function validateTableName(context: SimRequestContextCore, name: string, self?: TableModel): void {
  if (typeof name !== "string" || !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name) || name.length > 255) {
    throw invalidArgument("Table.name");
  }
  const other = workbookTables(context).find((t) => t.table.name.toLowerCase() === name.toLowerCase());
  if ((other && other.table !== self) || context.host.workbook.findName(name)) throw new SimError("InvalidArgument", "A table with this name already exists.", "Table.name");
}
