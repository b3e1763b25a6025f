// Excel.PivotHierarchy and PivotHierarchyCollection (the source's fields): https://learn.microsoft.com/javascript/api/excel/excel.pivothierarchy
import { SimError, invalidArgument } from "../../errors";
import { SimCollection } from "../collection";
import { SimRequestContextCore } from "../context";
import { SimObject } from "../object";
import { PivotRef, sourceHeaders } from "./pivotRef";
import { asExcel, standsFor } from "../standIn";

export interface HierarchyRef extends PivotRef {
  field: string;
}

/** E: a source field stands for an Excel.PivotHierarchy; placed on rows it is an Excel.RowColumnPivotHierarchy. */
export class SimPivotHierarchy<E extends Excel.PivotHierarchy | Excel.RowColumnPivotHierarchy = Excel.PivotHierarchy>
  extends SimObject<HierarchyRef>
  implements Pick<Excel.PivotHierarchy, "name" | "id">
{
  declare readonly [standsFor]?: E;
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

export class SimPivotHierarchyCollection extends SimCollection<HierarchyRef, SimPivotHierarchy> implements Pick<Excel.PivotHierarchyCollection, "getItem"> {
  declare readonly [standsFor]?: Excel.PivotHierarchyCollection;
  constructor(context: SimRequestContextCore, private readonly pivot: () => PivotRef) {
    super(context, "PivotHierarchyCollection");
  }
  protected _models(): HierarchyRef[] {
    const p = this.pivot();
    return sourceHeaders(this.context, p.pivot).filter(Boolean).map((field) => ({ ...p, field }));
  }
  protected _proxyFor(model: HierarchyRef): SimPivotHierarchy { return this.byName(model.field); }
  private byName(name: string): SimPivotHierarchy {
    return new SimPivotHierarchy(this.context, () => {
      const m = this._models().find((h) => h.field.toLowerCase() === name.toLowerCase());
      if (!m) throw new SimError("ItemNotFound", undefined, "PivotHierarchyCollection.getItem");
      return m;
    });
  }
  getItem(name: string): Excel.PivotHierarchy { return asExcel(this.byName(name)); }
}

export function hierarchyField(h: Excel.PivotHierarchy | Excel.RowColumnPivotHierarchy, location: string): string {
  if (!(h instanceof SimPivotHierarchy)) throw invalidArgument(location);
  const ref = h._resolveField();
  if (!ref) throw invalidArgument(location);
  return ref.field;
}
