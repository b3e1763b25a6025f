// Excel.RowColumnPivotHierarchyCollection: https://learn.microsoft.com/javascript/api/excel/excel.rowcolumnpivothierarchycollection
import { SimError, invalidArgument } from "../../errors";
import { PivotModel } from "../../model/objects";
import { SimCollection } from "../collection";
import { SimRequestContextCore } from "../context";
import { HierarchyRef, SimPivotHierarchy, hierarchyField } from "./pivotHierarchies";
import { PivotRef, refresh } from "./pivotRef";
import { asExcel, standsFor } from "../standIn";

type RowColumnHierarchy = SimPivotHierarchy<Excel.RowColumnPivotHierarchy>;

export class SimRowHierarchyCollection extends SimCollection<HierarchyRef, RowColumnHierarchy> implements Pick<Excel.RowColumnPivotHierarchyCollection, "add" | "remove"> {
  declare readonly [standsFor]?: Excel.RowColumnPivotHierarchyCollection;
  constructor(context: SimRequestContextCore, private readonly pivot: () => PivotRef, private readonly kind: "rowFields" | "columnFields") {
    super(context, "RowColumnPivotHierarchyCollection");
  }
  private fields(p: PivotRef): string[] {
    return this.kind === "rowFields" ? p.pivot.rowFields : ((p.pivot as PivotModel & { columnFields?: string[] }).columnFields ??= []);
  }
  protected _models(): HierarchyRef[] {
    const p = this.pivot();
    return this.fields(p).map((field) => ({ ...p, field }));
  }
  protected _proxyFor(model: HierarchyRef): RowColumnHierarchy {
    return new SimPivotHierarchy<Excel.RowColumnPivotHierarchy>(this.context, () => this._models().find((m) => m.field === model.field) ?? null, "RowColumnPivotHierarchy");
  }
  add(pivotHierarchy: Excel.PivotHierarchy): Excel.RowColumnPivotHierarchy {
    let field = "";
    this.context.enqueue("RowColumnPivotHierarchyCollection.add(...);", { call: "add" }, () => {
      const p = this.pivot();
      field = hierarchyField(pivotHierarchy, "RowColumnPivotHierarchyCollection.add");
      const all = [...p.pivot.rowFields, ...((p.pivot as PivotModel & { columnFields?: string[] }).columnFields ?? [])];
      if (all.includes(field) || p.pivot.dataFields.some((d) => d.field === field && this.kind === "columnFields")) throw invalidArgument("RowColumnPivotHierarchyCollection.add");
      if (this.kind === "columnFields") throw new SimError("InvalidOperation", "Column hierarchies are not simulated.", "RowColumnPivotHierarchyCollection.add");
      this.fields(p).push(field);
      refresh(this.context, p);
    });
    return asExcel(new SimPivotHierarchy<Excel.RowColumnPivotHierarchy>(this.context, () => this._models().find((m) => m.field === field) ?? null, "RowColumnPivotHierarchy"));
  }
  remove(rowColumnPivotHierarchy: Excel.RowColumnPivotHierarchy): void {
    this.context.enqueue("RowColumnPivotHierarchyCollection.remove(...);", { call: "remove" }, () => {
      const p = this.pivot();
      const field = hierarchyField(rowColumnPivotHierarchy, "RowColumnPivotHierarchyCollection.remove");
      const list = this.fields(p);
      const i = list.indexOf(field);
      if (i < 0) throw new SimError("ItemNotFound", undefined, "RowColumnPivotHierarchyCollection.remove");
      list.splice(i, 1);
      refresh(this.context, p);
    });
  }
}
