// Excel.DataPivotHierarchy and DataPivotHierarchyCollection: https://learn.microsoft.com/javascript/api/excel/excel.datapivothierarchy
import { SimError, invalidArgument } from "../../errors";
import { PivotDataField } from "../../model/objects";
import { defaultDataFieldName } from "../../model/pivot";
import { SimCollection } from "../collection";
import { SimRequestContextCore } from "../context";
import { SimObject } from "../object";
import { hierarchyField } from "./pivotHierarchies";
import { PivotRef, refresh, sourceHeaders } from "./pivotRef";
import { asExcel, standsFor } from "../standIn";

const SUMMARIZE = ["Automatic", "Sum", "Count", "Average", "Max", "Min", "Product", "CountNumbers", "StandardDeviation", "StandardDeviationP", "Variance", "VarianceP"];
const SHOW_AS = ["None", "PercentOfGrandTotal", "PercentOfRowTotal", "PercentOfColumnTotal", "PercentOfParentRowTotal", "PercentOfParentColumnTotal", "PercentOfParentTotal", "PercentOf", "RunningTotal", "PercentRunningTotal", "DifferenceFrom", "PercentDifferenceFrom", "RankAscending", "RankDecending", "Index"];

export interface DataRef extends PivotRef {
  data: PivotDataField;
}

export class SimDataPivotHierarchy
  extends SimObject<DataRef>
  implements Pick<Excel.DataPivotHierarchy, "name" | "summarizeBy" | "showAs" | "numberFormat" | "position">
{
  declare readonly [standsFor]?: Excel.DataPivotHierarchy;
  constructor(context: SimRequestContextCore, private readonly resolver: () => DataRef | null) {
    super(context, "DataPivotHierarchy");
  }
  _resolve(): DataRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["name", "id", "summarizeBy", "showAs", "numberFormat", "position"]; }
  protected _readScalar({ pivot, data }: DataRef, name: string): unknown {
    switch (name) {
      case "name": return data.name;
      case "id": return data.name;
      case "summarizeBy": return data.summarizeBy;
      case "showAs": return { ...data.showAs };
      case "numberFormat": return data.numberFormat ?? "General";
      case "position": return pivot.dataFields.indexOf(data);
    }
    return undefined;
  }
  private update(name: string, value: unknown, apply: (ref: DataRef) => void): void {
    this._set(name, value, (ref) => {
      apply(ref);
      refresh(this.context, ref);
    });
  }
  get name(): string { return this._get("name"); }
  set name(v: string) {
    this.update("name", v, ({ pivot, data }) => {
      if (!v || pivot.dataFields.some((d) => d !== data && d.name.toLowerCase() === v.toLowerCase()) || sourceHeaders(this.context, pivot).some((h) => h.toLowerCase() === v.toLowerCase())) {
        throw new SimError("InvalidArgument", "A PivotTable field name already exists.", "DataPivotHierarchy.name");
      }
      data.name = v;
    });
  }
  get summarizeBy(): Excel.AggregationFunction | "Unknown" | "Automatic" | "Sum" | "Count" | "Average" | "Max" | "Min" | "Product" | "CountNumbers" | "StandardDeviation" | "StandardDeviationP" | "Variance" | "VarianceP" {
    return this._get("summarizeBy");
  }
  set summarizeBy(v: Excel.AggregationFunction | "Unknown" | "Automatic" | "Sum" | "Count" | "Average" | "Max" | "Min" | "Product" | "CountNumbers" | "StandardDeviation" | "StandardDeviationP" | "Variance" | "VarianceP") {
    this.update("summarizeBy", v, ({ data }) => {
      if (!SUMMARIZE.includes(v)) throw invalidArgument("DataPivotHierarchy.summarizeBy");
      const wasDefault = data.name === defaultDataFieldName(data.summarizeBy, data.field);
      data.summarizeBy = v === "Automatic" ? "Sum" : v;
      if (wasDefault) data.name = defaultDataFieldName(data.summarizeBy, data.field);
    });
  }
  get showAs(): Excel.ShowAsRule { return this._get("showAs"); }
  set showAs(v: Excel.ShowAsRule) {
    this.update("showAs", v, ({ data }) => {
      if (!v || !SHOW_AS.includes(String(v.calculation))) throw invalidArgument("DataPivotHierarchy.showAs");
      data.showAs = { calculation: String(v.calculation), baseField: v.baseField ? "field" : undefined };
      if (String(v.calculation).startsWith("Percent") && !data.numberFormat) data.numberFormat = "0.00%";
    });
  }
  get numberFormat(): string { return this._get("numberFormat"); }
  set numberFormat(v: string) { this.update("numberFormat", v, ({ data }) => (data.numberFormat = v)); }
  get position(): number { return this._get("position"); }
  set position(v: number) {
    this.update("position", v, ({ pivot, data }) => {
      const list = pivot.dataFields.filter((d) => d !== data);
      list.splice(Math.max(0, Math.min(v, list.length)), 0, data);
      pivot.dataFields = list;
    });
  }
}

export class SimDataHierarchyCollection extends SimCollection<DataRef, SimDataPivotHierarchy> implements Pick<Excel.DataPivotHierarchyCollection, "add" | "getItem" | "remove"> {
  declare readonly [standsFor]?: Excel.DataPivotHierarchyCollection;
  constructor(context: SimRequestContextCore, private readonly pivot: () => PivotRef) {
    super(context, "DataPivotHierarchyCollection");
  }
  protected _models(): DataRef[] {
    const p = this.pivot();
    return p.pivot.dataFields.map((data) => ({ ...p, data }));
  }
  protected _proxyFor(model: DataRef): SimDataPivotHierarchy { return this.byName(() => model.data.name); }
  private byName(name: () => string): SimDataPivotHierarchy {
    let bound: PivotDataField | undefined;
    return new SimDataPivotHierarchy(this.context, () => {
      const p = this.pivot();
      if (!bound) bound = p.pivot.dataFields.find((d) => d.name.toLowerCase() === name().toLowerCase());
      if (!bound || !p.pivot.dataFields.includes(bound)) throw new SimError("ItemNotFound", undefined, "DataPivotHierarchyCollection.getItem");
      return { ...p, data: bound };
    });
  }
  add(pivotHierarchy: Excel.PivotHierarchy): Excel.DataPivotHierarchy {
    let name = "";
    this.context.enqueue("DataPivotHierarchyCollection.add(...);", { call: "add" }, () => {
      const p = this.pivot();
      const field = hierarchyField(pivotHierarchy, "DataPivotHierarchyCollection.add");
      const wb = this.context.host.workbook;
      const t = p.pivot.source.table ? wb.findTable(p.pivot.source.table) : undefined;
      const srcSheet = t ? t.sheet : wb.requireSheet(p.pivot.source.sheet);
      const rect = t ? t.table.rect : p.pivot.source.rect;
      const col = sourceHeaders(this.context, p.pivot).findIndex((h) => h === field);
      const values = wb.readColumn(srcSheet, rect.c0 + col, rect.r0 + 1, rect.r1);
      const numeric = values.some((v) => typeof v === "number") && values.every((v) => v === null || typeof v === "number");
      const summarizeBy = numeric ? "Sum" : "Count";
      name = defaultDataFieldName(summarizeBy, field);
      let n = 2;
      const base = name;
      while (p.pivot.dataFields.some((d) => d.name === name)) name = `${base}${n++}`;
      p.pivot.dataFields.push({ name, field, summarizeBy, showAs: { calculation: "None" } });
      refresh(this.context, p);
    });
    return asExcel(this.byName(() => name));
  }
  getItem(name: string): Excel.DataPivotHierarchy { return asExcel(this.byName(() => name)); }
  remove(hierarchy: Excel.DataPivotHierarchy): void {
    this.context.enqueue("DataPivotHierarchyCollection.remove(...);", { call: "remove" }, () => {
      const p = this.pivot();
      if (!(hierarchy instanceof SimDataPivotHierarchy)) throw invalidArgument("DataPivotHierarchyCollection.remove");
      const ref = hierarchy._resolve();
      if (!ref) throw new SimError("ItemNotFound", undefined, "DataPivotHierarchyCollection.remove");
      p.pivot.dataFields = p.pivot.dataFields.filter((d) => d !== ref.data);
      refresh(this.context, p);
    });
  }
}
