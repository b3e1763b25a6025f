// Excel.PivotLayout (the output's ranges): https://learn.microsoft.com/javascript/api/excel/excel.pivotlayout
import { Rect } from "../../../shared/a1";
import { SimError } from "../../errors";
import { PivotModel } from "../../model/objects";
import { SimRequestContextCore } from "../context";
import { SimObject } from "../object";
import { SimRange } from "../range";
import { SimWorksheet } from "../worksheet";
import { PivotRef } from "./pivotRef";
import { asExcel, standsFor } from "../standIn";

export class SimPivotLayout extends SimObject<PivotRef> implements Pick<Excel.PivotLayout, "getRange" | "getDataBodyRange" | "getRowLabelRange"> {
  declare readonly [standsFor]?: Excel.PivotLayout;
  constructor(context: SimRequestContextCore, private readonly resolver: () => PivotRef | null) {
    super(context, "PivotLayout");
  }
  _resolve(): PivotRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["layoutType", "showRowGrandTotals", "showColumnGrandTotals"]; }
  protected _readScalar(_ref: PivotRef, name: string): unknown { return name === "layoutType" ? "Compact" : true; }
  get layoutType(): Excel.PivotLayoutType | "Compact" | "Tabular" | "Outline" { return this._get("layoutType"); }
  set layoutType(v: Excel.PivotLayoutType | "Compact" | "Tabular" | "Outline") { this._set("layoutType", v, () => undefined); }
  private part(fn: (rect: Rect, pivot: PivotModel) => Rect): Excel.Range {
    return asExcel(new SimRange(this.context, () => {
      const ref = this._resolve();
      if (!ref) return null;
      if (!ref.pivot.outputRect) throw new SimError("ItemNotFound", "The PivotTable has no fields yet.", "PivotLayout.getRange");
      return { sheet: ref.sheet, rect: fn(ref.pivot.outputRect, ref.pivot) };
    }, (find) => SimWorksheet.bound(this.context, find)));
  }
  getRange(): Excel.Range { return this.part((r) => r); }
  getDataBodyRange(): Excel.Range { return this.part((r, p) => ({ ...r, r0: r.r0 + 1, c0: r.c0 + (p.rowFields.length ? 1 : 0) })); }
  getRowLabelRange(): Excel.Range { return this.part((r) => ({ ...r, r0: r.r0 + 1, c1: r.c0 })); }
  getColumnLabelRange(): Excel.Range { return this.part((r) => ({ ...r, r1: r.r0 })); }
}
