import { SheetModel } from "../model/sheet";
import { ChartModel } from "../model/objects";
import { SimCollection } from "./collection";
import { SimRequestContextCore } from "./context";
import { SimObject } from "./object";

export class SimChartCollection extends SimCollection<{ sheet: SheetModel; chart: ChartModel }, SimObject<unknown>> {
  constructor(context: SimRequestContextCore, private readonly sheet: () => SheetModel) {
    super(context, "ChartCollection");
  }
  protected _models() { return []; }
  protected _proxyFor(): SimObject<unknown> { throw new Error("todo"); }
}
