// Excel.PivotTable and its hierarchies: https://learn.microsoft.com/javascript/api/excel/excel.pivottable
// The simulator computes the pivot's output (compact layout, row items ascending, grand total row)
// into the destination cells, so a test can read it as Excel users see it.
import { Rect, intersect } from "../../shared/a1";
import { parseRangeArgument } from "../rangeArgument";
import { SimError, invalidArgument } from "../errors";
import { PivotDataField, PivotModel } from "../model/objects";
import { defaultDataFieldName } from "../model/pivot";
import { SheetModel } from "../model/sheet";
import { SimCollection } from "./collection";
import { SimRequestContextCore } from "./context";
import { assertWritable } from "./guards";
import { SimObject } from "./object";
import { SimRange } from "./range";
import { SimTable } from "./tables";
import { SimWorksheet } from "./worksheet";

interface PivotRef {
  sheet: SheetModel;
  pivot: PivotModel;
}

const SUMMARIZE = ["Automatic", "Sum", "Count", "Average", "Max", "Min", "Product", "CountNumbers", "StandardDeviation", "StandardDeviationP", "Variance", "VarianceP"];
const SHOW_AS = ["None", "PercentOfGrandTotal", "PercentOfRowTotal", "PercentOfColumnTotal", "PercentOfParentRowTotal", "PercentOfParentColumnTotal", "PercentOfParentTotal", "PercentOf", "RunningTotal", "PercentRunningTotal", "DifferenceFrom", "PercentDifferenceFrom", "RankAscending", "RankDecending", "Index"];

function allPivots(context: SimRequestContextCore): PivotRef[] {
  return context.host.workbook.allPivots();
}

function sourceHeaders(context: SimRequestContextCore, pivot: PivotModel): string[] {
  const wb = context.host.workbook;
  const t = pivot.source.table ? wb.findTable(pivot.source.table) : undefined;
  const sheet = t ? t.sheet : wb.findSheet(pivot.source.sheet);
  const rect = t ? t.table.rect : pivot.source.rect;
  if (!sheet) return [];
  return wb.readValues(sheet, { ...rect, r1: rect.r0 })[0].map((v) => String(v ?? ""));
}

function refresh(context: SimRequestContextCore, ref: PivotRef): void {
  context.deferRefresh(ref.pivot.id, () => {
    if (ref.sheet.pivots.includes(ref.pivot)) context.host.workbook.refreshPivot(ref.sheet, ref.pivot);
  });
}

function boundPivot(context: SimRequestContextCore, find: () => PivotRef | null, orNull = false): SimPivotTable {
  let id: string | undefined;
  return new SimPivotTable(context, () => {
    if (id) {
      const p = allPivots(context).find((x) => x.pivot.id === id);
      if (!p) throw new SimError("ItemNotFound", undefined, "PivotTable");
      return p;
    }
    const p = find();
    if (p) id = p.pivot.id;
    return p;
  }, orNull);
}

export class SimPivotTable extends SimObject<PivotRef> implements Pick<Excel.PivotTable, "name" | "id" | "delete" | "refresh"> {
  private kids = new Map<string, unknown>();
  constructor(context: SimRequestContextCore, private readonly resolver: () => PivotRef | null, orNull = false) {
    super(context, "PivotTable", orNull);
  }
  _resolve(): PivotRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["name", "id", "enableDataValueEditing", "useCustomSortLists"]; }
  protected _readScalar({ pivot }: PivotRef, name: string): unknown {
    if (name === "name") return pivot.name;
    if (name === "id") return pivot.id;
    return false;
  }
  private kid<T>(key: string, make: () => T): T {
    if (!this.kids.has(key)) this.kids.set(key, make());
    return this.kids.get(key) as T;
  }
  get name(): string { return this._get("name"); }
  set name(v: string) {
    this._set("name", v, ({ pivot }) => {
      if (!v || allPivots(this.context).some((p) => p.pivot !== pivot && p.pivot.name.toLowerCase() === v.toLowerCase())) throw invalidArgument("PivotTable.name");
      pivot.name = v;
    });
  }
  get id(): string { return this._get("id"); }
  get worksheet(): Excel.Worksheet {
    return SimWorksheet.bound(this.context, () => this._resolve()?.sheet ?? null) as unknown as Excel.Worksheet;
  }
  get hierarchies(): Excel.PivotHierarchyCollection {
    return this.kid("h", () => new SimPivotHierarchyCollection(this.context, () => this._require("PivotTable.hierarchies"))) as unknown as Excel.PivotHierarchyCollection;
  }
  get rowHierarchies(): Excel.RowColumnPivotHierarchyCollection {
    return this.kid("r", () => new SimRowHierarchyCollection(this.context, () => this._require("PivotTable.rowHierarchies"), "rowFields")) as unknown as Excel.RowColumnPivotHierarchyCollection;
  }
  get columnHierarchies(): Excel.RowColumnPivotHierarchyCollection {
    return this.kid("c", () => new SimRowHierarchyCollection(this.context, () => this._require("PivotTable.columnHierarchies"), "columnFields")) as unknown as Excel.RowColumnPivotHierarchyCollection;
  }
  get dataHierarchies(): Excel.DataPivotHierarchyCollection {
    return this.kid("d", () => new SimDataHierarchyCollection(this.context, () => this._require("PivotTable.dataHierarchies"))) as unknown as Excel.DataPivotHierarchyCollection;
  }
  get layout(): Excel.PivotLayout {
    return this.kid("l", () => new SimPivotLayout(this.context, () => this._resolve())) as unknown as Excel.PivotLayout;
  }
  delete(): void {
    this._call("delete", [], ({ sheet, pivot }) => {
      assertWritable(sheet, "PivotTable.delete");
      if (pivot.outputRect) sheet.forEachIn(pivot.outputRect, (r, c) => sheet.remove(r, c));
      sheet.pivots = sheet.pivots.filter((p) => p !== pivot);
    });
  }
  refresh(): void {
    this._call("refresh", [], (ref) => refresh(this.context, ref));
  }
}

class SimPivotLayout extends SimObject<PivotRef> implements Pick<Excel.PivotLayout, "getRange" | "getDataBodyRange" | "getRowLabelRange"> {
  constructor(context: SimRequestContextCore, private readonly resolver: () => PivotRef | null) {
    super(context, "PivotLayout");
  }
  _resolve(): PivotRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["layoutType", "showRowGrandTotals", "showColumnGrandTotals"]; }
  protected _readScalar(_ref: PivotRef, name: string): unknown { return name === "layoutType" ? "Compact" : true; }
  get layoutType(): Excel.PivotLayoutType | "Compact" | "Tabular" | "Outline" { return this._get("layoutType"); }
  set layoutType(v: Excel.PivotLayoutType | "Compact" | "Tabular" | "Outline") { this._set("layoutType", v, () => undefined); }
  private part(fn: (rect: Rect, pivot: PivotModel) => Rect): Excel.Range {
    return new SimRange(this.context, () => {
      const ref = this._resolve();
      if (!ref) return null;
      if (!ref.pivot.outputRect) throw new SimError("ItemNotFound", "The PivotTable has no fields yet.", "PivotLayout.getRange");
      return { sheet: ref.sheet, rect: fn(ref.pivot.outputRect, ref.pivot) };
    }, (find) => SimWorksheet.bound(this.context, find)) as unknown as Excel.Range;
  }
  getRange(): Excel.Range { return this.part((r) => r); }
  getDataBodyRange(): Excel.Range { return this.part((r, p) => ({ ...r, r0: r.r0 + 1, c0: r.c0 + (p.rowFields.length ? 1 : 0) })); }
  getRowLabelRange(): Excel.Range { return this.part((r) => ({ ...r, r0: r.r0 + 1, c1: r.c0 })); }
  getColumnLabelRange(): Excel.Range { return this.part((r) => ({ ...r, r1: r.r0 })); }
}

interface HierarchyRef extends PivotRef {
  field: string;
}

class SimPivotHierarchy extends SimObject<HierarchyRef> {
  constructor(context: SimRequestContextCore, readonly _resolveField: () => HierarchyRef | null, typeName = "PivotHierarchy") {
    super(context, typeName);
  }
  _resolve(): HierarchyRef | null { return this._resolveField(); }
  protected _scalarNames(): readonly string[] { return ["name", "id", "position"]; }
  protected _readScalar(ref: HierarchyRef, name: string): unknown {
    if (name === "position") return Math.max(0, ref.pivot.rowFields.indexOf(ref.field));
    return ref.field;
  }
  get name(): string { return this._get("name"); }
  get id(): string { return this._get("id"); }
}

class SimPivotHierarchyCollection extends SimCollection<HierarchyRef, SimPivotHierarchy> implements Pick<Excel.PivotHierarchyCollection, "getItem"> {
  constructor(context: SimRequestContextCore, private readonly pivot: () => PivotRef) {
    super(context, "PivotHierarchyCollection");
  }
  protected _models(): HierarchyRef[] {
    const p = this.pivot();
    return sourceHeaders(this.context, p.pivot).filter(Boolean).map((field) => ({ ...p, field }));
  }
  protected _proxyFor(model: HierarchyRef): SimPivotHierarchy { return this.getItem(model.field) as unknown as SimPivotHierarchy; }
  getItem(name: string): Excel.PivotHierarchy {
    return new SimPivotHierarchy(this.context, () => {
      const m = this._models().find((h) => h.field.toLowerCase() === name.toLowerCase());
      if (!m) throw new SimError("ItemNotFound", undefined, "PivotHierarchyCollection.getItem");
      return m;
    }) as unknown as Excel.PivotHierarchy;
  }
}

function hierarchyField(h: Excel.PivotHierarchy, location: string): string {
  if (!(h instanceof SimPivotHierarchy)) throw invalidArgument(location);
  const ref = h._resolveField();
  if (!ref) throw invalidArgument(location);
  return ref.field;
}

class SimRowHierarchyCollection extends SimCollection<HierarchyRef, SimPivotHierarchy> implements Pick<Excel.RowColumnPivotHierarchyCollection, "add" | "remove"> {
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
  protected _proxyFor(model: HierarchyRef): SimPivotHierarchy {
    return new SimPivotHierarchy(this.context, () => this._models().find((m) => m.field === model.field) ?? null, "RowColumnPivotHierarchy");
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
    return new SimPivotHierarchy(this.context, () => this._models().find((m) => m.field === field) ?? null, "RowColumnPivotHierarchy") as unknown as Excel.RowColumnPivotHierarchy;
  }
  remove(rowColumnPivotHierarchy: Excel.RowColumnPivotHierarchy): void {
    this.context.enqueue("RowColumnPivotHierarchyCollection.remove(...);", { call: "remove" }, () => {
      const p = this.pivot();
      const field = hierarchyField(rowColumnPivotHierarchy as unknown as Excel.PivotHierarchy, "RowColumnPivotHierarchyCollection.remove");
      const list = this.fields(p);
      const i = list.indexOf(field);
      if (i < 0) throw new SimError("ItemNotFound", undefined, "RowColumnPivotHierarchyCollection.remove");
      list.splice(i, 1);
      refresh(this.context, p);
    });
  }
}

interface DataRef extends PivotRef {
  data: PivotDataField;
}

class SimDataPivotHierarchy
  extends SimObject<DataRef>
  implements Pick<Excel.DataPivotHierarchy, "name" | "summarizeBy" | "showAs" | "numberFormat" | "position">
{
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

class SimDataHierarchyCollection extends SimCollection<DataRef, SimDataPivotHierarchy> implements Pick<Excel.DataPivotHierarchyCollection, "add" | "getItem" | "remove"> {
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
    return this.byName(() => name) as unknown as Excel.DataPivotHierarchy;
  }
  getItem(name: string): Excel.DataPivotHierarchy { return this.byName(() => name) as unknown as Excel.DataPivotHierarchy; }
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

export class SimPivotTableCollection
  extends SimCollection<PivotRef, SimPivotTable>
  implements Pick<Excel.PivotTableCollection, "add" | "getItem" | "getItemOrNullObject" | "refreshAll">
{
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
    return boundPivot(this.context, () => {
      if (!created) throw new SimError("ItemNotFound", undefined, "PivotTableCollection.add");
      return created;
    }) as unknown as Excel.PivotTable;
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
    return boundPivot(this.context, () => {
      const p = this._models().find((m) => m.pivot.name.toLowerCase() === name.toLowerCase());
      if (!p) throw new SimError("ItemNotFound", undefined, "PivotTableCollection.getItem");
      return p;
    }) as unknown as Excel.PivotTable;
  }
  getItemOrNullObject(name: string): Excel.PivotTable {
    return boundPivot(this.context, () => this._models().find((m) => m.pivot.name.toLowerCase() === name.toLowerCase()) ?? null, true) as unknown as Excel.PivotTable;
  }
  refreshAll(): void {
    this.context.enqueue("PivotTableCollection.refreshAll();", { call: "refreshAll" }, () => {
      for (const p of this._models()) refresh(this.context, p);
    });
  }
}
