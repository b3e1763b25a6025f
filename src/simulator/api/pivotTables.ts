import { SheetModel } from "../model/sheet";
import { PivotModel } from "../model/objects";
import { SimCollection } from "./collection";
import { SimRequestContextCore } from "./context";
import { SimObject } from "./object";

export class SimPivotTableCollection extends SimCollection<{ sheet: SheetModel; pivot: PivotModel }, SimObject<unknown>> {
  constructor(context: SimRequestContextCore, private readonly sheet: (() => SheetModel) | null) {
    super(context, "PivotTableCollection");
  }
  protected _models() { return []; }
  protected _proxyFor(): SimObject<unknown> { throw new Error("todo"); }
}
