// Excel.PivotTableCollection (workbook.pivotTables, worksheet.pivotTables): https://learn.microsoft.com/javascript/api/excel/excel.pivottablecollection
import { Rect, intersect } from "../../../shared/a1";
import { parseRangeArgument } from "../../rangeArgument";
import { SimError, invalidArgument } from "../../errors";
import { PivotModel } from "../../model/objects";
import { SheetModel } from "../../model/sheet";
import { SimCollection } from "../collection";
import { SimRequestContextCore } from "../context";
import { assertWritable } from "../guards";
import { SimRange } from "../range";
import { SimTable } from "../tables/table";
import { SimPivotTable, boundPivot } from "./pivotTable";
import { PivotRef, allPivots, refresh } from "./pivotRef";
import { asExcel, standsFor } from "../standIn";

export class SimPivotTableCollection
  extends SimCollection<PivotRef, SimPivotTable>
  implements Pick<Excel.PivotTableCollection, "add" | "getItem" | "getItemOrNullObject" | "refreshAll">
{
  declare readonly [standsFor]?: Excel.PivotTableCollection;
  constructor(context: SimRequestContextCore, private readonly sheet: (() => SheetModel) | null) {
    super(context, "PivotTableCollection");
  }
  protected _models(): PivotRef[] {
    const all = allPivots(this.context);
    if (!this.sheet) return all;
    const s = this.sheet();
    return all.filter((p) => p.sheet === s);
  }
  protected _proxyFor(model: PivotRef): SimPivotTable { return boundPivot(this.context, () => model); }
  add(name: string, source: Excel.Range | string | Excel.Table, destination: Excel.Range | string): Excel.PivotTable {
    this.context.assertOwn(source, "PivotTableCollection.add");
    this.context.assertOwn(destination, "PivotTableCollection.add");
    let created: PivotRef | undefined;
    this.context.enqueue("PivotTableCollection.add(...);", { call: "add", args: [name] }, () => {
      created = this.addNow(name, source, destination);
    });
    return asExcel(boundPivot(this.context, () => {
      if (!created) throw new SimError("ItemNotFound", undefined, "PivotTableCollection.add");
      return created;
    }));
  }
  private addNow(name: string, source: Excel.Range | string | Excel.Table, destination: Excel.Range | string): PivotRef {
    const wb = this.context.host.workbook;
    if (!name || allPivots(this.context).some((p) => p.pivot.name.toLowerCase() === name.toLowerCase())) {
      throw new SimError("InvalidArgument", "A PivotTable with this name already exists.", "PivotTableCollection.add");
    }
    let src: PivotModel["source"];
    if (source instanceof SimTable) {
      const t = source._resolve();
      if (!t) throw invalidArgument("PivotTableCollection.add");
      src = { sheet: t.sheet.name, rect: t.table.rect, table: t.table.name };
    } else src = this.resolveRange(source as Excel.Range | string, "PivotTableCollection.add");
    const headers = wb.readValues(wb.requireSheet(src.sheet), { ...src.rect, r1: src.rect.r0 })[0];
    if (src.rect.r1 === src.rect.r0 || headers.some((h) => h === null || h === "")) {
      throw new SimError("InvalidArgument", "The PivotTable field name is not valid. To create a PivotTable report, you must use data that is organized as a list with labeled columns.", "PivotTableCollection.add");
    }
    const dest = this.resolveRange(destination, "PivotTableCollection.add");
    const destSheet = wb.requireSheet(dest.sheet);
    assertWritable(destSheet, "PivotTableCollection.add");
    if (destSheet.tables.some((t) => intersect(t.rect, dest.rect))) throw invalidArgument("PivotTableCollection.add");
    const pivot: PivotModel = { id: wb.newGuid(), name, source: src, destRow: dest.rect.r0, destColumn: dest.rect.c0, rowFields: [], dataFields: [], outputRect: null };
    destSheet.pivots.push(pivot);
    return { sheet: destSheet, pivot };
  }
  private resolveRange(r: Excel.Range | string, location: string): { sheet: string; rect: Rect } {
    const wb = this.context.host.workbook;
    if (typeof r === "string") {
      const parsed = parseRangeArgument(r, location);
      const sheet = parsed.sheet ? wb.requireSheet(parsed.sheet, location) : this.sheet ? this.sheet() : wb.activeSheet();
      return { sheet: sheet.name, rect: parsed.rect };
    }
    if (!(r instanceof SimRange)) throw invalidArgument(location);
    const ref = r._resolve();
    if (!ref) throw invalidArgument(location);
    return { sheet: ref.sheet.name, rect: ref.rect };
  }
  getItem(name: string): Excel.PivotTable {
    return asExcel(boundPivot(this.context, () => {
      const p = this._models().find((m) => m.pivot.name.toLowerCase() === name.toLowerCase());
      if (!p) throw new SimError("ItemNotFound", undefined, "PivotTableCollection.getItem");
      return p;
    }));
  }
  getItemOrNullObject(name: string): Excel.PivotTable {
    return asExcel(boundPivot(this.context, () => this._models().find((m) => m.pivot.name.toLowerCase() === name.toLowerCase()) ?? null, true));
  }
  refreshAll(): void {
    this.context.enqueue("PivotTableCollection.refreshAll();", { call: "refreshAll" }, () => {
      for (const p of this._models()) refresh(this.context, p);
    });
  }
}
