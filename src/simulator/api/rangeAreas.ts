// A stand-in for Excel.RangeAreas (several rectangles on one sheet) exposing `address`, `areaCount` and
// `cellCount` after load: https://learn.microsoft.com/javascript/api/excel/excel.rangeareas
import { Rect, rectColumns, rectRows } from "../../shared/a1";
import { formatAddress } from "../../shared/sheetName";
import { SheetModel } from "../model/sheet";
import { SimRequestContextCore } from "./context";
import { SimObject } from "./object";
import { standsFor } from "./standIn";

export interface AreasRef {
  sheet: SheetModel;
  rects: Rect[];
}

export class SimRangeAreas extends SimObject<AreasRef> implements Pick<Excel.RangeAreas, "address" | "areaCount" | "cellCount"> {
  declare readonly [standsFor]?: Excel.RangeAreas;
  constructor(context: SimRequestContextCore, private readonly resolver: () => AreasRef | null, orNull = false) {
    super(context, "RangeAreas", orNull);
  }
  _resolve(): AreasRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["address", "areaCount", "cellCount"]; }
  protected _readScalar({ sheet, rects }: AreasRef, name: string): unknown {
    if (name === "areaCount") return rects.length;
    if (name === "cellCount") return rects.reduce((n, r) => n + rectRows(r) * rectColumns(r), 0);
    return rects.map((r) => formatAddress(sheet.name, r)).join(",");
  }
  get address(): string { return this._get("address"); }
  get areaCount(): number { return this._get("areaCount"); }
  get cellCount(): number { return this._get("cellCount"); }
}
