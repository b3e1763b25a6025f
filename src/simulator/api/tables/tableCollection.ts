// Excel.TableCollection (workbook.tables, worksheet.tables): https://learn.microsoft.com/javascript/api/excel/excel.tablecollection
import { Rect, intersect, rectColumns } from "../../../shared/a1";
import { parseRangeArgument } from "../../rangeArgument";
import { SimError, invalidArgument } from "../../errors";
import { TableModel } from "../../model/objects";
import { SheetModel } from "../../model/sheet";
import { SimCollection } from "../collection";
import { SimRequestContextCore } from "../context";
import { assertWritable } from "../guards";
import { SimRange } from "../range";
import { SimTable, boundTable } from "./table";
import { TableRef, fixHeaders, workbookTables } from "./tableRef";
import { asExcel, standsFor } from "../standIn";

export class SimTableCollection
  extends SimCollection<TableRef, SimTable>
  implements Pick<Excel.TableCollection, "add" | "getItem" | "getItemOrNullObject" | "getItemAt">
{
  declare readonly [standsFor]?: Excel.TableCollection;
  /** sheet: the worksheet the collection belongs to; null for workbook.tables */
  constructor(context: SimRequestContextCore, private readonly sheet: (() => SheetModel) | null) {
    super(context, "TableCollection");
  }
  protected _models(): TableRef[] {
    const all = workbookTables(this.context);
    if (!this.sheet) return all;
    const s = this.sheet();
    return all.filter((t) => t.sheet === s);
  }
  protected _proxyFor(model: TableRef): SimTable {
    return boundTable(this.context, () => model);
  }
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    this.context.assertOwn(address, "TableCollection.add");
    let created: TableRef | undefined;
    this.context.enqueue("TableCollection.add(...);", { call: "add", args: [typeof address === "string" ? address : "range", hasHeaders] }, () => {
      created = this.addNow(address, hasHeaders);
    });
    return asExcel(boundTable(this.context, () => {
      if (!created) throw new SimError("ItemNotFound", undefined, "TableCollection.add");
      return created;
    }));
  }
  private addNow(address: Excel.Range | string, hasHeaders: boolean): TableRef {
    const wb = this.context.host.workbook;
    let sheet: SheetModel;
    let rect: Rect;
    if (typeof address === "string") {
      const parsed = parseRangeArgument(address, "TableCollection.add");
      sheet = parsed.sheet ? wb.requireSheet(parsed.sheet, "TableCollection.add") : this.sheet ? this.sheet() : wb.activeSheet();
      rect = parsed.rect;
    } else if (address instanceof SimRange) {
      const ref = address._resolve();
      if (!ref) throw invalidArgument("TableCollection.add");
      ({ sheet, rect } = ref);
    } else throw invalidArgument("TableCollection.add");
    assertWritable(sheet, "TableCollection.add");
    if (rectColumns(rect) > 16_384 || rect.r1 - rect.r0 > 1_048_574) throw invalidArgument("TableCollection.add");
    if (sheet.tables.some((t) => intersect(t.rect, rect))) throw new SimError("InvalidArgument", "A table can't overlap another table.", "TableCollection.add");
    if (sheet.pivots.some((p) => p.outputRect && intersect(p.outputRect, rect))) throw new SimError("InvalidArgument", "A table can't overlap a PivotTable report.", "TableCollection.add");
    if (!hasHeaders) {
      // Excel inserts a header row above the data ("Column1", "Column2", ...).
      wb.shift(sheet, { axis: "row", at: rect.r0, count: 1, band: [rect.c0, rect.c1] });
      for (let c = rect.c0; c <= rect.c1; c++) sheet.ensure(rect.r0, c).value = null;
      rect = { ...rect, r1: rect.r1 + 1 };
    }
    if (rect.r1 === rect.r0) rect = { ...rect, r1: rect.r0 + 1 }; // a table always has a data row
    const raw: unknown[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) raw.push(sheet.get(rect.r0, c)?.value ?? null);
    fixHeaders(raw).forEach((name, i) => {
      const cell = sheet.ensure(rect.r0, rect.c0 + i);
      cell.value = name;
      delete cell.formula;
    });
    let n = workbookTables(this.context).length + 1;
    while (wb.findTable(`Table${n}`)) n++;
    const table: TableModel = { id: wb.newId("table"), name: `Table${n}`, rect, showHeaders: true, showTotals: false, style: "TableStyleMedium2" };
    sheet.tables.push(table);
    return { sheet, table };
  }
  getItem(key: string): Excel.Table {
    return asExcel(boundTable(this.context, () => {
      const t = this._models().find((m) => m.table.name.toLowerCase() === key.toLowerCase() || m.table.id === key);
      if (!t) throw new SimError("ItemNotFound", undefined, "TableCollection.getItem");
      return t;
    }));
  }
  getItemOrNullObject(key: string): Excel.Table {
    return asExcel(boundTable(this.context, () => this._models().find((m) => m.table.name.toLowerCase() === key.toLowerCase() || m.table.id === key) ?? null, true));
  }
  getItemAt(index: number): Excel.Table {
    return asExcel(boundTable(this.context, () => {
      const t = this._models()[index];
      if (!t) throw new SimError("ItemNotFound", undefined, "TableCollection.getItemAt");
      return t;
    }));
  }
  get count(): number {
    return this.items.length;
  }
}
