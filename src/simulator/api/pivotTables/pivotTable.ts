// Excel.PivotTable and its hierarchies: https://learn.microsoft.com/javascript/api/excel/excel.pivottable
// The simulator computes the pivot's output (compact layout, row items ascending, grand total row)
// into the destination cells, so a test can read it as Excel users see it.
import { SimError, invalidArgument } from "../../errors";
import { SimRequestContextCore } from "../context";
import { assertWritable } from "../guards";
import { SimObject } from "../object";
import { SimWorksheet } from "../worksheet";
import { SimDataHierarchyCollection } from "./dataHierarchies";
import { SimPivotHierarchyCollection } from "./pivotHierarchies";
import { SimPivotLayout } from "./pivotLayout";
import { PivotRef, allPivots, refresh } from "./pivotRef";
import { SimRowHierarchyCollection } from "./rowHierarchies";
import { asExcel, standsFor } from "../standIn";

export function boundPivot(context: SimRequestContextCore, find: () => PivotRef | null, orNull = false): SimPivotTable {
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
  declare readonly [standsFor]?: Excel.PivotTable;
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
    return asExcel(SimWorksheet.bound(this.context, () => this._resolve()?.sheet ?? null));
  }
  get hierarchies(): Excel.PivotHierarchyCollection {
    return asExcel(this.kid("h", () => new SimPivotHierarchyCollection(this.context, () => this._require("PivotTable.hierarchies"))));
  }
  get rowHierarchies(): Excel.RowColumnPivotHierarchyCollection {
    return asExcel(this.kid("r", () => new SimRowHierarchyCollection(this.context, () => this._require("PivotTable.rowHierarchies"), "rowFields")));
  }
  get columnHierarchies(): Excel.RowColumnPivotHierarchyCollection {
    return asExcel(this.kid("c", () => new SimRowHierarchyCollection(this.context, () => this._require("PivotTable.columnHierarchies"), "columnFields")));
  }
  get dataHierarchies(): Excel.DataPivotHierarchyCollection {
    return asExcel(this.kid("d", () => new SimDataHierarchyCollection(this.context, () => this._require("PivotTable.dataHierarchies"))));
  }
  get layout(): Excel.PivotLayout {
    return asExcel(this.kid("l", () => new SimPivotLayout(this.context, () => this._resolve())));
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
